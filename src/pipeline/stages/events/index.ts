import type { Doc, Token } from '../../../model/doc.js';
import type { EventRecord, Modality } from '../../../model/layers/events.js';
import { cameoEntry, quadClassOf } from '../../../knowledge/plover/cameo.js';
import { countryByCode } from '../../../knowledge/countries.js';
import { intensityOf } from '../../../knowledge/plover/intensity.js';
import { loadActorPack, type ActorPack } from '../../../knowledge/petrarch/load.js';
import { loadEventDictionaries, type EventDictionaries } from '../../../knowledge/petrarch/pack.js';
import { LANGUAGE_PACKS } from '../../../lang/index.js';
import type { EventsLanguage } from '../../../lang/types.js';
import type { PipelineOptions, Stage } from '../../stage.js';
import { ActorKnowledge, findActors, type ActorGroup, type EntityMentionRef } from './actors.js';
import type { Span } from '../../../model/span.js';
import { CameoVerbs } from './cameo-verbs.js';
import { Discards } from './discards.js';
import { outOfDomain, outOfDomainArticle } from './domain.js';
import { politicallyRelevant } from './relevance.js';
import type { QuoteRecord } from '../../../model/layers/quotes.js';
import { cachedIndex, SpanIndex } from '../../../model/span-index.js';
import { entityById } from '../entities/lookup.js';
import { modalityOf } from './modality.js';
import { modalityFromParse } from './parse-modality.js';
import { nounRoles, reporterOfPronoun, triggerWord, verbRoles } from './parse-roles.js';
import type { Syntax } from '../syntax/parse.js';
import { hasObject, namesKind, objectGivesOtherSense, TriggerIndex, type TriggerMatch } from './triggers.js';
import { contextOf, eventDate, eventPlace, placesIndex } from './where-when.js';
import { defeatInContest, placeOfFigure, verbTakenForNoun } from './senses.js';
import { WordIds } from './word-ids.js';
import { asksAnotherToAct, objectControlOf } from './object-control.js';

export { TriggerIndex } from './triggers.js';

/** sectors of a state's authority at home: the people they act on, named with no country, are of their country */
const DOMESTIC_AUTHORITIES = new Set(['COP', 'JUD', 'GOV']);
/** CAMEO codes of force used on a place or its people: assault (18), fight (19), mass violence (20) */
const ATTACK_CODES = /^(18|19|20)/;
/** CAMEO codes of acts done to a place's people: aid (07), cutting ties or aid (16), coercion (17) and force (18-20) */
const ACTS_ON_A_PLACE = /^(07|16|17|18|19|20)/;
/** sectors of a state's own institutions, which an opposition opposes */
const STATE_SECTORS = new Set(['GOV', 'COP', 'JUD', 'LEG', 'MIL']);

/** Is a party of sector `open`, named with no country, of the country of its counterpart of sector `known`? */
function domesticCounterpart(known: string | null, open: string | null): boolean {
  if (open === 'OPP') return STATE_SECTORS.has(known ?? '');
  if (open === 'GOV') return known === 'OPP' || known === 'REB';
  // a government's dealings with rebels of no stated country are with its own ("lifted its ban on the rebel group")
  if (open === 'REB') return known === 'GOV';
  return false;
}

/** sectors of armed force, policing and justice: a body of them acts for some state or cause even when none is named */
const FORCE_OR_COURT = new Set(['MIL', 'COP', 'REB', 'UAF', 'JUD', 'SPY']);

/** Is the party armed forces, police, rebels, a court or intelligence? */
function forceOrCourt(g: ActorGroup | null): boolean {
  return !!g && FORCE_OR_COURT.has(g.sector ?? '');
}

/** types of acts parties do together: coordinated subjects of such a verb are its two parties */
const MUTUAL_TYPES = new Set(['AGREE', 'CONSULT', 'COOPERATE']);
/** CAMEO code of stepping down from office (resigning): an act of one's own that aims at no one */
const STEPPING_DOWN = /^0831/;
/** types whose stated future act is a threat rather than a promise */
const HOSTILE_QUADS = new Set([3, 4]);
// an event with neither a verb nor both actors is less certain; these set the base confidence by trigger kind
const VERB_CONFIDENCE = 0.6;
const NOUN_CONFIDENCE = 0.45;
// CAMEO's verb dictionary codes every sense of a verb; our lexicon's predicates were written for one, so they go first
const DICTIONARY_VERB_DISCOUNT = 0.2;
// the stated intention ("will visit", "agreed to release") is asserted, the act it announces only planned: it ranks first
const INTENT_OVER_ACT = 0.06;
// the demanded act follows its modal closely ("must return", "must immediately return", "should not be allowed to")
const DEMANDED_ACT_REACH = 3;

export interface EventsStageOptions {
  /** a knowledge pack already loaded (tests, the PETRARCH regression suite) */
  pack?: ActorPack | null;
  /** the field's dictionaries (default: the compiled table in models/; null: none) */
  dictionaries?: EventDictionaries | null;
}

interface Draft {
  order: number;
  type: string;
  cameo: string;
  mode: string | null;
  source: ActorGroup | null;
  target: ActorGroup | null;
  symmetric: boolean;
  modality: Modality;
  trigger: { first: number; end: number };
  /** spans of who reported the act (the attribution, the speaker): no place of it */
  reported?: Span[];
  confidence: number;
}

