import type { TimexRecord } from '../../model/layers/time.js';
import { prf, round } from '../metrics.js';
import type { GoldTimex } from './timeml.js';

/** Counts for TempEval-3's timex measures, summed over documents. */
export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

export const emptyCounts = (): TimexCounts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 });

export interface TimexMismatch {
  kind: 'missed' | 'spurious' | 'value' | 'type' | 'span';
  gold?: GoldTimex;
  system?: TimexRecord;
}

/**
 * TempEval-3 matching for one document: strict = identical span, relaxed = overlapping span (one-to-one, largest
 * overlap first); type and value are judged on relaxed matches.
 */
export function scoreDocument(gold: GoldTimex[], system: TimexRecord[], counts: TimexCounts, mismatches?: TimexMismatch[]): void {
  counts.gold += gold.length;
  counts.system += system.length;
  const pairs: Array<{ g: number; s: number; overlap: number }> = [];
  for (let g = 0; g < gold.length; g++) {
    for (let s = 0; s < system.length; s++) {
      const overlap = Math.min(gold[g].end, system[s].end) - Math.max(gold[g].start, system[s].start);
      if (overlap > 0) pairs.push({ g, s, overlap });
    }
  }
  pairs.sort((a, b) => b.overlap - a.overlap);
  const goldUsed = new Set<number>();
  const systemUsed = new Set<number>();
  for (const { g, s } of pairs) {
    if (goldUsed.has(g) || systemUsed.has(s)) continue;
    goldUsed.add(g);
    systemUsed.add(s);
    const gt = gold[g];
    const st = system[s];
    counts.relaxed++;
    if (gt.start === st.start && gt.end === st.end) counts.strict++;
    else mismatches?.push({ kind: 'span', gold: gt, system: st });
    if (gt.type === st.type) counts.typeCorrect++;
    else mismatches?.push({ kind: 'type', gold: gt, system: st });
    if (gt.value === st.value) counts.valueCorrect++;
    else mismatches?.push({ kind: 'value', gold: gt, system: st });
  }
  if (mismatches) {
    gold.forEach((g, i) => goldUsed.has(i) || mismatches.push({ kind: 'missed', gold: g }));
    system.forEach((s, i) => systemUsed.has(i) || mismatches.push({ kind: 'spurious', system: s }));
  }
}

/** The metrics `tidings eval time` prints: F1 of strict and relaxed spans, value F1, type accuracy. */
export function timexMetrics(c: TimexCounts): Record<string, unknown> {
  const strict = prf(c.strict, c.system - c.strict, c.gold - c.strict);
  const relaxed = prf(c.relaxed, c.system - c.relaxed, c.gold - c.relaxed);
  const value = prf(c.valueCorrect, c.system - c.valueCorrect, c.gold - c.valueCorrect);
  const type = prf(c.typeCorrect, c.system - c.typeCorrect, c.gold - c.typeCorrect);
  return {
    valueF1: value.f1,
    relaxedF1: relaxed.f1,
    strictF1: strict.f1,
    typeAccuracy: c.relaxed ? round(c.typeCorrect / c.relaxed) : 0,
    typeF1: type.f1,
    valueAccuracy: c.relaxed ? round(c.valueCorrect / c.relaxed) : 0,
    relaxedPrecision: relaxed.precision,
    relaxedRecall: relaxed.recall,
    strictPrecision: strict.precision,
    strictRecall: strict.recall,
    valuePrecision: value.precision,
    valueRecall: value.recall,
    gold: c.gold,
    system: c.system,
  };
}
