import { isArticleItem, isStrongArticleItem, jsonLdItems, jsonLdScripts, jsonLdTypes, mainArticleItem, type Json, type JsonObject } from '../json-ld.js';
import { ContextReader, elementWords, type ElementContext } from './context.js';
import { COPYRIGHT, labelBefore, type DateLabel } from './labels.js';
import { elementAt, pageText, type PageText } from './page-text.js';
import { findDatesInText, parseDateValue, slashOrderEvidence, type DateBounds, type DayOrder } from './parse.js';
import { dayFromUrl } from './url.js';
import { absoluteUrl } from '../../urls.js';

/** Where a date was found. */
export type DateSource = 'json-ld' | 'meta' | 'microdata' | 'time' | 'abbr' | 'url' | 'text' | 'script' | 'copyright';

/** What a date says it is. */
export type DateKind = 'published' | 'modified' | 'unknown';

/** One date the page gives, with what is known about it. */
export interface DateCandidate {
  /** YYYY-MM-DD */
  day: string;
  /** YYYY-MM-DD or an ISO 8601 date-time */
  value: string;
  kind: DateKind;
  source: DateSource;
  /** the attribute, property, class or pattern it came from ("article:published_time") */
  from: string;
  /** offset in the page's text (markup and text dates) */
  position?: number;
  /** the element holding it, for markup and text dates */
  context?: ElementContext;
  /** JSON-LD: the date belongs to the page's own article item */
  mainItem?: boolean;
  /** the order of an all-numeric date was a guess: the day of the other reading */
  otherReading?: string;
  /** copyright: only the year is known */
  yearOnly?: boolean;
  /** text dates: characters on the date's line besides the date (a byline line is short, a sentence of the story long) */
  lineRest?: number;
}

/** Everything a page says about its dates, for the chooser. */
export interface PageEvidence {
  candidates: DateCandidate[];
  page: PageText;
  /** where the page's headline begins and ends in its text, if it has one */
  headlineAt?: number;
  headlineEnd?: number;
  /** the URLs the page gives for itself (canonical, og:url) and the one it was fetched from */
  urls: string[];
  order: DayOrder;
  /** made by wiki software: a living page whose date is its last edit */
  wiki: boolean;
}

const PUBLISHED_META = new Set([
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article:publicationdate', 'article.published',
  'article.created', 'article_date_original', 'datepublished', 'datecreated', 'dateposted', 'date_published', 'publishdate',
  'publish-date', 'publish_date', 'published-date', 'published_time', 'published_date', 'publication_date', 'publicationdate',
  'pubdate', 'pub_date', 'date.published', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created',
  'dc.created', 'dc:created', 'dc.date.publication', 'sailthru.date', 'parsely-pub-date', 'original-publish-date',
  'originalpublicationdate', 'cxenseparse:recs:publishtime', 'displaydate', 'citation_publication_date', 'citation_date',
  'citation_online_date', 'rnews:datepublished', 'bt:pubdate', 'shareaholic:article_published_time', 'article:published',
  'og:pubdate', 'iso-8601-publish-date', 'live_date', 'creation_date', 'created',
]);
const MODIFIED_META = new Set([
  'article:modified_time', 'og:article:modified_time', 'og:updated_time', 'article:updated_time', 'datemodified', 'dc.date.modified',
  'dcterms.modified', 'dc.modified', 'modified_time', 'updated_time', 'last-modified', 'lastmodified', 'lastmod', 'revised',
  'date.updated', 'date_modified', 'modified', 'updated',
]);
/** Keys that hold "the date" without saying which: usually publication, on some sites the generation time. */
const GENERIC_META = new Set(['date', 'dc.date', 'dcterms.date', 'dc:date', 'timestamp', 'gentime', 'article:date', 'datetime']);

function attr(el: Element, name: string): string | undefined {
  const v = el.getAttribute(name);
  return v == null || v.trim() === '' ? undefined : v.trim();
}

function jsonDateText(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return jsonDateText(value[0]);
  if (value && typeof value === 'object') return jsonDateText((value as JsonObject)['@value']);
  return undefined;
}

const JSON_LD_PUBLISHED = ['datePublished', 'dateCreated', 'uploadDate'];
const JSON_LD_MODIFIED = ['dateModified'];

