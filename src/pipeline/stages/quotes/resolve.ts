import type { Doc } from '../../../model/doc.js';
import type { EntityRecord } from '../../../model/layers/entities.js';
import type { Span } from '../../../model/span.js';
import type { Gender, QuotesLanguage } from '../../../lang/types.js';
import { genderOfGivenName } from '../../../knowledge/person-names.js';
import { entityById, findEntityAt, findMentionAt } from '../entities/lookup.js';

/** The entity the entities stage put at `span` (names, titles and the pronouns it resolved), or null. */
export function entityAtSpan(doc: Doc, span: Span): EntityRecord | null {
  return findEntityAt(doc, span.start, span.end);
}

/** True when `text` is a pronoun that needs an antecedent. */
export function isPronoun(lang: QuotesLanguage, text: string): boolean {
  const w = text.toLowerCase();
  return lang.personPronouns.has(w) || lang.groupPronouns.has(w) || lang.framePronouns.has(w);
}

/** A pronoun the entities layer resolved at least this surely (one candidate, or a clear winner) keeps its antecedent. */
const SURE_PRONOUN = 0.8;

/** How many sentences back the speaker of the last quotation turn may still be "he" or "she" (as the entities stage's window). */
const TURN_WINDOW_SENTENCES = 3;

/**
 * The speakers of the quotations before the current one, as a pronoun needs them: the latest speaker that is a person
 * (with the sentence it spoke in) and the latest that is not (kept as they are added, so each look-back is constant
 * time however long the article).
 */
export class EarlierSpeakers {
  private person: { id: string; sentence: number } | null = null;
  private other: string | null = null;

  constructor(private readonly doc: Doc) {}

  add(speaker: string | null, sentence: number): void {
    if (!speaker) return;
    const e = entityById(this.doc, speaker);
    if (!e) return;
    if (e.type === 'person') this.person = { id: speaker, sentence };
    else this.other = speaker;
  }

  /**
   * The speaker of the last turn a pronoun in sentence `sentence` may stand for: for "he"/"she", the last person who
   * spoke within the window whose pronouns do not say another gender; for "they"/"it", the last speaker that is not a
   * person. Null otherwise: an unresolved speaker rather than a guess.
   */
  latest(pronoun: string, sentence: number): string | null {
    const gendered = this.doc.pack.entities.genderedPronouns;
    if (!this.doc.pack.quotes.personPronouns.has(pronoun)) return this.other;
    const p = this.person;
    if (!p || sentence - p.sentence > TURN_WINDOW_SENTENCES) return null;
    const wanted = gendered.get(pronoun);
    const e = entityById(this.doc, p.id);
    if (wanted && e && genderOf(this.doc, e).has(wanted === 'm' ? 'f' : 'm')) return null;
    return p.id;
  }
}

/**
 * Resolves a speaker span to an entity id: through the entities layer when it has a mention there (names, titles and
 * the pronouns it resolved surely); for a pronoun it was unsure of or left alone, the speaker of the last quotation turn
 * when one fits (type, gender, distance: salience of the turn); else its guess, or nobody. Never merely the last person
 * named: that is the entities layer's call, with its confidence.
 */
export function resolveSpeaker(doc: Doc, span: Span, earlier: EarlierSpeakers): { id: string | null; viaFallback: boolean } {
  const lang = doc.pack.quotes;
  const text = doc.text.slice(span.start, span.end).toLowerCase();
  const pronoun = isPronoun(lang, text) && !lang.framePronouns.has(text);
  const found = findMentionAt(doc, span.start, span.end);
  // "he" the entities layer was unsure of: the speaker of the last quotation turn, when one fits, outranks it
  if (found && !(pronoun && found.mention.via === 'pronoun' && found.mention.confidence < SURE_PRONOUN)) return { id: found.entity.id, viaFallback: false };
  // "I", "we" and "you" inside a quotation's frame rarely point back to the last speaker; leave them to the entities layer
  const turn = pronoun ? earlier.latest(text, doc.sentenceAt(span.start)) : null;
  if (turn) return { id: turn, viaFallback: turn !== found?.entity.id };
  // then the person the parse makes the subject of this sentence (before the pronoun) or of the one before
  const subject = pronoun ? salientSubject(doc, span, text) : null;
  if (subject) return { id: subject, viaFallback: subject !== found?.entity.id };
  return { id: found?.entity.id ?? null, viaFallback: false };
}

/**
 * The person a speaker pronoun at `span` most likely stands for by salience in the parse: the grammatical subject of
 * its own sentence's main clause when that comes before it, else of the previous sentence's ("Coach Ana Reis praised
 * Tom Lee. “We were lucky,” he said": Reis, not Lee, the last named). Only a person whose pronouns and given name do not
 * say another gender; null when there is no parse, or no such subject.
 */
function salientSubject(doc: Doc, span: Span, pronoun: string): string | null {
  const p = doc.syntax;
  if (!p || !doc.pack.quotes.personPronouns.has(pronoun)) return null;
  const w = p.wordAt(span.start);
  if (w < 0) return null;
  const wanted = doc.pack.entities.genderedPronouns.get(pronoun);
  const sentence = p.sentenceOf(w);
  for (const s of [sentence, sentence - 1]) {
    if (s < 0) continue;
    const { from, to } = p.sentenceWords(s);
    for (let v = from; v < to; v++) {
      if (p.head(v) >= 0) continue;
      for (const subj of p.subjects(v)) {
        if (s === sentence && subj >= w) continue;
        // the subject's head word must be the person's name: "Oz's show" is no subject that is Oz
        const e = findEntityAt(doc, p.starts[subj], p.ends[subj]);
        if (!e || e.type !== 'person') continue;
        if (wanted && genderOf(doc, e).has(wanted === 'm' ? 'f' : 'm')) continue;
        return e.id;
      }
    }
  }
  return null;
}

/** The genders a person's record shows: of its given name ("Anna Berg"), and of the pronouns resolved to it. */
function genderOf(doc: Doc, e: EntityRecord): Set<Gender> {
  const out = new Set<Gender>();
  const parts = e.name.split(/\s+/);
  const given = parts.length > 1 ? genderOfGivenName(parts[0]) : null;
  if (given) out.add(given);
  for (const m of e.mentions) {
    const g = m.via === 'pronoun' ? doc.pack.entities.genderedPronouns.get(m.text.toLowerCase()) : undefined;
    if (g) out.add(g);
  }
  return out;
}
