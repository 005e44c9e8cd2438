import { mix } from './hash.js';
import { DYNAMIC, HISTORY_SLOTS, WINDOW, nextStamp, type LowerEntry, type SentenceFeatures } from './features.js';
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
  /**
   * at run time: label O, unscored, a token without capitals that follows O (or starts the sentence) and comes before
   * a token without capitals; on 400k tokens of PolNeAR news this changed no label and skipped three tokens in four
   * (a particle or ordinal before a name, "de Blasio", "5th Street", is still scored)
   */
  skipLowerAfterOutside?: boolean;
}

export interface DecodedSentence {
  labels: Int32Array;
  /** score difference between the chosen label and the best other allowed label */
  margins: Float64Array;
}

// no sentence has anywhere near this many dynamic features per token
const MAX_DYNAMIC = 32;

/**
 * Greedy left-to-right decoding of one document with previous-label features and prediction history (the labels that
 * the same capitalised word received earlier in the document), as in Ratinov & Roth (2009).
 */
export function decodeDocument(sentences: SentenceFeatures[], weights: WeightTable, options: DecodeOptions): DecodedSentence[] {
  // prediction history lives on each word's LowerEntry, valid for this call's stamp
  const stamp = nextStamp();
  const historyOf = (e: LowerEntry): Int32Array | null => (e.historyStamp === stamp ? e.history : null);
  const scores = new Float64Array(LABEL_COUNT);
  const base = new Float64Array(LABEL_COUNT);
  const dyn = new Uint32Array(MAX_DYNAMIC);
  let total = 0;
  for (const f of sentences) total += f.length;
  // one buffer per document; each sentence gets views
  const allLabels = new Int32Array(total);
  const allMargins = new Float64Array(total);
  const out: DecodedSentence[] = new Array(sentences.length);
  let at = 0;
  for (let s = 0; s < sentences.length; s++) {
    const f = sentences[s];
    const n = f.length;
    const words = f.words;
    const labels = allLabels.subarray(at, at + n);
    const margins = allMargins.subarray(at, at + n);
    at += n;
    const gold = options.gold?.[s];
    let prev = LABEL_COUNT; // sentence start
    let prev2 = LABEL_COUNT;
    const skip = options.skipLowerAfterOutside === true;
    for (let i = 0; i < n; i++) {
      const word = words[i];
      if (skip && !word.capitalised && (prev === OUTSIDE || prev === LABEL_COUNT) && (i + 1 === n || !words[i + 1].capitalised)) {
        labels[i] = OUTSIDE;
        margins[i] = 1e9;
        prev2 = prev;
        prev = OUTSIDE;
        continue;
      }
      base.fill(0);
      const from = f.offsets[i];
      const to = f.offsets[i + 1];
      for (let j = from; j < to; j++) weights.addScores(f.keys[j], base);
      for (let o = -WINDOW; o <= WINDOW; o++) {
        const j = i + o;
        if (j < 0 || j >= n) continue;
        const v = words[j].vector;
        if (v === null) break; // training: single-word features are among the keys
        const vb = (o + WINDOW) * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) base[l] += v[vb + l];
      }
      let d = 0;
      dyn[d++] = mix(DYNAMIC.prevLabel, prev);
      dyn[d++] = mix(mix(DYNAMIC.prevLabels, prev), prev2);
      dyn[d++] = mix(mix(DYNAMIC.prevLabelLower, prev), word.lowerHash);
      dyn[d++] = mix(mix(DYNAMIC.prevLabelShape, prev), word.shapeHash);
      if (word.capitalised) {
        const h = historyOf(word.entry);
        if (h) {
          let best = 0;
          for (let c = 0; c < HISTORY_SLOTS; c++) {
            if (h[c] > 0) dyn[d++] = mix(DYNAMIC.history, c + 1);
            if (h[c] > h[best]) best = c;
          }
          dyn[d++] = mix(mix(DYNAMIC.historyShape, best + 1), word.shapeHash);
        }
      }
      if (i > 0 && words[i - 1].capitalised) {
        const h = historyOf(words[i - 1].entry);
        if (h) dyn[d++] = mix(DYNAMIC.historyPrev, majority(h) + 1);
      }
      if (i + 1 < n && words[i + 1].capitalised) {
        const h = historyOf(words[i + 1].entry);
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
      if (word.capitalised) {
        const e = word.entry;
        if (e.historyStamp !== stamp) {
          e.historyStamp = stamp;
          e.history.fill(0);
        }
        e.history[labelType(best) + 1]++;
      }
      prev2 = prev;
      prev = best;
    }
    out[s] = { labels, margins };
  }
  return out;
}

function majority(h: Int32Array): number {
  let best = 0;
  for (let c = 1; c < HISTORY_SLOTS; c++) if (h[c] > h[best]) best = c;
  return best;
}