/** Stage `events`: who did what to whom, coded in PLOVER with CAMEO codes, modality, place and date. */
export function createEventsStage(options: PipelineOptions & EventsStageOptions = {}): Stage {
  const pack = options.pack ?? (options.actorsFile ? loadActorPack(options.actorsFile.split(',')) : null);
  const dictionaries = options.dictionaries === undefined ? loadEventDictionaries() : options.dictionaries;
  const discards = new Discards(dictionaries?.discards ?? []);
  // one id a dictionary word for the actor phrases and the CAMEO verbs: a sentence's words are looked up once
  const words = new WordIds();
  const cameo = dictionaries ? new CameoVerbs(dictionaries.verbs, words) : null;
  // actor phrases and trigger index of each language pack, built once with the pipeline
  const byLanguage = new Map<EventsLanguage, { knowledge: ActorKnowledge; triggers: TriggerIndex }>();
  for (const { events } of LANGUAGE_PACKS) byLanguage.set(events, { knowledge: new ActorKnowledge(events, dictionaries, pack, words), triggers: new TriggerIndex(events) });
  return {
    name: 'events',
    run(doc: Doc): void {
      const { knowledge, triggers } = byLanguage.get(doc.pack.events)!;
      doc.events = codeEvents(doc, knowledge, triggers, discards, cameo);
    },
  };
}

/**
 * Every event of the document, sentence by sentence, in text order (`knowledge` and `triggers` of the doc's language;
 * `cameo` built on the same WordIds as `knowledge`).
 */
export function codeEvents(
  doc: Doc, knowledge: ActorKnowledge, triggers: TriggerIndex, discards: Discards = new Discards([]), cameo: CameoVerbs | null = null,
): EventRecord[] {
  if (cameo && cameo.words !== knowledge.words) throw new Error('the CAMEO verbs and the actor knowledge must share one WordIds');
  const lang = doc.pack.events;
  const out: EventRecord[] = [];
  const lowerTokens = doc.lowerTokens();
  const lowered = doc.sentences.map((sentence) => lowerTokens.slice(sentence.tokenStart, sentence.tokenEnd));
  // the dictionaries' ids of each sentence's words, looked up when a matcher first needs them
  const ids: Array<Int32Array | undefined> = new Array(doc.sentences.length);
  const idsOf = (s: number): Int32Array => (ids[s] ??= knowledge.words.of(lowered[s]));
  const discarded = lowered.map((w) => discards.find(w) ?? (outOfDomain(lang, w) ? 'sentence' : null));
  // a story-level discard (a sports fixture, a film festival), or a report of sport or science, codes nothing
  if (discarded.includes('story') || outOfDomainArticle(discarded.map((d) => d !== null))) return out;
  // entity mentions and quotes per sentence, gathered once: each sentence then reads only its own
  const perSentence: EntityMentionRef[][] = doc.sentences.map(() => []);
  for (const entity of doc.entities) for (const mention of entity.mentions) perSentence[doc.sentenceAt(mention.start)]?.push({ entity, mention });
  const quoteSpans = new SpanIndex(doc.quotes.filter((q) => q.kind !== 'indirect').flatMap((q) => (q.fragments.length ? q.fragments : q.parts)));
  // actors are found only in sentences that may hold an event, and in those before them that a pronoun looks back to
  const wordsOf = (s: number): string[] => lowered[s];
  const actors: Array<ActorGroup[] | undefined> = new Array(doc.sentences.length);
  const actorsOf = (s: number): ActorGroup[] => {
    let groups = actors[s];
    if (groups) return groups;
    const w = wordsOf(s);
    groups = codable(w) ? findActors(doc, doc.sentenceTokens(s), knowledge, perSentence[s], w, idsOf(s)) : [];
    return (actors[s] = groups);
  };
  // the actor a pronoun opening sentence s falls back on: the first named actor with a country in the nearest sentence
  // before s that has one (pronoun resolution rewrites only pronouns, so a sentence's named actors are final when found)
  // (remembered per sentence, so that a walk back stops where an earlier one ended: linear in a long document)
  const previous: Array<ActorGroup | null | undefined> = new Array(doc.sentences.length);
  const previousActor = (s: number): ActorGroup | null => {
    let found: ActorGroup | null = null;
    for (let k = s - 1; k >= 0; k--) {
      if (previous[k + 1] !== undefined) {
        found = previous[k + 1]!;
        break;
      }
      const g = actorsOf(k).find((a) => !a.pronoun && a.country);
      if (g) {
        found = g;
        break;
      }
    }
    return (previous[s] = found);
  };
  for (let s = 0; s < doc.sentences.length; s++) {
    const w = wordsOf(s);
    if (!codable(w) || discarded[s]) continue;
    // only a sentence with a trigger, or a modal a demand is read from, can yield an event
    const tokenStart = doc.sentences[s].tokenStart;
    const syntax = doc.syntax;
    const matches = triggers.match(w, syntax ? (m) => senseFits(lang, syntax, tokenStart, m) : undefined);
    if (cameo && syntax) {
      // the dictionary's verbs, where our lexicon has no reading of the word
      const covered = new Array<boolean>(w.length).fill(false);
      for (const m of matches) for (let k = m.first; k < m.end; k++) covered[k] = true;
      const found = cameo.match(syntax, idsOf(s), covered, (i) => syntax.wordOfToken(tokenStart + i), (v) => asksAnotherToAct(lang, syntax, v));
      matches.push(...found.filter((m) => {
        const word = syntax.wordOfToken(tokenStart + m.head);
        return !triggers.otherSense(syntax, word) && !defeatInContest(lang, syntax, word);
      }));
      matches.sort((a, b) => a.first - b.first);
    }
    if (matches.length === 0 && !hasModal(lang, w)) continue;
    const tokens = doc.sentenceTokens(s);
    const drafts = codeSentence(lang, doc, tokens, w, matches, actorsOf(s), previousActor, s, quoteSpans);
    for (const d of drafts) out.push(toRecord(lang, doc, s, tokens, d, out.length));
  }
  return out;
}

/**
 * The trigger's words are used in the sense the lexicon means: a verb entry needs a verb in the parse ("shell" the
 * noun, "March" the month, "host" the noun are not; a verb the tagger took for a noun in a clause with no verb is one),
 * not one of defeating told of a contest ("beat Y in the runoff"), a noun entry a noun or an adjective (not a verb) that names an
 * act, not a kind of thing ("aid workers").
 */
