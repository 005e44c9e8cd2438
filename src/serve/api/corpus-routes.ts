import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { Store } from '../../store/store.js';
import { CorpusQueryError, type Corpus, type MergedEventRow } from '../../corpus/queries.js';
import { CSV_TABLES, EXPORT_FORMATS, exportCsv, exportGdelt, exportGeojson, exportJsonl } from '../../corpus/export.js';
import { ApiError } from './errors.js';
import { MAX_PAGE } from './paging.js';
import { StreamResult, type RouteDef } from './routes.js';
import { EntityProfileSchema, EntityRefSchema, GraphSchema, MentionSchema, MergedEventSchema, PlaceSchema, QuoteRowSchema, StoryDetailSchema, StoryRowSchema, TimelineSchema, itemsOf } from './responses.js';

/** Most merged events one events, graph or map request reads: keeps a response small on a large corpus. */
export const MAX_EVENTS = 1000;

const Day = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date such as 2024-05 or 2024-05-20');
// a name is printable text: a control character ("%00") would otherwise normalise to nothing and match any entity
const Name = z.string().trim().min(1).max(200).regex(/^[^\u0000-\u001f\u007f]*$/, 'a name has no control characters');

/** Runs a corpus query, turning its user errors into 404 (unknown entity) or 400 (bad filter), a database without corpus tables into 501. */
async function corpus<T>(store: Store, fn: (corpus: Corpus) => T | Promise<T>): Promise<T> {
  try {
    return await fn(store.corpus());
  } catch (err) {
    if (err instanceof CorpusQueryError) {
      if (/^no entity named/.test(err.message)) throw new ApiError(404, err.message);
      if (/no corpus tables/.test(err.message)) throw new ApiError(501, err.message);
      throw new ApiError(400, err.message);
    }
    throw err;
  }
}

const bboxSchema = z.string().regex(/^-?[\d.]+,-?[\d.]+,-?[\d.]+,-?[\d.]+$/, 'expected minLon,minLat,maxLon,maxLat').optional().describe('minLon,minLat,maxLon,maxLat');

function inBox(bbox: string | undefined): (e: MergedEventRow) => boolean {
  if (!bbox) return () => true;
  const [w, s, e, n] = bbox.split(',').map(Number);
  return (r) => r.lat !== null && r.lon !== null && r.lat >= s && r.lat <= n && r.lon >= w && r.lon <= e;
}

const EventQuery = z.object({
  actor: Name.optional(), target: Name.optional(), type: z.string().max(20).optional(), modality: z.enum(['happened', 'denied', 'intended']).optional().describe('claim kind'),
  from: Day.optional(), to: Day.optional(), place: z.string().max(200).optional(), bbox: bboxSchema,
  placeFromFocus: z.enum(['true', 'false']).optional().describe('true: only events placed by their article\'s focus; false: none of those'),
  limit: z.coerce.number().int().min(1).max(MAX_EVENTS).default(200),
  order: z.enum(['oldest', 'newest']).default('oldest').describe('by date: earliest first, or latest first'),
});

function events(store: Store, q: z.infer<typeof EventQuery>): Promise<MergedEventRow[]> {
  return corpus(store, async (c) => {
    const keep = inBox(q.bbox);
    const out: MergedEventRow[] = [];
    // box and claim kind are checked here, on rows read lazily in date order until the page is full: complete, and a
    // narrow filter costs at most one pass over the events the indexed filters select
    for await (const row of c.events({ actor: q.actor, target: q.target, type: q.type, from: q.from, to: q.to, place: q.place, placeFromFocus: q.placeFromFocus === undefined ? undefined : q.placeFromFocus === 'true', limit: q.bbox || q.modality ? undefined : q.limit, newestFirst: q.order === 'newest' })) {
      if (!keep(row) || (q.modality && row[q.modality] === 0)) continue;
      out.push(row);
      if (out.length >= q.limit) break;
    }
    return out;
  });
}

