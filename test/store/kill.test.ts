import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/eval/data.js';
import { CLI, runCli, tempDir, writeArticleFiles } from './fixtures.js';

/** Enough articles that the kill lands well before the end even on a fast machine. */
const ARTICLES = 400;
const BATCH = 10;
/** Kill once this many are stored: a few batches in, many to go. */
const KILL_AFTER = 30;
/** The store's part is crash consistency, not the stages: the fast stages keep the test quick. */
const FAST_STAGES = 'clean,segment';

interface Check {
  integrity: string;
  articles: number;
  distinctIds: number;
  extractions: number;
}

/** Opens the database as a fresh process would (recovering the WAL) and checks it through and through. */
function checkDatabase(path: string): Check {
  const db = new Database(path);
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    // with rank 1, FTS5 also checks its index against the article rows it indexes; throws when they differ
    db.prepare("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)").run();
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    return {
      integrity,
      articles: count('SELECT count(*) FROM articles'),
      distinctIds: count('SELECT count(DISTINCT id) FROM articles'),
      extractions: count('SELECT count(*) FROM extractions e JOIN articles a ON a.key = e.article_key'),
    };
  } finally {
    db.close();
  }
}

describe.each([1, 2])('kill -9 in the middle of an ingest with --workers %i', (workers) => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir('kill'));
  });
  afterEach(() => cleanup());

  it('leaves a consistent database, and the same ingest again completes it with no duplicates', async () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    writeArticleFiles(input, ARTICLES);
    const db = join(dir, 'news.db');
    const args = ['ingest', input, '--db', db, '--batch', String(BATCH), '--every', String(BATCH), '--stages', FAST_STAGES, '--workers', String(workers)];

    const child = spawn(CLI[0], [...CLI.slice(1), ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const stored = [...stderr.matchAll(/ingest: \d+ read, (\d+) stored/g)].map((m) => Number(m[1]));
        if (stored.length && Math.max(...stored) >= KILL_AFTER && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', (code, signal) => resolve({ code, signal }));
    });
    expect(exit.signal, `the ingest ended before it could be killed: ${stderr}`).toBe('SIGKILL');

    const afterKill = checkDatabase(db);
    expect(afterKill.integrity).toBe('ok');
    expect(afterKill.articles).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(afterKill.articles, 'killed too late to test anything').toBeLessThan(ARTICLES);
    // one transaction per batch: a batch is stored whole or not at all
    expect(afterKill.articles % BATCH).toBe(0);
    expect(afterKill.extractions).toBe(afterKill.articles);

    const rerun = runCli(args);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`${ARTICLES} articles read into ${db}: ${ARTICLES - afterKill.articles} stored, ${afterKill.articles} unchanged, 0 failed`);

    const done = checkDatabase(db);
    expect(done).toEqual({ integrity: 'ok', articles: ARTICLES, distinctIds: ARTICLES, extractions: ARTICLES });
  });
});
