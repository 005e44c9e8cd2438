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
  S0SUF, S0SHAPE, S1SUF, B0SUF, B0SHAPE, B1SUF,
}

/** Most features a parser state has. */
export const PARSER_FEATURES = 58;

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

/** Roles a single word plays in a state; the features of a role depend on that word alone. */
const ROLES = 11;
const S0 = 0, S1 = 1, S2 = 2, B0 = 3, B1 = 4, B2 = 5, S0L = 6, S0R = 7, S1L = 8, S1R = 9, B0L = 10;
/**
 * Per role: the templates of its word, its tag, word × tag, suffix × tag and shape (0: none). Suffixes and shapes
 * carry what an unseen word's form says; being cached per word and role, they cost nothing per transition.
 */
const ROLE_TEMPLATE_COUNT = 5;
const ROLE_TEMPLATES = new Int32Array([
  F.S0W, F.S0T, F.S0WT, F.S0SUF, F.S0SHAPE,
  F.S1W, F.S1T, F.S1WT, F.S1SUF, 0,
  0, F.S2T, 0, 0, 0,
  F.B0W, F.B0T, F.B0WT, F.B0SUF, F.B0SHAPE,
  F.B1W, F.B1T, 0, F.B1SUF, 0,
  0, F.B2T, 0, 0, 0,
  F.S0LW, F.S0LT, 0, 0, 0,
  F.S0RW, F.S0RT, 0, 0, 0,
  0, F.S1LT, 0, 0, 0,
  0, F.S1RT, 0, 0, 0,
  F.B0LW, F.B0LT, 0, 0, 0,
]);

/** The word at each role of the state (-1: none; n: the root pseudo-word). */
function rolePositions(st: ParserState, out: Int32Array): void {
  const { stack, sp, b, n } = st;
  const s0 = sp > 0 ? stack[sp - 1] : -1;
  const s1 = sp > 1 ? stack[sp - 2] : -1;
  out[S0] = s0;
  out[S1] = s1;
  out[S2] = sp > 2 ? stack[sp - 3] : -1;
  out[B0] = b;
  out[B1] = b + 1 < n ? b + 1 : -1;
  out[B2] = b + 2 < n ? b + 2 : -1;
  out[S0L] = s0 >= 0 ? st.l1[s0] : -1;
  out[S0R] = s0 >= 0 ? st.r1[s0] : -1;
  out[S1L] = s1 >= 0 ? st.l1[s1] : -1;
  out[S1R] = s1 >= 0 ? st.r1[s1] : -1;
  out[B0L] = st.l1[b];
}

/** Writes the keys of role r's features for the word at i; returns the new key count. */
function roleKeys(s: SentenceBuffer, n: number, r: number, i: number, keys: Int32Array, k: number): number {
  const w = wordAt(s, n, i);
  const t = tagAt(s, n, i);
  const at = r * ROLE_TEMPLATE_COUNT;
  const tw = ROLE_TEMPLATES[at];
  const twt = ROLE_TEMPLATES[at + 2];
  const tsuf = ROLE_TEMPLATES[at + 3];
  const tshape = ROLE_TEMPLATES[at + 4];
  if (tw) keys[k++] = mix(tw, w);
  keys[k++] = mix(ROLE_TEMPLATES[at + 1], t);
  if (twt) keys[k++] = mix(twt, mix(w, t));
  const inside = i >= 0 && i < n;
  if (tsuf) keys[k++] = mix(mix(tsuf, inside ? s.suffix3[i] : w), t);
  if (tshape) keys[k++] = mix(tshape, inside ? s.shape[i] : w);
  return k;
}

/** The tags, distances and valencies the tag-only combined features read (20 small integers). */
const CONTEXT_SIZE = 20;
const C_S0T = 0, C_S1T = 1, C_S2T = 2, C_B0T = 3, C_B1T = 4, C_B2T = 5, C_S0LT = 6, C_S0RT = 7, C_S1LT = 8, C_S1RT = 9;
const C_B0LT = 10, C_S0L2T = 11, C_S0R2T = 12, C_B0L2T = 13, C_D0 = 14, C_D1 = 15, C_S0NL = 16, C_S0NR = 17, C_B0NL = 18, C_S1NR = 19;

