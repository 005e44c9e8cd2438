import type { Span } from './span.js';

/**
 * Spans indexed by start so a stage can ask "which of them lie in or overlap [start, end)" without scanning them all:
 * per-sentence or per-mention look-ups over a whole document's layer would otherwise make analysis quadratic in
 * article length. Answers come in the items' original order, so a caller that kept the first or best of a linear
 * scan gets the same item.
 */
export class SpanIndex<T extends Span> {
  /** positions into `items`, sorted by start (ties in original order) */
  private readonly byStart: number[];
  private readonly starts: number[];
  /** largest end among byStart[0..i]: lets an overlap query stop scanning backwards */
  private readonly maxEndUpTo: number[];

  constructor(readonly items: readonly T[]) {
    this.byStart = items.map((_, i) => i).sort((a, b) => items[a].start - items[b].start || a - b);
    this.starts = this.byStart.map((i) => items[i].start);
    this.maxEndUpTo = [];
    let max = -Infinity;
    for (const i of this.byStart) this.maxEndUpTo.push((max = Math.max(max, items[i].end)));
  }

  /** Items with start >= from and end <= to, in original order. */
  within(from: number, to: number): T[] {
    const out: number[] = [];
    for (let k = lowerBound(this.starts, from); k < this.starts.length && this.starts[k] <= to; k++) {
      if (this.items[this.byStart[k]].end <= to) out.push(this.byStart[k]);
    }
    return this.inOrder(out);
  }

  /**
   * Items overlapping [start, end) by at least one character, in original order; an empty query (a point) finds the
   * items containing it.
   */
  overlapping(start: number, end: number): T[] {
    const out: number[] = [];
    const point = start === end;
    // every item starting at or after `end` (or after the point) cannot overlap
    for (let k = lowerBound(this.starts, point ? end + 1 : end) - 1; k >= 0 && this.maxEndUpTo[k] > start; k--) {
      const item = this.items[this.byStart[k]];
      if (point ? item.start <= start && start < item.end : Math.min(end, item.end) > Math.max(start, item.start)) out.push(this.byStart[k]);
    }
    return this.inOrder(out);
  }

  /** True when some item overlaps [start, end) by at least one character. */
  overlapsAny(start: number, end: number): boolean {
    for (let k = lowerBound(this.starts, end) - 1; k >= 0 && this.maxEndUpTo[k] > start; k--) {
      const item = this.items[this.byStart[k]];
      if (Math.min(end, item.end) > Math.max(start, item.start)) return true;
    }
    return false;
  }

  private inOrder(positions: number[]): T[] {
    return positions.sort((a, b) => a - b).map((i) => this.items[i]);
  }
}

/** First position in sorted `values` holding a value >= `x`. */
export function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One index per list, built on first use and reused while the list keeps its size (a stage's finished layer is never
 * edited in place; a different size means it was, and the index is rebuilt). `size` is the list's length, or for
 * a derived list (every mention of every entity) the length of the list it comes from.
 */
export function cachedIndex<T extends Span, K extends object>(
  cache: WeakMap<K, { size: number; index: SpanIndex<T> }>,
  key: K,
  size: number,
  build: () => T[],
): SpanIndex<T> {
  const hit = cache.get(key);
  if (hit && hit.size === size) return hit.index;
  const index = new SpanIndex(build());
  cache.set(key, { size, index });
  return index;
}
