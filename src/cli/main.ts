#!/usr/bin/env node
import { buildProgram } from './program.js';
import { reportError } from './errors.js';

// a reader that stops early (`| head`) is not an error
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

buildProgram()
  .parseAsync(process.argv)
  .catch((err: unknown) => {
    reportError(err);
    process.exitCode = process.exitCode || 1;
  });
