import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/eval/data.js';

/** Statements as the stores write them (upper-case keywords): what must not appear outside src/store. */
const SQL = /\b(SELECT|INSERT|UPDATE \w+ SET|DELETE FROM|CREATE (TABLE|INDEX|VIRTUAL TABLE))\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? sourceFiles(path) : /\.(ts|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

describe('SQL lives in src/store', () => {
  it('no file outside src/store holds an SQL statement', () => {
    const src = join(REPO_ROOT, 'src');
    const offending = sourceFiles(src)
      .filter((f) => !relative(src, f).startsWith('store/'))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').flatMap((line, i) => (SQL.test(line) ? [`${relative(REPO_ROOT, f)}:${i + 1}: ${line.trim()}`] : [])));
    expect(offending).toEqual([]);
  });
});
