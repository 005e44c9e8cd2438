import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/eval/data.js';
import { openStore } from '../../src/store/index.js';

/** `tidings serve` as a user runs it: a separate process, its printed URL, its errors, a clean stop. */
const CLI = [process.execPath, '--import', 'tsx', join(REPO_ROOT, 'src', 'cli', 'main.ts')];

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tidings-serve-cli-'));
  db = join(dir, 'empty.db');
  const store = await openStore(db);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[]) => spawnSync(CLI[0], [...CLI.slice(1), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

describe('tidings serve', () => {
  it('refuses a database that does not exist, in one line, without creating it', () => {
    const missing = join(dir, 'missing.db');
    const res = run(['serve', '--db', missing, '--port', '0']);
    expect(res.status).not.toBe(0);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toContain('missing.db');
    expect(res.stderr).not.toMatch(/at .*\.(ts|js):\d+/);
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses a port that is not one', () => {
    const res = run(['serve', '--db', db, '--port', '99999']);
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/--port must be a port number/);
  });

  it('prints its URL on 127.0.0.1, answers there, and stops cleanly on SIGTERM', async () => {
    const child = spawn(CLI[0], [...CLI.slice(1), 'serve', '--db', db, '--port', '0'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`serve exited (${code}) before printing its URL: ${err}`)));
    });
    const stats = await fetch(`${url}api/stats`);
    expect(stats.status).toBe(200);
    expect((await stats.json()).articles).toBe(0);
    expect(stats.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
