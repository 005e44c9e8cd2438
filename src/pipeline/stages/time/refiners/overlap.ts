import type { TimexCandidate, TimexRefiner } from '../types.js';

/**
 * Overlapping candidates keep the longest (the most specific reading: "Sunday, March eighth" over "Sunday");
 * equal lengths keep the parser listed first.
 */
/** Rank of a parser missing from the order: after every listed one. */
const UNRANKED = Number.MAX_SAFE_INTEGER;

export function overlapRefiner(parserOrder: string[]): TimexRefiner {
  const rank = new Map(parserOrder.map((name, i) => [name, i]));
  return {
    name: 'overlap',
    refine(candidates, ctx) {
      const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || (rank.get(a.parser) ?? UNRANKED) - (rank.get(b.parser) ?? UNRANKED) || a.start - b.start);
      // characters already covered by a kept candidate: checking a span costs its length, so the whole pass is linear
      const taken = new Uint8Array(ctx.text.length);
      const kept: TimexCandidate[] = [];
      for (const c of sorted) {
        let free = true;
        for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
        if (!free) continue;
        taken.fill(1, c.start, c.end);
        kept.push(c);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
