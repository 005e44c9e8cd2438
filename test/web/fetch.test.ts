import { gzipSync, brotliCompressSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, Fetcher, type Validators } from '../../src/ingest/http/fetcher.js';
import { privateAddressReason, assertPublicHost } from '../../src/ingest/http/address-guard.js';
import { startServer, type TestServer } from './server.js';

/** Short limits keep the slow and huge cases fast (1 s still leaves room for a busy CI machine). */
const TEST_TIMEOUT_MS = 1_000;
const TEST_MAX_BYTES = 64 * 1024;

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

/** These tests are about one request at a time: no robots.txt look-ups or pacing between requests (robots.test.ts has those). */
const UNPACED = { robots: false, hostDelayMs: 0 };

function fetcher(extra: Partial<ConstructorParameters<typeof Fetcher>[0]> = {}): Fetcher {
  return new Fetcher({ allowPrivate: true, timeoutMs: TEST_TIMEOUT_MS, maxBytes: TEST_MAX_BYTES, maxRedirects: 3, ...UNPACED, ...extra });
}

async function failure(f: Fetcher, url: string): Promise<FetchError> {
  try {
    await f.fetch(url);
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error(`expected ${url} to fail`);
}

describe('fetcher', () => {
  it('sends remembered ETag / Last-Modified and reports 304 as not modified', async () => {
    server.routes.set('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.statusCode = 304;
        return res.end();
      }
      res.setHeader('etag', '"v1"');
      res.setHeader('last-modified', 'Tue, 05 Sep 2023 08:00:00 GMT');
      res.end('<rss/>');
    });
    const remembered = new Map<string, Validators>();
    const f = fetcher({ validators: { get: (u) => remembered.get(u), set: (u, v) => void remembered.set(u, v) } });
    const url = `${server.url}/feed.xml`;
    const first = await f.fetch(url);
    expect(first.status).toBe('ok');
    expect(remembered.get(url)).toEqual({ etag: '"v1"', lastModified: 'Tue, 05 Sep 2023 08:00:00 GMT' });
    const second = await f.fetch(url);
    expect(second.status).toBe('not-modified');
    const sent = server.requests.filter((r) => r.path === '/feed.xml').at(-1)!.headers;
    expect(sent['if-modified-since']).toBe('Tue, 05 Sep 2023 08:00:00 GMT');
    expect((await f.fetch(url, false)).status).toBe('ok'); // unconditional when asked
    await f.close();
  });

  it('decompresses gzip, deflate and brotli bodies', async () => {
    const text = 'compressed page body '.repeat(50);
    const encoders: Record<string, (b: Buffer) => Buffer> = { gzip: gzipSync, deflate: deflateSync, br: brotliCompressSync };
    for (const [name, encode] of Object.entries(encoders)) {
      server.routes.set(`/z-${name}`, (_req, res) => {
        res.setHeader('content-encoding', name);
        res.end(encode(Buffer.from(text)));
      });
    }
    const f = fetcher();
    for (const name of Object.keys(encoders)) {
      const res = await f.fetch(`${server.url}/z-${name}`);
      expect(res.status === 'ok' && res.body.toString()).toBe(text);
    }
    expect(server.requests.at(-1)!.headers['accept-encoding']).toBe('gzip, deflate, br');
    await f.close();
  });

  it('follows redirects hop by hop and stops loops and long chains with a reason', async () => {
    server.routes.set('/old', (_req, res) => { res.statusCode = 301; res.setHeader('location', '/new'); res.end(); });
    server.routes.set('/new', (_req, res) => res.end('moved here'));
    server.routes.set('/loop-a', (_req, res) => { res.statusCode = 302; res.setHeader('location', '/loop-b'); res.end(); });
    server.routes.set('/loop-b', (_req, res) => { res.statusCode = 302; res.setHeader('location', '/loop-a'); res.end(); });
    for (let i = 0; i < 6; i++) server.routes.set(`/chain-${i}`, (_req, res) => { res.statusCode = 307; res.setHeader('location', `/chain-${i + 1}`); res.end(); });
    const f = fetcher();
    const ok = await f.fetch(`${server.url}/old`);
    expect(ok.status === 'ok' && ok.finalUrl).toBe(`${server.url}/new`);
    const loop = await failure(f, `${server.url}/loop-a`);
    expect(loop.kind).toBe('redirect-loop');
    expect(loop.message).toMatch(/redirect loop/);
    const chain = await failure(f, `${server.url}/chain-0`);
    expect(chain.kind).toBe('too-many-redirects');
    expect(chain.message).toMatch(/more than 3 redirects/);
    await f.close();
  });

  it('gives up on a slow server after the timeout', async () => {
    server.routes.set('/slow', (_req, res) => {
      const timer = setTimeout(() => res.end('too late'), 5_000);
      res.on('close', () => clearTimeout(timer));
    });
    server.routes.set('/slow-body', (_req, res) => {
      res.write('<html>');
      const timer = setTimeout(() => res.end('</html>'), 5_000);
      res.on('close', () => clearTimeout(timer));
    });
    const f = fetcher();
    const started = Date.now();
    const err = await failure(f, `${server.url}/slow`);
    expect(err.kind).toBe('timeout');
    expect(err.message).toMatch(/timed out after 1000 ms/);
    expect((await failure(f, `${server.url}/slow-body`)).kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3_000);
    await f.close();
  });

  it('refuses huge bodies, declared or streamed, and decompression bombs', async () => {
    const big = Buffer.alloc(TEST_MAX_BYTES * 2, 'a');
    server.routes.set('/huge-declared', (_req, res) => { res.setHeader('content-length', String(big.length)); res.end(big); });
    server.routes.set('/huge-chunked', (_req, res) => { res.write(big.subarray(0, TEST_MAX_BYTES)); res.end(big.subarray(TEST_MAX_BYTES)); });
    server.routes.set('/bomb', (_req, res) => { res.setHeader('content-encoding', 'gzip'); res.end(gzipSync(Buffer.alloc(TEST_MAX_BYTES * 20))); });
    const f = fetcher();
    for (const path of ['/huge-declared', '/huge-chunked', '/bomb']) {
      const err = await failure(f, `${server.url}${path}`);
      expect(err.kind, path).toBe('too-large');
      expect(err.message).toMatch(/65536-byte limit|more than 65536 bytes/);
    }
    await f.close();
  });

  it('reports 404 and 500 with their status', async () => {
    server.routes.set('/broken', (_req, res) => { res.statusCode = 500; res.end('boom'); });
    const f = fetcher();
    const missing = await failure(f, `${server.url}/missing`);
    expect([missing.kind, missing.status]).toEqual(['http-status', 404]);
    expect(missing.message).toMatch(/^HTTP 404 from/);
    const broken = await failure(f, `${server.url}/broken`);
    expect([broken.kind, broken.status]).toEqual(['http-status', 500]);
    await f.close();
  });

  it('keeps at most 2 requests in flight per host', async () => {
    let inFlight = 0, peak = 0;
    server.routes.set('/busy', (_req, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => { inFlight--; res.end('ok'); }, 30);
    });
    const f = fetcher({ perHost: 2 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => f.fetch(`${server.url}/busy?n=${i}`)));
    expect(peak).toBe(2);
    expect(f.peakPerHost).toBe(2);
    await f.close();
  });

  it('refuses loopback addresses unless private addresses are allowed', async () => {
    const guarded = new Fetcher({ timeoutMs: TEST_TIMEOUT_MS, ...UNPACED });
    const err = await failure(guarded, `${server.url}/new`);
    expect(err.kind).toBe('private-address');
    expect(err.message).toMatch(/refused 127\.0\.0\.1: a loopback address \(pass --allow-private/);
    // a name is judged by the addresses it resolves to
    const byName = await failure(guarded, server.url.replace('127.0.0.1', 'localhost') + '/new');
    expect(byName.kind).toBe('private-address');
    expect(byName.message).toMatch(/refused localhost: it resolves to (127\.0\.0\.1|::1), a loopback address/);
    await expect(assertPublicHost('localhost')).rejects.toThrow(/resolves to .*loopback/);
    expect(server.requests.filter((r) => r.headers.host?.startsWith('localhost')).length).toBe(0);
    await guarded.close();
  });

  it('checks the host of every redirect hop, not only the first', async () => {
    server.routes.set('/to-private', (_req, res) => { res.statusCode = 302; res.setHeader('location', server.url.replace('127.0.0.1', 'localhost') + '/new'); res.end(); });
    // a policy that lets this test server's literal address pass stands in for a public host
    const f = new Fetcher({ timeoutMs: TEST_TIMEOUT_MS, ...UNPACED, assertHost: (host) => (host === '127.0.0.1' ? Promise.resolve() : assertPublicHost(host)) });
    const err = await failure(f, `${server.url}/to-private`);
    expect(err.kind).toBe('private-address');
    expect(err.message).toMatch(/refused localhost: it resolves to/);
    expect(server.requests.filter((r) => r.path === '/to-private').length).toBe(1);
    await f.close();
  });

  it('classifies private, link-local and special addresses in IPv4 and IPv6', () => {
    const cases: Record<string, string | undefined> = {
      '127.0.0.1': 'a loopback address', '10.1.2.3': 'a private address', '172.20.0.1': 'a private address',
      '192.168.1.1': 'a private address', '169.254.169.254': 'a link-local address', '100.64.0.1': 'a carrier-grade NAT address',
      '0.0.0.0': 'an unspecified ("this network") address', '8.8.8.8': undefined, '172.32.0.1': undefined,
      '::1': 'a loopback address', '::': 'an unspecified address', 'fe80::1': 'a link-local address',
      'fd00::1': 'a unique-local (private) address', '::ffff:127.0.0.1': 'a loopback address', '::ffff:10.0.0.1': 'a private address',
      '64:ff9b::a9fe:a9fe': 'a link-local address', '2606:4700::1111': undefined, 'ff02::1': 'a multicast address',
    };
    for (const [ip, reason] of Object.entries(cases)) expect(privateAddressReason(ip), ip).toBe(reason);
  });
});
