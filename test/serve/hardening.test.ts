import { connect } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/serve/api/app.js';
import { CONTENT_SECURITY_POLICY } from '../../src/serve/api/security.js';
import { buildExampleStore, HOSTILE_ARTICLE, type TestCorpus } from './corpus.js';

let corpus: TestCorpus;
let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  corpus = await buildExampleStore();
  app = buildServer({ store: corpus.store, analyzer: corpus.analyzer, host: '127.0.0.1' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await app?.close();
  await corpus?.cleanup();
});

/** One error response as every client should see it: our shape, our headers. */
function expectOurError(res: { statusCode: number; headers: Record<string, unknown>; body: string }, status: number): void {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  const body = JSON.parse(res.body);
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.status).toBe(status);
  expect(typeof body.error.message).toBe('string');
}

describe('DNS rebinding: only loopback names (and the allowed ones) are answered', () => {
  it('a write for a foreign Host is refused and stores nothing', async () => {
    const before = (await app.inject({ url: '/api/stats' })).json().articles;
    const res = await app.inject({ method: 'POST', url: '/api/ingest', payload: HOSTILE_ARTICLE, headers: { host: 'attacker.example' } });
    expectOurError(res, 403);
    expect(res.json().error.message).toMatch(/--allowed-host attacker\.example/);
    expect((await app.inject({ url: '/api/stats' })).json().articles).toBe(before);
  });

  it('reads and the export for a foreign Host are refused too, and so is a page on another site', async () => {
    for (const url of ['/api/stats', '/api/articles', '/api/export?format=jsonl', '/']) {
      expect((await app.inject({ url, headers: { host: 'attacker.example:3000' } })).statusCode, url).toBe(403);
    }
    const cross = await app.inject({ url: '/api/stats', headers: { origin: 'http://attacker.example' } });
    expectOurError(cross, 403);
    for (const host of ['localhost:3000', '127.0.0.1', '[::1]:3000']) expect((await app.inject({ url: '/api/stats', headers: { host } })).statusCode, host).toBe(200);
  });

  it('--allowed-host adds a name; writes for it still need the token', async () => {
    const lan = buildServer({ store: corpus.store, analyzer: corpus.analyzer, host: '127.0.0.1', allowedHosts: ['tidings.lan'], token: 'tok-123456' });
    const headers = { host: 'tidings.lan:3000', origin: 'http://tidings.lan:3000' };
    expect((await lan.inject({ url: '/api/stats', headers })).statusCode).toBe(200);
    expect((await lan.inject({ method: 'POST', url: '/api/analyze', payload: HOSTILE_ARTICLE, headers })).statusCode).toBe(401);
    expect((await lan.inject({ method: 'POST', url: '/api/analyze', payload: HOSTILE_ARTICLE, headers: { ...headers, authorization: 'Bearer tok-123456' } })).statusCode).toBe(200);
    await lan.close();
  });

  it('TIDINGS_READ_TOKEN guards every API read', async () => {
    const guarded = buildServer({ store: corpus.store, analyzer: corpus.analyzer, host: '127.0.0.1', readToken: 'read-abc' });
    expectOurError(await guarded.inject({ url: '/api/stats' }), 401);
    expect((await guarded.inject({ url: '/api/stats', headers: { authorization: 'Bearer read-abc' } })).statusCode).toBe(200);
    await guarded.close();
  });
});

describe('every response has our headers and error shape', () => {
  it("Fastify's own 400 (bad %-escape) and 414 (path part too long)", async () => {
    expectOurError(await app.inject({ url: '/api/articles/%E0%A4%A' }), 400);
    expectOurError(await app.inject({ url: `/api/articles/${'a'.repeat(200)}` }), 414);
  });

  it("Node's parser errors (431 headers too large, 400 not HTTP) on a real socket", async () => {
    const raw = (request: string) =>
      new Promise<string>((done) => {
        let data = '';
        const socket = connect(port, '127.0.0.1', () => socket.write(request));
        socket.on('data', (d) => (data += d));
        socket.on('close', () => done(data));
        socket.on('error', () => done(data));
      });
    for (const [request, status] of [[`GET /api/stats HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431], ['GET /api/stats HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n', 400]] as const) {
      const response = await raw(request);
      const [head, body] = response.split('\r\n\r\n');
      expect(head).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(head.toLowerCase()).toContain(`content-security-policy: ${CONTENT_SECURITY_POLICY.toLowerCase()}`);
      expect(JSON.parse(body)).toEqual({ error: { status, message: expect.any(String) } });
    }
  });

  it('/api/entities/%00 is a bad request, not an arbitrary entity', async () => {
    for (const name of ['%00', '%01%02', '%7F']) {
      const res = await app.inject({ url: `/api/entities/${name}` });
      expect(res.statusCode, name).toBe(400);
    }
  });

  it('large JSON is gzipped for clients that accept it', async () => {
    const id = (await app.inject({ url: '/api/articles?limit=1' })).json().items[0].id;
    const res = await app.inject({ url: `/api/articles/${encodeURIComponent(id)}`, headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.rawPayload).toString('utf8')).article.id).toBe(id);
    const plain = await app.inject({ url: `/api/articles/${encodeURIComponent(id)}` });
    expect(plain.headers['content-encoding']).toBeUndefined();
  });
});

describe('paging cursors are opaque, signed keyset positions', () => {
  it('a forged offset cursor is refused at once, and so is a tampered one', async () => {
    const forged = Buffer.from(JSON.stringify({ o: 1e13 })).toString('base64url');
    expectOurError(await app.inject({ url: `/api/articles?cursor=${forged}` }), 400);
    expectOurError(await app.inject({ url: `/api/search?q=minister&cursor=${forged}` }), 400);
    const first = (await app.inject({ url: '/api/articles?limit=2' })).json();
    const [payload, signature] = first.nextCursor.split('.');
    const other = Buffer.from(JSON.stringify({ after: 'x'.repeat(10) })).toString('base64url');
    expectOurError(await app.inject({ url: `/api/articles?cursor=${other}.${signature}` }), 400);
    expect(payload.length).toBeGreaterThan(0);
  });

  it('pages follow each other without gaps or repeats', async () => {
    const all = (await app.inject({ url: '/api/articles?limit=100' })).json().items.map((i: { id: string }) => i.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = (await app.inject({ url: `/api/articles?limit=3${cursor ? `&cursor=${cursor}` : ''}` })).json();
      paged.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });
});
