import { existsSync, rmSync } from 'node:fs';
import type { Store } from './store.js';
import { openSqliteStore } from './sqlite/index.js';
import { StoreError } from './errors.js';
import { isPostgresUrl } from './location.js';

export { displayLocation, isPostgresUrl } from './location.js';

export type { Store, StoreItem, PutResult, SearchHit, SearchOptions, StoreStats } from './store.js';
export { StoreError, type StoreErrorKind } from './errors.js';

export interface OpenStoreOptions {
  /** refuse to create a new database (query commands must not leave an empty file behind) */
  mustExist?: boolean;
  /** benchmarks only: remove what is there first (the SQLite file, or the PostgreSQL schema with every table in it) */
  replace?: boolean;
}

/**
 * Opens the store: a `postgres://` URL picks the PostgreSQL backend, anything else is an SQLite file (created if
 * absent). A file that is not a Tidings database is refused with a StoreError and left untouched.
 */
export async function openStore(pathOrUrl: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(pathOrUrl)) {
    // loaded on use: SQLite users never load the PostgreSQL driver
    const { openPostgresStore } = await import('./postgres/index.js');
    return openPostgresStore(pathOrUrl, { replace: options.replace });
  }
  if (options.replace) for (const suffix of ['', '-wal', '-shm']) if (existsSync(pathOrUrl + suffix)) rmSync(pathOrUrl + suffix);
  if (options.mustExist && pathOrUrl !== ':memory:' && !existsSync(pathOrUrl)) {
    throw new StoreError('cannot-open', `no database at ${pathOrUrl} (create one with: tidings ingest SOURCE --db ${pathOrUrl})`);
  }
  return openSqliteStore(pathOrUrl);
}
