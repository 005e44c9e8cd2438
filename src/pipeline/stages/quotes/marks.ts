import type { QuotesLanguage } from '../../../lang/types.js';
import type { Span } from '../../../model/span.js';

/** A quotation found by its marks: outer span (marks included) and the pieces it covers, one per paragraph. */
export interface Quotation {
  start: number;
  end: number;
  /** one span per paragraph the quotation runs over, each with its own marks */
  parts: Span[];
  /** inner text between the marks, without them */
  inner: string;
  /** true when no closing mark was found before the end of the paragraph run */
  unclosed: boolean;
}

/** Characters that may be (part of) a double quotation mark. */
const MARK = /["“”„«»'`‘’]/g;
const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const STRAIGHT = '"';

/**
 * Finds top-level double quotations (curly, straight, doubled single marks) paragraph by paragraph, then single
 * curly quotations where no double ones enclose them. A paragraph ending inside an open quotation continues it when
 * the next paragraph opens with a mark (the news convention for quotes that run over paragraphs). `lang` tells a
 * plural's possessive apostrophe from a closing single mark.
 */
export function findQuotations(text: string, paragraphs: Span[], lang: QuotesLanguage): Quotation[] {
  const quotes: Quotation[] = [];
  let open: { start: number; parts: Span[]; partStart: number } | null = null;
  const marks: number[] = [];
  for (const m of text.matchAll(MARK)) marks.push(m.index);
  let markAt = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let i = para.start;
    if (open) {
      const first = firstMarkAt(text, para.start, para.end);
      if (first) {
        // the continuing paragraph's own opening mark
        open.partStart = para.start;
        i = para.start + first;
      } else {
        // no mark at the paragraph start: the previous quotation was simply never closed
        quotes.push(finish(text, open, open.parts.at(-1)!.end, true));
        open = null;
      }
    }
    while (i < para.end) {
      // jump to the next character that can be a mark
      while (markAt < marks.length && marks[markAt] < i) markAt++;
      if (markAt >= marks.length || marks[markAt] >= para.end) break;
      i = marks[markAt];
      // "''…, 'a special case,'''": an inner single mark closes right before the double one
      if (open && text[i] === "'" && text[i + 1] === "'" && text[i + 2] === "'") i++;
      const c = text[i];
      const doubled = (c === "'" || c === '`' || c === '‘' || c === '’') && text[i + 1] === c;
      const width = doubled ? 2 : 1;
      // a closing mark that opens a paragraph is a misprinted opening one ("”Fear. I am afraid.”")
      const isOpen = DOUBLE_OPEN.has(c) || (doubled && (c === '`' || c === '‘')) || (c === '”' && i === para.start && !open);
      const isClose = DOUBLE_CLOSE.has(c) || (doubled && (c === '’'));
      const isStraight = c === STRAIGHT || (doubled && c === "'");
      if (open && (isClose || isStraight)) {
        open.parts.push({ start: open.partStart, end: i + width });
        quotes.push(finish(text, open, i + width, false));
        open = null;
      } else if (!open && (isOpen || isStraight)) {
        open = { start: i, parts: [], partStart: i };
      }
      i += width;
    }
    if (open) {
      const next = paragraphs[p + 1];
      const continues = next && firstMarkAt(text, next.start, next.end) > 0;
      if (continues) open.parts.push({ start: open.partStart, end: para.end });
      else {
        open.parts.push({ start: open.partStart, end: para.end });
        quotes.push(finish(text, open, para.end, true));
        open = null;
      }
    }
  }
  if (open) quotes.push(finish(text, open, open.parts.at(-1)?.end ?? text.length, true));
  return addSingleQuotations(text, paragraphs, quotes, lang.pluralPossessiveLetter);
}

/** Width of the opening double mark at the start of a paragraph, or 0. */
function firstMarkAt(text: string, start: number, end: number): number {
  const c = text[start];
  if (start >= end) return 0;
  if (DOUBLE_OPEN.has(c) || c === STRAIGHT || c === '”') return 1;
  if ((c === "'" || c === '`' || c === '‘') && text[start + 1] === c) return 2;
  return 0;
}

function finish(text: string, open: { start: number; parts: Span[] }, end: number, unclosed: boolean): Quotation {
  const parts = open.parts.length ? open.parts : [{ start: open.start, end }];
  const inner = parts.map((s) => text.slice(s.start, s.end).replace(/^(?:''|``|‘‘|[“„«"”])/, '').replace(/(?:''|’’|[”»"])$/, '')).join('\n');
  return { start: open.start, end, parts, inner, unclosed };
}

/**
 * Single curly quotations (‘…’) outside double ones: an opening ‘ after a space or start, closed by the first ’ that
 * is followed by a non-letter and is not the plural possessive of a word ending in s.
 */
function addSingleQuotations(text: string, paragraphs: Span[], quotes: Quotation[], pluralLetter: string): Quotation[] {
  const inside = (pos: number) => quotes.some((q) => pos >= q.start && pos < q.end);
  const singles: Quotation[] = [];
  if (!text.includes('‘')) return quotes;
  for (const para of paragraphs) {
    for (let i = text.indexOf('‘', para.start); i >= 0 && i < para.end; i = text.indexOf('‘', i + 1)) {
      if (text[i + 1] === '‘' || inside(i)) continue;
      if (i > para.start && /[\p{L}\p{N}]/u.test(text[i - 1])) continue;
      if (!/\p{L}|\p{N}/u.test(text[i + 1] ?? '')) continue;
      for (let j = i + 2; j < para.end; j++) {
        if (text[j] === '‘') break;
        if (text[j] !== '’') continue;
        const after = text[j + 1] ?? ' ';
        if (/\p{L}/u.test(after)) continue;
        // "voters’ concerns": a possessive s’ followed by a lower-case word is an apostrophe, not a closing mark
        if (text[j - 1] === pluralLetter && after === ' ' && /^ \p{Ll}/u.test(text.slice(j + 1, j + 3)) && !/[.,!?]/.test(text[j - 1])) continue;
        singles.push({ start: i, end: j + 1, parts: [{ start: i, end: j + 1 }], inner: text.slice(i + 1, j), unclosed: false });
        i = j;
        break;
      }
    }
  }
  return [...quotes, ...singles].sort((a, b) => a.start - b.start);
}
