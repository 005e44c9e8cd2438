import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';

/** One page a sitemap lists, with the dates it gives for it. */
export interface SitemapPage {
  url: string;
  /** Google News sitemaps: the article's publication date, as the publisher states it */
  published?: string;
  /** <lastmod>: when the page last changed */
  lastModified?: string;
}

export interface ParsedSitemap {
  pages: SitemapPage[];
  /** child sitemaps of a sitemap index */
  sitemaps: string[];
  /** entries left out because they point off the sitemap's own site (sitemaps.org allows only its own URLs) */
  offSite: number;
}

/** The sitemap protocol's own limit on one uncompressed file: larger is not a sitemap. */
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

const parser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, trimValues: true, processEntities: true });

function list<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Whether a URL is on the sitemap's own site (same scheme-less host). */
function sameSite(url: string, sitemapUrl: string): boolean {
  try {
    return new URL(url).host === new URL(sitemapUrl).host;
  } catch {
    return false;
  }
}

/**
 * A sitemap (sitemaps.org: <urlset> or <sitemapindex>, gzipped or not, or a plain list of URLs one a line) read into
 * its pages and child sitemaps. Entries on other sites are counted and left out.
 */
export function parseSitemap(body: Buffer, sitemapUrl: string): ParsedSitemap {
  const bytes = body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body, { maxOutputLength: SITEMAP_MAX_BYTES }) : body;
  const source = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const result: ParsedSitemap = { pages: [], sitemaps: [], offSite: 0 };
  const keep = (url: string | undefined): url is string => {
    if (!url) return false;
    if (sameSite(url, sitemapUrl)) return true;
    result.offSite++;
    return false;
  };
  if (!source.trimStart().startsWith('<')) {
    for (const line of source.split(/\r?\n/).map((l) => l.trim())) if (/^https?:\/\//i.test(line) && keep(line)) result.pages.push({ url: line });
    return result;
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(source) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`${sitemapUrl} is not a sitemap: ${(err as Error).message}`);
  }
  const index = doc.sitemapindex as { sitemap?: unknown } | undefined;
  const urlset = doc.urlset as { url?: unknown } | undefined;
  if (!index && !urlset) throw new Error(`${sitemapUrl} is not a sitemap (no <urlset> or <sitemapindex>)`);
  for (const entry of list(index?.sitemap) as Array<Record<string, unknown>>) {
    const loc = text(entry?.loc);
    if (keep(loc)) result.sitemaps.push(loc);
  }
  for (const entry of list(urlset?.url) as Array<Record<string, unknown>>) {
    const loc = text(entry?.loc);
    if (!keep(loc)) continue;
    const news = entry.news as Record<string, unknown> | undefined;
    const page: SitemapPage = { url: loc };
    const published = text(news?.publication_date);
    const lastModified = text(entry.lastmod);
    if (published) page.published = published;
    if (lastModified) page.lastModified = lastModified;
    result.pages.push(page);
  }
  return result;
}
