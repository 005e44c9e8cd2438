import type { Doc } from '../../../model/doc.js';
import type { EntityRecord } from '../../../model/layers/entities.js';
import type { Span } from '../../../model/span.js';
import type { QuotesLanguage } from '../../../lang/types.js';
import { entityById, findEntityAt, personEndingBefore } from '../entities/lookup.js';

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
 * The speakers of the quotations before the current one, as a pronoun needs them: the latest speaker that is a person
 * and the latest that is not (kept as they are added, so each look-back is constant time however long the article).
 */
export class EarlierSpeakers {
  private person: string | null = null;
  private other: string | null = null;

  constructor(private readonly doc: Doc) {}

  add(speaker: string | null): void {
    if (!speaker) return;
    const e = entityById(this.doc, speaker);
    if (!e) return;
    if (e.type === 'person') this.person = speaker;
    else this.other = speaker;
  }

  latest(person: boolean): string | null {
    return person ? this.person : this.other;
  }
}

/**
 * Resolves a speaker span to an entity id: through the entities layer when it has a mention there (names, titles and
 * the pronouns it resolved), else, for a pronoun, the nearest earlier speaker of a fitting type.
 */
export function resolveSpeaker(doc: Doc, span: Span, earlier: EarlierSpeakers): { id: string | null; viaFallback: boolean } {
  const entity = entityAtSpan(doc, span);
  if (entity) return { id: entity.id, viaFallback: false };
  const lang = doc.pack.quotes;
  const text = doc.text.slice(span.start, span.end).toLowerCase();
  // "I", "we" and "you" inside a quotation's frame rarely point back to the last speaker; leave them to the entities layer
  if (!isPronoun(lang, text) || lang.framePronouns.has(text)) return { id: null, viaFallback: false };
  const wantPerson = lang.personPronouns.has(text);
  const id = earlier.latest(wantPerson);
  if (id) return { id, viaFallback: true };
  // an earlier person named in the text, the nearest before the pronoun
  if (wantPerson) {
    const best = personEndingBefore(doc, span.start);
    if (best) return { id: best.id, viaFallback: true };
  }
  return { id: null, viaFallback: false };
}
