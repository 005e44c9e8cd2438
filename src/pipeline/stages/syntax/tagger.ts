import { mix } from '../ner/hash.js';
import { NONE, type SentenceBuffer } from './sentence.js';
import type { SparseHashedWeights } from './weights.js';
import type { Candidates } from './candidates.js';

/** What scoring needs of a weight table (the run-time table and the training table both are one). */
export interface WeightTable {
  readonly classes: number;
  add(key: number, scores: Float64Array): void;
}

/** Tagger feature templates; a key is mix(template, value). Append only: ids are baked into the model. */
const enum T {
  Bias = 1,
  Lower,
  Suffix2,
  Suffix3,
  Suffix4,
  Prefix1,
  Shape,
  LowerPrev,
  LowerNext,
  LowerPrev2,
  LowerNext2,
  Suffix3Prev,
  Suffix3Next,
  TagPrev,
  TagPrev2,
  TagPrevLower,
  FirstShape,
  ShapeNext,
  Suffix1,
  Prefix3,
  LowerPrevLower,
  LowerLowerNext,
  TagPrevSuffix3,
}

/** Most features a word has (the length of a key buffer). */
export const TAGGER_FEATURES = 23;

/** Tag index standing for "before the sentence" in tag-history features. */
const START_TAG = -1;

/** Writes the keys of word i's features into `keys` (given the two previous tags); returns how many. */
export function taggerFeatures(s: SentenceBuffer, i: number, prevTag: number, prev2Tag: number, keys: Int32Array): number {
  const n = s.n;
  const w = s.lower[i];
  keys[0] = T.Bias;
  keys[1] = mix(T.Lower, w);
  keys[2] = mix(T.Suffix2, s.suffix2[i]);
  keys[3] = mix(T.Suffix3, s.suffix3[i]);
  keys[4] = mix(T.Suffix4, s.suffix4[i]);
  keys[5] = mix(T.Prefix1, s.prefix1[i]);
  keys[6] = mix(T.Shape, s.shape[i]);
  keys[7] = mix(T.LowerPrev, i > 0 ? s.lower[i - 1] : NONE);
  keys[8] = mix(T.LowerNext, i + 1 < n ? s.lower[i + 1] : NONE);
  keys[9] = mix(T.LowerPrev2, i > 1 ? s.lower[i - 2] : NONE);
  keys[10] = mix(T.LowerNext2, i + 2 < n ? s.lower[i + 2] : NONE);
  keys[11] = mix(T.Suffix3Prev, i > 0 ? s.suffix3[i - 1] : NONE);
  keys[12] = mix(T.Suffix3Next, i + 1 < n ? s.suffix3[i + 1] : NONE);
  keys[13] = mix(T.TagPrev, prevTag);
  keys[14] = mix(mix(T.TagPrev2, prevTag), prev2Tag);
  keys[15] = mix(mix(T.TagPrevLower, prevTag), w);
  keys[16] = mix(T.FirstShape, i === 0 ? s.shape[i] : 0);
  keys[17] = mix(T.ShapeNext, i + 1 < n ? s.shape[i + 1] : NONE);
  keys[18] = mix(T.Suffix1, s.suffix1[i]);
  keys[19] = mix(T.Prefix3, s.prefix3[i]);
  keys[20] = mix(mix(T.LowerPrevLower, i > 0 ? s.lower[i - 1] : NONE), w);
  keys[21] = mix(mix(T.LowerLowerNext, w), i + 1 < n ? s.lower[i + 1] : NONE);
  keys[22] = mix(mix(T.TagPrevSuffix3, prevTag), s.suffix3[i]);
  return TAGGER_FEATURES;
}

/** Index of the highest score (ties to the lower index). */
export function argmax(scores: Float64Array, count: number): number {
  let best = 0;
  for (let l = 1; l < count; l++) if (scores[l] > scores[best]) best = l;
  return best;
}

