import type { Token } from '../../../model/doc.js';

/**
 * How our tokens become the treebank's syntactic words. The segmenter already splits clitics ("do" + "n't",
 * "John" + "'s") and keeps "U.S." whole, as UD English does; the rest is learned from the treebank's train split:
 * which hyphenated words stay whole ("e-mail", "co-workers") and which contractions are written as several words
 * ("cannot" → can + not, "gonna" → gon + na). Runs of stops, dashes and marks ("...", "--", "?!") are one word.
 */
export interface WordRules {
  /** lower-cased first parts of hyphenated words the treebank keeps whole ("e", "co", "non"); "#" for digit runs */
  hyphenWhole: string[];
  /** lower-cased surface token → lengths of the words it is written as */
  splits: Record<string, number[]>;
}

export interface CompiledWordRules {
  hyphenWhole: Set<string>;
  splits: Map<string, number[]>;
}

export function compileWordRules(rules: WordRules): CompiledWordRules {
  return { hyphenWhole: new Set(rules.hyphenWhole), splits: new Map(Object.entries(rules.splits)) };
}

/** Words of a token run, as offsets, with the token each word lies in. Filled in place; buffers grow as needed. */
export class WordSpans {
  count = 0;
  start: Int32Array = new Int32Array(256);
  end: Int32Array = new Int32Array(256);
  /** the token each word lies in (the first token, for a word made of a run of punctuation tokens) */
  token: Int32Array = new Int32Array(256);

  reset(): void {
    this.count = 0;
  }

  push(start: number, end: number, token: number): void {
    if (this.count === this.start.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = grow(this.start);
      this.end = grow(this.end);
      this.token = grow(this.token);
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.token[this.count++] = token;
  }
}

/** Marks whose attached runs are one word ("...", "--", "!!", "?!"). */
function isRunMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 45 || c === 42; // . ! ? - *
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Appends to `out` the words of tokens [from, to) of `tokens` (one sentence). Every word lies inside one token, or
 * covers an attached run of single-mark tokens.
 */
export function tokensToWords(text: string, tokens: Token[], from: number, to: number, rules: CompiledWordRules, out: WordSpans): void {
  for (let t = from; t < to; t++) {
    const tok = tokens[t];
    const len = tok.end - tok.start;
    if (len === 1 && isRunMark(text.charCodeAt(tok.start))) {
      let last = t;
      while (last + 1 < to && tokens[last + 1].start === tokens[last].end && tokens[last + 1].end - tokens[last + 1].start === 1 && isRunMark(text.charCodeAt(tokens[last + 1].start))) last++;
      out.push(tok.start, tokens[last].end, t);
      t = last;
      continue;
    }
    if (len > 2) {
      const split = rules.splits.get(tok.text.toLowerCase());
      if (split) {
        let at = tok.start;
        for (const n of split) {
          out.push(at, at + n, t);
          at += n;
        }
        continue;
      }
      if (tok.text.indexOf('-') > 0) {
        splitHyphens(text, tok.start, tok.end, t, rules, out);
        continue;
      }
    }
    out.push(tok.start, tok.end, t);
  }
}

/** "15-year-old" → 15 - year - old, except parts the treebank writes whole ("e-mail", "713-853-3989"). */
function splitHyphens(text: string, start: number, end: number, token: number, rules: CompiledWordRules, out: WordSpans): void {
  let partStart = start;
  for (let i = start + 1; i < end - 1; i++) {
    if (text.charCodeAt(i) !== 45 || !isAlnum(text.charCodeAt(i - 1)) || !isAlnum(text.charCodeAt(i + 1))) continue;
    if (rules.hyphenWhole.has(hyphenKey(text, partStart, i, i + 1, end))) continue;
    out.push(partStart, i, token);
    out.push(i, i + 1, token);
    partStart = i + 1;
  }
  out.push(partStart, end, token);
}

/** The key a hyphen is looked up by: "#" between digits, else the lower-cased part before it. */
export function hyphenKey(text: string, partStart: number, hyphen: number, nextStart: number, end: number): string {
  if (isDigit(text.charCodeAt(hyphen - 1)) && isDigit(text.charCodeAt(nextStart)) && /^\d/.test(text.slice(partStart, end))) return '#';
  return text.slice(partStart, hyphen).toLowerCase();
}
