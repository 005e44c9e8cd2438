import { dateFromUrl, normaliseDate, type FoundDate } from './dates.js';

export interface PageMetadata {
  title?: string;
  byline?: string;
  published?: FoundDate;
  /** every date candidate found, best first (for debugging a wrong choice) */
  dateCandidates: FoundDate[];
  canonicalUrl?: string;
  siteName?: string;
  /** the language the page declares (`<html lang>`, content-language), primary subtag */
  declaredLang?: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/** JSON-LD types that are the page's article (not a comment, a review of it, or a list of other stories). */
const ARTICLE_TYPES = /^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|ScholarlyArticle|Report|WebPage|ItemPage|Recipe|VideoObject)$/i;
/** Among them, the ones that are surely the article (WebPage dates are often the page's, not the story's). */
const STRONG_ARTICLE_TYPES = /Article|BlogPosting|Report/i;

/** Meta tags holding the publication date, best first. Keys are lower-cased `property`, `name` or `itemprop` values. */
const DATE_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'publishdate', 'publish-date', 'pubdate',
  'publication_date', 'date.published', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'published_time', 'original-publish-date', 'dc.date', 'date',
  'og:published_time', 'cxenseparse:recs:publishtime', 'article_date_original', 'displaydate',
];

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

/** JSON-LD blocks, flattened: top-level items and @graph members (never nested objects such as `comment`). */
export function jsonLdItems(doc: Document): JsonObject[] {
  const items: JsonObject[] = [];
  const add = (value: Json) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      const graph = (value as JsonObject)['@graph'];
      if (Array.isArray(graph)) graph.forEach(add);
      else items.push(value as JsonObject);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    if (!raw) continue;
    try {
      add(JSON.parse(raw) as Json);
    } catch {
      try {
        add(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ')) as Json); // raw newlines inside strings are a common mistake
      } catch {
        /* a broken block says nothing */
      }
    }
  }
  return items;
}

function types(item: JsonObject): string[] {
  const t = item['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object') return text((value as JsonObject).name);
  return undefined;
}

function itemUrl(item: JsonObject): string | undefined {
  const main = item.mainEntityOfPage;
  const candidates = [item.url, typeof main === 'object' && main && !Array.isArray(main) ? (main as JsonObject)['@id'] : main, item['@id']];
  return candidates.find((c): c is string => typeof c === 'string');
}

function sameUrl(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (u: string) => u.replace(/^https?:\/\//, '').replace(/[#?].*$/, '').replace(/\/$/, '').toLowerCase();
  return norm(a) === norm(b);
}

/** The page's own article item: an article type, preferably the one whose URL is the page's. */
function mainArticleItem(items: JsonObject[], pageUrls: Array<string | undefined>): JsonObject | undefined {
  const articles = items.filter((i) => types(i).some((t) => ARTICLE_TYPES.test(t)));
  const strong = articles.filter((i) => types(i).some((t) => STRONG_ARTICLE_TYPES.test(t)));
  const pool = strong.length ? strong : articles;
  return pool.find((i) => pageUrls.some((u) => sameUrl(itemUrl(i), u))) ?? pool.find((i) => i.datePublished) ?? pool[0];
}

/** Class/id tokens of containers whose dates are not the article's (comments, related stories, sidebars). */
const FOREIGN_DATE_TOKENS = new Set([
  'comment', 'comments', 'reply', 'replies', 'related', 'recommended', 'trending', 'popular', 'sidebar', 'more',
  'teaser', 'teasers', 'card', 'cards', 'promo', 'widget', 'outbrain', 'taboola', 'recirculation', 'latest', 'feed',
  'list', 'archive', 'updated', 'modified', 'disqus',
]);
const FOREIGN_DATE_TAGS = new Set(['ASIDE', 'FOOTER', 'NAV']);

/** Whether a date element sits inside something that is not the article (a comment, a related story, a sidebar). */
function inForeignContainer(el: Element): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY'; e = e.parentElement) {
    if (FOREIGN_DATE_TAGS.has(e.tagName.toUpperCase())) return true;
    const tokens = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.toLowerCase().split(/[\s_-]+/);
    if (tokens.some((t) => FOREIGN_DATE_TOKENS.has(t))) return true;
    if (/comment/i.test(e.getAttribute('itemtype') ?? '') || /comment/i.test(e.getAttribute('itemprop') ?? '')) return true;
  }
  return false;
}

