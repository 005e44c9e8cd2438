import { Ajv2020 } from 'ajv/dist/2020.js';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/serve/api/app.js';
import { buildExampleStore, HOSTILE_ARTICLE, type TestCorpus } from './corpus.js';

interface OpenApiDoc {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
  components: { schemas: Record<string, unknown> };
}

let corpus: TestCorpus;
let app: FastifyInstance;
let doc: OpenApiDoc;
const ajv = new Ajv2020({ strict: false, allErrors: true });

beforeAll(async () => {
  corpus = await buildExampleStore();
  app = buildServer({ store: corpus.store, analyzer: corpus.analyzer, host: '127.0.0.1' });
  doc = JSON.parse((await app.inject({ method: 'GET', url: '/api/openapi.json' })).body) as OpenApiDoc;
  // errors refer to the shared Error schema
  ajv.addSchema({ $id: 'openapi', components: doc.components });
}, 300_000);

afterAll(async () => {
  await app?.close();
  await corpus?.cleanup();
});

/** The schema the document gives a route's response with this status (or its default), refs resolved against it. */
function schemaOf(path: string, method: string, status: number): unknown {
  const op = doc.paths[path]?.[method];
  expect(op, `${method.toUpperCase()} ${path} is in the document`).toBeDefined();
  const response = op.responses[String(status)] ?? op.responses.default;
  const schema = response?.content?.['application/json']?.schema as Record<string, unknown> | undefined;
  expect(schema, `${method.toUpperCase()} ${path} ${status} has a JSON schema`).toBeDefined();
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/'));
}

/** Calls the live server and checks the body against the document: every field, type, range and required key. */
async function conforms(method: 'GET' | 'POST', url: string, payload?: unknown): Promise<{ status: number; body: any }> {
  const res = await app.inject({ method, url, ...(payload ? { payload: payload as object } : {}) });
  const body = JSON.parse(res.body);
  const template = Object.keys(doc.paths).find((p) => new RegExp(`^${p.replace(/\{\w+\}/g, '[^/]+')}$`).test(url.split('?')[0]))!;
  const validate = ajv.compile(schemaOf(template, method.toLowerCase(), res.statusCode) as object);
  const valid = validate(body);
  expect(valid, `${method} ${url} -> ${res.statusCode}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  return { status: res.statusCode, body };
}

describe('the OpenAPI document describes every response, and the live server keeps to it', () => {
  it('gives every JSON route a response schema and every error the shared error schema', () => {
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        if (path === '/api/export') continue; // a download, described by its media types
        expect(op.responses['200'].content?.['application/json'], `${method} ${path}`).toBeDefined();
        expect(op.responses['400'].content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/Error' });
      }
    }
  });

  it('answers every read route as documented', async () => {
    expect((await conforms('GET', '/api/stats')).body.articles).toBeGreaterThan(0);
    const page = await conforms('GET', '/api/articles?limit=3');
    expect(page.body.items).toHaveLength(3);
    await conforms('GET', `/api/articles?limit=3&cursor=${encodeURIComponent(page.body.nextCursor)}`);
    await conforms('GET', `/api/articles/${page.body.items[0].id}`);
    expect((await conforms('GET', '/api/search?q=minister')).body.items.length).toBeGreaterThan(0);
    const entities = await conforms('GET', '/api/entities?q=Ruto');
    expect(entities.body.items.length).toBeGreaterThan(0);
    await conforms('GET', `/api/entities/${encodeURIComponent(entities.body.items[0].name)}`);
    const events = await conforms('GET', '/api/events?limit=20');
    expect(events.body.items.length).toBeGreaterThan(0);
    await conforms('GET', `/api/events/${events.body.items[0].key}/mentions`);
    await conforms('GET', '/api/quotes?limit=5');
    await conforms('GET', `/api/timeline?name=${encodeURIComponent(entities.body.items[0].name)}`);
    const stories = await conforms('GET', '/api/stories');
    expect(stories.body.items.length).toBeGreaterThan(0);
    await conforms('GET', `/api/stories/${stories.body.items[0].key}`);
    await conforms('GET', '/api/places');
    await conforms('GET', '/api/graph');
  }, 120_000);

  it('answers the write routes and the errors as documented', async () => {
    await conforms('POST', '/api/analyze', HOSTILE_ARTICLE);
    await conforms('POST', '/api/ingest', HOSTILE_ARTICLE);
    expect((await conforms('GET', '/api/articles/no-such-article')).status).toBe(404);
    expect((await conforms('GET', '/api/search?q=')).status).toBe(400);
    expect((await conforms('GET', '/api/stories/999999')).status).toBe(404);
  }, 120_000);

  it('catches a response that strays from the document', () => {
    const validate = ajv.compile(schemaOf('/api/stats', 'get', 200) as object);
    expect(validate({ articles: 1 })).toBe(false);
    expect(validate({ articles: -1, entities: 0, mentions: 0, quotes: 0, events: 0, places: 0, bytes: 0, firstPublished: null, lastPublished: null, undated: 0, storeVersion: 1, extractionVersions: {} })).toBe(false);
  });
});
