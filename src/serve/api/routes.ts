import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { Store, StoreItem } from '../../store/store.js';
import type { Article } from '../../model/article.js';
import { ExtractionSchema, type Extraction } from '../../model/extraction.js';
import { articleFromJson } from '../../ingest/jsonl.js';
import { StoreError } from '../../store/errors.js';
import { ApiError } from './errors.js';
import { CursorSchema, LimitSchema, decodeCursor, encodeCursor, type Page } from './paging.js';
import { ArticleDetailSchema, ArticlePageSchema, IngestResultSchema, SearchPageSchema, StoreStatsSchema } from './responses.js';

/** Anything that analyses one article (the in-process pipeline, loaded on first use). */
export interface ArticleAnalyzer {
  analyze(article: Article): Extraction | Promise<Extraction>;
  /** the extraction already as JSON text (made off this thread), when the analyser can */
  analyzeJson?(article: Article): Promise<string>;
}

/** A JSON body already serialised: sent as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** What the routes work on. */
export interface ApiDeps {
  store: Store;
  /** loads the pipeline on first use: a server that only reads never pays for the models */
  analyzer: () => Promise<ArticleAnalyzer>;
}

/** A response streamed as it is produced (exports), with its media type and a download file name. */
export class StreamResult {
  constructor(readonly stream: Readable, readonly type: string, readonly filename: string) {}
}

/** One API route: its schemas (used for validation and the OpenAPI document) and the one function it calls. */
export interface RouteDef {
  method: 'GET' | 'POST';
  /** fastify path, e.g. /api/articles/:id */
  url: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** changes the store or runs the pipeline: needs the token when the server is not on loopback */
  write?: boolean;
  /** what a 200 carries when it is not JSON (downloads), for the OpenAPI document */
  produces?: string;
  /** the JSON body of a 200, for the OpenAPI document (src/serve/api/responses.ts) */
  response?: z.ZodType;
  handler(input: { params: any; query: any; body: any }, deps: ApiDeps): Promise<unknown>;
}

/** Largest article text accepted by analyze and ingest (the same default as the readers). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** Most articles in one POST /api/ingest: one request stays one short transaction. */
export const MAX_INGEST_ARTICLES = 100;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]*)?$/, 'expected an ISO date such as 2024-05-20');

const PostedArticle = z.object({
  text: z.string().min(1).max(MAX_ARTICLE_BYTES).optional().describe('article text (or "body")'),
  body: z.string().min(1).max(MAX_ARTICLE_BYTES).optional(),
  published: z.string().optional().describe('publication date, ISO 8601 (or "date")'),
  date: z.string().optional(),
  title: z.string().max(1000).optional(),
  url: z.string().max(2000).optional(),
  source: z.string().max(200).optional(),
  lang: z.string().max(8).optional(),
});

/** A posted article object to an Article (same rules as a JSONL line); a bad one is a 400 naming the problem. */
function toArticle(value: unknown, where = 'article'): Article {
  try {
    return articleFromJson(value, { maxBytes: MAX_ARTICLE_BYTES });
  } catch (err) {
    throw new ApiError(400, `${where}: ${(err as Error).message}`);
  }
}

/** A snippet with the store's markers split into parts, so clients render it as text (never as HTML). */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

// control characters never found in cleaned article text, so they cannot collide with the words themselves
const OPEN = '\u0002';
const CLOSE = '\u0003';

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), hit: false });
    parts.push({ text: m[1], hit: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), hit: false });
  return parts;
}

/** The listing fields of a stored article. */
function summary(item: StoreItem) {
  const x = item.extraction;
  return {
    id: item.article.id,
    title: item.article.title ?? null,
    published: item.article.published,
    source: item.article.source ?? null,
    url: item.article.url ?? null,
    counts: { entities: x.entities.length, quotes: x.quotes.length, events: x.events.length, places: x.places.mentions.length, timexes: x.timexes.length },
  };
}

/** Where a page of articles starts: after this article id, in stored order (a keyset position: bounded work). */
const ArticlesPosition = z.object({ after: z.string().min(1).max(200) });
/** Search pages by offset into the ranked hits; this deep and no deeper (each page reads the hits before it). */
export const MAX_SEARCH_DEPTH = 1000;
const SearchPosition = z.object({ offset: z.number().int().min(1).max(MAX_SEARCH_DEPTH) });

async function listArticles(store: Store, q: { from?: string; to?: string; limit: number; cursor?: string }): Promise<Page<ReturnType<typeof summary>>> {
  const afterId = q.cursor ? decodeCursor(q.cursor, ArticlesPosition).after : undefined;
  const fetched: ReturnType<typeof summary>[] = [];
  for await (const item of store.scan({ from: q.from, to: q.to, pageSize: q.limit + 1, afterId })) {
    fetched.push(summary(item));
    if (fetched.length > q.limit) break;
  }
  const items = fetched.slice(0, q.limit);
  return { items, nextCursor: fetched.length > q.limit ? encodeCursor({ after: items[items.length - 1].id }) : null };
}

