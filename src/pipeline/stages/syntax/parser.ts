import { hashString, mix } from '../ner/hash.js';
import { NONE, type SentenceBuffer } from './sentence.js';
import type { WeightTable } from './tagger.js';

/**
 * Greedy arc-hybrid transition parser (Kuhlmann et al. 2011) with the root at the end of the buffer (Ballesteros &
 * Nivre 2013), so the root word is chosen last and exactly once. Unlabelled: relations come from the labeller.
 * Transitions: SHIFT moves b0 to the stack; LEFT makes b0 the head of s0 and pops s0; RIGHT makes s1 the head of s0
 * and pops s0.
 */
export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const TRANSITIONS = 3;

/** Hash standing for the root pseudo-word at the end of the buffer. */
const ROOT_WORD = hashString('<root>') | 0;
/** Tag value of the root pseudo-word (tags are 1-based; 0 means no word). */
const ROOT_TAG = 255;

/** Feature templates; a key is mix(template, values...). Append only: ids are baked into the model. */
const enum F {
  S0W = 1, S0T, S0WT, S1W, S1T, S1WT, B0W, B0T, B0WT, B1W, B1T, S2T, B2T,
  S0LT, S0LW, S0RT, S0RW, S1LT, S1RT, B0LT, B0LW,
  S0WT_B0WT, S0W_B0W, S0T_B0T, S0WT_B0T, S0T_B0WT,
  S1T_S0T, S1W_S0W, S1WT_S0T, S1T_S0WT,
  B0T_B1T, B0T_B1T_B2T, S0T_B0T_B1T, S1T_S0T_B0T, S2T_S1T_S0T,
  S0T_S0LT_B0T, S0T_S0RT_B0T, S0T_B0T_B0LT, S1T_S1RT_S0T, S1T_S0T_S0RT, S1T_S0T_S0LT,
  DIST_S0T_B0T, DIST_S0W, DIST_B0W, DIST_S1T_S0T,
  S0T_NL, S0T_NR, B0T_NL, S1T_NR, S0W_NL, S0W_NR,
  S0T_S0LT_S0L2T, S0T_S0RT_S0R2T, B0T_B0LT_B0L2T, S1T_S1LT_S1RT,
}

/** Most features a parser state has. */
export const PARSER_FEATURES = 56;

/** Distances above this share one value (Zhang & Nivre 2011 use raw distance; long ones are rare). */
const MAX_DISTANCE = 5;

/** The parser's configuration over one sentence, reused across sentences. */
export class ParserState {
  n = 0;
  stack = new Int32Array(128);
  sp = 0;
  /** first word of the buffer; n is the root pseudo-word */
  b = 0;
  heads = new Int32Array(128);
  l1 = new Int32Array(128);
  l2 = new Int32Array(128);
  r1 = new Int32Array(128);
  r2 = new Int32Array(128);
  nl = new Int32Array(128);
  nr = new Int32Array(128);

  reset(n: number): void {
    if (n + 1 > this.stack.length) {
      let size = this.stack.length;
      while (size < n + 1) size *= 2;
      for (const k of ['stack', 'heads', 'l1', 'l2', 'r1', 'r2', 'nl', 'nr'] as const) this[k] = new Int32Array(size);
    }
    this.n = n;
    this.sp = 0;
    this.b = 0;
    this.heads.fill(-1, 0, n + 1);
    this.l1.fill(-1, 0, n + 1);
    this.l2.fill(-1, 0, n + 1);
    this.r1.fill(-1, 0, n + 1);
    this.r2.fill(-1, 0, n + 1);
    this.nl.fill(0, 0, n + 1);
    this.nr.fill(0, 0, n + 1);
  }

  terminal(): boolean {
    return this.sp === 0 && this.b === this.n;
  }

  valid(t: number): boolean {
    if (t === SHIFT) return this.b < this.n;
    if (t === LEFT) return this.sp >= 1 && (this.b < this.n || this.sp === 1);
    return this.sp >= 2;
  }

  apply(t: number): void {
    if (t === SHIFT) this.stack[this.sp++] = this.b++;
    else if (t === LEFT) this.arc(this.b, this.stack[--this.sp]);
    else {
      const d = this.stack[--this.sp];
      this.arc(this.stack[this.sp - 1], d);
    }
  }

  private arc(h: number, d: number): void {
    this.heads[d] = h;
    if (d < h) {
      this.nl[h]++;
      if (this.l1[h] < 0 || d < this.l1[h]) {
        this.l2[h] = this.l1[h];
        this.l1[h] = d;
      } else if (this.l2[h] < 0 || d < this.l2[h]) this.l2[h] = d;
    } else {
      this.nr[h]++;
      if (this.r1[h] < 0 || d > this.r1[h]) {
        this.r2[h] = this.r1[h];
        this.r1[h] = d;
      } else if (this.r2[h] < 0 || d > this.r2[h]) this.r2[h] = d;
    }
  }

