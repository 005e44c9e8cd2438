import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('tidings')
    .description('Turns dated news articles into a structured, evidence-linked record: entities, quotes, time, places, events.')
    .showHelpAfterError()
    .configureOutput({ outputError: (str, write) => write(`tidings: ${str.replace(/^error: /, '')}`) });
  for (const register of COMMANDS) register(program);
  return program;
}
