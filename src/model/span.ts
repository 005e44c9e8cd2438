import { z } from 'zod';

/** Character offsets into the cleaned text: `text.slice(start, end)`. */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

export const TextSpanSchema = SpanSchema.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpanSchema>;

/**
 * A run of cleaned text copied from the source: [textStart, sourceStart, length]. Copied unchanged, except the line
 * breaks inside paragraphs of hard-wrapped text, which cleaning turns into spaces in place.
 */
export const SourceSegmentSchema = z.tuple([z.number().int(), z.number().int(), z.number().int()]);
export type SourceSegment = z.infer<typeof SourceSegmentSchema>;

/**
 * Maps offsets in the cleaned text back to offsets in the source body. Cleaning only deletes ranges (and turns
 * wrapped line breaks into spaces in place), so the map is a sorted list of copied segments and every offset maps exactly.
 */
export class OffsetMap {
  constructor(readonly segments: SourceSegment[]) {}

  static identity(length: number): OffsetMap {
    return new OffsetMap(length > 0 ? [[0, 0, length]] : []);
  }

  /** Source offset of the cleaned-text offset `offset` (an end offset maps to the end of its segment). */
  toSource(offset: number): number {
    const segs = this.segments;
    if (segs.length === 0) return offset;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid][0] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const [textStart, sourceStart, length] = segs[lo];
    // an offset at the very end of a segment belongs to that segment, not to the gap after it
    if (offset > textStart + length && lo + 1 < segs.length) return segs[lo + 1][1] + (offset - segs[lo + 1][0]);
    return sourceStart + (offset - textStart);
  }

  /** Source span of a cleaned-text span. */
  spanToSource(span: Span): Span {
    if (span.end === span.start) {
      const s = this.toSource(span.start);
      return { start: s, end: s };
    }
    return { start: this.toSource(span.start), end: this.toSource(span.end - 1) + 1 };
  }
}
