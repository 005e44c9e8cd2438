import Database from 'better-sqlite3';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest, type Analyzer } from '../../src/ingest/run-ingest.js';
import type { Article } from '../../src/model/article.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS } from './backends.js';
import { LATEST_VERSION } from '../../src/store/sqlite/migrations.js';
import { makeArticle, runCli, tempDir, writeArticleFiles } from './fixtures.js';
import { createWorkerPool } from '../../src/queue/worker-pool.js';
import { resolve } from 'node:path';

/** The fast part of the pipeline: these tests are about the ingest loop, not the stages. */
const FAST_STAGES = 'clean,segment';
const pipeline = createPipeline({ stages: FAST_STAGES.split(',') });

/** Counts the articles it analysed, and fails on the ones it is told to. */
function countingAnalyzer(failOn: (a: Article) => boolean = () => false): Analyzer & { calls: number } {
  const analyzer = {
    calls: 0,
    analyze(article: Article) {
      analyzer.calls++;
      if (failOn(article)) throw new Error('stage exploded');
      return pipeline.analyze(article);
    },
  };
  return analyzer;
}

for (const backend of BACKENDS) describe(`runIngest (${backend.name})`, () => {
  let dir: string;
  let cleanup: () => void;
  let store: Store;
  let closeStore: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = tempDir('ingest'));
    ({ store, cleanup: closeStore } = await backend.fresh());
  });
  afterEach(async () => {
    await closeStore();
    cleanup();
  });

  it('stores the good files of a folder, names the bad ones, and reruns without analysing anything again', async () => {
    const input = join(dir, 'in');
    mkdirSync(join(input, 'nested'), { recursive: true });
    writeArticleFiles(input, 7);
    writeArticleFiles(join(input, 'nested'), 3, 7);
    writeFileSync(join(input, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    const jsonl = [0, 1, 2].map((i) => JSON.stringify({ ...makeArticle(100 + i), id: undefined, text: makeArticle(100 + i).body }));
    writeFileSync(join(input, 'feed.jsonl'), [jsonl[0], '{"title": "cut off', jsonl[1], jsonl[2]].join('\n') + '\n');

    const analyzer = countingAnalyzer();
    const progress: number[] = [];
    const first = await runIngest({ inputs: [input], store, pipeline: analyzer, batchSize: 4, onProgress: (p) => progress.push(p.stored) });
    expect(first.read).toBe(13);
    expect(first.stored).toBe(13);
    expect(first.unchanged).toBe(0);
    expect(first.failed.map((f) => [f.origin, f.line])).toEqual([
      [join(input, 'broken.txt'), undefined],
      [join(input, 'feed.jsonl'), 2],
    ]);
    expect(first.failed[0].error).toMatch(/binary/);
    expect((await store.stats()).articles).toBe(13);
    expect(progress.at(-1)).toBe(13);

    const again = countingAnalyzer();
    const second = await runIngest({ inputs: [input], store, pipeline: again, batchSize: 4 });
    expect(second).toMatchObject({ read: 13, stored: 0, unchanged: 13 });
    expect(second.failed).toHaveLength(2);
    expect(again.calls).toBe(0);
  });

  it('counts the same article read twice in one run once', async () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    const [path] = writeArticleFiles(input, 1);
    const summary = await runIngest({ inputs: [path, path, input], store, pipeline: countingAnalyzer() });
    expect(summary).toMatchObject({ read: 3, stored: 1, unchanged: 2, failed: [] });
  });

  it('records an article the pipeline fails on and stores the rest of its batch', async () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    writeArticleFiles(input, 6);
    const victim = makeArticle(3).id;
    const summary = await runIngest({ inputs: [input], store, pipeline: countingAnalyzer((a) => a.id === victim), batchSize: 10 });
    expect(summary.stored).toBe(5);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0].origin).toBe(join(input, 'article-00003.txt'));
    expect(summary.failed[0].error).toMatch(/analysis failed \(stage exploded\)/);
    expect(await store.hasArticle(victim)).toBe(false);
  });

  it('stores from a pool of worker threads (rows derived there) exactly what the in-process pipeline stores', async () => {
    const examples = resolve(__dirname, '../../examples/articles');
    const full = createPipeline();
    const inProcess = await runIngest({ inputs: [examples], store, pipeline: full, batchSize: 3 });
    const other = await backend.fresh();
    const pool = await createWorkerPool(2);
    try {
      const pooled = await runIngest({ inputs: [examples], store: other.store, pipeline: pool, batchSize: 3 });
      expect(pooled).toMatchObject({ read: inProcess.read, stored: inProcess.stored, unchanged: inProcess.unchanged });
      expect(pooled.stored).toBeGreaterThan(5);
      const { seconds: _a, ...statsA } = { seconds: 0, ...(await store.stats()), bytes: 0 };
      const { seconds: _b, ...statsB } = { seconds: 0, ...(await other.store.stats()), bytes: 0 };
      expect(statsB).toEqual(statsA);
      expect(statsA.events).toBeGreaterThan(0);
      for await (const item of store.scan()) expect((await other.store.getArticle(item.article.id))?.extraction).toEqual(item.extraction);
    } finally {
      await pool.close();
      await other.cleanup();
    }
  }, 60_000);

  it('keeps the good items of a batch the store refuses one item of', async () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    writeArticleFiles(input, 5);
    const victim = makeArticle(2).id;
    const analyzer: Analyzer = {
      analyze(article) {
        const extraction = pipeline.analyze(article);
        // an extraction that claims to be another article's: the store must refuse it
        if (article.id === victim) extraction.article = { ...extraction.article, id: 'a_somebody_else' };
        return extraction;
      },
    };
    const summary = await runIngest({ inputs: [input], store, pipeline: analyzer, batchSize: 5 });
    expect(summary.stored).toBe(4);
    expect(summary.failed.map((f) => f.origin)).toEqual([join(input, 'article-00002.txt')]);
    expect(summary.failed[0].error).toMatch(/cannot store/);
  });
});

