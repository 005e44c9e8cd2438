import { describe, expect, it } from 'vitest';
import { estimateJaccard, minhash } from '../../src/corpus/minhash.js';
import { BACKENDS, freshStoreEachTest } from '../store/backends.js';
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
});

describe.each(BACKENDS)('near-duplicate articles on $name', (backend) => {
  const freshStore = freshStoreEachTest(backend);

  it('groups syndicated copies at ingest, counts them once, keeps every copy, and puts them in one story', async () => {
    const store = await freshStore();
    const wire = makeItem({ body: FISHERIES_WIRE, published: '2024-03-04', title: 'Norway and Chile sign fisheries deal', source: 'Wire', entities: ENTITIES });
    const copy = makeItem({ body: FISHERIES_SYNDICATED, published: '2024-03-04', title: 'Fisheries pact signed in Oslo', source: 'Coastal Times', entities: ENTITIES });
    const other = makeItem({ body: FISHERIES_OTHER, published: '2024-03-05', title: 'Fishing crews protest quotas', source: 'Radio Sur', entities: [{ name: 'Norway', type: 'place', country: 'NO' }, { name: 'Valparaiso', type: 'place', country: 'CL' }] });
    await store.putBatch([wire]);
    await store.putBatch([copy, other]);
    const corpus = store.corpus();
    expect(await corpus.duplicateGroups()).toEqual([[wire.article.id, copy.article.id]]);
    const stories = await corpus.stories();
    expect(stories).toHaveLength(2);
    const withWire = [];
    for (const s of stories) withWire.push({ story: s, articles: await corpus.storyArticles(s.key) });
    const fisheries = withWire.find((s) => s.articles.some((a) => a.id === wire.article.id))!;
    expect(fisheries.articles.map((a) => [a.id, a.duplicateOf])).toEqual([[wire.article.id, null], [copy.article.id, wire.article.id]]);
    // the title of the earliest article; of one day, the first in order, so that arrival order does not choose it
    expect(fisheries.story).toMatchObject({ articles: 2, sources: 1, title: 'Fisheries pact signed in Oslo' });
    const protest = withWire.find((s) => s !== fisheries)!;
    expect(protest.articles.map((a) => a.id)).toEqual([other.article.id]);
    expect(await corpus.summary()).toMatchObject({ articles: 3, duplicateGroups: 2, stories: 2 });
  });
});
