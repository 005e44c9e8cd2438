import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher, FetchError } from '../../src/ingest/http/fetcher.js';
import { HostPacer } from '../../src/ingest/http/host-pacer.js';
import { isAllowed, parseRobots } from '../../src/ingest/http/robots.js';
import { articlePage, startServer, type TestServer } from './server.js';

describe('robots.txt rules (RFC 9309)', () => {
  const robots = `# a file we wrote
User-agent: otherbot
Disallow: /

User-agent: *
Disallow: /private/
Allow: /private/press-room/
Disallow: /*.pdf$
Disallow: /search?
Crawl-delay: 2

Sitemap: https://news.example/sitemap.xml`;
  const rules = parseRobots(robots);
  const allowed = (path: string) => isAllowed(rules, `https://news.example${path}`);

  it('takes the * group when no group names Tidings, and reads its crawl-delay and the sitemaps', () => {
    expect(rules.crawlDelaySeconds).toBe(2);
    expect(rules.sitemaps).toEqual(['https://news.example/sitemap.xml']);
    expect(allowed('/news/ferry')).toBe(true);
  });

  it('lets the longest matching rule decide, with * and $ wildcards and the query string', () => {
    expect(allowed('/private/notes')).toBe(false);
    expect(allowed('/private/press-room/statement')).toBe(true);
    expect(allowed('/files/report.pdf')).toBe(false);
    expect(allowed('/files/report.pdf.html')).toBe(true);
    expect(allowed('/search?q=ferry')).toBe(false);
    expect(allowed('/robots.txt')).toBe(true);
  });

  it('follows a group that names Tidings over the * group, case-insensitively, and allow wins a tie', () => {
    const ours = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: TIDINGS\nDisallow: /drafts/\nAllow: /drafts/\n');
    expect(isAllowed(ours, 'https://x.example/news')).toBe(true);
    expect(isAllowed(ours, 'https://x.example/drafts/a')).toBe(true);
    expect(isAllowed(parseRobots('User-agent: *\nDisallow:\n'), 'https://x.example/a')).toBe(true);
    expect(isAllowed(parseRobots(''), 'https://x.example/a')).toBe(true);
  });
});

describe('the fetcher honours robots.txt and paces each host', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    server.routes.set('/robots.txt', (_req, res) => res.end('User-agent: *\nDisallow: /members/\nCrawl-delay: 0.3\n'));
    server.routes.set('/news/a', (_req, res) => res.end(articlePage('A', '2024-01-02', 'One.')));
    server.routes.set('/news/b', (_req, res) => res.end(articlePage('B', '2024-01-03', 'Two.')));
    server.routes.set('/members/c', (_req, res) => res.end(articlePage('C', '2024-01-04', 'Three.')));
    server.routes.set('/to-members', (_req, res) => {
      res.statusCode = 302;
      res.setHeader('location', '/members/c');
      res.end();
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a disallowed page, also one reached by a redirect, without requesting it', async () => {
    const f = new Fetcher({ allowPrivate: true, hostDelayMs: 0 });
    try {
      await expect(f.fetch(`${server.url}/members/c`)).rejects.toMatchObject({ kind: 'robots' });
      const viaRedirect = await f.fetch(`${server.url}/to-members`).catch((e: FetchError) => e);
      expect(viaRedirect).toBeInstanceOf(FetchError);
      expect((viaRedirect as FetchError).message).toMatch(/disallowed to Tidings by .*robots\.txt/);
      expect(server.requests.filter((r) => r.path === '/members/c')).toHaveLength(0);
      // robots.txt is read once per site
      expect((await f.fetch(`${server.url}/news/a`)).status).toBe('ok');
      expect(server.requests.filter((r) => r.path === '/robots.txt')).toHaveLength(1);
    } finally {
      await f.close();
    }
  });

  it('spaces requests to one host by the crawl-delay when it is longer than its own delay', async () => {
    const f = new Fetcher({ allowPrivate: true, hostDelayMs: 50 });
    try {
      const started = Date.now();
      await f.fetch(`${server.url}/news/a`);
      await f.fetch(`${server.url}/news/b`);
      await f.fetch(`${server.url}/news/a`);
      // robots.txt, then three pages: three gaps of at least the 0.3 s crawl-delay
      expect(Date.now() - started).toBeGreaterThanOrEqual(3 * 300 - 20);
    } finally {
      await f.close();
    }
  });

  it('treats a robots.txt the server fails to give as disallowing everything, and a missing one as allowing all', async () => {
    const failing = await startServer();
    failing.routes.set('/robots.txt', (_req, res) => {
      res.statusCode = 503;
      res.end('down');
    });
    failing.routes.set('/page', (_req, res) => res.end(articlePage('P', '2024-01-02', 'Here.')));
    const missing = await startServer();
    missing.routes.set('/page', (_req, res) => res.end(articlePage('P', '2024-01-02', 'Here.')));
    const f = new Fetcher({ allowPrivate: true, hostDelayMs: 0 });
    try {
      await expect(f.fetch(`${failing.url}/page`)).rejects.toMatchObject({ kind: 'robots' });
      expect((await f.fetch(`${missing.url}/page`)).status).toBe('ok');
    } finally {
      await f.close();
      await failing.close();
      await missing.close();
    }
  });
});

it('a host pacer books turns in arrival order, per host', async () => {
  let clock = 0;
  const slept: number[] = [];
  const pacer = new HostPacer(100, () => clock, async (ms) => {
    slept.push(ms);
  });
  await Promise.all([pacer.wait('a'), pacer.wait('a'), pacer.wait('b'), pacer.wait('a')]);
  expect(slept).toEqual([100, 200]);
  pacer.setDelay('b', 500);
  clock = 1000;
  await pacer.wait('b');
  await pacer.wait('b');
  expect(slept).toEqual([100, 200, 500]);
});