function senseFits(lang: EventsLanguage, syntax: Syntax, tokenStart: number, m: TriggerMatch): boolean {
  const w = triggerWord(syntax, tokenStart, m.head);
  const upos = syntax.upos(w);
  if (m.predicate.entry.pos === 'verb') {
    const verb = upos === 'VERB' || gerund(lang, syntax, w) || verbTakenForNoun(syntax, w);
    const transitive = !m.predicate.entry.needsObject || hasObject(syntax, w);
    return verb && transitive && !objectGivesOtherSense(syntax, w, m.predicate.entry) && !defeatInContest(lang, syntax, w);
  }
  return upos !== 'VERB' && upos !== 'AUX' && !namesKind(lang, syntax, w);
}

/** A verb's -ing form used as a noun ("the killing of two journalists"): an event noun of that verb. */
function gerund(lang: EventsLanguage, syntax: Syntax, w: number): boolean {
  return syntax.upos(w) === 'NOUN' && syntax.xpos(w) === 'NN' && lang.gerund.test(syntax.form(w));
}

/** Promo and navigation lines ("ALSO READ | ...") and empty sentences carry no events and no actors. */
function codable(w: string[]): boolean {
  return w.length > 0 && !w.includes('|');
}

/** Has the sentence a modal after its first word (see demandsByModal)? */
function hasModal(lang: EventsLanguage, w: string[]): boolean {
  for (let k = 1; k < w.length; k++) if (lang.modalNouns.has(w[k])) return true;
  return false;
}

