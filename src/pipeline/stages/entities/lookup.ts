import type { Doc } from '../../../model/doc.js';
import type { EntityRecord, Mention } from '../../../model/layers/entities.js';

/**
 * The entity with a mention overlapping [start, end) in `doc.text`, or null. When several overlap, the one whose
 * mention overlaps most wins (then the more confident mention). Pronoun and title mentions count, so "he stated"
 * finds the person "he" was resolved to.
 */
export function findEntityAt(doc: Doc, start: number, end: number): EntityRecord | null {
  let best: EntityRecord | null = null;
  let bestOverlap = 0;
  let bestConfidence = -1;
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      const overlap = Math.min(end, m.end) - Math.max(start, m.start);
      // an empty query span (a point) counts as overlapping the mention containing it
      const hits = overlap > 0 || (start === end && m.start <= start && start < m.end);
      if (!hits) continue;
      const size = Math.max(overlap, 0);
      if (size > bestOverlap || (size === bestOverlap && m.confidence > bestConfidence)) {
        best = e;
        bestOverlap = size;
        bestConfidence = m.confidence;
      }
    }
  }
  return best;
}

/** The mention of `entity` overlapping [start, end), or null. */
export function mentionAt(entity: EntityRecord, start: number, end: number): Mention | null {
  for (const m of entity.mentions) if (Math.min(end, m.end) > Math.max(start, m.start)) return m;
  return null;
}
