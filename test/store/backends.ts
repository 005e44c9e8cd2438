import { randomBytes } from 'node:crypto';
import { afterEach } from 'vitest';
import pg from 'pg';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from './fixtures.js';

/** One storage backend the shared store suite runs against. */
export interface Backend {
  name: string;
  /** a new, empty store, where it is (a file path or a postgres:// URL), and a function that closes and removes it */
  fresh(): Promise<{ store: Store; location: string; cleanup: () => Promise<void> }>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const { dir, cleanup } = tempDir('store');
    const location = join(dir, 'test.db');
    const store = await openStore(location);
    return {
      store,
      location,
      cleanup: async () => {
        await store.close();
        cleanup();
      },
    };
  },
};

/** A PostgreSQL store in a schema of its own, dropped afterwards, so tests never see each other's rows. */
function postgres(url: string): Backend {
  return {
    name: 'postgres',
    async fresh() {
      const schema = `tidings_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      const withSchema = new URL(url);
      withSchema.searchParams.set('schema', schema);
      const store = await openStore(withSchema.toString());
      return {
        store,
        location: withSchema.toString(),
        cleanup: async () => {
          await store.close();
          const admin = new pg.Client({ connectionString: url });
          await admin.connect();
          await admin.query(`DROP SCHEMA ${schema} CASCADE`);
          await admin.end();
        },
      };
    },
  };
}

/** PostgreSQL connection URL for the tests, when a server is available (CI starts one and sets it). */
export const TEST_PG_URL = process.env.TIDINGS_TEST_PG || null;

/** SQLite always; PostgreSQL too when TIDINGS_TEST_PG holds a connection URL. */
export const BACKENDS: Backend[] = [sqlite, ...(TEST_PG_URL ? [postgres(TEST_PG_URL)] : [])];

/**
 * Inside a describe: a function that opens a fresh store of `backend` with where it is (a file path or a postgres://
 * URL), as many as a test needs; every store a test opened is closed and removed after it.
 */
export function freshLocatedStoreEachTest(backend: Backend): () => Promise<{ store: Store; location: string }> {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  return async () => {
    const { store, location, cleanup } = await backend.fresh();
    cleanups.push(cleanup);
    return { store, location };
  };
}

/** Inside a describe: a function that opens a fresh store of `backend`, closed and removed after each test. */
export function freshStoreEachTest(backend: Backend): () => Promise<Store> {
  const open = freshLocatedStoreEachTest(backend);
  return async () => (await open()).store;
}
