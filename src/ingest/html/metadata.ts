import { findPageDates, type DateCandidate, type FoundDate } from './dates/index.js';
import { jsonLdItems, jsonLdText as text, jsonLdTypes as types, mainArticleItem } from './json-ld.js';
import { absoluteUrl, isWebUrl } from '../urls.js';

export interface PageMetadata {
  title?: string;
  byline?: string;
  published?: FoundDate;
  /** when the page says it was last changed, where that is after its publication */
  modified?: FoundDate;
  /** every date the page gives, with where and in what context (for debugging a wrong choice) */
  dateCandidates: DateCandidate[];
  canonicalUrl?: string;
  siteName?: string;
  /** the language the page declares (`<html lang>`, content-language), primary subtag */
  declaredLang?: string;
}

function attr(el: Element | null | undefined, name: string): string | undefined {
  const v = el?.getAttribute(name);
  return v == null || v.trim() === '' ? undefined : v.trim();
}

/** Every `<meta>` keyed by its lower-cased property / name / itemprop (first occurrence wins). */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop'))?.toLowerCase();
    const content = attr(el, 'content');
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

/** A <title> without its " | Site" or " - Site" suffix. */
function cleanTitle(title: string, siteName?: string): string {
  let t = title.replace(/\s+/g, ' ').trim();
  if (siteName) {
    const escaped = siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`\\s*[|\\-–—:·]\\s*${escaped}\\s*$`, 'i'), '').replace(new RegExp(`^${escaped}\\s*[|\\-–—:·]\\s*`, 'i'), '');
  }
  const parts = t.split(/\s+[|–—]\s+|\s+-\s+/);
  // the longest part of "Story headline - Section - Site" is the headline
  return parts.length > 1 ? parts.reduce((a, b) => (b.length > a.length ? b : a)) : t;
}

/** Title, byline, publication date (with its source), canonical URL, site name and declared language of a page. */
export function extractMetadata(doc: Document, pageUrl?: string): PageMetadata {
  const meta = metaMap(doc);
  const canonicalRaw = attr(doc.querySelector('link[rel="canonical"]'), 'href') ?? meta.get('og:url');
  const canonicalUrl = absoluteUrl(canonicalRaw, pageUrl) ?? pageUrl;
  const items = jsonLdItems(doc);
  const article = mainArticleItem(items, [canonicalUrl, pageUrl]);
  const publisherItem = items.find((i) => types(i).some((t) => /Organization|NewsMediaOrganization|WebSite/i.test(t)));

  const siteName = meta.get('og:site_name') ?? text(article?.publisher) ?? text(publisherItem?.name) ?? meta.get('application-name');

  const h1 = doc.querySelector('article h1, main h1, h1');
  const titleTag = doc.querySelector('title')?.textContent ?? undefined;
  const title = [meta.get('og:title'), text(article?.headline), h1?.textContent ?? undefined, titleTag && cleanTitle(titleTag, siteName)]
    .map((t) => t?.replace(/\s+/g, ' ').trim())
    .find((t) => !!t);

  const metaAuthor = [meta.get('author'), meta.get('article:author'), meta.get('dc.creator'), meta.get('parsely-author'), meta.get('sailthru.author')].find((a) => a && !isWebUrl(a));
  const domAuthor = doc.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline, .author-name')?.textContent;
  const byline = [text(article?.author), metaAuthor, domAuthor]
    .map((b) => b?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim())
    .find((b) => !!b && b.length < 200);

  const declaredLang = [attr(doc.documentElement, 'lang'), attr(doc.documentElement, 'xml:lang'), meta.get('content-language'), meta.get('og:locale'), text(article?.inLanguage)]
    .map((l) => /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(l ?? '')?.[1]?.toLowerCase())
    .find((l) => !!l);

  const dates = findPageDates(doc, { url: pageUrl, lang: declaredLang });
  return { title, byline, published: dates.published, modified: dates.modified, dateCandidates: dates.candidates, canonicalUrl, siteName, declaredLang };
}