  /**
   * Dynamic-oracle cost of transition t (Goldberg & Nivre 2013): how many gold arcs it makes unreachable, given gold
   * heads `gold` (the root word's head is n). Assumes a projective gold tree.
   */
  cost(t: number, gold: Int32Array): number {
    const { stack, sp, b, n } = this;
    let c = 0;
    if (t === SHIFT) {
      // b0 can no longer take a head from the stack below s0, nor any stack word as a dependent
      const g = gold[b];
      for (let k = 0; k < sp; k++) {
        const w = stack[k];
        if (k < sp - 1 && g === w) c++;
        if (gold[w] === b) c++;
      }
      return c;
    }
    const s0 = stack[sp - 1];
    const g = gold[s0];
    if (t === LEFT) {
      // s0 can no longer take its head from s1 or the buffer after b0, nor dependents from the buffer
      if ((sp >= 2 && g === stack[sp - 2]) || g > b) c++;
    } else if (g >= b) c++; // RIGHT: s0 can no longer take its head from the buffer
    for (let k = b; k < n; k++) if (gold[k] === s0) c++;
    return c;
  }
}

/** Word hash at position i (NONE outside the sentence, ROOT_WORD for the root pseudo-word n). */
function wordAt(s: SentenceBuffer, n: number, i: number): number {
  return i < 0 ? NONE : i === n ? ROOT_WORD : s.lower[i];
}

/** Tag at position i (0 outside the sentence, ROOT_TAG for the root pseudo-word n). */
function tagAt(s: SentenceBuffer, n: number, i: number): number {
  return i < 0 ? 0 : i === n ? ROOT_TAG : s.tag[i];
}

function dist(a: number, b: number): number {
  const d = b - a;
  return d > MAX_DISTANCE ? MAX_DISTANCE : d;
}