async function search(store: Store, q: { q: string; from?: string; to?: string; limit: number; cursor?: string; syntax?: 'words' | 'fts' }) {
  const offset = q.cursor ? decodeCursor(q.cursor, SearchPosition).offset : 0;
  try {
    const hits = await store.search(q.q, { limit: q.limit + 1, offset, from: q.from, to: q.to, highlight: { open: OPEN, close: CLOSE }, syntax: q.syntax });
    const items = hits.slice(0, q.limit).map((h) => ({ ...h, snippet: snippetParts(h.snippet) }));
    const next = offset + q.limit;
    return { items, nextCursor: hits.length > q.limit && next <= MAX_SEARCH_DEPTH ? encodeCursor({ offset: next }) : null };
  } catch (err) {
    if (err instanceof StoreError && err.kind === 'bad-query') throw new ApiError(400, err.message);
    throw err;
  }
}

async function getArticle(store: Store, id: string) {
  const item = await store.getArticle(id);
  if (!item) throw new ApiError(404, `no article with id ${id} (list them with GET /api/articles)`);
  return { article: { ...item.article, body: undefined }, extraction: item.extraction };
}

async function analyze(deps: ApiDeps, body: unknown) {
  const article = toArticle(body);
  const analyzer = await deps.analyzer();
  return analyzer.analyzeJson ? new JsonText(await analyzer.analyzeJson(article)) : analyzer.analyze(article);
}

async function ingest(deps: ApiDeps, body: { articles?: unknown[] } & Record<string, unknown>) {
  const posted = Array.isArray(body.articles) ? body.articles : [body];
  if (posted.length === 0) throw new ApiError(400, 'no articles posted');
  if (posted.length > MAX_INGEST_ARTICLES) throw new ApiError(413, `at most ${MAX_INGEST_ARTICLES} articles per request (post them in batches)`);
  const articles = posted.map((a, i) => toArticle(a, `articles[${i}]`));
  const existing = await deps.store.existingIds(articles.map((a) => a.id));
  const fresh = articles.filter((a) => !existing.has(a.id));
  const analyzer = fresh.length ? await deps.analyzer() : null;
  const items: StoreItem[] = [];
  for (const article of fresh) items.push({ article, extraction: await analyzer!.analyze(article) });
  const put = items.length ? await deps.store.putBatch(items) : { inserted: 0, unchanged: 0 };
  return { ids: articles.map((a) => a.id), inserted: put.inserted, unchanged: put.unchanged + (articles.length - fresh.length) };
}

const Dates = { from: IsoDate.optional().describe('published on or after'), to: IsoDate.optional().describe('published on or before') };

/** Every API route. Each calls one store or corpus function; add corpus routes here as their functions land. */
export const ROUTES: RouteDef[] = [
  {
    method: 'GET', url: '/api/stats', summary: 'counts of what the store holds', response: StoreStatsSchema,
    handler: (_i, d) => d.store.stats(),
  },
  {
    method: 'GET', url: '/api/articles', summary: 'stored articles, in stored order, a page at a time', response: ArticlePageSchema,
    query: z.object({ ...Dates, limit: LimitSchema, cursor: CursorSchema }),
    handler: ({ query }, d) => listArticles(d.store, query),
  },
  {
    method: 'GET', url: '/api/articles/:id', summary: 'one article: its cleaned text with every annotation layer and span', response: ArticleDetailSchema,
    params: z.object({ id: z.string().min(1).max(200) }),
    handler: ({ params }, d) => getArticle(d.store, params.id),
  },
  {
    method: 'GET', url: '/api/search', summary: 'full-text search; snippets come as parts with hit=true on matched words', response: SearchPageSchema,
    query: z.object({
      q: z.string().trim().min(1, 'give a query in "q"').max(500), ...Dates, limit: LimitSchema, cursor: CursorSchema,
      syntax: z.enum(['words', 'fts']).default('words').describe('words (default): the text as words, punctuation never an error; fts: phrases in "quotes", AND, OR, NOT, NEAR, prefix*'),
    }),
    handler: ({ query }, d) => search(d.store, query),
  },
  {
    method: 'POST', url: '/api/analyze', summary: 'analyse a posted article without storing it; returns its extraction', write: true, response: ExtractionSchema,
    body: PostedArticle,
    handler: ({ body }, d) => analyze(d, body),
  },
  {
    method: 'POST', url: '/api/ingest', summary: `analyse and store one article, or {"articles": [...]} (at most ${MAX_INGEST_ARTICLES})`, write: true, response: IngestResultSchema,
    body: z.union([z.object({ articles: z.array(z.unknown()) }), PostedArticle]),
    handler: ({ body }, d) => ingest(d, body),
  },
];
