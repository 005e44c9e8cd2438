import { openStore, StoreError } from '../store/index.js';
import type { Store } from '../store/store.js';
import { UserError } from './errors.js';
import { CorpusQueryError, type Corpus } from '../corpus/queries.js';

/** Opens the store a query command names (SQLite file or PostgreSQL URL), runs the query on its corpus, and turns query errors into one-line user errors. */
export async function withCorpus<T>(location: string, run: (corpus: Corpus) => T | Promise<T>): Promise<T> {
  return withStore(location, (store) => run(store.corpus()));
}

/** Opens the existing store a command names, runs `run` on it and closes it; store and query errors are one-line user errors. */
export async function withStore<T>(location: string, run: (store: Store) => T | Promise<T>): Promise<T> {
  let store;
  try {
    store = await openStore(location, { mustExist: true });
  } catch (err) {
    if (err instanceof StoreError) throw new UserError(err.message);
    throw err;
  }
  try {
    return await run(store);
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
