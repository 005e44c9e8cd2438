import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { REPO_ROOT } from '../../eval/data.js';

/** Where `npm run build` (vite build) puts the web UI. */
export const DEFAULT_WEB_ROOT = resolve(REPO_ROOT, 'dist', 'web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** hashed build assets never change under one name */
  immutable: boolean;
}

/**
 * The file under `root` for a URL path ("/" is index.html), or null when there is none. Paths that would leave the
 * root are refused (null).
 */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | null> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (path === '/' || path === '') path = '/index.html';
  const file = resolve(root, '.' + path);
  if (file !== root && !file.startsWith(root + sep)) return null;
  const type = TYPES[extname(file)];
  if (!type) return null;
  try {
    if (!(await stat(file)).isFile()) return null;
    return { body: await readFile(file), type, immutable: path.startsWith('/assets/') };
  } catch {
    return null;
  }
}
