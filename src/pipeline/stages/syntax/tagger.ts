import { mix } from '../ner/hash.js';
import { NONE, type SentenceBuffer } from './sentence.js';
import type { HashedWeights } from './weights.js';
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

/**
 * Greedy left-to-right tagging: fills s.tag[0..n) with 1-based tag indices. A word of the tag dictionary is scored
 * over its own tags only, and one with a single tag is not scored at all.
 */
export function tagSentence(s: SentenceBuffer, weights: HashedWeights, dictionary: Candidates, keys: Int32Array, scores: Float64Array): void {
  let prev = START_TAG;
  let prev2 = START_TAG;
  const k = weights.classes;
  const lists = dictionary.lists;
  for (let i = 0; i < s.n; i++) {
    const at = dictionary.find(s.lower[i]);
    let tag: number;
    if (at >= 0 && lists[at] === 1) tag = lists[at + 1];
    else {
      const count = taggerFeatures(s, i, prev, prev2, keys);
      if (at < 0) {
        scores.fill(0, 0, k);
        for (let f = 0; f < count; f++) weights.add(keys[f], scores);
        tag = argmax(scores, k);
      } else {
        const to = at + 1 + lists[at];
        for (let j = at + 1; j < to; j++) scores[lists[j]] = 0;
        for (let f = 0; f < count; f++) weights.addSome(keys[f], lists, at + 1, to, scores);
        tag = lists[at + 1];
        for (let j = at + 2; j < to; j++) if (scores[lists[j]] > scores[tag]) tag = lists[j];
      }
    }
    s.tag[i] = tag + 1;
    prev2 = prev;
    prev = tag;
  }
}
