import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../src/corpus/export.js';
import { mergeConfidence } from '../../src/corpus/short-names.js';
import { buildServer } from '../../src/serve/api/app.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS, freshLocatedStoreEachTest, type Backend } from '../store/backends.js';
import { runCli } from '../helpers/cli.js';
import { makeItem, type EntitySpec, type EventSpec } from './fixtures.js';

const NAIROBI = { name: 'Nairobi', country: 'KE', lat: -1.2864, lon: 36.8172 };
const KENYA: EntitySpec = { name: 'Kenya', type: 'place', country: 'KE' };
const WANJIRU: EntitySpec = { name: 'Amina Wanjiru', type: 'person', country: 'KE' };
const person = (name: string, country?: string): EntitySpec => ({ name, type: 'person', country });
const meeting = (source: string, date: string): EventSpec => ({ type: 'CONSULT', cameo: '042', source, target: 'Amina Wanjiru', trigger: 'met', date, place: NAIROBI });

async function csv(store: Store, table: 'entities' | 'quotes'): Promise<Array<Record<string, string>>> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await exportCsv(store.corpus(), table, out);
  out.end();
  const [header, ...lines] = Buffer.concat(chunks).toString('utf8').trim().split('\n');
  const cols = header.split(',');
  // the fixture's values hold no commas or quotes, so a plain split reads them
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}

describe.each(BACKENDS)('one identity in every corpus view on $name', (backend: Backend) => {
  const open = freshLocatedStoreEachTest(backend);

  it('a person quoted under the full name and, in another article of the story, a surname: profile, quotes --speaker, timeline, graph, exports and API agree', async () => {
    const { store, location } = await open();
    await store.putBatch([makeItem({
      body: 'Norwegian envoy Helena Marsh met Amina Wanjiru in Nairobi on Monday. "The shipments will arrive in April," Helena Marsh said.',
      published: '2024-03-04', title: 'Envoy in Nairobi', source: 'Wire', entities: [person('Helena Marsh', 'NO'), WANJIRU, KENYA],
      events: [meeting('Helena Marsh', '2024-03-04')], quotes: [{ text: 'The shipments will arrive in April,', speaker: 'Helena Marsh' }],
    })]);
    await store.putBatch([makeItem({
      body: 'Marsh met Amina Wanjiru in Nairobi again. "Kenya needs reliable supplies before the planting season," Marsh said afterwards.',
      published: '2024-03-05', title: 'Talks on fertiliser', source: 'Nairobi Star Test', entities: [person('Marsh'), WANJIRU, KENYA],
      events: [meeting('Marsh', '2024-03-05')], quotes: [{ text: 'Kenya needs reliable supplies before the planting season,', speaker: 'Marsh' }],
    })]);
    const corpus = store.corpus();
    const quotes = ['Kenya needs reliable supplies before the planting season,', 'The shipments will arrive in April,'];

    const profile = await corpus.entityProfile('Helena Marsh');
    expect(profile.alsoAs.map((a) => a.name)).toEqual(['Marsh']);
    // the merge with its evidence and confidence, as stored
    const [stored] = await corpus.entityMerges();
    expect(profile.merges).toEqual([{ alias: 'Marsh', article: stored.article, published: '2024-03-05', basis: 'story', match: 'surname', confidence: mergeConfidence('story', 'surname') }]);
    const text = (await runCli(['entity', 'Helena Marsh', '--db', location])).stdout;
    expect(text).toContain(`merges:\n  Marsh in ${stored.article} (2024-03-05): surname, only such name in the story, confidence ${mergeConfidence('story', 'surname')}`);
    expect(profile.quotesBy.map((q) => q.text).sort()).toEqual(quotes);
    expect(profile.entity.articles).toBe(2);

    const bySpeaker = await corpus.quotes({ speaker: 'Helena Marsh' });
    expect(bySpeaker.map((q) => q.text).sort()).toEqual(quotes);
    expect(new Set(bySpeaker.map((q) => q.speaker))).toEqual(new Set(['Helena Marsh']));
    const aboutAndBy = await corpus.quotes({ about: 'Amina Wanjiru', speaker: 'Helena Marsh' });
    expect(aboutAndBy.every((q) => q.speaker === 'Helena Marsh')).toBe(true);

    const timeline = await corpus.timeline(['Helena Marsh']);
    expect(timeline.entries.filter((e) => e.kind === 'quote').map((e) => e.text).sort()).toEqual(quotes.map((q) => `"${q}"`));
    const timelineEvents = timeline.entries.filter((e) => e.kind === 'event');
    const edgeEvents = profile.edges.reduce((n, e) => n + e.events, 0);
    expect(timelineEvents.length).toBe(edgeEvents);
    expect(edgeEvents).toBeGreaterThan(0);

    const quoteRows = await csv(store, 'quotes');
    expect(quoteRows.filter((r) => r.speaker === 'Helena Marsh').length).toBe(2);
    const entityRow = (await csv(store, 'entities')).find((r) => r.name === 'Helena Marsh');
    expect(Number(entityRow?.articles)).toBe(profile.entity.articles);

    const app = buildServer({ store, analyzer: () => Promise.reject(new Error('not needed')), host: '127.0.0.1' });
    try {
      const api = (await app.inject({ method: 'GET', url: '/api/quotes?speaker=Helena%20Marsh' })).json();
      expect(api.items.map((q: { text: string }) => q.text).sort()).toEqual(quotes);
      const apiProfile = (await app.inject({ method: 'GET', url: '/api/entities/Helena%20Marsh' })).json();
      expect(apiProfile.quotesBy.length).toBe(2);
      expect(apiProfile.merges).toEqual(profile.merges);
      const graph = (await app.inject({ method: 'GET', url: '/api/graph?entity=Helena%20Marsh' })).json();
      expect(graph.nodes.map((n: { name: string }) => n.name)).not.toContain('Marsh');
      expect(graph.edges.reduce((n: number, e: { events: number }) => n + e.events, 0)).toBe(edgeEvents);
    } finally {
      await app.close();
    }
  });
});
