/** Where the store lives: --db, else TIDINGS_DB, else ./tidings.db */
export function defaultDbPath(): string {
  return process.env.TIDINGS_DB || './tidings.db';
}

/** Prints a value as JSON (pretty on a terminal, compact otherwise). */
export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, process.stdout.isTTY ? 2 : undefined) + '\n');
}

/** "5MB", "512KB", "1000" (bytes) to a byte count; throws one clear message otherwise. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(value);
  if (!m) throw new Error(`"${value}" is not a size (e.g. 5MB, 512KB)`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(parseFloat(m[1]) * factor);
}