function codeSentence(
  lang: EventsLanguage, doc: Doc, tokens: Token[], w: string[], found: TriggerMatch[], groups: ActorGroup[], previousActor: (s: number) => ActorGroup | null, s: number,
  quoteSpans: SpanIndex<Span>,
): Draft[] {
  // the place an economic figure was measured in is where, not a party ("weaker sales in China")
  const syntax = doc.syntax;
  let all = syntax ? groups.filter((g) => !placeOfFigure(lang, syntax, g.start, g.endChar)) : groups;
  groups = all;
  const unplaced = all.some((g) => g.unplaced);
  if (unplaced) groups = all.filter((g) => !g.unplaced);
  if (groups.some((g) => g.pronoun)) resolvePronouns(groups, previousActor(s), doc.syntax);
  const attributionSpan = attributionRange(lang, w, groups);
  const attribution = attributionSpan.from;
  const speaker = speakerOf(lang, doc, tokens, groups, attributionSpan, w);
  // a capitalised word inside an actor's name is not a predicate ("North March", "Strike Force"), nor is a sentence's
  // first word that modifies the actor phrase it opens ("Riot police beat ...": capitals say nothing there)
  const inName = (m: TriggerMatch): boolean =>
    m.first > 0 ? /^[A-Z]/.test(tokens[m.head].text) && groups.some((g) => g.first <= m.head && m.head < g.end) : all.some((g) => g.first === 0 && m.end < g.end);
  const inAttribution = (first: number): boolean => first >= attribution && first < attributionSpan.to;
  const matches = found.filter((m) => !inAttribution(m.first) && !lang.reportingVerbs.has(w[m.first]) && !inName(m));
  // the one who reports an act is no party to it: an actor of the attribution ("..., South Korea's military said",
  // "According to Japan's defence ministry, ...") fills no role of an act outside it, and its name is not where it happened
  const reporters = groups.filter((g) => inAttribution(g.first));
  if (reporters.length) {
    groups = groups.filter((g) => !inAttribution(g.first));
    all = all.filter((g) => !inAttribution(g.first));
  }
  const reported = [...reporters, ...(speaker ? [speaker] : [])].map((g) => ({ start: g.start, end: g.endChar }));
  const events: Draft[] = [];
  let governing: { type: string; end: number; confidence: number } | null = null;
  for (const m of matches) {
    const entry = m.predicate.entry;
    const byWindow = rolesOf(lang, w, groups, m, m.first < attribution ? attribution : w.length, mutual(m), doc.syntax ? passiveInParse(lang, doc.syntax, doc.sentences[s].tokenStart, m) : false);
    const parsed = doc.syntax ? rolesFromParse(lang, doc.syntax, doc.sentences[s].tokenStart, groups, m) : null;
    let roles = doc.syntax ? mergeRoles(parsed, byWindow) : byWindow;
    // the parse's roles among every actor, groups of no stated country too
    const whole = unplaced && doc.syntax ? rolesFromParse(lang, doc.syntax, doc.sentences[s].tokenStart, all, m) : null;
    // an act the parse gives a group of no stated country ("after protesters blocked the road") is that group's: the
    // window's guess (an actor of another clause) is not its agent
    if (!parsed?.source && whole?.source?.unplaced) roles = { ...roles, source: null };
    let { source, target } = roles;
    if (entry.subjectIsTarget) {
      target = source;
      source = speaker;
    }
    if (source && target && sameActor(source, target)) target = null;
    // police act where they serve: a group they act on that is named with no country is of the police's country
    if (source?.sector === 'COP' && source.country && target && !target.country && !target.person && !target.pronoun) target = { ...target, country: source.country };
    // an opposition is the opposition of its own state, and rebels rise against their own government: either party of
    // such a pair named with no country ("opposition leader X", "President Y" facing rebels of a country) shares the other's
    if (source && target && !source.country !== !target.country) {
      const [known, open] = source.country ? [source, target] : [target, source];
      if (!open.pronoun && domesticCounterpart(known.sector, open.sector)) {
        const placed = { ...open, country: known.country };
        if (open === source) source = placed;
        else target = placed;
      }
    }
    // ... and so does a group of no stated country they act on, or that acts on them ("police dispersed protesters")
    if (whole && (!source || !target) && (source ?? target)?.country) {
      const known = (source ?? target)!;
      const other = source ? whole?.target : whole?.source;
      if (DOMESTIC_AUTHORITIES.has(known.sector ?? '') && other?.unplaced && (source ? whole?.source : whole?.target) === known) {
        const placed = { ...other, country: known.country };
        if (source) target = placed;
        else source = placed;
      }
    }
    // an act of our lexicon between armed forces, police or a court and another party, named with no country ("police
    // arrested three men", "protesters clashed with police", "a prosecutor charged the former minister"): the parse's
    // parties stand, of unknown country, in the roles no placed actor fills
    if (whole && !entry.subjectIsTarget && entry.example) {
      const s2 = source ?? (whole.source?.unplaced && whole.source !== target ? whole.source : null);
      const t2 = target ?? (whole.target?.unplaced && whole.target !== s2 ? whole.target : null);
      if ((s2 !== source || t2 !== target) && (forceOrCourt(s2) || forceOrCourt(t2))) {
        source = s2;
        target = t2;
      }
    }
    if (!source && !target) continue;
    if (m.unrefined && doc.syntax && !unrefinedVerbFits(doc.syntax, doc.sentences[s].tokenStart, m, parsed?.source ?? whole?.source ?? null, parsed?.target ?? whole?.target ?? null, source, target)) continue;
    if (!politicallyRelevant(source, target)) continue;
    // troops that arrive somewhere are deployed, not on a visit: a visit is paid by officials, not by a body of soldiers
    if ((entry.mode ?? cameoEntry(entry.cameo)?.mode) === 'visit' && source && forceOfSoldiers(doc.syntax, source)) continue;
    const charStart = tokens[m.first].start;
    const inQuote = quoteSpans.overlapping(charStart, charStart).length > 0;
    const speechAct = quadClassOf(entry.cameo) === 1 || quadClassOf(entry.cameo) === 3;
    const mod = modalityOf(lang.modality, w, m.first, roles.subjectEnd, inQuote && !speechAct);
    let modality = mod.modality;
    if (doc.syntax) {
      // the parse says what governs the event; the window's cues stay for what the parse does not mark ("reportedly")
      const parsed = modalityFromParse(lang, doc.syntax, triggerWord(doc.syntax, doc.sentences[s].tokenStart, m.head));
      if (parsed) modality = parsed.modality;
    }
    // an act inside "threatened to ..." / "promised to ..." is threatened / planned
    const governed = !!governing && m.first <= governing.end + 2;
    if (governing && governed && modality === 'asserted') modality = governing.type === 'THREATEN' ? 'threatened' : 'planned';
    const cameo = entry.cameo;
    const hostile = HOSTILE_QUADS.has(quadClassOf(cameo));
    // a dictionary verb (no example of ours) is a broader reading than a lexicon predicate
    const base = (entry.pos === 'verb' ? VERB_CONFIDENCE : NOUN_CONFIDENCE) - (entry.example ? 0 : DICTIONARY_VERB_DISCOUNT);
    const prominence = doc.syntax ? clauseProminence(doc.syntax, triggerWord(doc.syntax, doc.sentences[s].tokenStart, m.head)) : 0;
    let confidence = Math.min(0.95, base + prominence + (source ? 0.15 : 0) + (target ? 0.1 : 0) - (modality === 'asserted' ? 0 : 0.05));
    // the promise, threat or willingness is what happened; the act it announces ranks after it
    if (governing && governed) confidence = Math.min(confidence, governing.confidence - INTENT_OVER_ACT);
    const draft: Draft = {
      order: m.first, type: m.predicate.type, cameo, mode: entry.mode ?? cameoEntry(cameo)?.mode ?? null, source, target,
      symmetric: roles.symmetric, modality, trigger: { first: m.first, end: m.end }, confidence, reported,
    };
    // a stated future act of the subject is itself an event: a promise (AGREE), a threat, or a refusal (REJECT)
    // (not of an act asked of another: "will not call on X to withdraw" states nothing X will do)
    const asked = (): boolean => !!doc.syntax && !!objectControlOf(lang, doc.syntax, triggerWord(doc.syntax, doc.sentences[s].tokenStart, m.head));
    if (mod.intent && !entry.intent && source && m.predicate.type !== 'THREATEN' && m.predicate.type !== 'AGREE' && !asked()) {
      const conditional = w.includes('unless') || (w.includes('if') && hostile);
      const intentType = modality === 'negated' ? 'REJECT' : conditional || hostile ? 'THREATEN' : 'AGREE';
      const intentCameo = intentType === 'REJECT' ? '120' : intentType === 'THREATEN' ? '130' : agreeCodeFor(m.predicate.type);
      events.push({ ...draft, order: m.first - 0.5, type: intentType, cameo: intentCameo, mode: null, modality: 'asserted', symmetric: false, confidence: Math.min(0.95, confidence + INTENT_OVER_ACT) });
    }
    events.push(draft);
    if (entry.intent) governing = { type: m.predicate.type, end: m.end, confidence };
  }
  const demands = demandsByModal(lang, w, groups, attribution);
  // "X said Y must return ...": the demand is what happened; the act demanded of Y ranks after it, and so does every
  // act of the clause the modal governs ("must reach an agreement before aid is released")
  for (const d of demands) {
    const demanded = doc.syntax ? governedSpan(doc.syntax, tokens, d.trigger.first) : null;
    for (const e of events) {
      const near = e.source === d.target && e.trigger.first > d.trigger.first && e.trigger.first <= d.trigger.first + DEMANDED_ACT_REACH;
      const at = tokens[e.trigger.first].start;
      const inClause = !!demanded && e.trigger.first > d.trigger.first && at >= demanded.start && at < demanded.end;
      if (!near && !inClause) continue;
      e.confidence = Math.min(e.confidence, d.confidence - INTENT_OVER_ACT);
      // what one must do has not been done
      if (e.modality === 'asserted') e.modality = 'hypothetical';
    }
  }
  events.push(...demands);
  events.sort((a, b) => a.order - b.order);
  return events;
}