/** Whether an element is inside the page's article element (<article> or an articleBody container). */
function inArticle(el: Element): boolean {
  return !!el.closest('article, [itemprop="articleBody"], [itemtype*="Article"], main');
}

function timeCandidates(doc: Document): FoundDate[] {
  const found: FoundDate[] = [];
  const marked = Array.from(doc.querySelectorAll('time[itemprop="datePublished"], time[pubdate], [itemprop="datePublished"][datetime]'));
  for (const el of marked) {
    if (inForeignContainer(el)) continue;
    const value = normaliseDate(attr(el, 'datetime') ?? el.textContent);
    if (value) found.push({ value, source: 'time', from: 'time[itemprop=datePublished]' });
  }
  const plain = Array.from(doc.querySelectorAll('time')).filter((el) => !inForeignContainer(el));
  // a <time> inside the article beats one elsewhere on the page; document order otherwise
  plain.sort((a, b) => Number(inArticle(b)) - Number(inArticle(a)));
  for (const el of plain) {
    const value = normaliseDate(attr(el, 'datetime') ?? el.textContent);
    if (value) found.push({ value, source: 'time', from: inArticle(el) ? 'article time' : 'time' });
  }
  return found;
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

function isUrl(value: string | undefined): boolean {
  return !!value && /^https?:\/\//i.test(value);
}

/** Title, byline, publication date (with its source), canonical URL, site name and declared language of a page. */
export function extractMetadata(doc: Document, pageUrl?: string): PageMetadata {
  const meta = metaMap(doc);
  const canonicalRaw = attr(doc.querySelector('link[rel="canonical"]'), 'href') ?? meta.get('og:url');
  const canonicalUrl = absolute(canonicalRaw, pageUrl) ?? pageUrl;
  const items = jsonLdItems(doc);
  const article = mainArticleItem(items, [canonicalUrl, pageUrl]);
  const publisherItem = items.find((i) => types(i).some((t) => /Organization|NewsMediaOrganization|WebSite/i.test(t)));

  const siteName = meta.get('og:site_name') ?? text(article?.publisher) ?? text(publisherItem?.name) ?? meta.get('application-name');

  const dateCandidates: FoundDate[] = [];
  const ld = normaliseDate(text(article?.datePublished) ?? text(article?.dateCreated));
  if (ld) dateCandidates.push({ value: ld, source: 'json-ld', from: `${types(article!)[0] ?? 'item'}.datePublished` });
  for (const key of DATE_META_KEYS) {
    const value = normaliseDate(meta.get(key));
    if (value) dateCandidates.push({ value, source: 'meta', from: key });
  }
  dateCandidates.push(...timeCandidates(doc));
  const fromUrl = dateFromUrl(canonicalUrl) ?? dateFromUrl(pageUrl);
  if (fromUrl) dateCandidates.push(fromUrl);

  const h1 = doc.querySelector('article h1, main h1, h1');
  const titleTag = doc.querySelector('title')?.textContent ?? undefined;
  const title = [meta.get('og:title'), text(article?.headline), h1?.textContent ?? undefined, titleTag && cleanTitle(titleTag, siteName)]
    .map((t) => t?.replace(/\s+/g, ' ').trim())
    .find((t) => !!t);

  const metaAuthor = [meta.get('author'), meta.get('article:author'), meta.get('dc.creator'), meta.get('parsely-author'), meta.get('sailthru.author')].find((a) => a && !isUrl(a));
  const domAuthor = doc.querySelector('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"], .byline, .author-name')?.textContent;
  const byline = [text(article?.author), metaAuthor, domAuthor]
    .map((b) => b?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim())
    .find((b) => !!b && b.length < 200);

  const declaredLang = [attr(doc.documentElement, 'lang'), attr(doc.documentElement, 'xml:lang'), meta.get('content-language'), meta.get('og:locale'), text(article?.inLanguage)]
    .map((l) => /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(l ?? '')?.[1]?.toLowerCase())
    .find((l) => !!l);

  return { title, byline, published: dateCandidates[0], dateCandidates, canonicalUrl, siteName, declaredLang };
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).toString();
  } catch {
    return isUrl(href) ? href : undefined;
  }
}
