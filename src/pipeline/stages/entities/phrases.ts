import { tokenizeOffsets } from '../segment/tokenize.js';

/** One phrase to find in token sequences. */
export interface Phrase<T> {
  /** tokens as the segmenter splits them; lower case unless `exactCase` */
  tokens: string[];
  exactCase: boolean;
  payload: T;
}

/** Splits a phrase the way the segmenter splits text ("People's" → "People", "'s"). */
export function phraseTokens(form: string): string[] {
  return tokenizeOffsets(form).map((t) => form.slice(t.start, t.end));
}

/**
 * Longest-match phrase lookup over token arrays: phrases indexed by their first token (lower case), so one lookup per
 * position and a short list to compare. Built once per stage.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  add(form: string, payload: T, exactCase: boolean): void {
    const raw = phraseTokens(form);
    if (raw.length === 0) return;
    const tokens = exactCase ? raw : raw.map((t) => t.toLowerCase());
    const first = raw[0].toLowerCase();
    const list = this.byFirst.get(first) ?? [];
    if (list.some((p) => p.exactCase === exactCase && p.tokens.join(' ') === tokens.join(' '))) return;
    list.push({ tokens, exactCase, payload });
    // longest first, so the first hit is the longest match
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(first, list);
  }

  /** The longest phrase starting at token `i`, or null. `lower` and `text` are the doc's token views. */
  matchAt(lower: string[], text: string[], i: number, limit = lower.length): { phrase: Phrase<T>; end: number } | null {
    const list = this.byFirst.get(lower[i]);
    if (!list) return null;
    for (const p of list) {
      const n = p.tokens.length;
      if (i + n > limit) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = p.exactCase ? text[i + k] === p.tokens[k] : lower[i + k] === p.tokens[k];
      if (ok) return { phrase: p, end: i + n };
    }
    return null;
  }
}