/**
 * Does a dictionary verb that no pattern refined fit an act between parties? Its block's code holds every sense of the
 * word ("think", "want", "go", "take", "help"), so the parse must give it its doer as its subject, and its other party
 * as its object or, when the verb governs no clause of its own, the one the sentence names (for force, the place it
 * names: "fired shells at targets in Jericho"): a clause it governs ("think that ...", "want to ...", "helped pass ...") is what is thought, wanted or
 * helped, no act of the verb's own between two parties.
 */
function unrefinedVerbFits(
  syntax: Syntax, tokenStart: number, m: TriggerMatch, parsedSource: ActorGroup | null, parsedTarget: ActorGroup | null, source: ActorGroup | null, target: ActorGroup | null,
): boolean {
  if (!parsedSource || !source || parsedSource.start !== source.start || parsedSource.endChar !== source.endChar) return false;
  // (the parse's party may have been given its country since: the same phrase)
  if (target && parsedTarget && parsedTarget.start === target.start && parsedTarget.endChar === target.endChar) return true;
  // force with no one named as its target hit the place the sentence names (see toRecord)
  if (!target && !ATTACK_CODES.test(m.predicate.entry.cameo)) return false;
  const v = triggerWord(syntax, tokenStart, m.head);
  // a verb whose object is a thing acts on that thing ("introduced a bill to sanction X"), not on a party named elsewhere
  if (target && syntax.childrenWith(v, 'obj').length > 0) return false;
  return syntax.childrenWith(v, 'ccomp', 'xcomp').length === 0;
}

/** Is the actor a body of soldiers ("Kenyan troops", "French soldiers"): armed forces named by a plural noun, no official? */
function forceOfSoldiers(syntax: Syntax | null, g: ActorGroup): boolean {
  if (g.sector !== 'MIL' || g.person || g.pronoun || !syntax) return false;
  const h = syntax.headOfSpan(g.start, g.endChar);
  return h >= 0 && syntax.xpos(h) === 'NNS';
}

/** CAMEO 03x code for the intent to do an act of the given type. */
function agreeCodeFor(type: string): string {
  if (type === 'CONSULT') return '036';
  if (type === 'AID') return '033';
  if (type === 'RETREAT' || type === 'CONCEDE') return '035';
  if (type === 'COOPERATE') return '031';
  return '030';
}

function sameActor(a: ActorGroup, b: ActorGroup): boolean {
  // one phrase may name two actors sharing a head noun ("Ethiopian and Eritrean delegations"): they differ by country
  // one entity is one actor, but a country's entity is linked to every phrase of its people: "Kenyan supporters" and
  // "the Kenyan government" differ by sector
  return (a.first === b.first && a.country === b.country) || (!!a.entity && a.entity === b.entity && a.sector === b.sector);
}

/** "they", "it" take the code of the nearest actor before them in the sentence, else of the previous sentence. */
function resolvePronouns(groups: ActorGroup[], previous: ActorGroup | null, syntax: Syntax | null): void {
  for (let g = 0; g < groups.length; g++) {
    const p = groups[g];
    if (!p.pronoun) continue;
    let ref: ActorGroup | null = syntax ? reporterOfPronoun(syntax, groups, p) : null;
    for (let k = g - 1; k >= 0 && !ref; k--) if (!groups[k].pronoun && groups[k].country) ref = groups[k];
    ref ??= previous;
    if (ref) {
      p.country = ref.country;
      p.sector = ref.sector;
      p.prefix = ref.prefix;
      p.entity = ref.entity;
      p.name = ref.name;
      p.person = ref.person;
    }
  }
}

/** the most words an attribution clause holds */
const MAX_ATTRIBUTION = 14;
/** a closing reporting verb is among an attribution's last words ("said", "said on Monday", "said in a statement") */
const ATTRIBUTION_TAIL = 4;
const SENTENCE_END = /^[.!?]+$/;

/**
 * The tokens of an attribution clause set off by commas (", a spokesman said." / ", warned a top official on
 * Tuesday,"), or opening the sentence ("According to X, ..."): [from, to); from = to = length when there is none.
 */
function attributionRange(lang: EventsLanguage, w: string[], groups: ActorGroup[]): { from: number; to: number } {
  const commas: number[] = [];
  for (let k = 0; k < w.length; k++) if (w[k] === ',') commas.push(k);
  for (let c = commas.length - 1; c >= 0; c--) {
    const from = commas[c];
    const to = c + 1 < commas.length ? commas[c + 1] : w.length;
    // (the sentence's closing mark is no word of it)
    let last = to;
    while (last > from + 1 && SENTENCE_END.test(w[last - 1])) last--;
    const seg = w.slice(from + 1, last);
    // an attribution is short, names its speaker and holds a reporting verb at its start or end
    if (seg.length === 0 || seg.length > MAX_ATTRIBUTION) continue;
    const verbAtEdge = lang.reportingVerbs.has(seg[0]) || seg[0] === 'warned' || seg.slice(-ATTRIBUTION_TAIL).some((t) => lang.reportingVerbs.has(t)) || seg.includes('quoted');
    if (!verbAtEdge || !groups.some((g) => g.first > from && g.first < to)) continue;
    return { from, to };
  }
  // "According to Japan's defence ministry, ...": an opening attribution runs to the first comma
  if (commas.length && commas[0] <= MAX_ATTRIBUTION && lang.attributionOpeners.has(w[0]) && groups.some((g) => g.first < commas[0])) return { from: 0, to: commas[0] };
  return { from: w.length, to: w.length };
}

