import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { actorEntityId } from '../../src/corpus/indexer.js';
import type { MergedEventRow } from '../../src/corpus/queries.js';
import { BACKENDS, freshLocatedStoreEachTest } from '../store/backends.js';
import { makeItem, type EntitySpec, type EventSpec } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Norway', type: 'place', country: 'NO' }, { name: 'Kenya', type: 'place', country: 'KE' },
  { name: 'Ingrid Solberg', type: 'person', country: 'NO' }, { name: 'Amina Wanjiru', type: 'person', country: 'KE' },
];
const NAIROBI = { name: 'Nairobi', country: 'KE', lat: -1.2864, lon: 36.8172 };
const visit = (trigger: string, date: string, modality?: EventSpec['modality']): EventSpec => ({
  type: 'CONSULT', cameo: '042', source: 'Ingrid Solberg', target: 'Amina Wanjiru', trigger, date, place: NAIROBI, modality,
});

/** Three outlets report one visit in their own words; a fourth reports the visited side denying it. */
const REPORTS = [
  { source: 'Wire', published: '2024-05-02', body: 'Norwegian minister Ingrid Solberg met Kenyan trade minister Amina Wanjiru in Nairobi on Wednesday to discuss fertiliser imports from Norway.', trigger: 'met', date: '2024-05-01' },
  { source: 'Daily Nation Test', published: '2024-05-02', body: 'Trade talks: Amina Wanjiru hosted Ingrid Solberg of Norway in Nairobi, where the two held talks on fertiliser and shipping costs for Kenya.', trigger: 'held talks', date: '2024-05-01' },
  { source: 'Oslo Post Test', published: '2024-05-03', body: 'Ingrid Solberg visited Kenya this week. In Nairobi she met Amina Wanjiru, and officials said the talks focused on fertiliser supplies.', trigger: 'met', date: '2024-05-02' },
];

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe.each(BACKENDS)('merged events on $name', (backend) => {
  const open = freshLocatedStoreEachTest(backend);

  it('an event reported by three outlets is one event with three mentions; a denial is a separate claim on it', async () => {
    const { store, location } = await open();
    for (const r of REPORTS) {
      await store.putBatch([makeItem({ body: r.body, published: r.published, title: 'Solberg in Nairobi', source: r.source, entities: ENTITIES, events: [visit(r.trigger, r.date)] })]);
    }
    const denial = makeItem({
      body: 'A spokesman for Amina Wanjiru denied that she met Ingrid Solberg in Nairobi, saying the Kenya minister was abroad at the time and had no talks with Norway.',
      published: '2024-05-03', title: 'Ministry denies meeting', source: 'Standard Test', entities: ENTITIES, events: [visit('met', '2024-05-01', 'denied')],
    });
    // an unrelated meeting of the same pair a month later is another event
    const later = makeItem({
      body: 'Ingrid Solberg met Amina Wanjiru again in Nairobi in June to sign the fertiliser agreement between Norway and Kenya.',
      published: '2024-06-10', title: 'Deal signed', source: 'Wire', entities: ENTITIES, events: [visit('met', '2024-06-10')],
    });
    await store.putBatch([denial, later]);
    const corpus = store.corpus();
    const merged: MergedEventRow[] = await all(corpus.events({}));
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ type: 'CONSULT', source: 'Ingrid Solberg', target: 'Amina Wanjiru', mentions: 4, sources: 4, happened: 3, denied: 1, date: '2024-05-01', place: 'Nairobi', tone: -1 });
    expect(merged[1]).toMatchObject({ mentions: 1, happened: 1, denied: 0, date: '2024-06-10' });
    const claims = (await corpus.eventMentions(merged[0].key)).map((m) => ({ claim: m.claim, source: m.source }));
    expect(claims.sort((a, b) => a.source!.localeCompare(b.source!))).toEqual([
      { claim: 'happened', source: 'Daily Nation Test' }, { claim: 'happened', source: 'Oslo Post Test' },
      { claim: 'denied', source: 'Standard Test' }, { claim: 'happened', source: 'Wire' },
    ]);
    expect((await corpus.eventMentions(merged[0].key)).find((m) => m.source === 'Daily Nation Test')!.evidence).toBe('held talks');
    // filters: by actor, by type, by dates, by place; newest first
    expect((await all(corpus.events({ actor: 'Amina Wanjiru' }))).map((e) => e.key)).toEqual(merged.map((e) => e.key));
    expect(await all(corpus.events({ type: 'PROTEST' }))).toEqual([]);
    expect((await all(corpus.events({ from: '2024-06', to: '2024-06' }))).map((e) => e.key)).toEqual([merged[1].key]);
    expect((await all(corpus.events({ place: 'nairobi', newestFirst: true }))).map((e) => e.key)).toEqual([merged[1].key, merged[0].key]);
    expect((await all(corpus.events({ limit: 1 })))).toHaveLength(1);
    expect(await corpus.eventReach(merged[0].key)).toEqual({ articles: 4, firstStart: expect.any(Number) });
    // the raw per-article events are all kept as evidence
    expect((await corpus.summary()).events).toBe(5);
    // a timeline of the pair, in date order; an unknown name is a clear error
    const t = await corpus.timeline(['Ingrid Solberg', 'Amina Wanjiru']);
    expect(t.entries.map((e) => [e.date, e.mentions])).toEqual([['2024-05-01', 4], ['2024-06-10', 1]]);
    await expect(corpus.timeline(['Nobody Atall'])).rejects.toThrow(/no entity named "Nobody Atall"/);
    // the actor graph of a profile
    const profile = await corpus.entityProfile('Solberg');
    expect(profile.entity.name).toBe('Ingrid Solberg');
    expect(profile.edges).toEqual([{ direction: 'out', other: 'Amina Wanjiru', type: 'CONSULT', events: 2, mentions: 5, tone: -1 }]);
    expect(profile.mentionsByMonth).toEqual([{ month: '2024-05', articles: 4, mentions: 4 }, { month: '2024-06', articles: 1, mentions: 1 }]);
  });

  it('a place guessed from the article focus is marked, replaced by a place a later report names, and can be filtered out', async () => {
    const { store, location } = await open();
    const KENYA = { name: 'Kenya', country: 'KE', lat: 0.1769, lon: 37.9083, fromFocus: true };
    const guessed = (trigger: string, date: string): EventSpec => ({ ...visit(trigger, date), place: KENYA });
    // the first report names no place in its sentence: the place is the article's focus
    await store.putBatch([makeItem({ body: 'Ingrid Solberg met Amina Wanjiru on Wednesday to discuss fertiliser imports from Norway.', published: '2024-05-02',
      title: 'Kenya talks', source: 'Wire', entities: ENTITIES, events: [guessed('met', '2024-05-01')] })]);
    let [one] = await all(store.corpus().events({}));
    expect(one).toMatchObject({ place: 'Kenya', placeFromFocus: true });
    // a second report of the same meeting names Nairobi: the named place replaces the guess
    await store.putBatch([makeItem({ body: 'Amina Wanjiru hosted Ingrid Solberg in Nairobi, where the two held talks on fertiliser.', published: '2024-05-02',
      title: 'Talks in Nairobi', source: 'Daily Nation Test', entities: ENTITIES, events: [visit('held talks', '2024-05-01')] })]);
    [one] = await all(store.corpus().events({}));
    expect(one).toMatchObject({ place: 'Nairobi', placeFromFocus: false, lat: NAIROBI.lat, mentions: 2 });
    // a later meeting known only from a focus guess stays marked; the filter keeps or drops such events
    await store.putBatch([makeItem({ body: 'Ingrid Solberg met Amina Wanjiru again in June to sign the fertiliser agreement.', published: '2024-06-10',
      title: 'Deal signed', source: 'Wire', entities: ENTITIES, events: [guessed('met', '2024-06-10')] })]);
    const keys = async (placeFromFocus?: boolean) => (await all(store.corpus().events({ placeFromFocus }))).map((e) => e.date);
    expect(await keys()).toEqual(['2024-05-01', '2024-06-10']);
    expect(await keys(true)).toEqual(['2024-06-10']);
    expect(await keys(false)).toEqual(['2024-05-01']);
    if (backend.name === 'sqlite') {
      // each report's own row keeps its flag too
      const db = new Database(location, { readonly: true });
      expect(db.prepare('SELECT place_name AS p, place_from_focus AS f FROM events ORDER BY key').all()).toEqual([
        { p: 'Kenya', f: 1 }, { p: 'Nairobi', f: 0 }, { p: 'Kenya', f: 1 },
      ]);
      db.close();
    }
  });

  it('a merged event spans the days of all its reports, and a report meets it on any of them, in one article or many', async () => {
    const { store, location } = await open();
    const first = makeItem({ body: REPORTS[0].body, published: '2024-05-02', title: 'Solberg in Nairobi', source: 'Wire', entities: ENTITIES, events: [visit('met', '2024-05-01')] });
    // the first report takes the event to 2 May; the second, two days after the first report, meets it only there
    const later = makeItem({
      body: 'Ingrid Solberg met Amina Wanjiru in Nairobi on Thursday, and the two held talks again in Nairobi on Friday about fertiliser from Norway for Kenya.',
      published: '2024-05-04', title: 'More talks', source: 'Oslo Post Test', entities: ENTITIES, events: [visit('met', '2024-05-02'), visit('held talks', '2024-05-03')],
    });
    await store.putBatch([first]);
    await store.putBatch([later]);
    const merged: MergedEventRow[] = await all(store.corpus().events({}));
    expect(merged.map((m) => ({ date: m.date, dateEnd: m.dateEnd, mentions: m.mentions, sources: m.sources }))).toEqual([{ date: '2024-05-01', dateEnd: '2024-05-03', mentions: 3, sources: 2 }]);
  });
});

describe('event actors', () => {
  it('an actor phrase linked to a nationality stands for the person it names', () => {
    const entities = [
      { id: 'g_kenyan', name: 'Kenyan', type: 'group', country: 'KE', placeKind: null },
      { id: 'p_ruto', name: 'William Ruto', type: 'person', country: 'KE', placeKind: null },
      { id: 'o_au', name: 'African Union', type: 'organisation', country: null, placeKind: null },
      { id: 'p_ahmed', name: 'Abiy Ahmed', type: 'person', country: 'ET', placeKind: null },
    ];
    expect(actorEntityId('g_kenyan', 'Kenyan President William Ruto', entities)).toBe('p_ruto');
    expect(actorEntityId(null, 'the African Union mission', entities)).toBe('o_au');
    // a possessive names the person's government, not the person; a phrase without a name keeps its link
    expect(actorEntityId('g_kenyan', "Abiy Ahmed's government", entities)).toBe('g_kenyan');
    expect(actorEntityId('g_kenyan', 'Kenyan police', entities)).toBe('g_kenyan');
    // a link to a person is kept
    expect(actorEntityId('p_ahmed', 'Abiy Ahmed and William Ruto', entities)).toBe('p_ahmed');
  });
});
