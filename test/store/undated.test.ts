import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { UNDATED } from '../../src/model/article.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS } from './backends.js';
import { runCli, tempDir } from './fixtures.js';

const pipeline = createPipeline();

/** A page we wrote that gives no date anywhere: no markup, no URL, no byline date. */
const UNDATED_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour council meets fishermen</title></head>
<body><article><h1>Harbour council meets fishermen</h1>
<p>Councillor Maria Lindqvist met the fishermen of Port Haven on Tuesday to discuss the new mooring fees, which the council wants to raise by a third to pay for repairs to the breakwater.</p>
<p>"We cannot keep the harbour open on the old fees," Lindqvist said after the meeting. The fishermen's association said it would ask the regional government in Norway to pay part of the repairs.</p>
</article></body></html>`;

for (const backend of BACKENDS) describe(`an undated page (${backend.name})`, () => {
  let dir: string;
  let cleanup: () => void;
  let store: Store;
  let closeStore: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = tempDir('undated'));
    ({ store, cleanup: closeStore } = await backend.fresh());
    writeFileSync(join(dir, 'harbour.html'), UNDATED_PAGE);
  });
  afterEach(async () => {
    await closeStore();
    cleanup();
  });

  it('is stored as published: unknown, searchable, and left out of every view by date', async () => {
    const summary = await runIngest({ inputs: [join(dir, 'harbour.html')], store, pipeline });
    expect(summary).toMatchObject({ read: 1, stored: 1, undated: 1, failed: [] });
    const stats = await store.stats();
    expect(stats).toMatchObject({ articles: 1, undated: 1, firstPublished: null, lastPublished: null, mentions: 0, events: 0, quotes: 0, places: 0 });
    const hits = await store.search('mooring fees');
    expect(hits).toHaveLength(1);
    expect(hits[0].published).toBe(UNDATED);
    // a date bound of either kind leaves it out, as do the corpus views built on dates
    expect(await store.search('mooring fees', { from: '2000-01-01' })).toHaveLength(0);
    expect(await store.search('mooring fees', { to: '2999-12-31' })).toHaveLength(0);
    const scanned: string[] = [];
    for await (const item of store.scan({ from: '2000-01-01' })) scanned.push(item.article.id);
    expect(scanned).toHaveLength(0);
    expect(await store.corpus().stories({ limit: 10 })).toHaveLength(0);
    // the extraction is kept whole, so nothing has to be analysed again to date it
    const stored = await store.getArticle(hits[0].id);
    expect(stored?.article.published).toBe(UNDATED);
    expect(stored?.extraction.entities.map((e) => e.name)).toContain('Maria Lindqvist');
  });

  it('is dated by ingesting it again with --published: the dated copy replaces the undated one', async () => {
    await runIngest({ inputs: [join(dir, 'harbour.html')], store, pipeline });
    const again = await runIngest({ inputs: [join(dir, 'harbour.html')], store, pipeline, readOptions: { published: '2024-05-07' } });
    expect(again).toMatchObject({ stored: 1, undated: 0 });
    const stats = await store.stats();
    expect(stats).toMatchObject({ articles: 1, undated: 0, firstPublished: '2024-05-07' });
    expect(stats.mentions).toBeGreaterThan(0);
    expect(await store.search('mooring fees', { from: '2024-05-01', to: '2024-05-31' })).toHaveLength(1);
    expect(await store.corpus().stories({ limit: 10 })).toHaveLength(1);
  });
});

describe('ingest and stats on the command line', () => {
  it('say how many articles were kept undated', () => {
    const { dir, cleanup } = tempDir('undated-cli');
    try {
      writeFileSync(join(dir, 'harbour.html'), UNDATED_PAGE);
      const db = join(dir, 't.db');
      const ingest = runCli(['ingest', join(dir, 'harbour.html'), '--db', db, '--workers', '1']);
      expect(ingest.code).toBe(0);
      expect(ingest.stdout).toMatch(/1 without any date, kept as published: unknown/);
      const stats = runCli(['stats', '--db', db]);
      expect(stats.stdout).toMatch(/undated\s+1 \(published: unknown/);
    } finally {
      cleanup();
    }
  });
});