/** The speaker of the sentence: a quote's speaker, the closing attribution's actor, or "X said ..." at its start. */
const QUOTE_INDEXES = new WeakMap<QuoteRecord[], { size: number; index: SpanIndex<QuoteRecord> }>();

/** The quotes layer by span, built once per document. */
function quotesIndex(doc: Doc): SpanIndex<QuoteRecord> {
  return cachedIndex(QUOTE_INDEXES, doc.quotes, doc.quotes.length, () => doc.quotes);
}

function speakerOf(lang: EventsLanguage, doc: Doc, tokens: Token[], groups: ActorGroup[], attribution: { from: number; to: number }, w: string[]): ActorGroup | null {
  const sStart = tokens[0].start;
  const sEnd = tokens[tokens.length - 1].end;
  for (const q of quotesIndex(doc).overlapping(sStart, sEnd)) {
    if (!q.speakerSpan) continue;
    const g = groups.find((x) => x.start < q.speakerSpan!.end && q.speakerSpan!.start < x.endChar);
    if (g) return g;
    if (q.speaker) {
      const e = entityById(doc, q.speaker);
      if (e) {
        const withEntity = groups.find((x) => x.entity === e.id);
        if (withEntity) return withEntity;
      }
    }
  }
  if (attribution.from < attribution.to) {
    const inside = groups.filter((g) => g.first > attribution.from && g.first < attribution.to);
    return inside.find((g) => !g.pronoun) ?? inside[0] ?? null;
  }
  for (let k = 0; k < w.length; k++) {
    if (lang.reportingVerbs.has(w[k]) || w[k] === 'warned' || w[k] === 'stated') return groups.filter((g) => g.end <= k).pop() ?? null;
  }
  return null;
}

interface Roles {
  source: ActorGroup | null;
  target: ActorGroup | null;
  symmetric: boolean;
  /** token index after the subject (where modal cues may start) */
  subjectEnd: number;
  /** the parse says the act has no patient: none is taken from another reading */
  noPatient?: boolean;
  /** the parse says the act's doer is no one it names: none is taken from another reading */
  noAgent?: boolean;
}

/**
 * Is the trigger passive by the parse: a verb with a passive auxiliary (an irregular participle the word test misses:
 * "was put", "were shot"), or an event noun in the result phrase of such a verb ("was put under investigation",
 * "were taken into custody"), whose patient is that verb's subject?
 */
function passiveInParse(lang: EventsLanguage, syntax: Syntax, tokenStart: number, m: TriggerMatch): boolean {
  let v = triggerWord(syntax, tokenStart, m.head);
  if (m.predicate.entry.pos !== 'verb') {
    if (syntax.baseRelation(v) !== 'obl' || !lang.resultPrepositions.has(syntax.caseMarker(v))) return false;
    v = syntax.head(v);
  }
  return v >= 0 && syntax.childrenWith(v, 'aux:pass').length > 0;
}

function rolesOf(lang: EventsLanguage, w: string[], groups: ActorGroup[], m: TriggerMatch, attribution: number, symmetricEntry: boolean, passiveByParse = false): Roles {
  const head = m.predicate.entry.pos === 'verb' ? m.first : m.end - 1;
  const passive = passiveByParse || (m.predicate.entry.pos === 'verb' && (lang.pastParticiple.test(w[head]) &&
    (lang.passiveAuxiliaries.has(w[head - 1]) || (lang.passiveAuxiliaries.has(w[head - 2]) && lang.adverb.test(w[head - 1])) || (w[head - 1] === 'been' && lang.passiveAuxiliaries.has(w[head - 2])))));
  // subject: the nearest actor before the trigger not inside a prepositional phrase; failing that, the nearest
  let subject: ActorGroup | null = null;
  let fallback: ActorGroup | null = null;
  let conj: ActorGroup | null = null;
  for (let g = groups.length - 1; g >= 0; g--) {
    const x = groups[g];
    if (x.end > m.first) continue;
    let edge = false;
    for (let k = x.end; k < m.first; k++) if (w[k] === ';' || w[k] === ':' || w[k] === '"' || w[k] === '“' || w[k] === '”') edge = true;
    if (edge) break;
    const before = w[x.first - 1];
    fallback ??= x;
    // "a group of diplomats", "thousands of students": "of" after a quantity word does not start a modifier phrase
    const quantity = before === lang.genitivePreposition && lang.quantityNouns.has(w[x.first - 2] ?? '');
    if (before && lang.prepositions.has(before) && !passive && !quantity) continue;
    subject = x;
    // "A and B agreed": the partner joined by "and" (or sharing a split run) is the other party
    const prev = groups[g - 1];
    if (prev && (w[prev.end] === 'and' && prev.end + 1 === x.first || prev.first === x.first)) conj = prev;
    break;
  }
  subject ??= passive ? fallback : null;
  // object: the first actor after the trigger, within the clause
  let object: ActorGroup | null = null;
  let second: ActorGroup | null = null;
  let agent: ActorGroup | null = null;
  let located: ActorGroup | null = null;
  const from = m.end;
  let lastPlace: ActorGroup | null = null;
  for (const x of groups) {
    if (x.first < from || x.first >= attribution) continue;
    let edge = false;
    for (let k = from; k < x.first; k++) if (lang.objectEdges.has(w[k]) || (w[k] === ',' && k > from + 1 && w[k + 1] !== 'and')) edge = true;
    if (edge) break;
    if (w[x.first - 1] === lang.agentPreposition) {
      agent ??= x;
      continue;
    }
    // "marched through Nairobi", "signed the deal in Havana": a city after a locative preposition is where, not whom,
    // and so are the places listed with it ("campaigned in Ohio and Iowa")
    if ((x.place || x.town) && (lang.locativePrepositions.has(w[x.first - 1]) || (lastPlace && listedAfter(w, lastPlace, x)))) {
      located ??= x;
      lastPlace = x;
      continue;
    }
    if (!object) object = x;
    else if (!second && w[x.first - 1] === 'and' && object.end + 1 === x.first) second = x;
  }
  const subjectEnd = subject ? subject.end : 0;
  // "was arrested in Lebanon": with no "by" agent, the state where it happened acts
  if (passive && !agent && object && w[object.first - 1] === 'in' && !object.sector) agent = object;
  if (passive && !agent && !object && located && w[located.first - 1] === 'in' && !located.sector) agent = located;
  if (passive) return { source: agent, target: subject, symmetric: false, subjectEnd };
  // "the arrest of X by Y": an event noun's "by" phrase names its agent, before any subject of the sentence
  if (agent && !symmetricEntry && m.predicate.entry.pos !== 'verb') return { source: agent, target: object, symmetric: false, subjectEnd };
  if (symmetricEntry) {
    if (conj && subject) return { source: conj, target: subject, symmetric: true, subjectEnd };
    if (object && second && (w[from] === lang.partiesPreposition || !subject)) return { source: object, target: second, symmetric: true, subjectEnd };
    return { source: subject, target: object, symmetric: !!(subject && object), subjectEnd };
  }
  // with no one else acted on, the city where force, coercion or aid (or its cutting) happened is who it was done to: its
  // people ("shelled positions in Aleppo", "suspended aid deliveries in Baghdad"); a rally, a meeting or a campaign in a
  // city is held there, not aimed at it
  if (!object && located && located !== subject && ACTS_ON_A_PLACE.test(m.predicate.entry.cameo)) object = { ...located, sector: 'CVL' };
  return { source: subject, target: object, symmetric: false, subjectEnd };
}

