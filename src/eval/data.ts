import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (works from src/ under tsx and from dist/ when built). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Default location of the public data sets: ../shared/data next to the repository. */
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '..', 'shared', 'data');

/** Resolves a data-set path under `dataDir`, or throws one clear message when it is missing. */
export function dataPath(dataDir: string, ...parts: string[]): string {
  const p = resolve(dataDir, ...parts);
  if (!existsSync(p)) throw new Error(`data set not found: ${p} (pass --data DIR pointing at the shared data folder)`);
  return p;
}
