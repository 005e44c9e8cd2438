import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { actorEntityId } from '../../src/corpus/sqlite-index.js';
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

describe('merged events', () => {
  it('an event reported by three outlets is one event with three mentions; a denial is a separate claim on it', async () => {
    const store = openSqliteStore(':memory:');
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
    const merged = store.db.prepare('SELECT key, type, mentions, sources, happened, denied, date_begin FROM merged_events ORDER BY key').all() as Array<Record<string, unknown>>;
    expect(merged).toHaveLength(2);
    expect(merged[0]).toMatchObject({ type: 'CONSULT', mentions: 4, sources: 4, happened: 3, denied: 1, date_begin: '2024-05-01' });
    expect(merged[1]).toMatchObject({ mentions: 1, happened: 1, denied: 0, date_begin: '2024-06-10' });
    const claims = store.db.prepare(`SELECT l.claim, a.source FROM event_links l JOIN articles a ON a.key = l.article_key WHERE l.merged_key = ? ORDER BY l.event_key`).all(merged[0].key) as Array<{ claim: string; source: string }>;
    expect(claims).toEqual([
      { claim: 'happened', source: 'Wire' }, { claim: 'happened', source: 'Daily Nation Test' },
      { claim: 'happened', source: 'Oslo Post Test' }, { claim: 'denied', source: 'Standard Test' },
    ]);
    // the raw per-article events are all kept as evidence
    expect(store.db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(5);
    await store.close();
  });

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
