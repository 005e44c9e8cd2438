import type { Doc } from '../../../model/doc.js';
import type { EntityRecord } from '../../../model/layers/entities.js';
import type { Span } from '../../../model/span.js';
import type { SpanIndex } from '../../../model/span-index.js';
import type { Gender } from '../../../lang/types.js';
import { findEntityAt, findMentionAt, mentionIndex } from '../entities/lookup.js';
import { contradictsGender, SURE_PRONOUN } from './people.js';

/** How many sentences back a description may take up a person (news re-names people every few sentences). */
const WINDOW_SENTENCES = 3;
/** The first person named in a sentence is usually its subject, whom a later description takes up (centering). */
const SUBJECT_WEIGHT = 1;
const NON_SUBJECT_WEIGHT = 0.6;
/** Each sentence of distance halves a mention's pull (recency). */
const DECAY_PER_SENTENCE = 0.5;

/**
 * A definite description of a person: its head word, whether that is an office (a title head), the gender it says, and
 * what its modifiers tie it to: a country ("the Russian leader") or a body whose office it is ("the Harbour Trust chief").
 */
interface Description {
  head: string;
  office: boolean;
  /** an office one speaks for a body by ("the spokesman"): only someone named as holding it */
  voice: boolean;
  gender: Gender | null;
  country: string | null;
  body: string | null;
}

/**
 * The person a definite description speaker stands for ("the Vermont senator", "the billionaire businessman", "Ohio's
 * governor"): news names someone, then takes them up again by office or epithet. The person named most saliently in
 * the sentences before (subjects first, the nearest first), of a gender the description allows, holding the office when
 * the description names one (a person who holds only other offices is someone else); never the subject that governs
 * the description's own clause ("Cole said the businessman …" is not Cole), nor one named only inside a quotation.
 * Null when no description, no such person, or two who hold the office named.
 */
export function describedPerson(doc: Doc, span: Span, quoted: SpanIndex<Span>): string | null {
  const d = descriptionAt(doc, span);
  if (!d) return null;
  // "the press secretary, Ana Ruiz, said": the name set beside it
  const beside = appositiveName(doc, span);
  if (beside) return beside;
  const sentence = doc.sentenceAt(span.start);
  const windowStart = doc.sentences[Math.max(0, sentence - WINDOW_SENTENCES)].start;
  const governing = governingSubjects(doc, span);
  // each person's most salient mention, and where it is: not the sum, as one named often (the one the others talk
  // about) is no likelier meant
  const scores = new Map<EntityRecord, { score: number; at: number }>();
  let holders = false;
  let lastSentence = -1;
  const mentions = mentionIndex(doc).within(windowStart, span.start).sort((a, b) => a.start - b.start);
  for (const { entity, mention } of mentions) {
    if (entity.type !== 'person' || (mention.via === 'pronoun' && mention.confidence < SURE_PRONOUN)) continue;
    if (quoted.overlapsAny(mention.start, mention.end)) continue;
    const s = doc.sentenceAt(mention.start);
    const subject = s !== lastSentence;
    lastSentence = s;
    const office = officeFit(doc, entity, d);
    if (governing.has(entity.id) || office === 'other' || (office === 'open' && d.voice) || !fits(doc, entity, d)) continue;
    if (office === 'holds') holders = true;
    const score = (subject ? SUBJECT_WEIGHT : NON_SUBJECT_WEIGHT) * DECAY_PER_SENTENCE ** (sentence - s);
    if (score >= (scores.get(entity)?.score ?? 0)) scores.set(entity, { score, at: mention.start });
  }
  let best: EntityRecord | null = null;
  let top = { score: 0, at: -1 };
  let holding = 0;
  for (const [entity, salience] of scores) {
    // one who holds the office named outranks one whose offices the article does not say
    if (holders && officeFit(doc, entity, d) !== 'holds') continue;
    // two who hold it ("the president" after two presidents): the entities layer, which reads countries, left it open
    if (holders && ++holding > 1) return null;
    // of two as salient, the one named later
    if (salience.score > top.score || (salience.score === top.score && salience.at > top.at)) [best, top] = [entity, salience];
  }
  return best?.id ?? null;
}

/** The person named right after a description, between commas ("the press secretary, Ana Ruiz, said"), or null. */
function appositiveName(doc: Doc, span: Span): string | null {
  const comma = doc.tokenAt(span.end);
  if (doc.tokens[comma]?.text !== ',' || comma + 1 >= doc.tokens.length) return null;
  const found = findMentionAt(doc, doc.tokens[comma + 1].start, doc.tokens[comma + 1].end);
  if (!found || found.entity.type !== 'person' || found.mention.via !== 'name' || found.mention.start !== doc.tokens[comma + 1].start) return null;
  const after = doc.tokenAt(found.mention.end);
  return doc.tokens[after]?.text === ',' ? found.entity.id : null;
}