/** The actor graph: merged events grouped into edges by source, type and target. */
async function graph(store: Store, q: { entity?: string; type?: string; from?: string; to?: string }) {
  const rows = await events(store, { actor: q.entity, type: q.type, from: q.from, to: q.to, limit: MAX_EVENTS, order: 'oldest' });
  const nodes = new Map<string, { id: string; name: string; events: number }>();
  const edges = new Map<string, { id: string; source: string; target: string; type: string; events: number; mentions: number; tone: number | null; eventKeys: number[] }>();
  const node = (name: string) => {
    const n = nodes.get(name) ?? { id: `n${nodes.size}`, name, events: 0 };
    n.events++;
    nodes.set(name, n);
    return n.id;
  };
  for (const r of rows) {
    if (!r.source || !r.target) continue;
    const source = node(r.source);
    const target = node(r.target);
    const id = `${source}-${r.type}-${target}`;
    const e = edges.get(id) ?? { id, source, target, type: r.type, events: 0, mentions: 0, tone: null, eventKeys: [] };
    e.events++;
    e.mentions += r.mentions;
    if (r.tone !== null) e.tone = (e.tone ?? 0) + r.tone / rows.length;
    e.eventKeys.push(r.key);
    edges.set(id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

const EXPORT_TYPES = {
  jsonl: { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', ext: 'gdelt.tsv' },
  geojson: { type: 'application/geo+json', ext: 'geojson' },
} as const;

const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS as ['jsonl', 'csv', 'gdelt', 'geojson']).describe('jsonl (extractions), csv (a table), gdelt (GDELT 2.0 event table), geojson (events and places)'),
  table: z.enum(CSV_TABLES as ['events', 'entities', 'quotes']).default('events').describe('for csv: which table'),
  header: z.enum(['true', 'false']).optional().describe('for gdelt: a first line with the column names'),
  includeClaims: z.enum(['true', 'false']).optional().describe('for gdelt: also events their reports only deny or negate'),
  includePeriods: z.enum(['true', 'false']).optional().describe('for gdelt: also events dated only to a week, month or year, as its first day'),
  includeFocusPlaces: z.enum(['true', 'false']).optional().describe('for gdelt: ActionGeo also from a place guessed from the article\'s focus, not named in the sentence'),
});

/**
 * The download stream. When the client goes away the response destroys it; a writer waiting for 'drain' is then woken
 * and its next write throws, so the export stops instead of waiting forever.
 */
class DownloadStream extends PassThrough {
  constructor() {
    super();
    this.once('close', () => this.emit('drain'));
  }

  override write(chunk: unknown, encoding?: any, callback?: any): boolean {
    if (this.destroyed) throw new Error('the client closed the download');
    return super.write(chunk, encoding, callback);
  }
}

/** The whole corpus in one format, streamed as it is read (page by page): memory stays flat. */
async function exportCorpus(store: Store, q: z.infer<typeof ExportQuery>): Promise<StreamResult> {
  const out = new DownloadStream();
  const { type, ext } = EXPORT_TYPES[q.format];
  const suffix = q.format === 'csv' ? `-${q.table}` : '';
  let run: () => Promise<number>;
  if (q.format === 'jsonl') run = () => exportJsonl(store, out);
  else {
    const c = await corpus(store, (x) => x);
    if (q.format === 'csv') run = () => exportCsv(c, q.table, out);
    else if (q.format === 'gdelt') run = () => exportGdelt(c, out, { header: q.header === 'true', includeClaims: q.includeClaims === 'true', includePeriods: q.includePeriods === 'true', includeFocusPlaces: q.includeFocusPlaces === 'true' });
    else run = () => exportGeojson(c, out);
  }
  run()
    .then(() => out.end())
    // the client went away, or the read failed: end the download cut short (the client sees an incomplete body)
    .catch((err: Error) => out.destroy(err));
  return new StreamResult(out, type, `tidings${suffix}.${ext}`);
}

/** Most places one map request reads: the busiest first. */
export const MAX_PLACES = 1000;

/** Corpus routes (across articles): each calls one function of src/corpus/queries.ts. */
export const CORPUS_ROUTES: RouteDef[] = [
  {
    method: 'GET', response: itemsOf(EntityRefSchema), url: '/api/entities', summary: 'entities known under a name or alias (or starting with it), most mentioned first',
    query: z.object({ q: Name.describe('a name or alias') }),
    handler: async ({ query }, d) => ({ items: await corpus(d.store, (c) => c.findEntities(query.q)) }),
  },
  {
    method: 'GET', response: EntityProfileSchema, url: '/api/entities/:name', summary: 'an entity profile by name: names, roles, quotes by and about, mentions by month, co-occurring entities, events',
    params: z.object({ name: Name }),
    handler: async ({ params }, d) => corpus(d.store, (c) => c.entityProfile(params.name)),
  },
  {
    method: 'GET', response: itemsOf(MergedEventSchema), url: '/api/events', summary: 'merged events (one per real-world event, with report counts), by date',
    query: EventQuery,
    handler: async ({ query }, d) => ({ items: await events(d.store, query) }),
  },
  {
    method: 'GET', response: itemsOf(MentionSchema), url: '/api/events/:key/mentions', summary: 'the reports of one merged event: article, evidence sentence, claim, modality',
    params: z.object({ key: z.coerce.number().int().min(0) }),
    handler: async ({ params }, d) => ({ items: await corpus(d.store, (c) => c.eventMentions(params.key)) }),
  },
  {
    method: 'GET', response: itemsOf(QuoteRowSchema), url: '/api/quotes', summary: 'quotes by a speaker and/or about an entity, newest first',
    query: z.object({ speaker: Name.optional(), about: Name.optional(), limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50) }),
    handler: async ({ query }, d) => ({ items: await corpus(d.store, (c) => c.quotes(query)) }),
  },
  {
    method: 'GET', response: TimelineSchema, url: '/api/timeline', summary: 'what one entity did, or what passed between two (name=A&name=B), by date',
    query: z.object({ name: z.union([Name, z.array(Name).min(1).max(2)]) }),
    handler: async ({ query }, d) => corpus(d.store, (c) => c.timeline(Array.isArray(query.name) ? query.name : [query.name])),
  },
  {
    method: 'GET', response: itemsOf(StoryRowSchema), url: '/api/stories', summary: 'stories (articles about one development), latest first',
    query: z.object({ limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50), minArticles: z.coerce.number().int().min(1).default(1) }),
    handler: async ({ query }, d) => ({ items: await corpus(d.store, (c) => c.stories(query)) }),
  },
  {
    method: 'GET', response: StoryDetailSchema, url: '/api/stories/:key', summary: 'one story: its articles (copies marked) and merged events',
    params: z.object({ key: z.coerce.number().int().min(0) }),
    handler: async ({ params }, d) => corpus(d.store, async (c) => {
      const story = await c.story(params.key);
      if (!story) throw new ApiError(404, `no story ${params.key} (list them with GET /api/stories)`);
      return { story, articles: await c.storyArticles(params.key), events: await c.storyEvents(params.key, MAX_EVENTS) };
    }),
  },
  {
    method: 'GET', response: itemsOf(PlaceSchema), url: '/api/places', summary: 'named places with coordinates and how many articles name them, busiest first',
    query: z.object({ from: Day.optional().describe('published on or after'), to: Day.optional().describe('published on or before'), limit: z.coerce.number().int().min(1).max(MAX_PLACES).default(500) }),
    handler: async ({ query }, d) => ({ items: (await corpus(d.store, (c) => c.places(query))).map(({ gazetteerId: _, ...p }) => p) }),
  },
  {
    method: 'GET', url: '/api/export', summary: 'the whole corpus as a download: jsonl, csv (table=events|entities|quotes), gdelt or geojson',
    produces: 'a streamed download: application/x-ndjson, text/csv, text/tab-separated-values or application/geo+json',
    query: ExportQuery,
    handler: async ({ query }, d) => exportCorpus(d.store, query),
  },
  {
    method: 'GET', response: GraphSchema, url: '/api/graph', summary: 'the actor graph: entities as nodes, merged events grouped by source, type and target as edges',
    query: z.object({ entity: Name.optional(), type: z.string().max(20).optional(), from: Day.optional(), to: Day.optional() }),
    handler: async ({ query }, d) => graph(d.store, query),
  },
];
