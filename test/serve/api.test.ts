import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/serve/api/app.js';
import { CONTENT_SECURITY_POLICY } from '../../src/serve/api/security.js';
import { MAX_PAGE } from '../../src/serve/api/paging.js';
import { buildExampleStore, HOSTILE_ARTICLE, type TestCorpus } from './corpus.js';

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
    ['/api/search?q=%22open', 400],
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

  it('off loopback, writes need TIDINGS_TOKEN; reads do not', async () => {
    const open = buildServer({ store: corpus.store, analyzer: corpus.analyzer, host: '0.0.0.0' });
    expect((await open.inject({ method: 'POST', url: '/api/analyze', payload: HOSTILE_ARTICLE })).statusCode).toBe(403);
    const guarded = buildServer({ store: corpus.store, analyzer: corpus.analyzer, host: '0.0.0.0', token: 's3cret-token' });
    expect((await guarded.inject({ method: 'POST', url: '/api/analyze', payload: HOSTILE_ARTICLE })).statusCode).toBe(401);
    expect((await guarded.inject({ method: 'POST', url: '/api/analyze', payload: HOSTILE_ARTICLE, headers: { authorization: 'Bearer wrong-token!' } })).statusCode).toBe(401);
    expect((await guarded.inject({ method: 'POST', url: '/api/analyze', payload: HOSTILE_ARTICLE, headers: { authorization: 'Bearer s3cret-token' } })).statusCode).toBe(200);
    expect((await guarded.inject({ method: 'GET', url: '/api/stats' })).statusCode).toBe(200);
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
