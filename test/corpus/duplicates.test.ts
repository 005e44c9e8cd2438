import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { estimateJaccard, minhash } from '../../src/corpus/minhash.js';
import { FISHERIES_OTHER, FISHERIES_SYNDICATED, FISHERIES_WIRE, makeItem, type EntitySpec } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Norway', type: 'place', country: 'NO' }, { name: 'Chile', type: 'place', country: 'CL' },
  { name: 'Ingrid Solberg', type: 'person', country: 'NO' }, { name: 'Rodrigo Pizarro', type: 'person', country: 'CL' },
];

describe('near-duplicate articles', () => {
  it('a republished copy is near the original, a different story on the topic is not', () => {
    const wire = minhash(FISHERIES_WIRE);
    expect(estimateJaccard(wire, minhash(FISHERIES_SYNDICATED))).toBeGreaterThan(0.75);
    expect(estimateJaccard(wire, minhash(FISHERIES_OTHER))).toBeLessThan(0.1);
  });

  it('groups syndicated copies at ingest, counts them once, keeps every copy, and puts them in one story', async () => {
    const store = openSqliteStore(':memory:');
    const wire = makeItem({ body: FISHERIES_WIRE, published: '2024-03-04', title: 'Norway and Chile sign fisheries deal', source: 'Wire', entities: ENTITIES });
    const copy = makeItem({ body: FISHERIES_SYNDICATED, published: '2024-03-04', title: 'Fisheries pact signed in Oslo', source: 'Coastal Times', entities: ENTITIES });
    const other = makeItem({ body: FISHERIES_OTHER, published: '2024-03-05', title: 'Fishing crews protest quotas', source: 'Radio Sur', entities: [{ name: 'Norway', type: 'place', country: 'NO' }, { name: 'Valparaiso', type: 'place', country: 'CL' }] });
    await store.putBatch([wire]);
    await store.putBatch([copy, other]);
    const rows = store.db.prepare(`SELECT a.source, c.dup_group, c.story_key, c.similarity FROM corpus_articles c JOIN articles a ON a.key = c.article_key ORDER BY a.key`).all() as Array<{ source: string; dup_group: number; story_key: number }>;
    expect(rows).toHaveLength(3);
    const [w, c, o] = rows;
    expect(c.dup_group).toBe(w.dup_group);
    expect(o.dup_group).not.toBe(w.dup_group);
    expect(c.story_key).toBe(w.story_key);
    expect(o.story_key).not.toBe(w.story_key);
    const story = store.db.prepare('SELECT articles, sources FROM stories WHERE key = ?').get(w.story_key) as { articles: number; sources: number };
    expect(story).toEqual({ articles: 2, sources: 1 });
    await store.close();
  });
});