function tagContext(s: SentenceBuffer, st: ParserState, c: Int32Array): void {
  const { stack, sp, b, n } = st;
  const s0 = sp > 0 ? stack[sp - 1] : -1;
  const s1 = sp > 1 ? stack[sp - 2] : -1;
  c[C_S0T] = tagAt(s, n, s0);
  c[C_S1T] = tagAt(s, n, s1);
  c[C_S2T] = tagAt(s, n, sp > 2 ? stack[sp - 3] : -1);
  c[C_B0T] = tagAt(s, n, b);
  c[C_B1T] = tagAt(s, n, b + 1 < n ? b + 1 : -1);
  c[C_B2T] = tagAt(s, n, b + 2 < n ? b + 2 : -1);
  c[C_S0LT] = tagAt(s, n, s0 >= 0 ? st.l1[s0] : -1);
  c[C_S0RT] = tagAt(s, n, s0 >= 0 ? st.r1[s0] : -1);
  c[C_S1LT] = tagAt(s, n, s1 >= 0 ? st.l1[s1] : -1);
  c[C_S1RT] = tagAt(s, n, s1 >= 0 ? st.r1[s1] : -1);
  c[C_B0LT] = tagAt(s, n, st.l1[b]);
  c[C_S0L2T] = tagAt(s, n, s0 >= 0 ? st.l2[s0] : -1);
  c[C_S0R2T] = tagAt(s, n, s0 >= 0 ? st.r2[s0] : -1);
  c[C_B0L2T] = tagAt(s, n, st.l2[b]);
  c[C_D0] = s0 >= 0 ? dist(s0, b) : -1;
  c[C_D1] = s1 >= 0 ? dist(s1, s0) : -1;
  c[C_S0NL] = s0 >= 0 ? st.nl[s0] : -1;
  c[C_S0NR] = s0 >= 0 ? st.nr[s0] : -1;
  c[C_B0NL] = st.nl[b];
  c[C_S1NR] = s1 >= 0 ? st.nr[s1] : -1;
}

/** Writes the keys of the tag-only combined features: pairs, triples, second children (14 tags); returns the new count. */
function tagPatternKeys(c: Int32Array, keys: Int32Array, k: number): number {
  const s0t = c[C_S0T], s1t = c[C_S1T], s2t = c[C_S2T], b0t = c[C_B0T], b1t = c[C_B1T], b2t = c[C_B2T];
  const s0Lt = c[C_S0LT], s0Rt = c[C_S0RT], s1Lt = c[C_S1LT], s1Rt = c[C_S1RT], b0Lt = c[C_B0LT];
  keys[k++] = mix(F.S0T_B0T, s0t * 256 + b0t);
  keys[k++] = mix(F.S1T_S0T, s1t * 256 + s0t);
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
  keys[k++] = mix(F.S0T_S0LT_S0L2T, (s0t * 256 + s0Lt) * 256 + c[C_S0L2T]);
  keys[k++] = mix(F.S0T_S0RT_S0R2T, (s0t * 256 + s0Rt) * 256 + c[C_S0R2T]);
  keys[k++] = mix(F.B0T_B0LT_B0L2T, (b0t * 256 + b0Lt) * 256 + c[C_B0L2T]);
  keys[k++] = mix(F.S1T_S1LT_S1RT, (s1t * 256 + s1Lt) * 256 + s1Rt);
  return k;
}

/** Writes the keys of the distance and valency features (with the tags of s0, s1, b0); returns the new count. */
function tagCountKeys(c: Int32Array, keys: Int32Array, k: number): number {
  const s0t = c[C_S0T], s1t = c[C_S1T], b0t = c[C_B0T];
  keys[k++] = mix(F.DIST_S0T_B0T, ((c[C_D0] + 1) * 256 + s0t) * 256 + b0t);
  keys[k++] = mix(F.DIST_S1T_S0T, ((c[C_D1] + 1) * 256 + s1t) * 256 + s0t);
  keys[k++] = mix(F.S0T_NL, s0t * 256 + c[C_S0NL] + 1);
  keys[k++] = mix(F.S0T_NR, s0t * 256 + c[C_S0NR] + 1);
  keys[k++] = mix(F.B0T_NL, b0t * 256 + c[C_B0NL]);
  keys[k++] = mix(F.S1T_NR, s1t * 256 + c[C_S1NR] + 1);
  return k;
}

/** The context values the cached group reads: the tags of s0, s1 and b0 with distances and valencies. */
const COUNT_VALUES = Int32Array.from([C_S0T, C_S1T, C_B0T, C_D0, C_D1, C_S0NL, C_S0NR, C_B0NL, C_S1NR]);

/** Int32 cells a GroupScoreCache slot takes: two key hashes, then the three transition scores. */
const GROUP_SLOT = 5;

/**
 * A direct-mapped cache of the three transition scores of a group of features, keyed by the context values the group
 * reads (two independent hashes must both match); parser states repeat their tag contexts across sentences. Scores are
 * sums of int16 weights, exact in an int32; a slot's 20 bytes sit together, so a look-up reads one cache line.
 */
class GroupScoreCache {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly part = new Float64Array(TRANSITIONS);