/** The description a speaker span is: the definite article or a place's possessive, modifiers, an office or epithet last. */
function descriptionAt(doc: Doc, span: Span): Description | null {
  const lang = doc.pack.quotes;
  const names = doc.pack.names;
  const words = doc.lowerTokens();
  const from = doc.tokenAt(span.start);
  let to = from;
  while (to < doc.tokens.length && doc.tokens[to].end <= span.end) to++;
  if (to - from < 2) return null;
  let k = from + 1;
  if (words[from] !== lang.definiteArticle) {
    // "Ohio's governor": a place owns the office; "Cole's lawyer" is someone else
    while (k < to - 1 && !lang.possessiveClitics.has(words[k])) k++;
    if (k >= to - 1 || findEntityAt(doc, doc.tokens[from].start, doc.tokens[k - 1].end)?.type !== 'place') return null;
    k++;
  }
  // "the former secretary of state": the head comes before a title's link
  let head = to - 1;
  for (let i = k + 1; i < to - 1; i++) {
    if (names.isTitleLink(words[i]) && names.isTitleHead(words[i - 1])) {
      for (let j = i + 1; j < to; j++) if (!names.isTitleWord(words[j]) && !names.isTitleLink(words[j])) return null;
      head = i - 1;
      break;
    }
  }
  const w = words[head];
  const epithet = lang.epithetNouns.has(w);
  if (!epithet && !names.isTitleHead(w)) return null;
  // "The Union Leader" after a capitalised word is a name no entity caught, not an office
  if (!epithet && head > k && /^\p{Lu}/u.test(doc.tokens[head].text) && /^\p{Lu}/u.test(doc.tokens[head - 1].text)) return null;
  let country: string | null = null;
  let body: string | null = null;
  // the words before it only qualify it: a person named there, or an owner, makes it someone else ("the Cole aide")
  for (let i = k; i < head; i++) {
    if (lang.possessiveClitics.has(words[i]) || (!/[\p{L}\p{N}]/u.test(words[i]) && words[i] !== '-')) return null;
    const e = findEntityAt(doc, doc.tokens[i].start, doc.tokens[i].end);
    if (e?.type === 'person') return null;
    if (e?.type === 'organisation') body = e.id;
    else country = countryNamed(doc, i) ?? country;
  }
  if (k > from + 1) country ??= countryNamed(doc, from);
  const gender = lang.epithetNouns.get(w) ?? names.genderOfTitleWord(w);
  return { head: names.canonicalHead(w), office: !epithet, voice: lang.voiceOfBodyNouns.has(w), gender, country, body };
}

/** The country token `k` names: a country or its people ("the Russian leader"); a state, city or party none. */
function countryNamed(doc: Doc, k: number): string | null {
  const found = findMentionAt(doc, doc.tokens[k].start, doc.tokens[k].end);
  if (!found) return null;
  return found.entity.placeKind === 'country' || found.mention.via === 'demonym' ? found.entity.country : null;
}

/** Whether a person holds the office a description names ('holds'), only other offices ('other'), or either ('open'). */
function officeFit(doc: Doc, e: EntityRecord, d: Description): 'holds' | 'other' | 'open' {
  if (!d.office || !e.roles.length) return 'open';
  const names = doc.pack.names;
  return e.roles.some((r) => names.canonicalHead(names.titleHead(r.title)) === d.head) ? 'holds' : 'other';
}

/** A person the description's gender, country and body allow (what the article does not say about them allows it). */
function fits(doc: Doc, e: EntityRecord, d: Description): boolean {
  if (d.gender && contradictsGender(doc, e, d.gender)) return false;
  // "the Russian leader": someone the article ties to that country
  if (d.country && e.country !== d.country && !e.roles.some((r) => r.country === d.country)) return false;
  return !d.body || e.roles.some((r) => r.of === d.body);
}

/**
 * The entities that are subjects of the clauses above the description's, or of its sentence's main clauses ("Cole leads
 * Ruiz, but the senator vowed …" is not Cole), in the parse; none without a parse.
 */
function governingSubjects(doc: Doc, span: Span): Set<string> {
  const out = new Set<string>();
  const p = doc.syntax;
  if (!p) return out;
  const w = p.headOfSpan(span.start, span.end);
  if (w < 0) return out;
  const clauses: number[] = [];
  for (let v = p.head(w); v >= 0; v = p.head(v)) clauses.push(v);
  const { from, to } = p.sentenceWords(p.sentenceOf(w));
  for (let v = from; v < to; v++) if (p.head(v) < 0) clauses.push(...p.withConjuncts(v));
  for (const v of clauses) {
    for (const s of p.subjects(v)) {
      // the description itself, or a subject after it (there it governs nothing the description takes up)
      if (p.ends[s] > span.start) continue;
      // the subject up to its head word: "The Cole campaign sent a note that the businessman …" is not Cole either
      const e = findEntityAt(doc, p.subtreeSpan(s).start, p.ends[s]);
      if (e) out.add(e.id);
    }
  }
  return out;
}