/** Writes the keys of the state's features; returns how many. */
export function parserFeatures(s: SentenceBuffer, st: ParserState, keys: Int32Array): number {
  const { stack, sp, b, n } = st;
  const s0 = sp > 0 ? stack[sp - 1] : -1;
  const s1 = sp > 1 ? stack[sp - 2] : -1;
  const s2 = sp > 2 ? stack[sp - 3] : -1;
  const b1 = b + 1 < n ? b + 1 : -1;
  const b2 = b + 2 < n ? b + 2 : -1;
  const s0w = wordAt(s, n, s0), s0t = tagAt(s, n, s0), s1w = wordAt(s, n, s1), s1t = tagAt(s, n, s1), b0w = wordAt(s, n, b), b0t = tagAt(s, n, b);
  const b1t = tagAt(s, n, b1), b2t = tagAt(s, n, b2), s2t = tagAt(s, n, s2);
  const s0L = s0 >= 0 ? st.l1[s0] : -1, s0R = s0 >= 0 ? st.r1[s0] : -1;
  const s1L = s1 >= 0 ? st.l1[s1] : -1, s1R = s1 >= 0 ? st.r1[s1] : -1;
  const b0L = st.l1[b];
  const s0Lt = tagAt(s, n, s0L), s0Rt = tagAt(s, n, s0R), s1Lt = tagAt(s, n, s1L), s1Rt = tagAt(s, n, s1R), b0Lt = tagAt(s, n, b0L);
  const s0wt = mix(s0w, s0t), s1wt = mix(s1w, s1t), b0wt = mix(b0w, b0t);
  const d0 = s0 >= 0 ? dist(s0, b) : -1;
  const d1 = s1 >= 0 ? dist(s1, s0) : -1;
  const s0nl = s0 >= 0 ? st.nl[s0] : -1, s0nr = s0 >= 0 ? st.nr[s0] : -1;
  let k = 0;
  keys[k++] = mix(F.S0W, s0w);
  keys[k++] = mix(F.S0T, s0t);
  keys[k++] = mix(F.S0WT, s0wt);
  keys[k++] = mix(F.S1W, s1w);
  keys[k++] = mix(F.S1T, s1t);
  keys[k++] = mix(F.S1WT, s1wt);
  keys[k++] = mix(F.B0W, b0w);
  keys[k++] = mix(F.B0T, b0t);
  keys[k++] = mix(F.B0WT, b0wt);
  keys[k++] = mix(F.B1W, wordAt(s, n, b1));
  keys[k++] = mix(F.B1T, b1t);
  keys[k++] = mix(F.S2T, s2t);
  keys[k++] = mix(F.B2T, b2t);
  keys[k++] = mix(F.S0LT, s0Lt);
  keys[k++] = mix(F.S0LW, wordAt(s, n, s0L));
  keys[k++] = mix(F.S0RT, s0Rt);
  keys[k++] = mix(F.S0RW, wordAt(s, n, s0R));
  keys[k++] = mix(F.S1LT, s1Lt);
  keys[k++] = mix(F.S1RT, s1Rt);
  keys[k++] = mix(F.B0LT, b0Lt);
  keys[k++] = mix(F.B0LW, wordAt(s, n, b0L));
  keys[k++] = mix(mix(F.S0WT_B0WT, s0wt), b0wt);
  keys[k++] = mix(mix(F.S0W_B0W, s0w), b0w);
  keys[k++] = mix(F.S0T_B0T, s0t * 256 + b0t);
  keys[k++] = mix(mix(F.S0WT_B0T, s0wt), b0t);
  keys[k++] = mix(mix(F.S0T_B0WT, b0wt), s0t);
  keys[k++] = mix(F.S1T_S0T, s1t * 256 + s0t);
  keys[k++] = mix(mix(F.S1W_S0W, s1w), s0w);
  keys[k++] = mix(mix(F.S1WT_S0T, s1wt), s0t);
  keys[k++] = mix(mix(F.S1T_S0WT, s0wt), s1t);
  keys[k++] = mix(F.B0T_B1T, b0t * 256 + b1t);
  keys[k++] = mix(F.B0T_B1T_B2T, (b0t * 256 + b1t) * 256 + b2t);
  keys[k++] = mix(F.S0T_B0T_B1T, (s0t * 256 + b0t) * 256 + b1t);
  keys[k++] = mix(F.S1T_S0T_B0T, (s1t * 256 + s0t) * 256 + b0t);
  keys[k++] = mix(F.S2T_S1T_S0T, (s2t * 256 + s1t) * 256 + s0t);
  keys[k++] = mix(F.S0T_S0LT_B0T, (s0t * 256 + s0Lt) * 256 + b0t);
  keys[k++] = mix(F.S0T_S0RT_B0T, (s0t * 256 + s0Rt) * 256 + b0t);
  keys[k++] = mix(F.S0T_B0T_B0LT, (s0t * 256 + b0t) * 256 + b0Lt);
  keys[k++] = mix(F.S1T_S1RT_S0T, (s1t * 256 + s1Rt) * 256 + s0t);
  keys[k++] = mix(F.S1T_S0T_S0RT, (s1t * 256 + s0t) * 256 + s0Rt);
  keys[k++] = mix(F.S1T_S0T_S0LT, (s1t * 256 + s0t) * 256 + s0Lt);
  keys[k++] = mix(F.DIST_S0T_B0T, ((d0 + 1) * 256 + s0t) * 256 + b0t);
  keys[k++] = mix(mix(F.DIST_S0W, s0w), d0);
  keys[k++] = mix(mix(F.DIST_B0W, b0w), d0);
  keys[k++] = mix(F.DIST_S1T_S0T, ((d1 + 1) * 256 + s1t) * 256 + s0t);
  keys[k++] = mix(F.S0T_NL, s0t * 256 + s0nl + 1);
  keys[k++] = mix(F.S0T_NR, s0t * 256 + s0nr + 1);
  keys[k++] = mix(F.B0T_NL, b0t * 256 + st.nl[b]);
  keys[k++] = mix(F.S1T_NR, s1t * 256 + (s1 >= 0 ? st.nr[s1] : -1) + 1);
  keys[k++] = mix(mix(F.S0W_NL, s0w), s0nl);
  keys[k++] = mix(mix(F.S0W_NR, s0w), s0nr);
  keys[k++] = mix(F.S0T_S0LT_S0L2T, (s0t * 256 + s0Lt) * 256 + tagAt(s, n, s0 >= 0 ? st.l2[s0] : -1));
  keys[k++] = mix(F.S0T_S0RT_S0R2T, (s0t * 256 + s0Rt) * 256 + tagAt(s, n, s0 >= 0 ? st.r2[s0] : -1));
  keys[k++] = mix(F.B0T_B0LT_B0L2T, (b0t * 256 + b0Lt) * 256 + tagAt(s, n, st.l2[b]));
  keys[k++] = mix(F.S1T_S1LT_S1RT, (s1t * 256 + s1Lt) * 256 + s1Rt);
  return k;
}

/** Parses the sentence greedily: fills s.head[0..n) (-1 for the root word). */
export function parseSentence(s: SentenceBuffer, st: ParserState, weights: WeightTable, keys: Int32Array, scores: Float64Array): void {
  const n = s.n;
  st.reset(n);
  while (!st.terminal()) {
    const count = parserFeatures(s, st, keys);
    scores[0] = scores[1] = scores[2] = 0;
    for (let f = 0; f < count; f++) weights.add(keys[f], scores);
    let best = -1;
    for (let t = 0; t < TRANSITIONS; t++) if (st.valid(t) && (best < 0 || scores[t] > scores[best])) best = t;
    st.apply(best);
  }
  for (let i = 0; i < n; i++) s.head[i] = st.heads[i] === n ? -1 : st.heads[i];
}
