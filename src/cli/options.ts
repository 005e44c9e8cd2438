import { InvalidArgumentError } from 'commander';
import { parseAllowList } from '../ingest/http/address-guard.js';

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

/** `--allow-private [names]`: alone, every private range; with addresses, CIDR ranges or host names, only those (commas or repeats). */
export const ALLOW_PRIVATE_FLAG = '--allow-private [names]';
export const ALLOW_PRIVATE_HELP =
  'fetch non-public addresses: alone, every private and loopback range; or only those named (127.0.0.1/32, 10.0.0.0/8, localhost; comma-separated or repeated). ' +
  'Link-local and cloud metadata addresses (169.254.169.254, fd00:ec2::254, ...) only when named by address';

/** Collects `--allow-private` values, refusing one that is not an address, range or host name with one message. */
export function collectAllowPrivate(value: string, previous: unknown): string[] {
  if (value.includes('://')) {
    throw new InvalidArgumentError(`it took "${value}" for the addresses to allow: write the URL before --allow-private, or name what to allow (--allow-private 127.0.0.1/32)`);
  }
  try {
    parseAllowList([value]);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
  return [...(Array.isArray(previous) ? (previous as string[]) : []), value];
}
