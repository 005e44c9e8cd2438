/** An error a user can hit (bad file, bad date, bad query): printed as one line, no stack. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'UserError';
  }
}

export function reportError(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`tidings: ${message}\n`);
  if (process.env.TIDINGS_DEBUG && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  if (err instanceof UserError) process.exitCode = err.exitCode;
}
