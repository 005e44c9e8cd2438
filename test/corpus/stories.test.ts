import { describe, expect, it } from 'vitest';
import { entityOverlap, storyEntity } from '../../src/corpus/stories.js';
import type { StoreItem } from '../../src/store/store.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS, freshStoreEachTest, type Backend } from '../store/backends.js';
import { makeItem, type EntitySpec, type EventSpec } from './fixtures.js';

const person = (name: string, country: string): EntitySpec => ({ name, type: 'person', country });
const SOLBERG = person('Ingrid Solberg', 'NO');
const PIZARRO = person('Rodrigo Pizarro', 'CL');
const NOVAK = person('Hana Novak', 'CZ');
const WILK = person('Tomasz Wilk', 'PL');
const meeting = (source: string, target: string, date: string): EventSpec => ({ type: 'CONSULT', cameo: '042', source, target, trigger: 'met', date });

// three reports: the first and last about different meetings, the middle one a round-up of both
const FISH = makeItem({
  body: 'Ingrid Solberg met Rodrigo Pizarro in Oslo on Monday to discuss salmon quotas for the coming season.',
  published: '2024-05-06', title: 'Quota talks in Oslo', source: 'Wire', entities: [SOLBERG, PIZARRO], events: [meeting('Ingrid Solberg', 'Rodrigo Pizarro', '2024-05-06')],
});
const ROUNDUP = makeItem({
  body: 'A busy week of diplomacy: Ingrid Solberg met Rodrigo Pizarro, and later Hana Novak met Tomasz Wilk about rail freight.',
  published: '2024-05-07', title: 'Diplomacy round-up', source: 'Weekly Review', entities: [SOLBERG, PIZARRO, NOVAK, WILK],
  events: [meeting('Ingrid Solberg', 'Rodrigo Pizarro', '2024-05-06'), meeting('Hana Novak', 'Tomasz Wilk', '2024-05-07')],
});
const RAIL = makeItem({
  body: 'Hana Novak met Tomasz Wilk in Warsaw on Tuesday; the ministers agreed to share the cost of new freight wagons.',
  published: '2024-05-08', title: 'Rail freight deal', source: 'Radio Centrum', entities: [NOVAK, WILK], events: [meeting('Hana Novak', 'Tomasz Wilk', '2024-05-07')],
});
// the same two ministers a fortnight later: another development
const LATER = makeItem({
  body: 'Hana Novak and Tomasz Wilk met again in Prague on Wednesday, this time about border checks on lorries.',
  published: '2024-05-22', title: 'Border checks', source: 'Radio Centrum', entities: [NOVAK, WILK], events: [meeting('Hana Novak', 'Tomasz Wilk', '2024-05-22')],
});

/** Stories as sorted lists of article titles, sorted. */
async function storyTitles(store: Store): Promise<string[][]> {
  const corpus = store.corpus();
  const out: string[][] = [];
  for (const s of await corpus.stories({ limit: 100 })) out.push((await corpus.storyArticles(s.key)).map((a) => a.title ?? '').sort());
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}

describe('entity overlap of two articles', () => {
  const ents = (...list: Array<[number, string, string]>) => new Map(list.map(([key, name, type]) => [key, storyEntity(name, type, type === 'place' ? 0.5 : 1)]));
  it('is symmetric, one for the same entities, and counts a surname alone as the full name of a person', () => {
    const a = ents([1, 'Helena Marsh', 'person'], [2, 'Amina Wanjiru', 'person'], [3, 'Kenya', 'place']);
    const b = ents([4, 'Marsh', 'person'], [2, 'Amina Wanjiru', 'person'], [3, 'Kenya', 'place']);
    expect(entityOverlap(a, a)).toBe(1);
    expect(entityOverlap(a, b)).toBe(1);
    expect(entityOverlap(b, a)).toBe(1);
  });
  it('does not take two people with one surname for one another, nor a country in common for a development', () => {
    const a = ents([1, 'Hillary Clinton', 'person'], [3, 'United States', 'place']);
    const b = ents([2, 'Bill Clinton', 'person'], [3, 'United States', 'place']);
    expect(entityOverlap(a, b)).toBeLessThan(0.25);
  });
});

describe.each(BACKENDS)('stories on $name', (backend: Backend) => {
  const open = freshStoreEachTest(backend);

  async function storeInOrder(items: StoreItem[]): Promise<Store> {
    const store = await open();
    for (const item of items) await store.putBatch([item]);
    return store;
  }

  it('an article linking two stories merges them, and the stories are the same whichever order the articles arrive in', async () => {
    const expected = [['Border checks'], ['Diplomacy round-up', 'Quota talks in Oslo', 'Rail freight deal']];
    for (const order of [[FISH, RAIL, ROUNDUP, LATER], [ROUNDUP, LATER, RAIL, FISH], [LATER, RAIL, FISH, ROUNDUP]]) {
      const store = await storeInOrder(order);
      expect(await storyTitles(store)).toEqual(expected);
      const merged = (await store.corpus().stories({ limit: 10 })).find((s) => s.articles === 3)!;
      expect(merged).toMatchObject({ first: '2024-05-06', last: '2024-05-08', sources: 3, title: 'Quota talks in Oslo' });
      expect([...merged.entities].sort()).toEqual(['Hana Novak', 'Ingrid Solberg', 'Rodrigo Pizarro', 'Tomasz Wilk']);
      expect((await store.corpus().summary()).stories).toBe(2);
    }
  });
});
