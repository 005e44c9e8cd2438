#!/usr/bin/env node
import { buildProgram } from './program.js';
import { reportError } from './errors.js';

buildProgram()
  .parseAsync(process.argv)
  .catch((err: unknown) => {
    reportError(err);
    process.exitCode = process.exitCode || 1;
  });
