import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../src/model/extraction.js';
import { StoreError } from '../../src/store/errors.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS } from './backends.js';
import { makeItem } from './fixtures.js';

// One suite for every backend, so SQLite and PostgreSQL cannot drift apart.
for (const backend of BACKENDS) {
  describe(`store (${backend.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await backend.fresh());
    });
    afterEach(async () => {
      await cleanup();
    });

    it('writes synthetic items whose layers follow the extraction schema', () => {
      expect(() => ExtractionSchema.parse(makeItem(0).extraction)).not.toThrow();
    });

    it('puts a batch and counts every layer row', async () => {
      const items = [0, 1, 2, 3].map(makeItem);
      expect(await store.putBatch(items)).toEqual({ inserted: 4, unchanged: 0 });
      const s = await store.stats();
      expect(s.articles).toBe(4);
      // PEOPLE has 6 names and COUNTRIES 4: items 0..3 name people 0..4 and countries 0..3
      expect(s.entities).toBe(5 + 4);
      expect(s.mentions).toBe(4 * 3);
      expect(s.quotes).toBe(4);
      expect(s.events).toBe(4);
      expect(s.places).toBe(items.reduce((n, it) => n + it.extraction.places.mentions.length, 0));
      expect(s.firstPublished).toBe('2023-01-01');
      expect(s.lastPublished).toBe('2023-04-04');
      expect(s.extractionVersions).toEqual({ '1': 4 });
      expect(s.bytes).toBeGreaterThan(0);
    });

    it('keeps quotes, backslashes, accents, emoji and JSON-like text exactly', async () => {
      const item = makeItem(7);
      const odd = ' He said "C:\\temp\\new" isn\'t São Tomé 🌍 {"a": [1]} \\u0041 end.';
      item.article = { ...item.article, body: item.article.body + odd, title: 'Title with "quotes" \\ and é' };
      await store.putBatch([item]);
      const back = await store.getArticle(item.article.id);
      expect(back?.article.body).toBe(item.article.body);
      expect(back?.article.title).toBe(item.article.title);
      expect(back?.extraction).toEqual(item.extraction);
    });

    it('is idempotent: the same articles again change nothing, also inside one batch', async () => {
      const items = [0, 1, 2].map(makeItem);
      await store.putBatch(items);
      const before = await store.stats();
      expect(await store.putBatch(items)).toEqual({ inserted: 0, unchanged: 3 });
      expect(await store.putBatch([makeItem(5), makeItem(5)])).toEqual({ inserted: 1, unchanged: 1 });
      const after = await store.stats();
      expect(after.articles).toBe(before.articles + 1);
      expect(after.events).toBe(before.events + 1);
      expect(after.quotes).toBe(before.quotes + 1);
    });

    it('writes a batch all or nothing', async () => {
      const good = makeItem(0);
      const bad = makeItem(1);
      // a row the store must refuse: no language
      (bad.article as { lang: unknown }).lang = null;
      const error = await store.putBatch([good, bad]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).kind).toBe('bad-item');
      expect(await store.hasArticle(good.article.id)).toBe(false);
      expect((await store.stats()).articles).toBe(0);
      // the store is still usable afterwards
      expect(await store.putBatch([good])).toEqual({ inserted: 1, unchanged: 0 });
    });

    it('gives back the article and extraction it stored', async () => {
      const item = makeItem(7);
      await store.putBatch([item]);
      expect(await store.getArticle(item.article.id)).toEqual(item);
      expect(await store.getArticle('a_0000000000000000')).toBeNull();
      expect(await store.hasArticle(item.article.id)).toBe(true);
      expect(await store.existingIds([item.article.id, 'a_missing'])).toEqual(new Set([item.article.id]));
      expect(await store.existingIds([])).toEqual(new Set());
    });

    it('finds articles by words in title and text, with highlighted snippets', async () => {
      await store.putBatch([0, 1, 2, 3, 4, 5].map(makeItem));
      const hits = await store.search('agreement');
      expect(hits).toHaveLength(6);
      for (const h of hits) {
        expect(h.snippet).toContain('[agreement]');
        expect(h.snippet).not.toMatch(/\n/);
      }
      // TOPICS[1] is "railway contract": only article 1 of 0..5 is about it
      const railway = await store.search('railway', { highlight: { open: '<mark>', close: '</mark>' } });
      expect(railway.map((h) => h.title)).toEqual([makeItem(1).article.title]);
      expect(railway[0].snippet).toContain('<mark>railway</mark>');
      expect(railway[0]).toMatchObject({ published: '2023-02-02', url: 'https://news.example/1', source: 'Test Wire' });
      // the stem matches other forms
      expect((await store.search('agreements')).length).toBe(6);
      // phrase, boolean and prefix syntax
      expect((await store.search('"water treaty" OR railway', { syntax: 'fts' })).length).toBe(2);
      expect((await store.search('constr*', { syntax: 'fts' })).length).toBe(6);
      expect(await store.search('zeppelin')).toEqual([]);
    });

    it('ranks title matches first and honours limit, offset and dates', async () => {
      await store.putBatch([0, 1, 2, 3, 4, 5, 6, 7].map(makeItem));
      // "Maria Lindqvist" (PEOPLE[0]) leads items 0 and 6 and is the second name of item 5: all in titles
      const lindqvist = await store.search('Lindqvist');
      expect(lindqvist.length).toBe(3);
      expect(lindqvist.map((h) => h.score)).toEqual([...lindqvist.map((h) => h.score)].sort((a, b) => b - a));
      expect((await store.search('agreement', { limit: 3 })).length).toBe(3);
      const all = await store.search('agreement', { limit: 100 });
      const page2 = await store.search('agreement', { limit: 3, offset: 3 });
      expect(page2.map((h) => h.id)).toEqual(all.slice(3, 6).map((h) => h.id));
      // items are published 2023-01-01, 2023-02-02, ... : a bare day as upper bound includes that day
      const spring = await store.search('agreement', { from: '2023-03-01', to: '2023-05-05' });
      expect(spring.map((h) => h.published).sort()).toEqual(['2023-03-03', '2023-04-04', '2023-05-05']);
    });

    it('scans every stored article in pages, batch by batch, within date bounds', async () => {
      const items = [0, 1, 2, 3, 4, 5, 6].map(makeItem);
      await store.putBatch(items.slice(0, 4));
      await store.putBatch(items.slice(4));
      const all: string[] = [];
      for await (const item of store.scan({ pageSize: 3 })) all.push(item.article.id);
      // batch by batch; inside a batch the order is the backend's (PostgreSQL writes in id order to avoid deadlocks)
      expect(new Set(all.slice(0, 4))).toEqual(new Set(items.slice(0, 4).map((i) => i.article.id)));
      expect(new Set(all.slice(4))).toEqual(new Set(items.slice(4).map((i) => i.article.id)));
      const some: string[] = [];
      // items are published 2023-01-01, 2023-02-02, ...: a bare day as upper bound includes that day
      for await (const item of store.scan({ from: '2023-02-02', to: '2023-04-04', pageSize: 2 })) some.push(item.article.published);
      expect(some.sort()).toEqual(['2023-02-02', '2023-03-03', '2023-04-04']);
      let first;
      for await (const item of store.scan()) {
        first = item;
        break;
      }
      expect(first).toEqual(items.find((i) => i.article.id === all[0]));
    });

    it('refuses a malformed query in the full-text syntax with a clear StoreError', async () => {
      await store.putBatch([makeItem(0)]);
      for (const q of ['we"re', 'AND', '(agreement', '']) {
        const error = await store.search(q, { syntax: 'fts' }).catch((e: unknown) => e);
        expect(error, q).toBeInstanceOf(StoreError);
        expect((error as StoreError).kind).toBe('bad-query');
        expect((error as Error).message).not.toMatch(/\n/);
      }
    });
  });
}
