import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..', '..');
const WEB_SOURCES = join(REPO, 'web');
const BUILT = join(REPO, 'dist', 'web');

/** Newest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The folder of a built web UI that matches the sources in web/: dist/web when `npm run build` (run by `npm ci`
 * through the prepare script) built it after the last change to web/, else a fresh vite build into a temporary folder
 * (a few seconds, removed by cleanup), so the browser tests never run against a missing or stale bundle.
 */
export async function webBundle(): Promise<{ root: string; built: boolean; cleanup(): void }> {
  const index = join(BUILT, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(WEB_SOURCES)) return { root: BUILT, built: false, cleanup: () => {} };
  const outDir = mkdtempSync(join(tmpdir(), 'tidings-web-'));
  const { build } = await import('vite');
  await build({ configFile: join(REPO, 'vite.config.ts'), root: WEB_SOURCES, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return { root: outDir, built: true, cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}