function fromJsonLd(doc: Document, urls: string[], bounds: DateBounds, out: DateCandidate[]): void {
  const items = jsonLdItems(doc);
  const main = mainArticleItem(items, urls);
  const visit = (item: JsonObject, depth: number) => {
    const type = jsonLdTypes(item)[0] ?? 'item';
    const isMain = item === main;
    const articleLike = isArticleItem(item);
    for (const key of [...JSON_LD_PUBLISHED, ...JSON_LD_MODIFIED]) {
      const parsed = parseDateValue(jsonDateText(item[key]), bounds);
      if (!parsed) continue;
      out.push({
        ...parsed,
        kind: JSON_LD_MODIFIED.includes(key) ? 'modified' : 'published',
        source: 'json-ld',
        from: `${type}.${key}${isMain ? '' : articleLike ? ' (other article)' : ''}`,
        mainItem: isMain || (!main && depth === 0 && !articleLike),
      });
    }
    // a WebPage's mainEntity is often the article itself
    if (depth === 0) {
      for (const key of ['mainEntity', 'mainEntityOfPage']) {
        const nested = item[key];
        if (nested && typeof nested === 'object' && !Array.isArray(nested) && isStrongArticleItem(nested as JsonObject)) visit(nested as JsonObject, 1);
      }
    }
  };
  for (const item of items) visit(item, 0);
  if (items.length === 0) {
    // a block JSON.parse refuses may still state its dates plainly
    for (const raw of jsonLdScripts(doc)) {
      for (const m of raw.matchAll(/"(datePublished|dateModified)"\s*:\s*"([^"]{8,40})"/g)) {
        const parsed = parseDateValue(m[2], bounds);
        if (parsed) out.push({ ...parsed, kind: m[1] === 'dateModified' ? 'modified' : 'published', source: 'json-ld', from: `${m[1]} (broken block)`, mainItem: true });
      }
    }
  }
}

function fromMeta(doc: Document, bounds: DateBounds, out: DateCandidate[]): void {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv'))?.toLowerCase();
    if (!key) continue;
    const kind: DateKind | undefined = PUBLISHED_META.has(key) ? 'published' : MODIFIED_META.has(key) ? 'modified' : GENERIC_META.has(key) ? 'unknown' : undefined;
    if (!kind) continue;
    const parsed = parseDateValue(attr(el, 'content') ?? attr(el, 'datetime'), bounds);
    if (parsed) out.push({ ...parsed, kind, source: 'meta', from: key });
  }
}

const MICRODATA_PUBLISHED = new Set(['datepublished', 'datecreated', 'uploaddate', 'pubdate', 'pubyear']);
const MICRODATA_MODIFIED = new Set(['datemodified', 'dateupdate', 'dateupdated']);
/** Class words of a <time> or <abbr> that mark the publication: hAtom's "published", WordPress's "entry-date". */
const PUBLISHED_CLASS = new Set(['published', 'entry', 'pubdate', 'publish', 'publishdate', 'publication', 'created', 'posted', 'postdate', 'post']);
const MODIFIED_CLASS = new Set(['updated', 'modified', 'update', 'lastmod', 'revised']);

function markupKind(el: Element, ctx: ElementContext): DateKind {
  const words = elementWords(el);
  if (el.hasAttribute('pubdate')) return 'published';
  const published = words.some((w) => PUBLISHED_CLASS.has(w));
  const modified = words.some((w) => MODIFIED_CLASS.has(w));
  // WordPress writes class="entry-date published updated" on the one date it shows: the publication
  if (published) return 'published';
  if (modified || ctx.modified) return 'modified';
  return 'unknown';
}