/** Is `b` listed right after `a`, joined by a comma or a coordinator ("Ohio and Iowa", "Ohio, Iowa or Texas")? */
function listedAfter(w: string[], a: ActorGroup, b: ActorGroup): boolean {
  const gap = w.slice(a.end, b.first).filter((t) => t !== ',');
  return b.first > a.end && b.first - a.end <= 2 && (gap.length === 0 || gap.length === 1 && (gap[0] === 'and' || gap[0] === 'or'));
}

/** Is the trigger an act of two parties together: a symmetric entry, or a verb of agreeing, consulting or cooperating? */
function mutual(m: TriggerMatch): boolean {
  // coordinated parties who agree, consult or cooperate do so with each other ("A and B agreed to ...")
  return m.predicate.entry.symmetric ?? (m.predicate.entry.pos === 'verb' && MUTUAL_TYPES.has(m.predicate.type));
}

/** Roles read from the parse; null when the parse finds no actor in either role (the window reading is then used). */
function rolesFromParse(lang: EventsLanguage, syntax: Syntax, tokenStart: number, groups: ActorGroup[], m: TriggerMatch): Roles | null {
  const entry = m.predicate.entry;
  const symmetric = mutual(m);
  const word = triggerWord(syntax, tokenStart, m.head);
  // stepping down aims at no one: not at its purpose's patient, nor at one another reading finds ("stepped down to ease
  // pressure on Congress")
  const ownAct = entry.pos === 'verb' && STEPPING_DOWN.test(entry.cameo);
  const r = entry.pos === 'verb' && !gerund(lang, syntax, word)
    ? verbRoles(lang, syntax, groups, word, symmetric, entry.intent, !ownAct)
    : nounRoles(lang, syntax, groups, word, entry.cameo, symmetric);
  // an act reacted to ("condemned the attack"), or one whose subject names no actor ("the storm forced ..."), has no
  // agent but one the parse finds: none from another reading
  const noAgent = (!!r.reactedTo || !!r.agentNoActor) && !r.source;
  if (!r.source && !r.target && !r.partner) return noAgent ? { source: null, target: null, symmetric: false, subjectEnd: 0, noAgent } : null;
  const subjectEnd = r.source ? r.source.end : 0;
  if (symmetric && r.source && r.partner && !r.target) return { source: r.source, target: r.partner, symmetric: true, subjectEnd };
  return { source: r.source, target: r.target, symmetric: symmetric && !!(r.source && r.target), subjectEnd, noPatient: ownAct && !!r.source && !r.target, noAgent };
}

// the sentence's main event is told by its clause: the main clause, or the clause a speech verb reports, outranks
// an event in a relative or adverbial clause (the gold and a reader take the main one)
const MAIN_CLAUSE_BONUS = 0.1;
const REPORTED_CLAUSE_BONUS = 0.05;
const EMBEDDED_CLAUSE_PENALTY = -0.05;

/** How prominent the clause of word w is: the main clause, a reported clause of the main verb, or embedded. */
function clauseProminence(syntax: Syntax, w: number): number {
  if (w < 0) return 0;
  // a noun trigger counts by the verb it is the object or subject of ("held talks", "the attack killed")
  const head = syntax.upos(w) === 'VERB' ? w : syntax.head(w) >= 0 ? syntax.head(w) : w;
  const clause = syntax.clauseHead(head);
  const rel = syntax.relation(clause);
  if (rel === 'root') return MAIN_CLAUSE_BONUS;
  const up = syntax.head(clause);
  if ((rel === 'ccomp' || rel === 'parataxis' || rel === 'xcomp') && up >= 0 && syntax.relation(up) === 'root') return REPORTED_CLAUSE_BONUS;
  return EMBEDDED_CLAUSE_PENALTY;
}

/**
 * The parse's reading first; a role the parse leaves empty (a parse error, an actor outside the phrase the parse
 * gives) is filled from the word-window reading when that actor is not already the other party.
 */
