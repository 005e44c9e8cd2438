import type { Doc } from '../../../model/doc.js';
import type { EntityRecord } from '../../../model/layers/entities.js';
import type { Span } from '../../../model/span.js';
import type { SpanIndex } from '../../../model/span-index.js';
import type { QuotesLanguage } from '../../../lang/types.js';
import { entityById, findEntityAt, findMentionAt } from '../entities/lookup.js';
import { describedPerson } from './description.js';
import { contradictsGender, SURE_PRONOUN } from './people.js';

/** The entity the entities stage put at `span` (names, titles and the pronouns it resolved), or null. */
export function entityAtSpan(doc: Doc, span: Span): EntityRecord | null {
  return findEntityAt(doc, span.start, span.end);
}

/** True when `text` is a pronoun that needs an antecedent. */
export function isPronoun(lang: QuotesLanguage, text: string): boolean {
  const w = text.toLowerCase();
  return lang.personPronouns.has(w) || lang.groupPronouns.has(w) || lang.framePronouns.has(w);
}

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
    if (wanted && e && contradictsGender(this.doc, e, wanted)) return null;
    return p.id;
  }
}

/**
 * Resolves a speaker span to an entity id: through the entities layer when it has a mention there (names, titles and
 * the pronouns it resolved surely); for a pronoun it was unsure of or left alone, the speaker of the last quotation turn
 * when one fits (type, gender, distance: salience of the turn); else its guess, or nobody. Never merely the last person
 * named: that is the entities layer's call, with its confidence. A description no name holds ("the Vermont senator")
 * takes up the person named before it, outside the quotations (`quoted`).
 */