function fromMarkup(doc: Document, page: PageText, contexts: ContextReader, bounds: DateBounds, order: DayOrder, out: DateCandidate[]): void {
  const seen = new Set<Element>();
  const add = (el: Element, raw: string | undefined, kind: DateKind, source: DateSource, from: string) => {
    const parsed = parseDateValue(raw, bounds, order);
    if (!parsed) return false;
    const context = contexts.of(el);
    out.push({ ...parsed, kind, source, from, position: page.startOf.get(el), context });
    return true;
  };
  for (const el of Array.from(doc.querySelectorAll('[itemprop]'))) {
    if (el.tagName === 'META') continue; // read with the meta tags
    const props = (attr(el, 'itemprop') ?? '').toLowerCase().split(/\s+/);
    const prop = props.find((p) => MICRODATA_PUBLISHED.has(p) || MICRODATA_MODIFIED.has(p));
    if (!prop) continue;
    const kind: DateKind = MICRODATA_MODIFIED.has(prop) ? 'modified' : 'published';
    const raw = attr(el, 'datetime') ?? attr(el, 'content') ?? attr(el, 'title') ?? el.textContent ?? undefined;
    if (add(el, raw, kind, 'microdata', `itemprop=${prop}`)) seen.add(el);
  }
  for (const el of Array.from(doc.querySelectorAll('time'))) {
    if (seen.has(el)) continue;
    // a <time> whose text shows another day than its datetime attribute: the reader's day is the text (read as text)
    const shownDay = findDatesInText(el.textContent ?? '', bounds, order)[0]?.day;
    const attrDay = parseDateValue(attr(el, 'datetime'), bounds, order)?.day;
    if (shownDay && attrDay && shownDay !== attrDay) continue;
    const ctx = contexts.of(el);
    const kind = markupKind(el, ctx);
    const raw = attr(el, 'datetime') ?? el.textContent ?? undefined;
    if (add(el, raw, kind, 'time', `time${el.hasAttribute('pubdate') ? '[pubdate]' : ''}${kind !== 'unknown' ? `.${kind}` : ''}`)) seen.add(el);
  }
  // microformats (hAtom): <abbr class="published" title="2019-06-27T10:21:40Z">, Facebook's data-utime
  for (const el of Array.from(doc.querySelectorAll('abbr[title], [data-utime], .published[title], .updated[title]'))) {
    if (seen.has(el)) continue;
    const words = elementWords(el);
    const kind: DateKind = words.includes('published') ? 'published' : words.includes('updated') ? 'modified' : 'unknown';
    const utime = attr(el, 'data-utime');
    if (utime) add(el, utime, kind, 'abbr', 'data-utime');
    else if (kind !== 'unknown' || el.tagName === 'ABBR') add(el, attr(el, 'title'), kind, 'abbr', `${el.tagName.toLowerCase()}.${words.join('.') || 'title'}`);
  }
}

function fromText(page: PageText, contexts: ContextReader, bounds: DateBounds, order: DayOrder, out: DateCandidate[]): void {
  for (const d of findDatesInText(page.text, bounds, order)) {
    const el = elementAt(page, d.start);
    const context = el ? contexts.of(el) : undefined;
    const label: DateLabel | undefined = labelBefore(page.text, d.start);
    const kind: DateKind = label ?? (context?.modified ? 'modified' : 'unknown');
    const lineStart = page.text.lastIndexOf('\n', d.start) + 1;
    const lineEnd = page.text.indexOf('\n', d.end);
    const lineRest = (lineEnd < 0 ? page.text.length : lineEnd) - lineStart - (d.end - d.start);
    out.push({ day: d.day, value: d.day, kind, source: 'text', from: `${d.form}${label ? ` after ${label} label` : ''}`, position: d.start, context, lineRest, ...(d.otherReading ? { otherReading: d.otherReading } : {}) });
  }
  COPYRIGHT.lastIndex = 0;
  for (const m of page.text.matchAll(COPYRIGHT)) {
    const year = m[1];
    if (`${year}-01-01` < bounds.earliest || `${year}-01-01` > bounds.latest) continue;
    out.push({ day: `${year}-01-01`, value: `${year}-01-01`, kind: 'unknown', source: 'copyright', from: m[0].trim(), position: m.index, yearOnly: true });
  }
}

/** Keys that inline scripts (a site's data for its own renderer) give the story's publication under. */
const SCRIPT_DATE_KEYS = /\\?"(datePublished|publishDate|publish_date|publishedDate|publishedAt|published_at|published_date|first_publish_date|first_published_date|firstPublished|pubDate|isoPubDate|publicationDate|dateCreated|createdAt|created_at|date_created)\\?"\s*:\s*\\?"([^"\\]{8,40})/g;

/** Dates a page's inline scripts hold for its renderer: the evidence of pages that show their date only once rendered. */
function fromScripts(doc: Document, bounds: DateBounds, out: DateCandidate[]): void {
  for (const script of Array.from(doc.querySelectorAll('script:not([type="application/ld+json"])'))) {
    const code = script.textContent ?? '';
    if (code.length < 20) continue;
    for (const m of code.matchAll(SCRIPT_DATE_KEYS)) {
      const parsed = parseDateValue(m[2], bounds);
      if (parsed) out.push({ ...parsed, kind: 'published', source: 'script', from: m[1] });
    }
  }
}

