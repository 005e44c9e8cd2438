import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticItem } from '../../src/bench/synthetic.js';
import { benchCorpusScale } from '../../src/bench/corpus-scale.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

describe('synthetic corpus and scale bench', () => {
  it('is deterministic, with layers at real offsets and copies of earlier articles', () => {
    const a = syntheticItem(3, 7);
    expect(syntheticItem(3, 7)).toEqual(a);
    expect(syntheticItem(4, 7).article.body).not.toBe(a.article.body);
    for (const ev of a.extraction.events) expect(a.extraction.text.slice(ev.trigger.start, ev.trigger.end)).toBe(ev.trigger.text);
    const copy = syntheticItem(3, 10);
    expect(copy.article.source).toMatch(/^Copy Outlet/);
  });

  it('ingests a small corpus, groups the copies and answers the timed queries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-scale-'));
    try {
      const r = await benchCorpusScale({ articles: 300, db: join(dir, 'bench.db') });
      expect(r.rows.events).toBe(3000);
      // one article in ten is a copy: about 270 groups
      expect(r.rows.duplicateGroups).toBeGreaterThan(260);
      expect(r.rows.duplicateGroups).toBeLessThan(280);
      expect(r.rows.mergedEvents).toBeLessThan(r.rows.events);
      expect(r.queries.entityTimeline.runs).toBeGreaterThan(0);
      expect(r.memoryCurve.at(-1)!.articles).toBe(300);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('migrating a database from before the corpus tables fills them from the stored extractions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-scale-'));
    try {
      const path = join(dir, 'old.db');
      const old = await openSqliteStore(path, { migrations: MIGRATIONS.filter((m) => m.version < 5) });
      await old.putBatch([syntheticItem(1, 0), syntheticItem(1, 1), syntheticItem(1, 10)]);
      await old.close();
      const store = await openSqliteStore(path);
      const groups = store.db.prepare('SELECT count(DISTINCT dup_group) FROM corpus_articles').pluck().get();
      expect(store.db.prepare('SELECT count(*) FROM corpus_articles').pluck().get()).toBe(3);
      // article 10 copies article 9, 8, ... so at most 3 groups; articles 0 and 1 are distinct
      expect(groups).toBeGreaterThanOrEqual(2);
      expect(store.db.prepare('SELECT count(*) FROM event_links').pluck().get()).toBe(30);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
