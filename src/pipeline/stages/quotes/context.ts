import type { Doc, Token } from '../../../model/doc.js';
import type { QuotesLanguage } from '../../../lang/types.js';
import type { Span } from '../../../model/span.js';
import { hasLetterOrDigit } from '../../../model/token-chars.js';
import { findQuotations, type Quotation } from './marks.js';

const CAPITAL = /^\p{Lu}/u;

/** Does the token start with a capital letter (ASCII by code, other text by CAPITAL)? */
function startsCapital(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(t);
}

/** Token-level view of a Doc the quote rules read: lower-case forms, sentence and paragraph bounds, quotations. */
export class QuoteContext {
  /** the quotes section of the document's language pack */
  readonly lang: QuotesLanguage;
  readonly tokens: Token[];
  readonly lower: readonly string[];
  /** token index -> 1 when it holds a letter or digit / starts with a capital letter */
  private readonly word: Uint8Array;
  private readonly capital: Uint8Array;
  /** token index -> index of the first token of its sentence / one past its last */
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** token index -> one past the last token of its paragraph */
  readonly paraEnd: Int32Array;
  readonly paraStart: Int32Array;
  readonly paragraphOf: Int32Array;
  readonly quotations: Quotation[];
  /** token index -> index into `quotations` of the quotation holding it, or -1 */
  readonly quotationOf: Int32Array;
  /** token ranges [first, end) of each quotation */
  readonly quotationTokens: Array<[number, number]>;

  constructor(readonly doc: Doc) {
    this.lang = doc.pack.quotes;
    this.tokens = doc.tokens;
    const n = this.tokens.length;
    this.lower = doc.lowerTokens();
    this.word = new Uint8Array(n);
    this.capital = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const t = this.tokens[i].text;
      const lower = this.lower[i];
      this.word[i] = hasLetterOrDigit(t) ? 1 : 0;
      this.capital[i] = lower !== t && startsCapital(t) ? 1 : 0;
    }
    this.sentStart = new Int32Array(n);
    this.sentEnd = new Int32Array(n);
    this.paraStart = new Int32Array(n);
    this.paraEnd = new Int32Array(n);
    this.paragraphOf = new Int32Array(n);
    const paragraphs: Span[] = [];
    const paraTokens: Array<[number, number]> = [];
    let lastEnd = 0;
    for (const s of doc.sentences) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        this.sentStart[i] = s.tokenStart;
        this.sentEnd[i] = s.tokenEnd;
      }
      const last = paragraphs.length - 1;
      // a line is a paragraph here: the multi-paragraph quotation convention works line by line
      const sameLine = last >= 0 && !doc.text.slice(lastEnd, s.start).includes('\n');
      lastEnd = s.end;
      if (sameLine) {
        paragraphs[last].end = s.end;
        paraTokens[last][1] = s.tokenEnd;
      } else {
        paragraphs.push({ start: s.start, end: s.end });
        paraTokens.push([s.tokenStart, s.tokenEnd]);
      }
    }
    paraTokens.forEach(([a, b], p) => {
      for (let i = a; i < b; i++) {
        this.paraStart[i] = a;
        this.paraEnd[i] = b;
        this.paragraphOf[i] = p;
      }
    });
    this.quotations = findQuotations(doc.text, paragraphs, this.lang);
    this.quotationOf = new Int32Array(n).fill(-1);
    this.quotationTokens = this.quotations.map((q, qi) => {
      const first = this.tokenAtOrAfter(q.start);
      let end = first;
      while (end < n && this.tokens[end].start < q.end) {
        if (this.quotationOf[end] < 0) this.quotationOf[end] = qi;
        end++;
      }
      return [first, end];
    });
  }

  /** Index of the first token starting at or after `offset`. */
  tokenAtOrAfter(offset: number): number {
    const t = this.doc.tokenAt(offset);
    return t < this.tokens.length && this.tokens[t].start < offset ? t + 1 : t;
  }

  isWord(i: number): boolean {
    return this.word[i] === 1;
  }

  isCapitalised(i: number): boolean {
    return this.capital[i] === 1;
  }

  /** Character span of tokens [first, end). */
  span(first: number, end: number): Span {
    return { start: this.tokens[first].start, end: this.tokens[end - 1].end };
  }

  /** True when token `i` is a quotation mark (straight, curly, doubled single). */
  isQuoteMark(i: number): boolean {
    return /^(?:["“”„«»]|''|``|‘‘|’’)$/.test(this.tokens[i].text);
  }
}
