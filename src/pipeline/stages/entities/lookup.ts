import type { Doc } from '../../../model/doc.js';
import type { EntityRecord, Mention } from '../../../model/layers/entities.js';
import { cachedIndex, SpanIndex } from '../../../model/span-index.js';

interface MentionEntry {
  start: number;
  end: number;
  entity: EntityRecord;
  mention: Mention;
}

const MENTION_INDEXES = new WeakMap<EntityRecord[], { size: number; index: SpanIndex<MentionEntry> }>();

/** Every mention of the document's entities, indexed by span (built once per entities layer). */
export function mentionIndex(doc: Doc): SpanIndex<MentionEntry> {
  return cachedIndex(MENTION_INDEXES, doc.entities, doc.entities.length, () =>
    doc.entities.flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, entity, mention }))),
  );
}

/**
 * The entity with a mention overlapping [start, end) in `doc.text`, or null. When several overlap, the one whose
 * mention overlaps most wins (then the more confident mention, then the earlier entity). Pronoun and title mentions
 * count, so "he stated" finds the person "he" was resolved to.
 */
export function findEntityAt(doc: Doc, start: number, end: number): EntityRecord | null {
  return findMentionAt(doc, start, end)?.entity ?? null;
}

/** The mention (and its entity) overlapping [start, end) most, as `findEntityAt` chooses it, or null. */
export function findMentionAt(doc: Doc, start: number, end: number): { entity: EntityRecord; mention: Mention } | null {
  let best: { entity: EntityRecord; mention: Mention } | null = null;
  let bestOverlap = 0;
  let bestConfidence = -1;
  for (const { entity, mention: m } of mentionIndex(doc).overlapping(start, end)) {
    const size = Math.max(Math.min(end, m.end) - Math.max(start, m.start), 0);
    if (size > bestOverlap || (size === bestOverlap && m.confidence > bestConfidence)) {
      best = { entity, mention: m };
      bestOverlap = size;
      bestConfidence = m.confidence;
    }
  }
  return best;
}

const ENTITY_MAPS = new WeakMap<EntityRecord[], { size: number; map: Map<string, EntityRecord> }>();

/** The entity with this id, through a map built once per entities layer. */
export function entityById(doc: Doc, id: string): EntityRecord | undefined {
  let found = ENTITY_MAPS.get(doc.entities);
  if (!found || found.size !== doc.entities.length) {
    const map = new Map<string, EntityRecord>();
    // the first entity with an id wins, as a linear find would
    for (const e of doc.entities) if (!map.has(e.id)) map.set(e.id, e);
    ENTITY_MAPS.set(doc.entities, (found = { size: doc.entities.length, map }));
  }
  return found.map.get(id);
}

