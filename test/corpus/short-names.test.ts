import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { mergeConfidence, renameInMergeKey } from '../../src/corpus/short-names.js';
import { romanisedName } from '../../src/corpus/romanisation.js';
import { BACKENDS, freshStoreEachTest, type Backend } from '../store/backends.js';
import { makeItem, mergeRows, type EntitySpec, type EventSpec } from './fixtures.js';

const NAIROBI = { name: 'Nairobi', country: 'KE', lat: -1.2864, lon: 36.8172 };
const KENYA: EntitySpec = { name: 'Kenya', type: 'place', country: 'KE' };
const WANJIRU: EntitySpec = { name: 'Amina Wanjiru', type: 'person', country: 'KE' };
const person = (name: string, country?: string): EntitySpec => ({ name, type: 'person', country });
const meeting = (source: string, target: string, date: string): EventSpec => ({ type: 'CONSULT', cameo: '042', source, target, trigger: 'met', date, place: NAIROBI });

/** Merged events as (source, mentions, sources). */
async function events(store: Store): Promise<Array<{ source: string | null; mentions: number; sources: number }>> {
  const out = [];
  for await (const e of store.corpus().events({})) out.push({ source: e.source, mentions: e.mentions, sources: e.sources });
  return out;
}

describe.each(BACKENDS)('short person names across articles on $name', (backend: Backend) => {
  const open = freshStoreEachTest(backend);

  it('a surname alone in a story about one longer name joins that person, with its events, quotes and mentions', async () => {
    const store = await open();
    await store.putBatch([makeItem({
      body: 'Norwegian envoy Helena Marsh met Amina Wanjiru in Nairobi on Monday to discuss fertiliser shipments to Kenya.',
      published: '2024-03-04', title: 'Envoy in Nairobi', source: 'Wire', entities: [person('Helena Marsh', 'NO'), WANJIRU, KENYA],
      events: [meeting('Helena Marsh', 'Amina Wanjiru', '2024-03-04')],
    })]);
    await store.putBatch([makeItem({
      body: 'Marsh met Amina Wanjiru in Nairobi for two hours. "Kenya needs reliable supplies before the planting season," Marsh said afterwards.',
      published: '2024-03-05', title: 'Talks on fertiliser', source: 'Nairobi Star Test', entities: [person('Marsh'), WANJIRU, KENYA],
      events: [meeting('Marsh', 'Amina Wanjiru', '2024-03-04')], quotes: [{ text: 'Kenya needs reliable supplies before the planting season,', speaker: 'Marsh' }],
    })]);
    expect(await mergeRows(store)).toEqual([{ alias: 'Marsh', entity: 'Helena Marsh', basis: 'story' }]);
    // the second report of the meeting is folded into the first: one event, two reports, two sources
    expect(await events(store)).toEqual([{ source: 'Helena Marsh', mentions: 2, sources: 2 }]);
    const p = await store.corpus().entityProfile('Helena Marsh');
    expect(p.entity.articles).toBe(2);
    expect(p.alsoAs).toEqual([{ name: 'Marsh', articles: 1, basis: 'story' }]);
    expect(p.names).toContain('Marsh');
    expect(p.quotesBy.map((q) => q.text)).toEqual(['Kenya needs reliable supplies before the planting season,']);
    expect(p.mentionsByMonth).toEqual([{ month: '2024-03', articles: 2, mentions: 3 }]);
    expect(p.coOccurring.map((c) => c.name)).not.toContain('Marsh');
    const t = await store.corpus().timeline(['Helena Marsh']);
    expect(t.entries.map((e) => e.kind)).toEqual(['event', 'quote']);
    expect(t.entries[0].mentions).toBe(2);
  });

  it('two different people with the same surname: the bare surname stays apart, in an unrelated story and in a story naming both', async () => {
    const store = await open();
    await store.putBatch([makeItem({ body: 'Peter Okafor opened a seed bank in Nairobi on behalf of Kenya farmers.', published: '2024-04-01', title: 'Seed bank', source: 'Wire', entities: [person('Peter Okafor'), KENYA] })]);
    await store.putBatch([makeItem({ body: 'Grace Okafor chaired a meeting of the regional water board in Nairobi.', published: '2024-04-20', title: 'Water board', source: 'Wire', entities: [person('Grace Okafor')] })]);
    await store.putBatch([makeItem({ body: 'Okafor said the harvest in the highlands would be late this year because of the long rains.', published: '2024-06-01', title: 'Late harvest', source: 'Farm Weekly Test', entities: [person('Okafor')] })]);
    await store.putBatch([
      makeItem({ body: 'Peter Okafor and Grace Okafor met Amina Wanjiru in Nairobi about irrigation loans for Kenya.', published: '2024-07-01', title: 'Irrigation', source: 'Wire', entities: [person('Peter Okafor'), person('Grace Okafor'), WANJIRU, KENYA] }),
    ]);
    await store.putBatch([makeItem({ body: 'Okafor met Amina Wanjiru again in Nairobi to sign the irrigation loans for Kenya.', published: '2024-07-02', title: 'Loans signed', source: 'Star Test', entities: [person('Okafor'), WANJIRU, KENYA] })]);
    expect(await mergeRows(store)).toEqual([]);
    expect((await store.corpus().entityProfile('Peter Okafor')).entity.articles).toBe(2);
  });

  it('one longer name in the corpus resolves a surname outside its story; a second namesake withdraws that, and a different country never merges', async () => {
    const store = await open();
    await store.putBatch([makeItem({ body: 'Lucia Costa launched a coastal clean-up campaign in Nairobi for Kenya.', published: '2024-05-01', title: 'Clean-up', source: 'Wire', entities: [person('Lucia Costa', 'KE'), KENYA] })]);
    await store.putBatch([makeItem({ body: 'Costa told a radio station that volunteers had collected four tonnes of plastic.', published: '2024-06-15', title: 'Plastic', source: 'Radio Test', entities: [person('Costa')] })]);
    await store.putBatch([makeItem({ body: 'Berg said the fishing season would open a week early in the north.', published: '2024-06-16', title: 'Season', source: 'Radio Test', entities: [person('Berg', 'NO')] })]);
    await store.putBatch([makeItem({ body: 'Jonas Berg, a Chilean economist, published a report on copper prices.', published: '2024-06-17', title: 'Copper', source: 'Wire', entities: [person('Jonas Berg', 'CL')] })]);
    expect(await mergeRows(store)).toEqual([{ alias: 'Costa', entity: 'Lucia Costa', basis: 'corpus' }]);
    expect((await store.corpus().entityProfile('Lucia Costa')).entity.articles).toBe(2);
    // a namesake appears: "Costa" could now be either of them
    await store.putBatch([makeItem({ body: 'Mateo Costa won the Nairobi marathon on Sunday.', published: '2024-07-01', title: 'Marathon', source: 'Wire', entities: [person('Mateo Costa')] })]);
    expect(await mergeRows(store)).toEqual([]);
    expect((await store.corpus().entityProfile('Lucia Costa')).entity.articles).toBe(1);
  });

  it('a surname seen before its longer name resolves when the longer name arrives in the same story, events included', async () => {
    const store = await open();
    await store.putBatch([makeItem({
      body: 'Rahimi met Amina Wanjiru in Nairobi on Tuesday to discuss a fertiliser plant for Kenya.',
      published: '2024-08-06', title: 'Fertiliser plant', source: 'Wire', entities: [person('Rahimi'), WANJIRU, KENYA], events: [meeting('Rahimi', 'Amina Wanjiru', '2024-08-06')],
    })]);
    expect(await mergeRows(store)).toEqual([]);
    await store.putBatch([makeItem({
      body: 'Investor Farid Rahimi met Amina Wanjiru in Nairobi this week about a fertiliser plant in Kenya.',
      published: '2024-08-07', title: 'Plant talks', source: 'Business Daily Test', entities: [person('Farid Rahimi'), WANJIRU, KENYA], events: [meeting('Farid Rahimi', 'Amina Wanjiru', '2024-08-06')],
    })]);
    expect(await mergeRows(store)).toEqual([{ alias: 'Rahimi', entity: 'Farid Rahimi', basis: 'story' }]);
    expect(await events(store)).toEqual([{ source: 'Farid Rahimi', mentions: 2, sources: 2 }]);
  });

});

