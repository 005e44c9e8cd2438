import { Readability } from '@mozilla/readability';
import { ARTICLE_TOKENS, BOILERPLATE_TOKENS, HOVER_CARD_TOKENS, NON_ARTICLE_TAGS, isBoilerplateParagraph } from './boilerplate.js';
import { normaliseDate } from './dates/index.js';
import { renderParagraphs } from './render.js';

export interface MainText {
  paragraphs: string[];
  /** which extractor produced the text */
  method: 'readability' | 'density' | 'none';
}

/** A paragraph of at least this many words is prose, the kind a boilerplate container does not hold two of. */
const PROSE_WORDS = 25;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function classTokens(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  return raw.split(/[\s_-]+/).filter(Boolean);
}

/** Unlinked words in an element beyond which it is a text container (Blogger's "widget Blog" holds the posts). */
const PROSE_CONTAINER_WORDS = 120;

/** Whether an element holds prose: two long paragraphs, or much unlinked text (then its class name does not matter). */
function holdsProse(el: Element): boolean {
  const all = words(el.textContent ?? '');
  if (all >= PROSE_CONTAINER_WORDS) {
    let linked = 0;
    for (const a of Array.from(el.querySelectorAll('a'))) linked += words(a.textContent ?? '');
    if (all - linked >= PROSE_CONTAINER_WORDS) return true;
  }
  let prose = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) {
    if (words(p.textContent ?? '') >= PROSE_WORDS && ++prose >= 2) return true;
  }
  return false;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

/** Tokens that mark boilerplate even next to "article"/"content" ("article-related", "content-share"). */
const STRONG_BOILERPLATE = new Set(['caption', 'credit', 'related', 'share', 'sharing', 'social', 'newsletter', 'byline', 'breadcrumb', 'breadcrumbs', 'tags', 'comments', 'advert', 'promo', 'recommended']);

function isBoilerplateElement(el: Element): boolean {
  const tokens = classTokens(el);
  // the card goes, the wrapper holding the visible name link stays
  if (tokens.some((t) => HOVER_CARD_TOKENS.has(t))) return el.firstElementChild?.tagName !== 'A';
  if (!tokens.some((t) => BOILERPLATE_TOKENS.has(t))) return false;
  // "article-header" or "post-meta" may frame the story; "article-related" or "content-share" never do
  if (tokens.some((t) => ARTICLE_TOKENS.has(t)) && !tokens.some((t) => STRONG_BOILERPLATE.has(t))) return false;
  // an embedded post (a tweet is a blockquote) is quoted material of the story, whatever its wrapper is called
  if (el.querySelector('blockquote')) return false;
  return !holdsProse(el);
}

/** Removes the elements that are never article text, in place. */
export function removeBoilerplate(doc: Document): void {
  for (const tag of NON_ARTICLE_TAGS) {
    for (const el of Array.from(doc.querySelectorAll(tag))) if (!holdsProse(el)) el.remove();
  }
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!el.isConnected) continue; // already gone with an ancestor
    if (isHidden(el) || isBoilerplateElement(el)) el.remove();
  }
}

/** Share of an element's text that sits inside links. */
function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

/** Blocks that are mostly link text (menus, story lists) and short, as a reader sees them. */
const LINK_DENSITY_LIMIT = 0.5;
/** Menu entries and story teasers rarely reach this many words and end like a sentence. */
const SENTENCE_MIN_WORDS = 8;
/** A block this long is prose even when links cover much of it. */
const LINK_BLOCK_MAX_WORDS = 40;

function removeLinkBlocks(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('p, li, ul, ol, div, h1, h2, h3, h4, h5, h6, section, table'))) {
    if (!root.contains(el)) continue; // already gone with an ancestor (the root itself is detached: no isConnected)
    const text = (el.textContent ?? '').trim();
    const n = words(text);
    // a linked sentence ("Ousted CEO can still name directors.") is a summary line, not a menu entry
    const sentence = n >= SENTENCE_MIN_WORDS && /[.!?…"”»)]$/.test(text);
    if (n <= LINK_BLOCK_MAX_WORDS && !sentence && linkDensity(el) > LINK_DENSITY_LIMIT) el.remove();
  }
}