  constructor(
    bits: number,
    private readonly values: Int32Array,
    private readonly keysOf: (c: Int32Array, keys: Int32Array, k: number) => number,
  ) {
    this.slots = new Int32Array((1 << bits) * GROUP_SLOT);
    this.mask = (1 << bits) - 1;
  }

  clear(): void {
    this.slots.fill(0);
  }

  /** Adds the group's scores for context c to `scores`. */
  add(c: Int32Array, weights: WeightTable, keys: Int32Array, scores: Float64Array): void {
    const values = this.values;
    let a = 0x3c6ef372;
    let b = 0x1b873593;
    for (let i = 0; i < values.length; i++) {
      const v = c[values[i]];
      a = mix(a, v);
      b = Math.imul(b ^ (v + 7), 0x5bd1e995) ^ (b >>> 13);
    }
    // 0 marks an empty slot
    if (a === 0) a = 1;
    const at = (a & this.mask) * GROUP_SLOT;
    const slots = this.slots;
    if (slots[at] !== a || slots[at + 1] !== b) {
      const part = this.part;
      sumRows(weights, keys, this.keysOf(c, keys, 0), part);
      slots[at] = a;
      slots[at + 1] = b;
      slots[at + 2] = part[0];
      slots[at + 3] = part[1];
      slots[at + 4] = part[2];
    }
    scores[0] += slots[at + 2];
    scores[1] += slots[at + 3];
    scores[2] += slots[at + 4];
  }
}

/** Writes the keys of the combined features that read the words of s0 and b0 (word pairs, word × tag); returns the new count. */
function bufferPairKeys(s: SentenceBuffer, st: ParserState, keys: Int32Array, k: number): number {
  const { stack, sp, b, n } = st;
  const s0 = sp > 0 ? stack[sp - 1] : -1;
  const s0w = wordAt(s, n, s0), s0t = tagAt(s, n, s0), b0w = wordAt(s, n, b), b0t = tagAt(s, n, b);
  const s0wt = mix(s0w, s0t), b0wt = mix(b0w, b0t);
  keys[k++] = mix(mix(F.S0WT_B0WT, s0wt), b0wt);
  keys[k++] = mix(mix(F.S0W_B0W, s0w), b0w);
  keys[k++] = mix(mix(F.S0WT_B0T, s0wt), b0t);
  keys[k++] = mix(mix(F.S0T_B0WT, b0wt), s0t);
  return k;
}

/**
 * Writes the keys of the combined features that read the words of s1 and s0; returns the new count. A word's s1 is
 * the word below it on the stack, fixed while it is there, so these depend on s0 alone within a sentence.
 */
function stackPairKeys(s: SentenceBuffer, st: ParserState, keys: Int32Array, k: number): number {
  const { stack, sp, n } = st;
  const s0 = sp > 0 ? stack[sp - 1] : -1;
  const s1 = sp > 1 ? stack[sp - 2] : -1;
  const s0w = wordAt(s, n, s0), s0t = tagAt(s, n, s0), s1w = wordAt(s, n, s1), s1t = tagAt(s, n, s1);
  const s0wt = mix(s0w, s0t), s1wt = mix(s1w, s1t);
  keys[k++] = mix(mix(F.S1W_S0W, s1w), s0w);
  keys[k++] = mix(mix(F.S1WT_S0T, s1wt), s0t);
  keys[k++] = mix(mix(F.S1T_S0WT, s0wt), s1t);
  return k;
}

/** Writes the keys of every feature of the state (for training); returns how many. */
export function parserFeatures(s: SentenceBuffer, st: ParserState, keys: Int32Array): number {
  const pos = POSITIONS;
  rolePositions(st, pos);
  let k = 0;
  for (let r = 0; r < ROLES; r++) k = roleKeys(s, st.n, r, pos[r], keys, k);
  tagContext(s, st, CONTEXT);
  k = tagPatternKeys(CONTEXT, keys, k);
  k = tagCountKeys(CONTEXT, keys, k);
  k = bufferPairKeys(s, st, keys, k);
  return stackPairKeys(s, st, keys, k);
}

const POSITIONS = new Int32Array(ROLES);
const CONTEXT = new Int32Array(CONTEXT_SIZE);

/**
 * Slots of the run-time cache of tag-context scores (direct-mapped; tag contexts repeat across sentences): 2^14 slots
 * of 20 bytes (320 KB) stay in the CPU's cache beside the weights; 2^16 hit a little more often but measured slower.
 */
const CONTEXT_CACHE_BITS = 14;

/**
 * Scores a state's transitions at run time. Scores of the single-word roles are cached per word and role for the
 * sentence (a word is b0 or s0 for several transitions running), so only the combined features are looked up each time.
 */
