import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'vitest';

/** ../shared next to the repository: public benchmarks and the seed article, read at run time, never copied. */
export const SHARED_DIR = resolve(import.meta.dirname, '..', '..', '..', 'shared');
export const SHARED_DATA = resolve(SHARED_DIR, 'data');
export const SEED_ARTICLE = resolve(SHARED_DIR, 'seed', 'wion-2023-09-06.txt');

/**
 * A describe block that needs a file under ../shared: skipped with a one-line reason where it is absent (a user's
 * fresh clone), and failing where CI=true (CI always has it).
 */
export function describeShared(relPath: string, name: string, fn: () => void): void {
  const path = resolve(SHARED_DIR, relPath);
  if (existsSync(path)) describe(name, fn);
  else if (process.env.CI === 'true') {
    describe(name, () => {
      throw new Error(`../shared/${relPath} is missing, and CI always has it`);
    });
  } else {
    // the block's body is not run: it may read the absent files while its tests are collected
    describe.skip(`${name} (skipped: ../shared/${relPath} is absent)`, () => {
      it(`needs ../shared/${relPath}`, () => {});
    });
  }
}
