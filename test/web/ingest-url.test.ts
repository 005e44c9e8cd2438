import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../../src/ingest/http/fetcher.js';
import { parseSitemap } from '../../src/ingest/http/sitemap.js';
import { readSources } from '../../src/ingest/read.js';
import type { ReadItem, ReadOptions } from '../../src/ingest/types.js';
import { UNDATED } from '../../src/model/article.js';
import { spawn } from 'node:child_process';
import { CLI, tempDir } from '../store/fixtures.js';
import { articlePage, startServer, type TestServer } from './server.js';

/** A page we wrote with no date of its own. */
function undatedPage(title: string): string {
  const para = (n: number) => `<p>The harbour board discussed the ferry timetable again, paragraph ${n} of a report written for the Tidings web tests, long enough to read as prose.</p>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${para(1)}${para(2)}</article></body></html>`;
}

/** The CLI as a child process without blocking this one (the test server answers from this process). */
function runCliAsync(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(CLI[0], [...CLI.slice(1), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('ingesting web pages and sitemaps from a local server', () => {
  let server: TestServer;
  let fetcher: Fetcher;
  const read = (inputs: string[], extra: ReadOptions = {}) => collect(readSources(inputs, { fetcher, pageTimeoutMs: 0, ...extra }));

  beforeAll(async () => {
    server = await startServer();
    const routes = server.routes;
    routes.set('/robots.txt', (_req, res) => res.end('User-agent: *\nDisallow: /drafts/\n'));
    routes.set('/news/ferry', (_req, res) => res.end(articlePage('Ferry returns', '2024-03-05T08:00:00Z', 'The ferry is back.')));
    routes.set('/news/undated', (_req, res) => res.end(undatedPage('Harbour board meets')));
    routes.set('/news/last-modified', (_req, res) => {
      res.setHeader('last-modified', 'Tue, 07 May 2024 06:00:00 GMT');
      res.end(undatedPage('Breakwater repairs'));
    });
    routes.set('/drafts/secret', (_req, res) => res.end(articlePage('Secret', '2024-03-06', 'Not for crawlers.')));
    routes.set('/feed.pdf', (_req, res) => {
      res.setHeader('content-type', 'application/pdf');
      res.end('%PDF-1.4');
    });
    const urlset = (entries: string) => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${entries}</urlset>`;
    routes.set('/sitemap-news.xml', (_req, res) =>
      res.end(urlset(`<url><loc>${server.url}/news/undated</loc><news:news><news:publication_date>2024-04-01T09:00:00+02:00</news:publication_date></news:news></url>
<url><loc>${server.url}/news/ferry</loc><lastmod>2024-03-09</lastmod></url>
<url><loc>https://elsewhere.example/story</loc></url>`)));
    routes.set('/sitemap-old.xml.gz', (_req, res) => {
      res.setHeader('content-type', 'application/x-gzip');
      res.end(gzipSync(urlset(`<url><loc>${server.url}/news/last-modified</loc></url><url><loc>${server.url}/drafts/secret</loc></url>`)));
    });
    routes.set('/sitemap.xml', (_req, res) =>
      res.end(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${server.url}/sitemap-news.xml</loc></sitemap><sitemap><loc>${server.url}/sitemap-old.xml.gz</loc></sitemap></sitemapindex>`));
    fetcher = new Fetcher({ allowPrivate: true, hostDelayMs: 0, timeoutMs: 5000 });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('reads a page by its URL, dated by its own markup, with its URL kept', async () => {
    const [item] = await read([`${server.url}/news/ferry`]);
    expect(item.ok).toBe(true);
    if (!item.ok) return;
    expect(item.article).toMatchObject({ published: '2024-03-05T08:00:00Z', url: `${server.url}/news/ferry`, title: 'Ferry returns' });
  });

  it('dates a page without a date by --published, else by Last-Modified, else keeps it undated', async () => {
    const items = await read([`${server.url}/news/undated`, `${server.url}/news/last-modified`]);
    expect(items.map((i) => i.ok && i.article.published)).toEqual([UNDATED, '2024-05-07T06:00:00Z']);
    const given = await read([`${server.url}/news/undated`], { published: '2024-02-01' });
    expect(given[0].ok && given[0].article.published).toBe('2024-02-01');
  });

  it('refuses pages robots.txt disallows, and what is not a page, each with one clear message', async () => {
    const items = await read([`${server.url}/drafts/secret`, `${server.url}/feed.pdf`, `${server.url}/nowhere`]);
    expect(items.map((i) => i.ok)).toEqual([false, false, false]);
    const errors = items.map((i) => (i.ok ? '' : i.error));
    expect(errors[0]).toMatch(/disallowed to Tidings by .*robots\.txt/);
    expect(errors[1]).toMatch(/not an HTML page \(application\/pdf\)/);
    expect(errors[2]).toMatch(/HTTP 404/);
    expect(server.requests.filter((r) => r.path === '/drafts/secret')).toHaveLength(0);
  });

  it('reads every page of a sitemap index (gzipped children too), news dates first, off-site entries left out', async () => {
    const items = await read([], { sitemaps: [`${server.url}/sitemap.xml`] });
    const ok = items.filter((i): i is Extract<ReadItem, { ok: true }> => i.ok);
    expect(ok.map((i) => [i.article.url, i.article.published])).toEqual([
      [`${server.url}/news/undated`, '2024-04-01T09:00:00+02:00'],
      [`${server.url}/news/ferry`, '2024-03-05T08:00:00Z'],
      [`${server.url}/news/last-modified`, '2024-05-07T06:00:00Z'],
    ]);
    const failed = items.filter((i) => !i.ok).map((i) => (i.ok ? '' : i.error));
    expect(failed.some((e) => /1 entries on other sites left out/.test(e))).toBe(true);
    expect(failed.some((e) => /drafts\/secret.*robots\.txt/.test(e))).toBe(true);
    const limited = await read([], { sitemaps: [`${server.url}/sitemap-news.xml`], maxPages: 1 });
    expect(limited.filter((i) => i.ok)).toHaveLength(1);
  });

  it('refuses a local address unless --allow-private is given (SSRF guard), on the command line', async () => {
    const { dir, cleanup } = tempDir('ingest-url');
    try {
      const db = join(dir, 't.db');
      const refused = await runCliAsync(['ingest', `${server.url}/news/ferry`, '--db', db, '--workers', '1', '--stages', 'clean,segment']);
      expect(refused.code).toBe(1);
      expect(refused.stdout + refused.stderr).toMatch(/refused 127\.0\.0\.1: a loopback address/);
      const stored = await runCliAsync(['ingest', `${server.url}/news/ferry`, '--sitemap', `${server.url}/sitemap-news.xml`, '--allow-private', '--host-delay', '0', '--db', db, '--workers', '1', '--stages', 'clean,segment', '--json']);
      const summary = JSON.parse(stored.stdout) as { read: number; stored: number; unchanged: number; undated: number };
      // the ferry page is read twice (by URL and from the sitemap) and stored once
      expect(summary).toMatchObject({ read: 3, stored: 2, unchanged: 1, undated: 0 });
    } finally {
      cleanup();
    }
  });
});

it('parses a plain-text sitemap and refuses what is no sitemap', () => {
  const parsed = parseSitemap(Buffer.from('https://a.example/1\nhttps://a.example/2\nhttps://b.example/3\n'), 'https://a.example/sitemap.txt');
  expect(parsed.pages.map((p) => p.url)).toEqual(['https://a.example/1', 'https://a.example/2']);
  expect(parsed.offSite).toBe(1);
  expect(() => parseSitemap(Buffer.from('<html><body>hi</body></html>'), 'https://a.example/s.xml')).toThrow(/not a sitemap/);
});
