import type { TimexCandidate, TimexRefiner } from '../types.js';

/**
 * Overlapping candidates keep the longest (the most specific reading: "Sunday, March eighth" over "Sunday");
 * equal lengths keep the parser listed first.
 */
export function overlapRefiner(parserOrder: string[]): TimexRefiner {
  const rank = new Map(parserOrder.map((name, i) => [name, i]));
  return {
    name: 'overlap',
    refine(candidates) {
      const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || (rank.get(a.parser) ?? 99) - (rank.get(b.parser) ?? 99) || a.start - b.start);
      const kept: TimexCandidate[] = [];
      for (const c of sorted) {
        if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