/** Positions in the key buffer of the features that read the word alone (its form, suffixes, prefixes, shape). */
const WORD_FEATURES = Int32Array.from([0, 1, 2, 3, 4, 5, 6, 18, 19]);
/** Positions of the rest: neighbours and previous tags. */
const CONTEXT_FEATURES = Int32Array.from([7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 20, 21, 22]);

/** Slots of the word score cache: 4096 rows of 64 int32 take 1 MB; news repeats its words. */
const WORD_CACHE_BITS = 12;

/**
 * The summed scores of a word's own features (WORD_FEATURES), per distinct word: a direct-mapped cache keyed by two
 * independent hashes of those features' keys, so a repeated word costs one row instead of nine table look-ups.
 */
export class WordScoreCache {
  private readonly keyA = new Int32Array(1 << WORD_CACHE_BITS);
  private readonly keyB = new Int32Array(1 << WORD_CACHE_BITS);
  readonly rows: Int32Array;
  readonly stride: number;

  constructor(readonly classes: number) {
    this.stride = classes;
    this.rows = new Int32Array((1 << WORD_CACHE_BITS) * classes);
  }

  /** Offset in `rows` of the word-feature scores of the word whose keys are in `keys`. */
  find(keys: Int32Array, weights: SparseHashedWeights): number {
    let a = 0x3c6ef372;
    let b = 0x1b873593;
    for (let f = 0; f < WORD_FEATURES.length; f++) {
      const v = keys[WORD_FEATURES[f]];
      a = mix(a, v);
      b = Math.imul(b ^ (v + 7), 0x5bd1e995) ^ (b >>> 13);
    }
    // 0 marks an empty slot
    if (a === 0) a = 1;
    const slot = a & ((1 << WORD_CACHE_BITS) - 1);
    const at = slot * this.stride;
    if (this.keyA[slot] !== a || this.keyB[slot] !== b) {
      this.rows.fill(0, at, at + this.classes);
      for (let f = 0; f < WORD_FEATURES.length; f++) weights.addTo(keys[WORD_FEATURES[f]], this.rows, at);
      this.keyA[slot] = a;
      this.keyB[slot] = b;
    }
    return at;
  }
}

/**
 * Greedy left-to-right tagging: fills s.tag[0..n) with 1-based tag indices. A word of the tag dictionary is scored
 * over its own tags only, and one with a single tag is not scored at all.
 */
export function tagSentence(s: SentenceBuffer, weights: SparseHashedWeights, dictionary: Candidates, words: WordScoreCache, keys: Int32Array, scores: Float64Array): void {
  let prev = START_TAG;
  let prev2 = START_TAG;
  const k = weights.classes;
  const lists = dictionary.lists;
  const rows = words.rows;
  for (let i = 0; i < s.n; i++) {
    const at = dictionary.find(s.lower[i]);
    let tag: number;
    if (at >= 0 && lists[at] === 1) tag = lists[at + 1];
    else {
      taggerFeatures(s, i, prev, prev2, keys);
      const row = words.find(keys, weights);
      if (at < 0) {
        for (let l = 0; l < k; l++) scores[l] = rows[row + l];
        for (let f = 0; f < CONTEXT_FEATURES.length; f++) weights.add(keys[CONTEXT_FEATURES[f]], scores);
        tag = argmax(scores, k);
      } else {
        const to = at + 1 + lists[at];
        for (let j = at + 1; j < to; j++) scores[lists[j]] = rows[row + lists[j]];
        for (let f = 0; f < CONTEXT_FEATURES.length; f++) weights.add(keys[CONTEXT_FEATURES[f]], scores);
        tag = lists[at + 1];
        for (let j = at + 2; j < to; j++) if (scores[lists[j]] > scores[tag]) tag = lists[j];
      }
    }
    s.tag[i] = tag + 1;
    prev2 = prev;
    prev = tag;
  }
}
