import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { largeArticle } from '../../src/bench/large-article.js';

const CLI = [process.execPath, '--import', 'tsx', resolve(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts')];
/** What a read may take while an article is analysed: the bound. */
const MAX_READ_MS = 200;

let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill();
});

async function startServer(): Promise<string> {
  const db = join(mkdtempSync(join(tmpdir(), 'tidings-serve-worker-')), 't.db');
  await (await openStore(db)).close();
  child = spawn(CLI[0], [...CLI.slice(1), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const url = /at (http:\/\/\S+\/) /.exec(line)?.[1];
    if (url) return url;
  }
  throw new Error('serve printed no URL');
}

describe('serve analyses in a worker thread', () => {
  it(`/api/stats answers within ${MAX_READ_MS} ms (nine reads in ten) while a 1 MB article is analysed`, async () => {
    const url = await startServer();
    const article = largeArticle(1_000_000);
    const started = performance.now();
    const analysis = fetch(`${url}api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: article.body, published: article.published }) });
    let done = false;
    void analysis.finally(() => (done = true));
    const latencies: number[] = [];
    // reads while the analysis runs (it takes seconds: models load in the thread, then the article)
    while (!done && performance.now() - started < 120_000) {
      const t = performance.now();
      const res = await fetch(`${url}api/stats`);
      expect(res.status).toBe(200);
      await res.json();
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
    const res = await analysis;
    expect(res.status).toBe(200);
    expect((await res.json()).events.length).toBeGreaterThan(100);
    expect(latencies.length).toBeGreaterThan(10);
    // nine reads in ten within the bound: the machine is shared (a test suite beside this one can take a core away)
    const sorted = [...latencies].sort((a, b) => a - b);
    const p90 = sorted[Math.floor(sorted.length * 0.9)];
    expect(p90, `${latencies.length} reads: median ${sorted[sorted.length >> 1].toFixed(0)} ms, p90 ${p90.toFixed(0)} ms, slowest ${sorted.at(-1)!.toFixed(0)} ms`).toBeLessThanOrEqual(MAX_READ_MS);
  });
});
