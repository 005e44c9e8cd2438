import type { Doc } from '../../../model/doc.js';
import type { EntityRecord, Mention } from '../../../model/layers/entities.js';
import { cachedIndex, lowerBound, SpanIndex } from '../../../model/span-index.js';

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
  let best: EntityRecord | null = null;
  let bestOverlap = 0;
  let bestConfidence = -1;
  for (const { entity, mention: m } of mentionIndex(doc).overlapping(start, end)) {
    const size = Math.max(Math.min(end, m.end) - Math.max(start, m.start), 0);
    if (size > bestOverlap || (size === bestOverlap && m.confidence > bestConfidence)) {
      best = entity;
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

interface PersonMentionEnds {
  size: number;
  /** mention ends of person entities, ascending; ties keep entity then mention order */
  ends: number[];
  entities: EntityRecord[];
}

const PERSON_ENDS = new WeakMap<EntityRecord[], PersonMentionEnds>();

/**
 * The person with the mention ending nearest before `position` (the latest end <= position; among mentions ending
 * there, the earliest entity's), or null.
 */
export function personEndingBefore(doc: Doc, position: number): EntityRecord | null {
  let found = PERSON_ENDS.get(doc.entities);
  if (!found || found.size !== doc.entities.length) {
    const entries: Array<{ end: number; entity: EntityRecord; order: number }> = [];
    for (const entity of doc.entities) {
      if (entity.type !== 'person') continue;
      for (const m of entity.mentions) entries.push({ end: m.end, entity, order: entries.length });
    }
    entries.sort((a, b) => a.end - b.end || a.order - b.order);
    found = { size: doc.entities.length, ends: entries.map((e) => e.end), entities: entries.map((e) => e.entity) };
    PERSON_ENDS.set(doc.entities, found);
  }
  // last end <= position, then back to the first entry with that end
  let k = lowerBound(found.ends, position + 1) - 1;
  if (k < 0) return null;
  const end = found.ends[k];
  while (k > 0 && found.ends[k - 1] === end) k--;
  return found.entities[k];
}