export function resolveSpeaker(doc: Doc, span: Span, earlier: EarlierSpeakers, quoted: SpanIndex<Span>): { id: string | null; viaFallback: boolean } {
  const lang = doc.pack.quotes;
  const text = doc.text.slice(span.start, span.end).toLowerCase();
  // "Ana Ruiz, who said …": a relative pronoun is the name it follows, before any guess by proximity
  const antecedent = lang.relativePronouns.has(text) ? relativeAntecedent(doc, span) : null;
  if (antecedent) return { id: antecedent.entity.id, viaFallback: false };
  const pronoun = isPronoun(lang, text) && !lang.framePronouns.has(text);
  const found = pronoun ? findMentionAt(doc, span.start, span.end) : mentionAtHead(doc, span);
  // "the Vermont senator", "the Ohio Republican": a description no name holds takes up a person named before it
  const described = !pronoun && (!found || found.entity.type === 'group') ? describedPerson(doc, span, quoted) : null;
  if (described) return { id: described, viaFallback: true };
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

/** The mention that holds token `k`, or null. */
function mentionAtToken(doc: Doc, k: number): ReturnType<typeof findMentionAt> {
  return findMentionAt(doc, doc.tokens[k].start, doc.tokens[k].end);
}

/** The mention that ends right before a relative pronoun at `span` (after an optional comma, dash or parenthesis). */
function relativeAntecedent(doc: Doc, span: Span): ReturnType<typeof findMentionAt> {
  let j = doc.tokenAt(span.start) - 1;
  if (j >= 0 && /^[,(—–]$/.test(doc.tokens[j].text)) j--;
  if (j < 0) return null;
  const m = mentionAtToken(doc, j);
  if (!m || m.mention.end < doc.tokens[j].end) return null;
  // "Ana Ruiz, the head of the Harbour Trust, who …": a body after "of" only describes the one meant
  const words = doc.lowerTokens();
  let link = doc.tokenAt(m.mention.start) - 1;
  if (link > 0 && doc.pack.quotes.determiners.has(words[link])) link--;
  return link > 0 && doc.pack.quotes.roleLinkPrepositions.has(words[link]) && doc.pack.quotes.relationalSpeakerNouns.has(words[link - 1]) ? null : m;
}

/**
 * The mention a speaker noun phrase names: the one holding its head word, not a modifier ("Rep. Ana Cole of Ohio" is
 * Cole, "the Ohio senator" is no Ohio). Before an appositive comma, the name that opens it; a role held for a body ("a
 * lawyer for the family") is not the body, unless the role speaks for it ("a spokesman for the agency", "agency
 * officials"): then the body is who a reader names. A head no mention holds ("Tenney", missed by the names) keeps the
 * phrase's best overlapping mention.
 */
function mentionAtHead(doc: Doc, span: Span): ReturnType<typeof findMentionAt> {
  const from = doc.tokenAt(span.start);
  let to = from;
  while (to < doc.tokens.length && doc.tokens[to].end <= span.end) to++;
  const named = to > from ? mentionOfPhrase(doc, from, to) : undefined;
  return named === undefined ? findMentionAt(doc, span.start, span.end) : named;
}

/** A phrase's mention: found, none (null: its head is a person no mention names), or not known from its head (undefined). */
type PhraseMention = ReturnType<typeof findMentionAt> | undefined;

/** The mention a speaker phrase of tokens [from, to) names, as `mentionAtHead` reads it. */
function mentionOfPhrase(doc: Doc, from: number, to: number): PhraseMention {
  const lang = doc.pack.quotes;
  const words = doc.lowerTokens();
  let head = to - 1;
  let bodyFrom = -1;
  let appositive = -1;
  let ofPhrase = -1;
  for (let i = from + 1; i < to; i++) {
    if (words[i] === ',') {
      head = i - 1;
      appositive = i + 1;
      break;
    }
    if (!lang.roleLinkPrepositions.has(words[i])) continue;
    const lowerNoun = /^\p{Ll}/u.test(doc.tokens[i - 1].text);
    // "a survey of voters" is a survey: the noun before "of" heads the phrase, unless it only says how much of it
    if (words[i] === lang.namePreposition && lowerNoun && !lang.partitiveNouns.has(words[i - 1]) && !lang.relationalSpeakerNouns.has(words[i - 1])) {
      head = i - 1;
      // "the government of Ana Ruiz", "a poll of Ohio voters": with no body before it, the body may follow
      if (lang.voiceOfBodyNouns.has(words[i - 1]) && i + 1 < to) ofPhrase = i + 1;
      break;
    }
    if (lang.relationalSpeakerNouns.has(words[i - 1]) && lowerNoun) {
      head = i - 1;
      if (lang.voiceOfBodyNouns.has(words[i - 1]) && i + 1 < to) bodyFrom = i + 1;
      break;
    }
    // "Rep. Ana Cole of Ohio", "Joel Pratt of the Daily Ledger": a person's name ends the head
    const before = mentionAtToken(doc, i - 1);
    if (before && before.entity.type === 'person' && before.mention.end === doc.tokens[i - 1].end) {
      head = i - 1;
      break;
    }
  }
  if (bodyFrom >= 0) return findMentionAt(doc, doc.tokens[bodyFrom].start, doc.tokens[to - 1].end);
  const atHead = headMention(doc, from, head);
  if (atHead) return atHead;
  // "Her campaign manager, Dana Whitlow": a description, then the name
  if (appositive >= 0 && appositive < to) return headMention(doc, appositive, to - 1) ?? atHead;
  return ofPhrase >= 0 ? mentionOfPhrase(doc, ofPhrase, to) : atHead;
}

/** The person named before a possessive clitic in tokens [from, head), or null. */
function possessor(doc: Doc, from: number, head: number): ReturnType<typeof findMentionAt> {
  const words = doc.lowerTokens();
  for (let i = from + 1; i < head; i++) {
    if (!doc.pack.quotes.possessiveClitics.has(words[i])) continue;
    const m = mentionAtToken(doc, i - 1);
    if (m && m.entity.type === 'person') return m;
  }
  return null;
}

/** The mention of a phrase's head word `head` (a phrase from token `from`), or of a modifier that speaks for its head. */
function headMention(doc: Doc, from: number, head: number): PhraseMention {
  const lang = doc.pack.quotes;
  const words = doc.lowerTokens();
  const t = doc.tokens[head];
  const atHead = mentionAtToken(doc, head);
  if (atHead) {
    // the head's mention, unless a longer one over the phrase holds it too ("Texas Sen. Jo Harlan" as one name)
    const whole = findMentionAt(doc, doc.tokens[from].start, t.end);
    if (whole && whole.mention.start <= t.start && whole.mention.end >= t.end) return whole;
    // "Ana Ruiz's Harbour Radio show": a person owns what speaks for her; "Ruiz's aide, Tom Lee" stays Lee
    return atHead.entity.type === 'person' ? atHead : (possessor(doc, from, head) ?? atHead);
  }
  // "White House officials", "the Smith campaign": a voice of the body the modifier names; "the Ohio senator" is none
  const w = words[head];
  const plural = w.endsWith('s');
  const person = lang.peopleNouns.has(w) || doc.pack.names.isTitleHead(w) || (plural && doc.pack.names.isTitleHead(w.slice(0, -1)));
  if (lang.voiceOfBodyNouns.has(w)) return findMentionAt(doc, doc.tokens[from].start, t.end);
  if (!person) return undefined;
  // "Democratic voters", "Muslim leaders": many of a group are the group; "the Democratic candidate" is one person
  const modifier = plural ? findMentionAt(doc, doc.tokens[from].start, t.end) : null;
  return modifier?.entity.type === 'group' ? modifier : null;
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
        if (wanted && contradictsGender(doc, e, wanted)) continue;
        return e.id;
      }
    }
  }
  return null;
}