function mergeRoles(parse: Roles | null, window: Roles): Roles {
  if (!parse) return window;
  const source = parse.source ?? (window.source && window.source !== parse.target && !parse.noAgent ? window.source : null);
  let target = parse.target ?? (window.target && window.target !== source && !parse.noPatient ? window.target : null);
  // the window's coordinated pair of a mutual act ("Turkish and Greek sides agreed"): the other party of the parse's agent
  if (!parse.target && !parse.noPatient && window.symmetric && source && source === window.target) target = window.source;
  return { source, target, symmetric: parse.symmetric || (window.symmetric && !!source && !!target), subjectEnd: parse.subjectEnd || window.subjectEnd };
}

/** Character span of the clause a modal at token `k` governs (its verb's subtree), or null. */
function governedSpan(syntax: Syntax, tokens: Token[], k: number): { start: number; end: number } | null {
  const modal = syntax.wordAt(tokens[k].start);
  const verb = modal >= 0 ? syntax.head(modal) : -1;
  return verb >= 0 ? syntax.subtreeSpan(verb) : null;
}

/** "X said Y must ..." is a demand of X on Y. */
function demandsByModal(lang: EventsLanguage, w: string[], groups: ActorGroup[], attribution: number): Draft[] {
  const out: Draft[] = [];
  for (let k = 1; k < Math.min(w.length, attribution); k++) {
    if (!lang.modalNouns.has(w[k])) continue;
    // the actor right before the modal, allowing a coordinated tail ("the US and other nations must")
    let target = groups.filter((g) => g.end <= k && g.end >= k - 5).pop();
    if (!target) continue;
    // of coordinated parties ("the Malian government and the rebels must"), the first is named as the target
    for (let g = groups.indexOf(target) - 1; g >= 0; g--) {
      const gap = w.slice(groups[g].end, target.first).filter((x) => !lang.actorModifiers.has(x) && !lang.possessiveDeterminers.has(x));
      if (gap.length !== 1 || (gap[0] !== 'and' && gap[0] !== ',')) break;
      target = groups[g];
    }
    let speakerAt = -1;
    for (let j = target.first - 1; j >= 0; j--) if (lang.reportingVerbs.has(w[j]) || w[j] === 'concluded') { speakerAt = j; break; }
    if (speakerAt < 0) continue;
    const source = groups.filter((g) => g.end <= speakerAt).pop() ?? null;
    if (!source || sameActor(source, target) || !politicallyRelevant(source, target)) continue;
    out.push({
      order: speakerAt, type: 'DEMAND', cameo: '100', mode: null, source, target, symmetric: false, modality: 'asserted',
      trigger: { first: k, end: k + 1 }, confidence: 0.6,
    });
  }
  return out;
}

function actorRecord(g: ActorGroup | null): EventRecord['source'] {
  if (!g) return null;
  const code = (g.prefix ?? '') + (g.country ?? '---') + (g.sector ?? '');
  return { entity: g.entity, name: g.name, code, country: g.country, sector: g.sector, span: { start: g.start, end: g.endChar } };
}

/** Is the span exactly a place mention below the country (a town, a region) named by its name? */
function namesTown(doc: Doc, span: Span | null): boolean {
  if (!span) return false;
  return placesIndex(doc).overlapping(span.start, span.end).some((p) => p.start === span.start && p.end === span.end && p.kind !== 'country' && !p.adjectival && !p.inOrganisation);
}

function toRecord(lang: EventsLanguage, doc: Doc, s: number, tokens: Token[], d: Draft, n: number): EventRecord {
  const sentence = doc.sentences[s];
  const trigger = { start: tokens[d.trigger.first].start, end: tokens[d.trigger.end - 1].end, text: '' };
  trigger.text = doc.text.slice(trigger.start, trigger.end);
  const entry = cameoEntry(d.cameo);
  const used = [d.source, d.target].filter((g): g is ActorGroup => !!g).map((g) => ({ start: g.start, end: g.endChar })).concat(d.reported ?? []);
  const record: EventRecord = {
    id: `v${n + 1}`,
    type: d.type,
    mode: d.mode,
    context: contextOf(lang, doc.text.slice(sentence.start, sentence.end), entry?.context ?? []),
    cameo: d.cameo,
    quadClass: quadClassOf(d.cameo),
    intensity: intensityOf(d.cameo),
    source: actorRecord(d.source),
    target: actorRecord(d.target),
    symmetric: d.symmetric,
    place: eventPlace(doc, s, trigger.start, used),
    date: eventDate(doc, s, d.modality),
    modality: d.modality,
    trigger,
    evidence: { start: sentence.start, end: sentence.end },
    tone: null,
    confidence: Math.round(d.confidence * 100) / 100,
  };
  // a town or region attacked is its people, not the government its name may stand for ("rebels shelled Kabul")
  if (record.target && ATTACK_CODES.test(d.cameo) && namesTown(doc, record.target.span)) {
    record.target = { ...record.target, sector: 'CVL', code: (d.target?.prefix ?? '') + (record.target.country ?? '---') + 'CVL' };
  }
  // an attack with no one named as its target hit the place the sentence names: its people, as PLOVER codes a place attacked
  if (!record.target && ATTACK_CODES.test(d.cameo) && record.place && !record.place.fromFocus && record.place.span && record.place.country) {
    const c = countryByCode(record.place.country);
    if (c?.alpha3 && c.alpha3 !== d.source?.country) {
      record.target = { entity: null, name: record.place.name, code: c.alpha3 + 'CVL', country: c.alpha3, sector: 'CVL', span: record.place.span };
    }
  }
  // a visit happens in the visited country when the sentence names no other place
  if (d.mode === 'visit' && d.target?.country && d.target.country !== 'IGO' && (!record.place || record.place.fromFocus)) {
    const c = countryByCode(d.target.country);
    if (c) record.place = { name: c.name, country: c.alpha2, lat: null, lon: null, fromFocus: false, span: { start: d.target.start, end: d.target.endChar } };
  }
  return record;
}
