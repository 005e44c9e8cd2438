import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/article.js';
import { pollOnce, WatchState, parseDuration, type WatchEvent } from '../../src/ingest/feed/watch.js';
import { Fetcher } from '../../src/ingest/http/fetcher.js';
import { articlePage, rssFeed, startServer, type TestServer } from './server.js';

/** Short limits keep the slow and huge pages fast (1 s still leaves room for a busy CI machine). */
const TEST_TIMEOUT_MS = 1_000;
const TEST_MAX_BYTES = 64 * 1024;

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), 'tidings-watch-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function memorySink() {
  const stored = new Map<string, Article>();
  const sink = async (a: Article) => {
    if (stored.has(a.id)) return 'duplicate' as const;
    stored.set(a.id, a);
    return 'stored' as const;
  };
  return { stored, sink };
}

describe('watch', () => {
  it('ingests new items once across polls, uses 304s, logs failing pages with their reason and retries them', async () => {
    const s = server;
    let brokenCalls = 0;
    const page = (path: string, title: string) => s.routes.set(path, (_req, res) => res.end(articlePage(title, '2024-05-0' + (title.length % 9 + 1), `${title} happened in the town.`)));
    page('/a', 'Market reopens');
    page('/d', 'Library extends hours');
    s.routes.set('/b', (_req, res) => {
      // fails on the first poll only
      if (++brokenCalls === 1) { res.statusCode = 500; return res.end('down'); }
      res.end(articlePage('Bridge repainted', '2024-05-03', 'The bridge was repainted.'));
    });
    s.routes.set('/slow', (_req, res) => { const t = setTimeout(() => res.end('late'), 5_000); res.on('close', () => clearTimeout(t)); });
    s.routes.set('/huge', (_req, res) => res.end(Buffer.alloc(TEST_MAX_BYTES * 2, 'x')));
    s.routes.set('/loop', (_req, res) => { res.statusCode = 302; res.setHeader('location', '/loop'); res.end(); });
    const items = ['a', 'b', 'missing', 'slow', 'huge', 'loop', 'd'].map((p) => ({ title: p, link: `${s.url}/${p}`, guid: `g-${p}` }));
    const feedXml = rssFeed('Town News', items);
    let feedHits = 0;
    s.routes.set('/feed.xml', (req, res) => {
      feedHits++;
      if (req.headers['if-none-match'] === '"feed-1"') { res.statusCode = 304; return res.end(); }
      res.setHeader('etag', '"feed-1"');
      res.setHeader('content-type', 'application/rss+xml');
      res.end(feedXml);
    });
    s.routes.set('/bad-feed.xml', (_req, res) => { res.statusCode = 500; res.end(); });

    const statePath = join(dir, 'news.db.watch.json');
    const events: WatchEvent[] = [];
    const { stored, sink } = memorySink();
    const feeds = [`${s.url}/bad-feed.xml`, `${s.url}/feed.xml`];
    const poll = async () => {
      const state = new WatchState(statePath); // reloaded from disk each poll, as across runs
      const fetcher = new Fetcher({ allowPrivate: true, timeoutMs: TEST_TIMEOUT_MS, maxBytes: TEST_MAX_BYTES, maxRedirects: 3, validators: state, robots: false, hostDelayMs: 0 });
      try {
        return await pollOnce({ feeds, fetcher, state, sink, log: (e) => events.push(e), maxAttempts: 3 });
      } finally {
        await fetcher.close();
      }
    };

    const first = await poll();
    expect(first).toMatchObject({ feeds: 2, feedsFailed: 1, newItems: 7, stored: 2, failed: 5, gaveUp: 0 });
    const reasons = Object.fromEntries(events.filter((e) => e.kind === 'item-failed').map((e) => [e.url!.replace(s.url, ''), e.reason]));
    expect(reasons['/b']).toMatch(/HTTP 500/);
    expect(reasons['/missing']).toMatch(/HTTP 404/);
    expect(reasons['/slow']).toMatch(/timed out/);
    expect(reasons['/huge']).toMatch(/byte limit/);
    expect(reasons['/loop']).toMatch(/redirect loop/);
    expect(events.find((e) => e.kind === 'feed-failed')).toMatchObject({ feed: `${s.url}/bad-feed.xml`, reason: expect.stringMatching(/HTTP 500/) });
    expect([...stored.values()].map((a) => a.title).sort()).toEqual(['Library extends hours', 'Market reopens']);
    expect(existsSync(statePath)).toBe(true);

    events.length = 0;
    const pageHitsBefore = s.requests.filter((r) => r.path === '/a').length;
    const second = await poll();
    // the feed answers 304; the failed pages are retried from the state file; /a is not fetched again
    expect(second).toMatchObject({ feedsNotModified: 1, newItems: 0, stored: 1, failed: 4 });
    expect(events.find((e) => e.kind === 'item-stored')?.url).toBe(`${s.url}/b`);
    expect(s.requests.filter((r) => r.path === '/a').length).toBe(pageHitsBefore);
    expect(feedHits).toBe(2);

    const third = await poll();
    expect(third).toMatchObject({ stored: 0, failed: 0, gaveUp: 4 }); // the third failure gives up
    expect((await poll())).toMatchObject({ stored: 0, failed: 0, gaveUp: 0, newItems: 0 });
    expect(stored.size).toBe(3);
  });

  it('refuses a feed item pointing at a private address unless allowed', async () => {
    server.routes.set('/private-page', (_req, res) => res.end(articlePage('Council meets', '2024-06-01', 'The council met on Monday.')));
    const feedPath = join(dir, 'local-feed.xml');
    writeFileSync(feedPath, rssFeed('Local', [{ title: 'Council meets', link: `${server.url}/private-page` }]));
    const run = async (allowPrivate: boolean) => {
      const events: WatchEvent[] = [];
      const state = new WatchState();
      const fetcher = new Fetcher({ allowPrivate, timeoutMs: TEST_TIMEOUT_MS, validators: state, robots: false, hostDelayMs: 0 });
      const { stored, sink } = memorySink();
      const summary = await pollOnce({ feeds: [feedPath], fetcher, state, sink, log: (e) => events.push(e) });
      await fetcher.close();
      return { events, stored, summary };
    };
    const refused = await run(false);
    expect(refused.summary).toMatchObject({ stored: 0, gaveUp: 1 });
    expect(refused.events.find((e) => e.kind === 'item-gave-up')?.reason).toMatch(/refused 127\.0\.0\.1: a loopback address/);
    const allowed = await run(true);
    expect(allowed.summary).toMatchObject({ stored: 1 });
    expect([...allowed.stored.values()][0]).toMatchObject({ title: 'Council meets', source: 'Local', published: '2024-06-01' });
  });

  it('reads polling intervals', () => {
    expect(parseDuration('15m')).toBe(900_000);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(() => parseDuration('soon')).toThrow(/not a duration/);
  });
});