describe('merge keys', () => {
  it('renames one actor of a merge key, re-sorting a symmetric pair', () => {
    expect(renameInMergeKey('CONSULT|e:b|e:z', 'e:z', 'e:a', true)).toBe('CONSULT|e:a|e:b');
    expect(renameInMergeKey('CONSULT|e:b|e:z', 'e:z', 'e:a', false)).toBe('CONSULT|e:b|e:a');
    expect(renameInMergeKey('CONSULT|e:b|-', 'e:z', 'e:a', false)).toBe('CONSULT|e:b|-');
  });
});

describe.each(BACKENDS)('name variants across articles on $name', (backend: Backend) => {
  const open = freshStoreEachTest(backend);

  it('a name with a given or middle name dropped joins the longer name, and does not make its surname ambiguous', async () => {
    const store = await open();
    await store.putBatch([makeItem({ body: 'Recep Tayyip Erdogan opened a bridge over the Bosphorus on Monday.', published: '2024-03-04', title: 'Bridge', source: 'Wire', entities: [person('Recep Tayyip Erdogan', 'TR')] })]);
    await store.putBatch([makeItem({ body: 'Tayyip Erdogan said the new bridge would carry trains by next year.', published: '2024-03-06', title: 'Trains', source: 'Radio Test', entities: [person('Tayyip Erdogan', 'TR')] })]);
    await store.putBatch([makeItem({ body: 'Erdogan told reporters that tolls on the bridge would stay low.', published: '2024-03-08', title: 'Tolls', source: 'Daily Test', entities: [person('Erdogan', 'TR')] })]);
    expect(await mergeRows(store)).toEqual([
      { alias: 'Tayyip Erdogan', entity: 'Recep Tayyip Erdogan', basis: 'corpus' },
      { alias: 'Erdogan', entity: 'Recep Tayyip Erdogan', basis: 'corpus' },
    ]);
    const p = await store.corpus().entityProfile('Recep Tayyip Erdogan');
    expect(p.entity.articles).toBe(3);
    expect(p.names).toEqual(expect.arrayContaining(['Erdogan', 'Tayyip Erdogan']));
  });

  it('a variant seen first resolves when its longer name arrives; an initial dropped is the same person; another given name is not', async () => {
    const store = await open();
    await store.putBatch([makeItem({ body: 'Paul Ryan spoke to farmers in Janesville about milk prices.', published: '2024-04-01', title: 'Milk', source: 'Wire', entities: [person('Paul Ryan', 'US')] })]);
    await store.putBatch([makeItem({ body: 'Paul D. Ryan returned to Janesville for a town hall on trade.', published: '2024-04-03', title: 'Town hall', source: 'Wire', entities: [person('Paul D. Ryan', 'US')] })]);
    await store.putBatch([makeItem({ body: 'Janna Ryan opened a library in Janesville.', published: '2024-04-05', title: 'Library', source: 'Wire', entities: [person('Janna Ryan', 'US')] })]);
    expect(await mergeRows(store)).toEqual([{ alias: 'Paul Ryan', entity: 'Paul D. Ryan', basis: 'corpus' }]);
  });

  it('stores each merge with how the names meet and a confidence', async () => {
    const store = await open();
    await store.putBatch([makeItem({ body: 'Dana Kowal opened a clinic in Lviv on Monday.', published: '2024-05-01', title: 'Clinic', source: 'Wire', entities: [person('Dana Kowal', 'UA')] })]);
    await store.putBatch([makeItem({ body: 'Kowal said the clinic would treat children first.', published: '2024-05-02', title: 'Children', source: 'Radio Test', entities: [person('Kowal', 'UA')] })]);
    const rows = (await store.corpus().entityMerges()).map(({ alias, basis, match, confidence }) => ({ alias, basis, match, confidence }));
    expect(rows).toEqual([{ alias: 'Kowal', basis: 'corpus', match: 'surname', confidence: mergeConfidence('corpus', 'surname') }]);
  });

  it('a name romanised another way, or with its patronymic dropped or added, is the same person', async () => {
    const store = await open();
    await store.putBatch([makeItem({ body: 'Foreign Minister Sergey Ivanovich Orlov arrived in Vienna for the talks.', published: '2024-06-01', title: 'Talks', source: 'Wire', entities: [person('Sergey Ivanovich Orlov', 'RU')] })]);
    await store.putBatch([makeItem({ body: 'Sergei Orlov said the talks in Vienna had been useful.', published: '2024-06-03', title: 'Useful', source: 'Radio Test', entities: [person('Sergei Orlov', 'RU')] })]);
    await store.putBatch([makeItem({ body: 'Muhammad Haddad, the mayor of Tripoli, met traders at the port.', published: '2024-06-05', title: 'Port', source: 'Wire', entities: [person('Muhammad Haddad', 'LY')] })]);
    await store.putBatch([makeItem({ body: 'Mohamed Haddad promised to reopen the fish market.', published: '2024-06-07', title: 'Market', source: 'Daily Test', entities: [person('Mohamed Haddad', 'LY')] })]);
    await store.putBatch([makeItem({ body: 'Ilya Dmitriyevich Sokolov will lead the delegation, the ministry said.', published: '2024-06-09', title: 'Delegation', source: 'Wire', entities: [person('Ilya Dmitriyevich Sokolov', 'RU')] })]);
    const rows = (await store.corpus().entityMerges()).map(({ alias, entity, match }) => ({ alias, entity, match }));
    expect(rows).toEqual(expect.arrayContaining([
      { alias: 'Sergei Orlov', entity: 'Sergey Ivanovich Orlov', match: 'romanised' },
      { alias: 'Mohamed Haddad', entity: 'Muhammad Haddad', match: 'romanised' },
    ]));
    const [orlov] = (await store.corpus().entityMerges()).filter((m) => m.alias === 'Sergei Orlov');
    expect(orlov.confidence).toBeLessThan(mergeConfidence('corpus', 'variant'));
    expect((await store.corpus().entityProfile('Sergey Ivanovich Orlov')).entity.articles).toBe(2);
  });

  it('a name with its patronymic added later takes the shorter name that came first', async () => {
    const store = await open();
    await store.putBatch([makeItem({ body: 'Anna Volkova won the regional chess title in Kazan.', published: '2024-07-01', title: 'Chess', source: 'Wire', entities: [person('Anna Volkova', 'RU')] })]);
    await store.putBatch([makeItem({ body: 'Anna Petrovna Volkova will defend the chess title next year.', published: '2024-07-04', title: 'Defend', source: 'Wire', entities: [person('Anna Petrovna Volkova', 'RU')] })]);
    expect(await mergeRows(store)).toEqual([{ alias: 'Anna Volkova', entity: 'Anna Petrovna Volkova', basis: 'corpus' }]);
  });
});

describe('romanisation keys', () => {
  it('gives the usual romanisations of one name one key', () => {
    const key = (n: string) => romanisedName(n).join(' ');
    expect(new Set(['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad'].map(key)).size).toBe(1);
    expect(new Set(['Sergey Lavrov', 'Sergei Lavrov'].map(key)).size).toBe(1);
    expect(new Set(['Dmitriy Peskov', 'Dmitry Peskov', 'Dmitrii Peskov', 'Dmitrij Peskov'].map(key)).size).toBe(1);
    expect(new Set(['Alexei Navalny', 'Aleksei Navalny', 'Alexey Navalnyy'].map(key)).size).toBe(1);
    expect(new Set(['Hussein', 'Husayn', 'Hussain'].map(key)).size).toBe(1);
    expect(key('Mohammed bin Salman')).toBe(key('Muhammad ibn Salman'));
  });

  it('keeps short names that differ by a vowel apart', () => {
    expect(romanisedName('Bush')).not.toEqual(romanisedName('Bosh'));
    expect(romanisedName('Dan Ruiz')).not.toEqual(romanisedName('Don Ruiz'));
  });
});