/** Title attributes of date-like elements hold a full date where the text shows "3 hours ago" or a time. */
function fromTitles(doc: Document, page: PageText, contexts: ContextReader, bounds: DateBounds, order: DayOrder, out: DateCandidate[]): void {
  for (const el of Array.from(doc.querySelectorAll('body [title]'))) {
    if (el.tagName === 'ABBR' || el.tagName === 'TIME') continue;
    const ctx = contexts.of(el);
    if (!ctx.dateish) continue;
    const parsed = parseDateValue(attr(el, 'title'), bounds, order);
    if (parsed) out.push({ ...parsed, kind: ctx.modified ? 'modified' : 'unknown', source: 'text', from: 'title attribute', position: page.startOf.get(el), context: ctx });
  }
}

/** Words of a title or heading, for comparing them. */
function titleWords(text: string | null | undefined): string[] {
  return (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
}

/** Share of a heading's words that the page's title has: the headline is the heading the title repeats. */
const HEADLINE_MATCH = 0.6;
/** Headings looked at: a page has a few dozen; a list page has hundreds, and its headline is among the first. */
const MAX_HEADINGS = 200;

/** The page's headline: the heading its <title> or og:title repeats, else its first <h1>. */
function headlineElement(doc: Document): Element | undefined {
  const metaTitle = (doc.querySelector('meta[property="og:title"]') ?? doc.querySelector('meta[name="twitter:title"]'))?.getAttribute('content');
  const title = new Set([...titleWords(metaTitle), ...titleWords(doc.querySelector('title')?.textContent)]);
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, [itemprop="headline"]')).slice(0, MAX_HEADINGS);
  let best: Element | undefined, bestScore = 0;
  for (const h of headings) {
    const words = titleWords(h.textContent);
    if (words.length === 0) continue;
    const score = words.filter((w) => title.has(w)).length / words.length;
    // an <h1> wins a tie: it is the headline more often than a teaser heading with the same words
    if (score > bestScore + 1e-9 || (score >= HEADLINE_MATCH && score === bestScore && h.tagName === 'H1' && best?.tagName !== 'H1')) {
      best = h;
      bestScore = score;
    }
  }
  if (best && bestScore >= HEADLINE_MATCH) return best;
  return headings.find((h) => h.tagName === 'H1' && (h.textContent ?? '').trim());
}

/** The URLs a page gives for itself (canonical link, og:url), then the one it was fetched from. */
export function pageUrls(doc: Document, fetchedFrom?: string): string[] {
  const canonical = absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined, fetchedFrom);
  const og = absoluteUrl((doc.querySelector('meta[property="og:url"]') ?? doc.querySelector('meta[name="og:url"]'))?.getAttribute('content') ?? undefined, fetchedFrom);
  return [canonical, og, fetchedFrom].filter((u): u is string => !!u);
}

/** Which way the page writes all-numeric dates: from the ones whose order shows, else from its language. */
function dayOrderOf(doc: Document, text: string, lang?: string): DayOrder {
  const seen = slashOrderEvidence(text);
  if (seen.mdy > seen.dmy) return 'mdy';
  if (seen.dmy > seen.mdy) return 'dmy';
  const declared = (lang ?? doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  // American English writes month first; British, and every other language here, day first
  return /^en(-us)?$/.test(declared) || declared === '' ? 'mdy' : 'dmy';
}

/** Every date a page gives, from its markup, its URLs and its text. */
export function gatherEvidence(doc: Document, bounds: DateBounds, options: { url?: string; lang?: string } = {}): PageEvidence {
  const candidates: DateCandidate[] = [];
  const page = pageText(doc);
  const headline = headlineElement(doc);
  const headlineAt = headline ? page.startOf.get(headline) : undefined;
  const headlineEnd = headline ? page.endOf.get(headline) : undefined;
  const contexts = new ContextReader(page, headlineAt);
  const order = dayOrderOf(doc, page.text, options.lang);
  const urls = pageUrls(doc, options.url);
  fromJsonLd(doc, urls, bounds, candidates);
  fromMeta(doc, bounds, candidates);
  fromMarkup(doc, page, contexts, bounds, order, candidates);
  for (const url of urls) {
    const found = dayFromUrl(url, bounds);
    if (found) {
      candidates.push({ day: found.day, value: found.day, kind: 'published', source: 'url', from: found.from });
      break;
    }
  }
  fromText(page, contexts, bounds, order, candidates);
  fromTitles(doc, page, contexts, bounds, order, candidates);
  fromScripts(doc, bounds, candidates);
  const generator = doc.querySelector('meta[name="generator" i]')?.getAttribute('content') ?? '';
  return { candidates, page, headlineAt, headlineEnd, urls, order, wiki: /mediawiki|dokuwiki|tiddlywiki|confluence|moinmoin|xwiki/i.test(generator) };
}
