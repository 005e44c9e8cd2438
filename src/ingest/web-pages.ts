import type { Article } from '../model/article.js';
import type { HtmlOptions } from './html/index.js';
import { normaliseDate } from './html/dates/index.js';
import type { Fetcher } from './http/fetcher.js';
import { parseSitemap, type SitemapPage } from './http/sitemap.js';
import type { ReadItem } from './types.js';

/** Reads a fetched page's bytes into an article (in a timed worker thread, as for files). */
export type PageRead = (html: Buffer, options: HtmlOptions) => Promise<Article>;

export interface WebReadOptions {
  fetcher: Fetcher;
  readPage: PageRead;
  source?: string;
  /** --published: dates a page that gives no date of its own */
  published?: string;
  /** --allow-any-date: take dates outside 1900..tomorrow */
  allowAnyDate?: boolean;
}

/** Sitemap indexes nest: two levels cover an index of indexes; deeper is a loop or a trap. */
const MAX_SITEMAP_DEPTH = 3;
/** Pages read from all sitemaps of one run unless --max-pages says otherwise. */
export const DEFAULT_MAX_SITEMAP_PAGES = 1000;

/** Content types a page may be served as: HTML, XHTML, or a server that does not say better than text or XML. */
const PAGE_TYPES = /html|xml|text\/plain/i;

/**
 * One web page as an article: fetched through the shared fetcher (SSRF guard, size and time limits, robots.txt, a
 * polite pace per host), then read like an HTML file, dated by its sitemap's news date, its own date, --published or
 * its Last-Modified header.
 */
export async function* readWebPage(url: string, options: WebReadOptions, listed: Omit<SitemapPage, 'url'> = {}): AsyncGenerator<ReadItem> {
  try {
    const res = await options.fetcher.fetch(url, false);
    if (res.status !== 'ok') throw new Error(`unexpected ${res.httpStatus} for a page fetched unconditionally`);
    if (res.contentType && !PAGE_TYPES.test(res.contentType)) throw new Error(`not an HTML page (${res.contentType})`);
    const article = await options.readPage(res.body, {
      url: res.finalUrl,
      contentType: res.contentType,
      feedPublished: normaliseDate(listed.published),
      published: options.published,
      lastModified: res.validators.lastModified ?? listed.lastModified,
      source: options.source,
      allowAnyDate: options.allowAnyDate,
    });
    yield { ok: true, origin: url, article };
  } catch (err) {
    const message = (err as Error).message;
    yield { ok: false, origin: url, error: message.includes(url) ? message : `${url}: ${message}` };
  }
}

/**
 * The pages of sitemaps (and of the sitemaps their indexes list), each read as `readWebPage` reads one, at most
 * `maxPages` in all. A sitemap that cannot be fetched or read is one failure; the rest go on.
 */
export async function* readSitemaps(sitemaps: string[], options: WebReadOptions & { maxPages?: number }): AsyncGenerator<ReadItem> {
  let left = options.maxPages ?? DEFAULT_MAX_SITEMAP_PAGES;
  const seen = new Set<string>();
  async function* walk(url: string, depth: number): AsyncGenerator<ReadItem> {
    if (seen.has(url) || left <= 0) return;
    seen.add(url);
    let parsed;
    try {
      const res = await options.fetcher.fetch(url, false);
      if (res.status !== 'ok') throw new Error(`unexpected ${res.httpStatus} for a sitemap fetched unconditionally`);
      parsed = parseSitemap(res.body, res.finalUrl);
    } catch (err) {
      const message = (err as Error).message;
      yield { ok: false, origin: url, error: message.includes(url) ? `sitemap ${message}` : `sitemap ${url}: ${message}` };
      return;
    }
    if (parsed.offSite) yield { ok: false, origin: url, error: `sitemap ${url}: ${parsed.offSite} entries on other sites left out (a sitemap lists only its own site's pages)` };
    for (const child of parsed.sitemaps) {
      if (depth + 1 >= MAX_SITEMAP_DEPTH) {
        yield { ok: false, origin: child, error: `sitemap ${child}: nested more than ${MAX_SITEMAP_DEPTH} deep, not read` };
        continue;
      }
      yield* walk(child, depth + 1);
    }
    for (const page of parsed.pages) {
      if (left <= 0) return;
      if (seen.has(page.url)) continue;
      seen.add(page.url);
      left--;
      const { url: pageUrl, ...listed } = page;
      yield* readWebPage(pageUrl, options, listed);
    }
  }
  for (const sitemap of sitemaps) yield* walk(sitemap, 0);
}
