import type { Command } from 'commander';
import { extractionJsonSchema } from '../../model/extraction.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the extraction output')
    .action(() => {
      process.stdout.write(JSON.stringify(extractionJsonSchema(), null, 2) + '\n');
    });
}