describe('tidings watch (command)', () => {
  it('polls once into a database and does not ingest the same items again on the next run', async () => {
    const { buildProgram } = await import('../../src/cli/program.js');
    const { openStore } = await import('../../src/store/index.js');
    server.routes.set('/cli-1', (_req, res) => res.end(articlePage('Ferry timetable', '2024-07-01', 'The ferry timetable changed.')));
    server.routes.set('/cli-2', (_req, res) => res.end(articlePage('School garden', '2024-07-02', 'The school planted a garden.')));
    server.routes.set('/cli-feed.xml', (_req, res) => res.end(rssFeed('Island Post', [
      { title: 'Ferry timetable', link: `${server.url}/cli-1` }, { title: 'School garden', link: `${server.url}/cli-2` }])));
    const db = join(dir, 'cli.db');
    const run = async () => {
      const writes: string[] = [];
      const original = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string) => (writes.push(String(chunk)), true)) as typeof process.stderr.write;
      try {
        await buildProgram().exitOverride().parseAsync(['node', 'tidings', 'watch', `${server.url}/cli-feed.xml`, '--once', '--db', db, '--allow-private', '--stages', 'clean,segment'], { from: 'node' });
      } finally {
        process.stderr.write = original;
      }
      return writes.join('');
    };
    expect(await run()).toMatch(/poll done: 2 stored/);
    expect(await run()).toMatch(/poll done: 0 stored/);
    expect(existsSync(`${db}.watch.json`)).toBe(true);
    const store = await openStore(db);
    try {
      expect((await store.stats()).articles).toBe(2);
    } finally {
      await store.close();
    }
  });
});
