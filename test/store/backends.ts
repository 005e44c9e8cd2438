import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { tempDir } from './fixtures.js';

/** One storage backend the shared store suite runs against. */
export interface Backend {
  name: string;
  /** a new, empty store, and a function that closes and removes it */
  fresh(): Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const { dir, cleanup } = tempDir('store');
    const store = await openStore(join(dir, 'test.db'));
    return {
      store,
      cleanup: async () => {
        await store.close();
        cleanup();
      },
    };
  },
};

/** SQLite always; PostgreSQL when TIDINGS_TEST_PG holds a connection URL (CI starts a server and sets it). */
export const BACKENDS: Backend[] = [sqlite];