export class StateScorer {
  private cache = new Float64Array(0);
  private filled = new Uint8Array(0);
  /** per word as s0 (n + 1: none), whether its s1-s0 pair's scores are in `stackPairs` */
  private stackPairFilled = new Uint8Array(0);
  private stackPairs = new Float64Array(0);
  private readonly positions = new Int32Array(ROLES);
  private readonly part = new Float64Array(TRANSITIONS);
  private readonly context = new Int32Array(CONTEXT_SIZE);
  private readonly counts = new GroupScoreCache(CONTEXT_CACHE_BITS, COUNT_VALUES, tagCountKeys);
  /** the weights the group caches were filled from */
  private cachedWeights: WeightTable | null = null;

  /** Forgets the cached roles; `n` words (plus the root and "none" positions) fit afterwards. */
  reset(n: number): void {
    const slots = (n + 2) * ROLES;
    if (this.filled.length < slots) {
      this.filled = new Uint8Array(slots * 2);
      this.cache = new Float64Array(slots * 2 * TRANSITIONS);
    } else this.filled.fill(0, 0, slots);
    if (this.stackPairFilled.length < n + 2) {
      this.stackPairFilled = new Uint8Array((n + 2) * 2);
      this.stackPairs = new Float64Array((n + 2) * 2 * TRANSITIONS);
    } else this.stackPairFilled.fill(0, 0, n + 2);
  }

  score(s: SentenceBuffer, st: ParserState, weights: WeightTable, keys: Int32Array, scores: Float64Array): void {
    const n = st.n;
    const pos = this.positions;
    rolePositions(st, pos);
    scores[0] = scores[1] = scores[2] = 0;
    const cache = this.cache;
    for (let r = 0; r < ROLES; r++) {
      const i = pos[r];
      const slot = ((i < 0 ? n + 1 : i) * ROLES + r);
      const at = slot * TRANSITIONS;
      if (!this.filled[slot]) {
        sumRows(weights, keys, roleKeys(s, n, r, i, keys, 0), this.part);
        cache.set(this.part, at);
        this.filled[slot] = 1;
      }
      addRow(cache, at, scores);
    }
    if (this.cachedWeights !== weights) {
      this.counts.clear();
      this.cachedWeights = weights;
    }
    tagContext(s, st, this.context);
    // the 14-tag patterns rarely repeat as a whole (a cache of them missed 9 times in 10): their rows come one by one
    const patterns = tagPatternKeys(this.context, keys, 0);
    for (let f = 0; f < patterns; f++) weights.add(keys[f], scores);
    this.counts.add(this.context, weights, keys, scores);
    const count = bufferPairKeys(s, st, keys, 0);
    for (let f = 0; f < count; f++) weights.add(keys[f], scores);
    // the s1-s0 pair's scores, once per word pushed (a reduce brings back the pair below, scored before)
    const s0 = st.sp > 0 ? st.stack[st.sp - 1] : n + 1;
    const at = s0 * TRANSITIONS;
    const pairs = this.stackPairs;
    if (!this.stackPairFilled[s0]) {
      sumRows(weights, keys, stackPairKeys(s, st, keys, 0), this.part);
      pairs.set(this.part, at);
      this.stackPairFilled[s0] = 1;
    }
    addRow(pairs, at, scores);
  }
}

/** The three transition scores of a group of features: the weight rows of keys[0..count) summed into `part`. */
function sumRows(weights: WeightTable, keys: Int32Array, count: number, part: Float64Array): void {
  part[0] = part[1] = part[2] = 0;
  for (let f = 0; f < count; f++) weights.add(keys[f], part);
}

/** Adds a group's cached transition scores (three from `at`) to `scores`. */
function addRow(cache: Float64Array, at: number, scores: Float64Array): void {
  scores[0] += cache[at];
  scores[1] += cache[at + 1];
  scores[2] += cache[at + 2];
}

/** Parses the sentence greedily: fills s.head[0..n) (-1 for the root word). */
export function parseSentence(s: SentenceBuffer, st: ParserState, scorer: StateScorer, weights: WeightTable, keys: Int32Array, scores: Float64Array): void {
  const n = s.n;
  st.reset(n);
  scorer.reset(n);
  while (!st.terminal()) {
    // a state with one valid transition (an empty stack, or the root left with the stack) needs no scores
    let valid = 0;
    let only = -1;
    for (let t = 0; t < TRANSITIONS; t++) {
      if (st.valid(t)) {
        valid++;
        only = t;
      }
    }
    if (valid === 1) {
      st.apply(only);
      continue;
    }
    scorer.score(s, st, weights, keys, scores);
    let best = -1;
    for (let t = 0; t < TRANSITIONS; t++) if (st.valid(t) && (best < 0 || scores[t] > scores[best])) best = t;
    st.apply(best);
  }
  for (let i = 0; i < n; i++) s.head[i] = st.heads[i] === n ? -1 : st.heads[i];
}
