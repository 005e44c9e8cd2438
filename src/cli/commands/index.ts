import type { Command } from 'commander';
import { registerSchema } from './schema.js';
import { registerEval } from './eval.js';
import { registerAnalyze } from './analyze.js';

/** Every CLI command registers itself here: one file a command, one line each. */
export const COMMANDS: Array<(program: Command) => void> = [
  registerSchema,
  registerEval,
  registerAnalyze,
];
