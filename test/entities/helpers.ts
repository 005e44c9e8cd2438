import { Doc } from '../../src/model/doc.js';
import type { EntityRecord, MentionRecord, NerLabel } from '../../src/model/layers/entities.js';
import { createSegmentStage } from '../../src/pipeline/stages/segment/index.js';
import { createEntitiesStage } from '../../src/pipeline/stages/entities/index.js';

const segment = createSegmentStage();
// one stage for the whole file: building the knowledge matcher and loading the gazetteer happen once
let stage: ReturnType<typeof createEntitiesStage> | null = null;

/** A Doc of `text` (segmented) whose recogniser mentions are every whole-word occurrence of the given surfaces. */
export function docWithMentions(text: string, spans: Array<[surface: string, label: NerLabel, confidence?: number]>): Doc {
  const doc = new Doc({ id: 'test', published: '2024-03-01', body: text, lang: 'en' });
  segment.run(doc);
  const found: MentionRecord[] = [];
  // longest surfaces first, so "Kim Jong Un" is not also marked as "Kim"
  const ordered = [...spans].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, label, confidence] of ordered) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(surface, from);
      if (at < 0) break;
      from = at + surface.length;
      const before = at === 0 ? ' ' : text[at - 1];
      const after = text[at + surface.length] ?? ' ';
      if (/[\p{L}\d]/u.test(before) || /[\p{L}\d]/u.test(after)) continue;
      if (found.some((m) => m.start < at + surface.length && at < m.end)) continue;
      found.push({ start: at, end: at + surface.length, text: surface, label, confidence: confidence ?? 0.95 });
    }
  }
  doc.mentions = found.sort((a, b) => a.start - b.start);
  return doc;
}

/** Runs the entities stage on the Doc and returns its entities. */
export function entitiesOf(doc: Doc): EntityRecord[] {
  stage ??= createEntitiesStage();
  stage.run(doc);
  return doc.entities;
}

/** The single entity whose name is `name` (fails the test when there is not exactly one). */
export function only(entities: EntityRecord[], name: string): EntityRecord {
  const hits = entities.filter((e) => e.name === name);
  if (hits.length !== 1) throw new Error(`expected one entity named ${name}, got ${hits.length}: ${entities.map((e) => e.name).join(', ')}`);
  return hits[0];
}

/** Entities that have a mention with exactly this text. */
export function withMention(entities: EntityRecord[], text: string): EntityRecord[] {
  return entities.filter((e) => e.mentions.some((m) => m.text === text));
}
