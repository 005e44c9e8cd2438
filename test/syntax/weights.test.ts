import { describe, expect, it } from 'vitest';
import { HashedWeights, SparseHashedWeights, TrainingWeights, sparseRows } from '../../src/pipeline/stages/syntax/weights.js';
import { mulberry32 } from '../../src/train/random.js';

/** Random trained weights over 2^bits buckets, a tenth of the buckets touched, as a perceptron leaves them. */
function trained(classes: number, bits: number, seed: number): TrainingWeights {
  const random = mulberry32(seed);
  const w = new TrainingWeights(classes, bits);
  for (let u = 0; u < (1 << bits) / 10; u++) {
    const key = Math.floor(random() * 2 ** 31);
    for (let l = 0; l < classes; l++) if (random() < 0.3) w.update(key, l, Math.round((random() - 0.5) * 20));
    w.c++;
  }
  return w;
}

const rowsOf = new WeakMap<object, Map<number, number>>();

/** The scores the folded dense rows give, as the table they were trained in would. */
function reference(folded: ReturnType<TrainingWeights['fold']>, bits: number, key: number): number[] {
  const bucket = key & ((1 << bits) - 1);
  const rowOf = (rowsOf.get(folded) ?? rowsOf.set(folded, new Map(Array.from(folded.buckets, (b, r) => [b, r]))).get(folded))!;
  const r = rowOf.get(bucket) ?? -1;
  return Array.from({ length: folded.classes }, (_, l) => (r < 0 ? 0 : folded.rows[r * folded.classes + l]));
}

describe('run-time weight tables', () => {
  // keys beyond the buckets (hashes of 31 bits), so rows are shared as in training, and repeated so caches are hit
  const keys = (seed: number, count: number): number[] => {
    const random = mulberry32(seed);
    const distinct = Array.from({ length: count / 4 }, () => Math.floor(random() * 2 ** 31) | 0);
    return Array.from({ length: count }, () => distinct[Math.floor(random() * distinct.length)]);
  };

  it('the row-cached table for few classes sums exactly the stored rows, present or absent, across cache collisions', () => {
    const bits = 16;
    const folded = trained(3, bits, 1).fold(0.5);
    const table = new HashedWeights(3, folded.buckets, sparseRows(folded.rows, 3), bits, folded.scale);
    // 30,000 distinct keys in 32,768 cache slots: many share a slot, so slots are overwritten and refilled
    for (const key of [...keys(2, 120000), ...folded.buckets.slice(0, 5000)]) {
      const scores = new Float64Array(3);
      table.add(key, scores);
      expect(Array.from(scores)).toEqual(reference(folded, bits, key));
    }
  });

  it('the sparse table for many classes sums exactly the stored rows, into scores or at an offset', () => {
    const bits = 14;
    const folded = trained(40, bits, 3).fold(0.5);
    const table = new SparseHashedWeights(40, folded.buckets, sparseRows(folded.rows, 40), bits, folded.scale);
    for (const key of [...keys(4, 4000), ...folded.buckets.slice(0, 1000)]) {
      const scores = new Float64Array(40);
      table.add(key, scores);
      const expected = reference(folded, bits, key);
      expect(Array.from(scores)).toEqual(expected);
      const at = new Int32Array(50);
      table.addTo(key, at, 7);
      expect(Array.from(at.slice(7, 47))).toEqual(expected);
      expect(table.weight(key, 5)).toBe(expected[5]);
    }
  });
});
