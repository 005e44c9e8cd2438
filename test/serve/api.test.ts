import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/serve/api/app.js';
import { CONTENT_SECURITY_POLICY } from '../../src/serve/api/security.js';
import { MAX_PAGE } from '../../src/serve/api/paging.js';
import { buildExampleStore, HOSTILE_ARTICLE, type TestCorpus } from './corpus.js';
import { BACKENDS } from '../store/backends.js';

let corpus: TestCorpus;
let app: FastifyInstance;

beforeAll(async () => {
  corpus = await buildExampleStore();
  app = buildServer({ store: corpus.store, analyzer: corpus.analyzer, host: '127.0.0.1' });
});
afterAll(async () => {
  await app?.close();
  await corpus?.cleanup();
});

const get = (url: string) => app.inject({ method: 'GET', url });
const post = (url: string, payload: unknown, headers: Record<string, string> = {}) => app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('read endpoints over the example corpus', () => {
  it('stats count what was ingested', async () => {
    const res = await get('/api/stats');
    expect(res.statusCode).toBe(200);
    const stats = res.json();
    expect(stats.articles).toBeGreaterThanOrEqual(10);
    expect(stats.entities).toBeGreaterThan(10);
  });

  it('search returns hits with the matched word marked, as text parts', async () => {
    const res = await get('/api/search?q=ceasefire');
    expect(res.statusCode).toBe(200);
    const { items } = res.json();
    expect(items.length).toBeGreaterThan(0);
    const hits = items[0].snippet.filter((p: { hit: boolean }) => p.hit).map((p: { text: string }) => p.text.toLowerCase());
    expect(hits).toContain('ceasefire');
  });

  it('pages articles with cursors: no overlap, all articles once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await get(`/api/articles?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((a: { id: string }) => a.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 50);
    const stats = (await get('/api/stats')).json();
    expect(seen.length).toBe(stats.articles);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('an article comes with its text and every layer, spans inside the text', async () => {
    const list = (await get('/api/search?q=Rotterdam')).json();
    const res = await get(`/api/articles/${list.items[0].id}`);
    expect(res.statusCode).toBe(200);
    const { article, extraction } = res.json();
    expect(article.id).toBe(list.items[0].id);
    expect(article.body).toBeUndefined();
    for (const key of ['text', 'sentences', 'entities', 'quotes', 'timexes', 'places', 'events', 'removed']) expect(extraction).toHaveProperty(key);
    const e = extraction.entities[0];
    expect(extraction.text.slice(e.mentions[0].start, e.mentions[0].end)).toBe(e.mentions[0].text);
  });
});

describe('errors are JSON with the right status and no stack', () => {
  it.each([
    ['/api/articles/no-such-id', 404],
    ['/api/search', 400],
    ['/api/search?q=%22open&syntax=fts', 400],
    [`/api/search?q=x&limit=${MAX_PAGE + 1}`, 400],
    ['/api/articles?from=yesterday', 400],
    ['/api/articles?cursor=garbage', 400],
    ['/api/no-such-endpoint', 404],
  ])('GET %s -> %i', async (url, status) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    const body = res.json();
    expect(body.error.status).toBe(status);
    expect(body.error.message).toMatch(/\w/);
    expect(res.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('broken JSON and oversized bodies are refused', async () => {
    const bad = await app.inject({ method: 'POST', url: '/api/analyze', payload: '{bad', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    const big = await post('/api/analyze', { text: 'x'.repeat(12 * 1024 * 1024), published: '2024-01-01' });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.status).toBe(413);
  });

  it('an article without a date is a 400 that says what is missing', async () => {
    const res = await post('/api/analyze', { text: 'The council met.' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/published/);
  });
});

describe('write endpoints', () => {
  it('analyze returns an extraction and stores nothing', async () => {
    const before = (await get('/api/stats')).json().articles;
    const res = await post('/api/analyze', HOSTILE_ARTICLE);
    expect(res.statusCode).toBe(200);
    const x = res.json();
    expect(x.text).toContain('Lindvik');
    expect(x.entities.some((e: { name: string }) => /Berg/.test(e.name))).toBe(true);
    expect((await get('/api/stats')).json().articles).toBe(before);
  });

  it('ingest stores once; the second post is unchanged', async () => {
    const first = await post('/api/ingest', { articles: [HOSTILE_ARTICLE] });
    expect(first.statusCode).toBe(200);
    expect(first.json().inserted).toBe(1);
    const again = (await post('/api/ingest', HOSTILE_ARTICLE)).json();
    expect(again).toMatchObject({ inserted: 0, unchanged: 1 });
    const stored = await get(`/api/articles/${first.json().ids[0]}`);
    expect(stored.json().extraction.text).toContain('Lindvik');
  });

  it('for a Host that is not a loopback name, writes need TIDINGS_TOKEN; reads do not', async () => {
    const lan = { host: 'tidings.lan:3000' };
    const open = buildServer({ store: corpus.store, analyzer: corpus.analyzer, host: '0.0.0.0', allowedHosts: ['tidings.lan'] });
    expect((await open.inject({ method: 'POST', url: '/api/analyze', payload: HOSTILE_ARTICLE, headers: lan })).statusCode).toBe(403);
    const guarded = buildServer({ store: corpus.store, analyzer: corpus.analyzer, host: '0.0.0.0', token: 's3cret-token', allowedHosts: ['tidings.lan'] });
    expect((await guarded.inject({ method: 'POST', url: '/api/analyze', payload: HOSTILE_ARTICLE, headers: lan })).statusCode).toBe(401);
    expect((await guarded.inject({ method: 'POST', url: '/api/analyze', payload: HOSTILE_ARTICLE, headers: { ...lan, authorization: 'Bearer wrong-token!' } })).statusCode).toBe(401);
    expect((await guarded.inject({ method: 'POST', url: '/api/analyze', payload: HOSTILE_ARTICLE, headers: { ...lan, authorization: 'Bearer s3cret-token' } })).statusCode).toBe(200);
    expect((await guarded.inject({ method: 'GET', url: '/api/stats', headers: lan })).statusCode).toBe(200);
    await open.close();
    await guarded.close();
  });
});

describe('headers and the API description', () => {
  it('every response carries a CSP with no inline script', async () => {
    for (const url of ['/api/stats', '/api/nope', '/']) {
      const res = await get(url);
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('the OpenAPI document lists every endpoint', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/articles', '/api/articles/{id}', '/api/search', '/api/stats', '/api/analyze', '/api/ingest']) expect(doc.paths).toHaveProperty(path);
    expect(doc.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name)).toContain('q');
  });

  it('static files cannot escape the web root', async () => {
    const res = await get('/..%2f..%2fpackage.json');
    expect(res.statusCode).toBe(404);
  });
});

interface EventRow { key: number; type: string; source: string | null; target: string | null; date: string; place: string | null; placeFromFocus: boolean | null; lat: number | null; lon: number | null; happened: number; denied: number; intended: number; firstArticle: string }
interface QuoteRow { text: string; speaker: string | null; article: string }

/** The value seen most often (ties: first seen). */
function mostCommon<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

describe.each(BACKENDS)('corpus endpoints over the example corpus on $name', (backend) => {
  let events: EventRow[];
  let quotes: QuoteRow[];
  let speaker: string;
  let own: { corpus: TestCorpus; app: FastifyInstance; outer: FastifyInstance } | null = null;
  beforeAll(async () => {
    if (backend.name !== 'sqlite') {
      const c = await buildExampleStore(backend);
      own = { corpus: c, app: buildServer({ store: c.store, analyzer: c.analyzer, host: '127.0.0.1' }), outer: app };
      app = own.app;
    }
    events = (await get('/api/events?limit=1000')).json().items;
    quotes = (await get('/api/quotes?limit=100')).json().items;
    speaker = mostCommon(quotes.map((q) => q.speaker).filter((s): s is string => !!s));
  });
  afterAll(async () => {
    if (!own) return;
    app = own.outer;
    await own.app.close();
    await own.corpus.cleanup();
  });

  it('has events and quotes to test with', () => {
    expect(events.length).toBeGreaterThan(10);
    expect(quotes.length).toBeGreaterThan(10);
  });

  it('entities: found by exact name first, case-free; a query is required', async () => {
    const res = await get(`/api/entities?q=${encodeURIComponent(speaker.toUpperCase())}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0].name).toBe(speaker);
    expect((await get('/api/entities')).statusCode).toBe(400);
  });

  it('an entity profile: its quotes, mentions by month, co-occurring entities; an unknown name is a 404', async () => {
    const res = await get(`/api/entities/${encodeURIComponent(speaker)}`);
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p.entity.name).toBe(speaker);
    expect(p.quotesBy.length).toBe(quotes.filter((q) => q.speaker === speaker).length);
    expect(p.mentionsByMonth.length).toBeGreaterThan(0);
    for (const m of p.mentionsByMonth) expect(m.month).toMatch(/^\d{4}-\d{2}$/);
    expect(p.coOccurring.length).toBeGreaterThan(0);
    expect(p.coOccurring.map((c: { name: string }) => c.name)).not.toContain(speaker);
    const missing = await get('/api/entities/Nobody%20Ever%20Named%20Zzyzx');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toMatch(/no entity/);
  });

  it('events filter by type, actor, dates, claim kind and bounding box, each exactly', async () => {
    const type = mostCommon(events.map((e) => e.type));
    const byType: EventRow[] = (await get(`/api/events?type=${type}&limit=1000`)).json().items;
    expect(byType.map((e) => e.key)).toEqual(events.filter((e) => e.type === type).map((e) => e.key));

    const actor = mostCommon(events.map((e) => e.source).filter((s): s is string => !!s));
    const byActor: EventRow[] = (await get(`/api/events?actor=${encodeURIComponent(actor)}&limit=1000`)).json().items;
    expect(byActor.length).toBeGreaterThan(1);
    for (const e of byActor) expect([e.source, e.target]).toContain(actor);

    const middle = [...events].sort((a, b) => a.date.localeCompare(b.date))[Math.floor(events.length / 2)].date.slice(0, 10);
    const later: EventRow[] = (await get(`/api/events?from=${middle}&limit=1000`)).json().items;
    expect(later.map((e) => e.key)).toEqual(events.filter((e) => e.date >= middle).map((e) => e.key));
    const earlier: EventRow[] = (await get(`/api/events?to=${middle}&limit=1000`)).json().items;
    expect(earlier.length + later.length).toBeGreaterThanOrEqual(events.length);

    for (const claim of ['happened', 'intended', 'denied'] as const) {
      const got: EventRow[] = (await get(`/api/events?modality=${claim}&limit=1000`)).json().items;
      expect(got.map((e) => e.key), claim).toEqual(events.filter((e) => e[claim] > 0).map((e) => e.key));
    }

    // Africa and the Middle East: some of the corpus's events, not all
    const [w, s, e, n] = [-20, -35, 60, 38];
    const inBox = events.filter((r) => r.lat !== null && r.lon !== null && r.lat >= s && r.lat <= n && r.lon >= w && r.lon <= e);
    expect(inBox.length).toBeGreaterThan(0);
    expect(inBox.length).toBeLessThan(events.length);
    const boxed: EventRow[] = (await get(`/api/events?bbox=${w},${s},${e},${n}&limit=1000`)).json().items;
    expect(boxed.map((r) => r.key)).toEqual(inBox.map((r) => r.key));

    expect((await get('/api/events?limit=2')).json().items.length).toBe(2);

    // latest first: the same events in reverse date order, and a small page holds the latest ones
    const newest: EventRow[] = (await get('/api/events?order=newest&limit=1000')).json().items;
    expect(new Set(newest.map((r) => r.key))).toEqual(new Set(events.map((r) => r.key)));
    for (let i = 1; i < newest.length; i++) expect(newest[i - 1].date >= newest[i].date).toBe(true);
    const latest = [...events].sort((a, b) => b.date.localeCompare(a.date))[0].date;
    expect((await get('/api/events?order=newest&limit=1')).json().items[0].date).toBe(latest);
    expect((await get('/api/events?order=sideways')).statusCode).toBe(400);
  });

  it('marks events placed only by their article focus and filters them either way', async () => {
    const guessed = events.filter((r) => r.placeFromFocus === true).map((r) => r.key);
    const named = events.filter((r) => r.placeFromFocus !== true).map((r) => r.key);
    expect(events.every((r) => r.place === null ? r.placeFromFocus === null : typeof r.placeFromFocus === 'boolean')).toBe(true);
    expect(guessed.length).toBeGreaterThan(0);
    expect((await get('/api/events?placeFromFocus=true&limit=1000')).json().items.map((r: EventRow) => r.key)).toEqual(guessed);
    expect((await get('/api/events?placeFromFocus=false&limit=1000')).json().items.map((r: EventRow) => r.key)).toEqual(named);
    expect((await get('/api/events?placeFromFocus=maybe')).statusCode).toBe(400);
  });

  it.each([
    ['/api/events?bbox=1,2,3', 400],
    ['/api/events?modality=maybe', 400],
    ['/api/events?from=yesterday', 400],
    ['/api/events?limit=0', 400],
    ['/api/events?actor=Nobody%20Ever%20Named%20Zzyzx', 404],
    ['/api/stories/999999', 404],
    ['/api/export?format=xml', 400],
    ['/api/timeline', 400],
  ])('GET %s -> %i with a JSON message', async (url, status) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    expect(res.json().error.message).toMatch(/\w/);
  });

  it('an event\'s reports quote their evidence sentence from the stored article', async () => {
    const withBoth = events.find((e) => e.source && e.target)!;
    const res = await get(`/api/events/${withBoth.key}/mentions`);
    expect(res.statusCode).toBe(200);
    const items: Array<{ article: string; evidence: string }> = res.json().items;
    expect(items.length).toBeGreaterThan(0);
    for (const m of items) {
      expect(m.evidence.length).toBeGreaterThan(10);
      const text = (await get(`/api/articles/${m.article}`)).json().extraction.text as string;
      expect(text).toContain(m.evidence);
    }
  });

  it('quotes by a speaker and about an entity', async () => {
    const by: QuoteRow[] = (await get(`/api/quotes?speaker=${encodeURIComponent(speaker)}`)).json().items;
    expect(by.length).toBe(quotes.filter((q) => q.speaker === speaker).length);
    for (const q of by) expect(q.speaker).toBe(speaker);
    const profile = (await get(`/api/entities/${encodeURIComponent(speaker)}`)).json();
    const about: QuoteRow[] = (await get(`/api/quotes?about=${encodeURIComponent(speaker)}`)).json().items;
    for (const q of about) expect(profile.names.some((n: string) => q.text.toLowerCase().includes(n.toLowerCase()))).toBe(true);
  });

  it('a timeline of one entity, and of what passed between two, in date order', async () => {
    const actor = mostCommon(events.filter((e) => e.source && e.target).map((e) => e.source!));
    const one = (await get(`/api/timeline?name=${encodeURIComponent(actor)}`)).json();
    expect(one.entities[0].name).toBe(actor);
    expect(one.entries.length).toBeGreaterThan(0);
    const dates = one.entries.map((x: { date: string }) => x.date);
    expect(dates).toEqual([...dates].sort());
    // what passed between two: events only; some pair of the graph's actors has some
    const g = (await get('/api/graph')).json();
    const names = new Map<string, string>(g.nodes.map((n: { id: string; name: string }) => [n.id, n.name]));
    let found = 0;
    for (const e of g.edges as Array<{ source: string; target: string }>) {
      const [a, b] = [names.get(e.source)!, names.get(e.target)!];
      const res = await get(`/api/timeline?name=${encodeURIComponent(a)}&name=${encodeURIComponent(b)}`);
      if (res.statusCode === 404) continue; // an actor known by name only, not as an entity
      const two = res.json();
      expect(two.entities.length).toBe(2);
      for (const x of two.entries) expect(x.kind).toBe('event');
      found += two.entries.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('stories list latest first; a story has its articles and the events they report', async () => {
    const stories: Array<{ key: number; first: string; last: string; articles: number }> = (await get('/api/stories')).json().items;
    expect(stories.length).toBeGreaterThan(3);
    const lasts = stories.map((st) => st.last.slice(0, 10));
    expect(lasts).toEqual([...lasts].sort().reverse());
    const biggest = [...stories].sort((a, b) => b.articles - a.articles)[0];
    const one = (await get(`/api/stories/${biggest.key}`)).json();
    expect(one.story.key).toBe(biggest.key);
    expect(one.articles.length).toBe(biggest.articles);
    const ids = new Set(one.articles.map((a: { id: string }) => a.id));
    // every event has a report from one of the story's articles; and the story with most events has some
    for (const e of one.events) {
      const reports: Array<{ article: string }> = (await get(`/api/events/${e.key}/mentions`)).json().items;
      expect(reports.some((r) => ids.has(r.article))).toBe(true);
    }
    const withEvents = new Set(events.map((e) => e.firstArticle));
    const storyWithEvents = await Promise.all(stories.map(async (st) => (await get(`/api/stories/${st.key}`)).json()));
    expect(storyWithEvents.some((st) => st.articles.some((a: { id: string }) => withEvents.has(a.id)) && st.events.length > 0)).toBe(true);
  });

  it('the graph: every edge joins two of its nodes and counts the events between them', async () => {
    const g = (await get('/api/graph')).json();
    const ids = new Set(g.nodes.map((n: { id: string }) => n.id));
    for (const e of g.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.eventKeys.length).toBe(e.events);
    }
    const total = g.edges.reduce((sum: number, e: { events: number }) => sum + e.events, 0);
    expect(total).toBe(events.filter((e) => e.source && e.target).length);
    const actor = mostCommon(events.filter((e) => e.source && e.target).map((e) => e.source!));
    const around = (await get(`/api/graph?entity=${encodeURIComponent(actor)}`)).json();
    const names = new Map(around.nodes.map((n: { id: string; name: string }) => [n.id, n.name]));
    expect(around.edges.length).toBeGreaterThan(0);
    for (const e of around.edges) expect([names.get(e.source), names.get(e.target)]).toContain(actor);
  });

  it('exports stream the corpus in each format', async () => {
    const stats = (await get('/api/stats')).json();
    const jsonl = await get('/api/export?format=jsonl');
    expect(jsonl.statusCode).toBe(200);
    expect(jsonl.headers['content-type']).toMatch(/ndjson/);
    expect(jsonl.headers['content-disposition']).toMatch(/attachment; filename="tidings\.jsonl"/);
    const lines = jsonl.body.trim().split('\n');
    expect(lines.length).toBe(stats.articles);
    expect(typeof JSON.parse(lines[0]).text).toBe('string');

    const csv = await get('/api/export?format=csv&table=entities');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\n')[0]).toMatch(/^id,name,type/);

    // every merged event when claims and periods are asked for; by default those GDELT would not code are left out
    const gdelt = (await get('/api/export?format=gdelt&header=true&includeClaims=true&includePeriods=true')).body.trim().split('\n');
    expect(gdelt.length).toBe(events.length + 1);
    for (const row of gdelt) expect(row.split('\t').length).toBe(61);
    const coded = (await get('/api/export?format=gdelt')).body.trim().split('\n');
    expect(coded.length).toBeGreaterThan(0);
    expect(coded.length).toBeLessThanOrEqual(events.length);

    const geo = JSON.parse((await get('/api/export?format=geojson')).body);
    expect(geo.type).toBe('FeatureCollection');
    const eventPoints = geo.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'event');
    expect(eventPoints.length).toBe(events.filter((e) => e.lat !== null).length);
  });

  it('places: one per name and point, busiest first, narrowed by publication dates', async () => {
    const all: Array<{ name: string; lat: number; lon: number; articles: number; first: string; last: string }> = (await get('/api/places?limit=1000')).json().items;
    expect(all.length).toBeGreaterThan(5);
    const counts = all.map((p) => p.articles);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const p of all) expect(Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180).toBe(true);
    expect(new Set(all.map((p) => `${p.name}|${p.lat}|${p.lon}`)).size).toBe(all.length);
    const since = '2024-08-01';
    const later: typeof all = (await get(`/api/places?from=${since}&limit=1000`)).json().items;
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThan(all.length);
    for (const p of later) expect(p.last >= since).toBe(true);
    const until: typeof all = (await get('/api/places?to=2024-05&limit=1000')).json().items;
    for (const p of until) expect(p.first.slice(0, 7) <= '2024-05').toBe(true);
    expect((await get('/api/places?limit=2')).json().items.length).toBe(2);
  });

  it('the OpenAPI document lists the corpus endpoints', async () => {
    const doc = (await get('/api/openapi.json')).json();
    for (const path of ['/api/entities', '/api/entities/{name}', '/api/events', '/api/events/{key}/mentions', '/api/quotes', '/api/timeline', '/api/stories', '/api/stories/{key}', '/api/graph', '/api/export', '/api/places']) expect(doc.paths).toHaveProperty(path);
    expect(doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['bbox', 'modality', 'actor', 'from', 'to']));
  });
});
