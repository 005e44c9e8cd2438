import type { Doc } from '../../../model/doc.js';
import type { EntityRecord } from '../../../model/layers/entities.js';
import type { Span } from '../../../model/span.js';
import type { QuotesLanguage } from '../../../lang/types.js';
import { findEntityAt } from '../entities/lookup.js';

/** The entity the entities stage put at `span` (names, titles and the pronouns it resolved), or null. */
export function entityAtSpan(doc: Doc, span: Span): EntityRecord | null {
  return findEntityAt(doc, span.start, span.end);
}

/** True when `text` is a pronoun that needs an antecedent. */
export function isPronoun(lang: QuotesLanguage, text: string): boolean {
  const w = text.toLowerCase();
  return lang.personPronouns.has(w) || lang.groupPronouns.has(w) || lang.framePronouns.has(w);
}

/**
 * Resolves a speaker span to an entity id: through the entities layer when it has a mention there (names, titles and
 * the pronouns it resolved), else, for a pronoun, the nearest earlier speaker of a fitting type.
 */
export function resolveSpeaker(doc: Doc, span: Span, earlier: Array<{ speaker: string | null; start: number }>): { id: string | null; viaFallback: boolean } {
  const entity = entityAtSpan(doc, span);
  if (entity) return { id: entity.id, viaFallback: false };
  const lang = doc.pack.quotes;
  const text = doc.text.slice(span.start, span.end).toLowerCase();
  // "I", "we" and "you" inside a quotation's frame rarely point back to the last speaker; leave them to the entities layer
  if (!isPronoun(lang, text) || lang.framePronouns.has(text)) return { id: null, viaFallback: false };
  const wantPerson = lang.personPronouns.has(text);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const id = earlier[i].speaker;
    if (!id) continue;
    const e = doc.entities.find((x) => x.id === id);
    if (!e) continue;
    if (wantPerson === (e.type === 'person')) return { id, viaFallback: true };
  }
  // an earlier person named in the text, the nearest before the pronoun
  if (wantPerson) {
    let best: EntityRecord | null = null;
    let bestEnd = -1;
    for (const e of doc.entities) {
      if (e.type !== 'person') continue;
      for (const m of e.mentions) if (m.end <= span.start && m.end > bestEnd) {
        best = e;
        bestEnd = m.end;
      }
    }
    if (best) return { id: best.id, viaFallback: true };
  }
  return { id: null, viaFallback: false };
}
