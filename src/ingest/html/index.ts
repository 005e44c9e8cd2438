import { UNDATED, type Article } from '../../model/article.js';
import { checkPublishedRange, parsePublished } from '../dates.js';
import { articleId } from '../id.js';
import { extractMainText, readabilityOnly } from './body.js';
import { normaliseDate, type DateCandidate, type FoundDate } from './dates/index.js';
import { decodeHtml, type CharsetSource } from './decode.js';
import { parseDocument } from './dom.js';
import { detectLanguage } from './lang.js';
import { extractMetadata } from './metadata.js';

export type { FoundDate, DateSource, DateCandidate } from './dates/index.js';
export { decodeHtml } from './decode.js';

export interface HtmlOptions {
  /** the page's URL (resolves the canonical URL, supplies a date in the path) */
  url?: string;
  /** the HTTP Content-Type header, for its charset */
  contentType?: string;
  /** the date the page's feed item gives: it wins over the page's own (the feed dates this item; a page shows many dates) */
  feedPublished?: string;
  /** publication date to use when the page has none (--published) */
  published?: string;
  /** the HTTP Last-Modified header: the day the server last changed the page, used when nothing better dates it */
  lastModified?: string;
  /** outlet name to record (default: the page's site name) */
  source?: string;
  /** "readability": Readability alone, without our clean-up and fallback (the baseline for comparisons) */
  extractor?: 'full' | 'readability';
  /** take publication dates outside 1900..(now + 1 day) (refused by default) */
  allowAnyDate?: boolean;
}

export interface ExtractedHtml {
  title?: string;
  byline?: string;
  /** the publication date the page gives, with where it was found */
  published?: FoundDate;
  /** the last change the page states, where that is after its publication */
  modified?: FoundDate;
  /** every date the page gives, with where and in what context */
  dateCandidates: DateCandidate[];
  canonicalUrl?: string;
  siteName?: string;
  /** ISO 639-1 code, or "und" */
  lang: string;
  /** the article's main text: paragraphs separated by blank lines */
  text: string;
  charset: string;
  charsetSource: CharsetSource;
  /** which extractor produced the text */
  method: string;
}

/** Everything we read from one HTML page: metadata first (the body search removes bylines and dates from the DOM). */
export function extractHtml(html: string | Buffer, options: HtmlOptions = {}): ExtractedHtml {
  const decoded = decodeHtml(html, options.contentType);
  const doc = parseDocument(decoded.html);
  const meta = extractMetadata(doc, options.url);
  const main = options.extractor === 'readability' ? readabilityOnly(doc) : extractMainText(doc, meta.title, () => parseDocument(decoded.html));
  const text = main.paragraphs.join('\n\n');
  return {
    title: meta.title,
    byline: meta.byline,
    published: meta.published,
    modified: meta.modified,
    dateCandidates: meta.dateCandidates,
    canonicalUrl: meta.canonicalUrl,
    siteName: meta.siteName,
    lang: detectLanguage(text, meta.declaredLang),
    text,
    charset: decoded.charset,
    charsetSource: decoded.charsetSource,
    method: main.method,
  };
}

/**
 * An HTML page as an Article, dated by the first of: its feed item's date, the page's own date, `options.published`
 * (--published), the HTTP Last-Modified header; a page that none of them dates is kept as `published: "unknown"`.
 * Throws one clear Error when the page has no article text.
 */
export function htmlToArticle(html: string | Buffer, options: HtmlOptions = {}): Article {
  const page = extractHtml(html, options);
  const where = options.url ? ` (${options.url})` : '';
  const given = (value: string | undefined) => (value ? parsePublished(value) : undefined);
  const published = given(options.feedPublished) ?? page.published?.value ?? given(options.published) ?? normaliseDate(options.lastModified) ?? UNDATED;
  if (!page.text.trim()) throw new Error(`no article text found in the page${where}`);
  if (published !== UNDATED) checkPublishedRange(published, options.allowAnyDate);
  const article: Article = { id: articleId(page.text, published), published, body: page.text, lang: page.lang };
  const url = page.canonicalUrl ?? options.url;
  if (url) article.url = url;
  const source = options.source ?? page.siteName;
  if (source) article.source = source;
  if (page.title) article.title = page.title;
  return article;
}
