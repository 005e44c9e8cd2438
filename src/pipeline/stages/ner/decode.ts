import { mix } from './hash.js';
import { DYNAMIC, WINDOW, type SentenceFeatures } from './features.js';
import { ALLOWED_AFTER, LABEL_COUNT, OUTSIDE, labelType } from './labels.js';

/** Adds the per-label weights of one feature key into `scores`. */
export interface WeightTable {
  addScores(key: number, scores: Float64Array): void;
  /** score units → weight units (quantised tables sum integers) */
  readonly scale: number;
}

/** Called at each token while training: the token's features, the guess and the gold label. */
export type LearnStep = (staticKeys: Uint32Array, dynamicKeys: Uint32Array, dynamicCount: number, guess: number, gold: number) => void;

export interface DecodeOptions {
  /** enforce BILOU transitions (at run time); training leaves them off so the model learns them */
  constrained: boolean;
  gold?: number[][];
  learn?: LearnStep;
}

export interface DecodedSentence {
  labels: Int32Array;
  /** score difference between the chosen label and the best other allowed label */
  margins: Float64Array;
}

// history slots: O and the four entity types
const HISTORY_SLOTS = 5;
// no sentence has anywhere near this many dynamic features per token
const MAX_DYNAMIC = 32;

/**
 * Greedy left-to-right decoding of one document with previous-label features and prediction history (the labels that
 * the same capitalised word received earlier in the document), as in Ratinov & Roth (2009).
 */
export function decodeDocument(sentences: SentenceFeatures[], weights: WeightTable, options: DecodeOptions): DecodedSentence[] {
  const history = new Map<string, Int32Array>();
  const scores = new Float64Array(LABEL_COUNT);
  const base = new Float64Array(LABEL_COUNT);
  const dyn = new Uint32Array(MAX_DYNAMIC);
  const out: DecodedSentence[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const f = sentences[s];
    const n = f.length;
    const labels = new Int32Array(n);
    const margins = new Float64Array(n);
    const gold = options.gold?.[s];
    let prev = LABEL_COUNT; // sentence start
    let prev2 = LABEL_COUNT;
    for (let i = 0; i < n; i++) {
      base.fill(0);
      const from = f.offsets[i];
      const to = f.offsets[i + 1];
      for (let j = from; j < to; j++) weights.addScores(f.keys[j], base);
      const vectors = f.vectors;
      if (vectors) {
        for (let o = -WINDOW; o <= WINDOW; o++) {
          const j = i + o;
          if (j < 0 || j >= n) continue;
          const v = vectors[j];
          const vb = (o + WINDOW) * LABEL_COUNT;
          for (let l = 0; l < LABEL_COUNT; l++) base[l] += v[vb + l];
        }
      }
      let d = 0;
      dyn[d++] = mix(DYNAMIC.prevLabel, prev);
      dyn[d++] = mix(mix(DYNAMIC.prevLabels, prev), prev2);
      dyn[d++] = mix(mix(DYNAMIC.prevLabelLower, prev), f.lowerHash[i]);
      dyn[d++] = mix(mix(DYNAMIC.prevLabelShape, prev), f.shapeHash[i]);
      if (f.capitalised[i]) {
        const h = history.get(f.lower[i]);
        if (h) {
          let best = 0;
          for (let c = 0; c < HISTORY_SLOTS; c++) {
            if (h[c] > 0) dyn[d++] = mix(DYNAMIC.history, c + 1);
            if (h[c] > h[best]) best = c;
          }
          dyn[d++] = mix(mix(DYNAMIC.historyShape, best + 1), f.shapeHash[i]);
        }
      }
      if (i > 0 && f.capitalised[i - 1]) {
        const h = history.get(f.lower[i - 1]);
        if (h) dyn[d++] = mix(DYNAMIC.historyPrev, majority(h) + 1);
      }
      if (i + 1 < n && f.capitalised[i + 1]) {
        const h = history.get(f.lower[i + 1]);
        if (h) dyn[d++] = mix(DYNAMIC.historyNext, majority(h) + 1);
      }
      scores.set(base);
      for (let j = 0; j < d; j++) weights.addScores(dyn[j], scores);

      let best = -1;
      let second = -Infinity;
      const row = prev * LABEL_COUNT;
      // the last token of a sentence cannot open an entity
      const last = i === n - 1;
      for (let l = 0; l < LABEL_COUNT; l++) {
        if (options.constrained) {
          if (!ALLOWED_AFTER[row + l]) continue;
          if (last && l !== OUTSIDE && ((l - 1) & 3) < 2) continue;
        }
        if (best < 0 || scores[l] > scores[best]) {
          if (best >= 0) second = scores[best];
          best = l;
        } else if (scores[l] > second) second = scores[l];
      }
      if (options.learn && gold) options.learn(f.keys.subarray(from, to), dyn, d, best, gold[i]);
      labels[i] = best;
      margins[i] = second === -Infinity ? 1e9 : (scores[best] - second) * weights.scale;
      if (f.capitalised[i]) {
        let h = history.get(f.lower[i]);
        if (!h) history.set(f.lower[i], (h = new Int32Array(HISTORY_SLOTS)));
        h[labelType(best) + 1]++;
      }
      prev2 = prev;
      prev = best;
    }
    out.push({ labels, margins });
  }
  return out;
}

function majority(h: Int32Array): number {
  let best = 0;
  for (let c = 1; c < HISTORY_SLOTS; c++) if (h[c] > h[best]) best = c;
  return best;
}