/** A dateline is short: "5 September 2023", "Nov. 20, 2019 1:35 a.m.". */
const DATELINE_MAX_WORDS = 8;
/** What a dateline is made of: dates, times, weekdays, zones and a leading verb ("Updated"); nothing else. */
const DATELINE_WORDS = /^(on|le|el|am|il|at|updated|published|posted|(jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|a\.?m\.?|p\.?m\.?|[a-z]{2,4}t|gmt|utc|\d{1,4}(st|nd|rd|th)?|\d{1,2}[:.]\d{2}([:.]\d{2})?)$/i;

function isDateline(paragraph: string): boolean {
  const tokens = paragraph.split(/[\s,|/·•-]+/).map((t) => t.replace(/^[([]|[)\].;:]$/g, '')).filter(Boolean);
  if (tokens.length === 0 || tokens.length > DATELINE_MAX_WORDS) return false;
  return tokens.every((t) => DATELINE_WORDS.test(t)) && normaliseDate(paragraph.replace(/^(on|le|el|am|il|updated|published|posted)\s+/i, '')) !== undefined;
}

/** Paragraph filter after extraction: drops captions, credits, datelines, widget labels and a repeat of the headline. */
export function cleanParagraphs(paragraphs: string[], title?: string): string[] {
  const headline = title?.replace(/\s+/g, ' ').trim().toLowerCase();
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    // lines broken by <br> are judged one by one: "Read also: ..." may share a block with the story's first line
    const lines = paragraph.split('\n').filter((line) => !isBoilerplateParagraph(line) && !isDateline(line));
    if (lines.length === 0) continue;
    const text = lines.join('\n');
    // the headline repeated as the first line of the body is the title, not text
    if (kept.length === 0 && headline && text.replace(/\s+/g, ' ').trim().toLowerCase() === headline) continue;
    kept.push(text);
  }
  return kept;
}

/** Readability on the (already cleaned) document; null when it finds no article. */
export function readabilityText(doc: Document, cleanUp = true): string[] | null {
  const result = new Readability<Node>(doc, { serializer: (node: Node) => node }).parse();
  const root = result?.content as Element | null | undefined;
  if (!root) return null;
  if (cleanUp) removeLinkBlocks(root);
  return renderParagraphs(root);
}

/** Readability alone, none of our clean-up or fallbacks: the baseline `tidings eval extract --mode readability` scores. */
export function readabilityOnly(doc: Document): MainText {
  const paragraphs = readabilityText(doc, false);
  return paragraphs?.length ? { paragraphs, method: 'readability' } : { paragraphs: [], method: 'none' };
}

/** Readability's answer below this many characters is a miss (a teaser or a caption), worth a second opinion. */
const MIN_ARTICLE_CHARS = 250;

/**
 * The fallback extractor: the container with the most unlinked text in its own paragraphs (text density), for pages
 * where Readability finds nothing (text in bare <div>s, <td>s or <br>-separated runs).
 */
export function densityText(doc: Document): string[] {
  const body = doc.body;
  if (!body) return [];
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of Array.from(body.querySelectorAll('article, main, section, div, td, blockquote'))) {
    let own = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) own += (child.textContent ?? '').trim().length;
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (tag === 'P' || tag === 'SPAN' || tag === 'FONT' || tag === 'B' || tag === 'I' || tag === 'EM' || tag === 'STRONG') {
          const text = (child.textContent ?? '').trim().length;
          own += text * (1 - linkDensity(child as Element));
        }
      }
    }
    if (own > bestScore) {
      bestScore = own;
      best = el;
    }
  }
  if (!best) return [];
  removeLinkBlocks(best);
  return renderParagraphs(best);
}

function chars(paragraphs: string[] | null): number {
  return (paragraphs ?? []).reduce((n, p) => n + p.length, 0);
}

/**
 * The article's paragraphs from a parsed page (`doc` is modified). Readability first; when it finds nothing or only
 * a scrap, the text-density extractor on a fresh copy of the page (`reparse`), if that finds more.
 */
export function extractMainText(doc: Document, title?: string, reparse?: () => Document): MainText {
  removeBoilerplate(doc);
  const readable = readabilityText(doc);
  if (chars(readable) >= MIN_ARTICLE_CHARS || !reparse) {
    return readable?.length ? { paragraphs: cleanParagraphs(readable, title), method: 'readability' } : { paragraphs: [], method: 'none' };
  }
  const fresh = reparse();
  removeBoilerplate(fresh);
  const dense = densityText(fresh);
  if (chars(dense) > chars(readable)) return { paragraphs: cleanParagraphs(dense, title), method: 'density' };
  return readable?.length ? { paragraphs: cleanParagraphs(readable, title), method: 'readability' } : { paragraphs: [], method: 'none' };
}
