/** Where the store lives: --db, else TIDINGS_DB, else ./tidings.db */
export function defaultDbPath(): string {
  return process.env.TIDINGS_DB || './tidings.db';
}

/** Prints a value as JSON (pretty on a terminal, compact otherwise). */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, process.stdout.isTTY ? 2 : undefined) + '\n');
}