describe('tidings ingest / search / stats (CLI)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir('cli'));
  });
  afterEach(() => cleanup());

  it('stores the good files of a folder with one bad file, names it, exits non-zero; then searches and counts', () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    writeArticleFiles(input, 4);
    writeFileSync(join(input, 'undated.txt'), 'A story with no date header at all.\n');
    const db = join(dir, 'news.db');
    // the CLI's part is reading, reporting and exit codes: the fast stages keep the test quick
    const run = runCli(['ingest', input, '--db', db, '--stages', FAST_STAGES, '--workers', '1']);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout, run.stderr).toMatch(/4 articles read into .*: 4 stored, 0 unchanged, 1 failed/);
    expect(run.stdout).toContain(join(input, 'undated.txt'));
    const check = new Database(db, { readonly: true });
    expect(check.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(4);
    check.close();

    const json = runCli(['ingest', input, '--db', db, '--json', '--stages', FAST_STAGES, '--workers', '1']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ read: 4, stored: 0, unchanged: 4, failed: [{ origin: join(input, 'undated.txt') }] });

    const search = runCli(['search', 'railway', 'contract', '--db', db, '--json']);
    expect(search.code).toBe(0);
    const hits = JSON.parse(search.stdout) as Array<{ snippet: string; title: string }>;
    // TOPICS[1] is the railway contract: article 1 of 0..3
    expect(hits).toHaveLength(1);
    expect(hits[0].snippet).toMatch(/\[railway\] \[contract\]/);

    const stats = runCli(['stats', '--db', db, '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({ articles: 4, storeVersion: LATEST_VERSION });
  });

  it('gives one clear line and a non-zero exit for a malformed query, a missing database, and a file that is not one', async () => {
    const input = join(dir, 'in');
    mkdirSync(input);
    writeArticleFiles(input, 1);
    const db = join(dir, 'news.db');
    const store = await openSqliteStore(db);
    await runIngest({ inputs: [input], store, pipeline });
    await store.close();

    // words are never malformed; the full-text syntax can be
    expect(runCli(['search', 'we"re', '--db', db]).code).toBe(0);
    const bad = runCli(['search', 'we"re', '--fts', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^tidings: malformed search query/);

    const missing = runCli(['stats', '--db', join(dir, 'nowhere.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^tidings: no database at .*nowhere\.db/);

    const notDb = join(dir, 'notes.db');
    writeFileSync(notDb, 'my shopping list\n');
    const refused = runCli(['ingest', input, '--db', notDb, '--stages', FAST_STAGES, '--workers', '1']);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe(`tidings: ${notDb} is not a Tidings database: it is not an SQLite file (left untouched)`);
    expect(readFileSync(notDb, 'utf8')).toBe('my shopping list\n');
  });
});
