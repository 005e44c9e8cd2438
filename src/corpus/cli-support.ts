import type Database from 'better-sqlite3';
import { openStore, StoreError } from '../store/index.js';
import { UserError } from '../cli/errors.js';
import { corpusDb, CorpusQueryError } from './queries.js';

/** Opens the database a query command names, runs the query on its corpus tables, and turns query errors into one-line user errors. */
export async function withCorpus<T>(dbPath: string, run: (db: Database.Database) => T | Promise<T>): Promise<T> {
  let store;
  try {
    store = await openStore(dbPath, { mustExist: true });
  } catch (err) {
    if (err instanceof StoreError) throw new UserError(err.message);
    throw err;
  }
  try {
    return await run(corpusDb(store));
  } catch (err) {
    if (err instanceof CorpusQueryError || err instanceof StoreError) throw new UserError(err.message);
    throw err;
  } finally {
    await store.close();
  }
}

/** A whole number of at least 1 from a --limit flag. */
export function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`--limit wants a whole number of at least 1, not "${value}"`);
  return n;
}

export function out(line: string): void {
  process.stdout.write(line + '\n');
}

/** Quoted words for display: wrapped in quotation marks unless the quote already begins with one. */
export function quoted(text: string): string {
  return /^["“”'‘]/.test(text) ? text : `"${text}"`;
}
