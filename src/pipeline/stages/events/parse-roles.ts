import type { Syntax } from '../syntax/parse.js';
import type { ActorGroup } from './actors.js';
import type { EventsLanguage } from '../../../lang/types.js';
import { inflectedForms } from './verb-forms.js';
import { objectControlOf } from './object-control.js';

/**
 * Who did what to whom, read from the dependency parse. The trigger is a verb or an event noun (its head word):
 * - a verb: agent = subject (active) or "by" phrase (passive); patient = object (active) or subject (passive), else
 *   the oblique its class takes ("attacked on", "protested against", "met with");
 * - an event noun: agent = its "by" phrase, else the subject of the light verb it is the object of ("launched an
 *   attack", "held talks"), else its possessor; patient = its "of/on/against/with/to" dependent, else the light verb's
 *   oblique ("imposed sanctions on X"); a possessor is the patient when a "by" phrase names the agent or the noun is an
 *   act done to a person ("Karlov's assassination");
 * - coordination, relative clauses and control are resolved by the parse API (subjects(), objects()).
 * A role word maps to the actor phrase that holds it, or to the nearest one inside its own phrase ("a member of the
 * Turkish security forces" → the Turkish security forces).
 */
export interface ParseRoles {
  source: ActorGroup | null;
  target: ActorGroup | null;
  /** a second party of a symmetric event, coordinated with the first ("Russia and China held talks") */
  partner: ActorGroup | null;
  /** the verb whose subject supplied the agent (the trigger itself, or a light verb) */
  predicate: number;
  /** an event noun that is the object of a verb of reacting ("condemned the attack"): that verb's subject did not do it */
  reactedTo?: boolean;
  /** the parse's subject of an active verb is a common noun that names no actor ("Heavy rains flooded ..."): no actor did it */
  agentNoActor?: boolean;
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Relations that keep a word inside its head's noun phrase (not clauses, not coordination). */
const PHRASE_RELATIONS = new Set(['compound', 'flat', 'amod', 'nmod', 'nmod:poss', 'appos', 'det', 'nummod', 'case', 'fixed', 'compound:prt', 'nmod:tmod']);

/**
 * The actor phrase a word belongs to: the one whose span holds it, else the nearest one inside its own noun phrase
 * ("a member of the Turkish security forces" → the Turkish security forces; not into a clause that modifies it).
 */
export function groupOfWord(syntax: Syntax, groups: ActorGroup[], w: number, locative: ReadonlySet<string> = NO_WORDS, locativeAgent = false): ActorGroup | null {
  if (w < 0) return null;
  const holding = (x: number): ActorGroup | null => {
    const at = syntax.starts[x];
    for (const g of groups) if (g.start <= at && at < g.endChar) return g;
    return null;
  };
  const own = holding(w);
  if (own) return own;
  // breadth first through the noun phrase: the closest dependent that lies in an actor phrase
  const queue = [w];
  for (let i = 0; i < queue.length && i < 64; i++) {
    for (const c of syntax.children(queue[i])) {
      if (!PHRASE_RELATIONS.has(syntax.relation(c))) continue;
      const g = holding(c);
      // "a peace deal in Havana": a city the phrase is located in is where, not a part of the phrase's referent;
      // an agent's phrase is searched with `locativeAgent`: "a bomb near the town of X" did not act as X
      // a dictionary's town where the noun itself is located ("talks in Geneva", "two men in Denver"), likewise
      if ((g?.place || locativeAgent || (g?.town && i === 0)) && locative.has(syntax.caseMarker(c))) continue;
      if (g) return g;
      queue.push(c);
    }
  }
  return null;
}

function firstGroup(syntax: Syntax, groups: ActorGroup[], words: number[], locative: ReadonlySet<string> = NO_WORDS, locativeAgent = false): ActorGroup | null {
  for (const w of words) {
    const g = groupOfWord(syntax, groups, w, locative, locativeAgent);
    if (g) return g;
  }
  return null;
}

/** The word of a trigger's head token (`tokenStart`: the sentence's first token in the document). */
export function triggerWord(syntax: Syntax, tokenStart: number, head: number): number {
  return syntax.wordOfToken(tokenStart + head);
}

/**
 * The first actor in a patient phrase of w marked by one of `prepositions` (but `except`). English puts such a phrase after its verb or
 * noun ("met with X", "sanctions on X"): one before it is a fronted adverbial ("With the signing of X, ... agreed").
 */
function obliqueGroup(syntax: Syntax, groups: ActorGroup[], w: number, prepositions: readonly string[], except = ''): ActorGroup | null {
  for (const p of prepositions) {
    if (p === except) continue;
    const g = firstGroup(syntax, groups, syntax.obliques(w, p).filter((o) => o > w));
    if (g) return g;
  }
  return null;
}

/** Relations that keep a noun inside the noun phrase heading a sentence ("Thousands of Iraqi Kurds"). */
const NOMINAL_CHAIN = new Set(['nmod', 'compound', 'appos', 'flat']);

/**
 * "Thousands of Kurds protested ...", "Israeli troops fired on ...": a past form the parser hung as a participle on
 * the noun that roots a sentence with no verb is the sentence's main verb, active, with that noun as its subject.
 */
function participleOfVerblessSentence(syntax: Syntax, v: number): boolean {
  if (syntax.relation(v) !== 'acl') return false;
  let n = syntax.head(v);
  while (n >= 0 && NOMINAL_CHAIN.has(syntax.baseRelation(n))) n = syntax.head(n);
  if (n < 0 || syntax.relation(n) !== 'root') return false;
  const upos = syntax.upos(n);
  return upos === 'NOUN' || upos === 'PROPN' || upos === 'NUM' || upos === 'PRON';
}

/**
 * "Turkish jets struck targets near X": a past form the parser hung as a modifier (amod) on the noun that roots a
 * sentence with no verb (nor copula), after that noun's subject, is the main verb: the subject is its agent, the root noun its
 * object. The root noun, or -1.
 */
function verbParsedAsModifier(syntax: Syntax, v: number): number {
  if (syntax.relation(v) !== 'amod') return -1;
  const n = syntax.head(v);
  if (n < v || syntax.relation(n) !== 'root' || (syntax.upos(n) !== 'NOUN' && syntax.upos(n) !== 'PROPN')) return -1;
  // "X was a planned attack": a noun with a copula is a predicate, and its participle an adjective
  if (syntax.childrenWith(n, 'cop').length) return -1;
  return syntax.childrenWith(n, 'nsubj').some((x) => x < v) ? n : -1;
}

/** An actor coordinated with a word of `g`'s phrase ("the Ethiopian and Eritrean delegations": Eritrean), or null. */
function conjunctGroup(syntax: Syntax, groups: ActorGroup[], g: ActorGroup): ActorGroup | null {
  for (const w of syntax.wordsIn(g.start, g.endChar)) {
    for (const c of syntax.withConjuncts(w)) {
      const other = groupOfWord(syntax, groups, c);
      if (other && other !== g) return other;
    }
  }
  return null;
}

/**
 * An actor joined to `g` by a coordinator inside one noun phrase ("the Turkish and Greek sides": Turkish for Greek),
 * where the parse did not make them conjuncts: only a coordinator (commas, articles) lies between the two, and it hangs on a
 * noun of the phrase, not on a verb (not "... arrested Palestinians and Israel agreed").
 */
function coordinatedNeighbour(syntax: Syntax, groups: ActorGroup[], g: ActorGroup): ActorGroup | null {
  for (const other of groups) {
    if (other === g) continue;
    const [a, b] = other.endChar <= g.start ? [other, g] : g.endChar <= other.start ? [g, other] : [null, null];
    if (!a || !b) continue;
    const between = syntax.wordsIn(a.endChar, b.start);
    const joins = between.filter((w) => syntax.upos(w) === 'CCONJ');
    if (joins.length !== 1 || between.some((w) => syntax.upos(w) !== 'CCONJ' && syntax.upos(w) !== 'DET' && syntax.form(w) !== ',')) continue;
    const h = syntax.head(joins[0]);
    const upos = h >= 0 ? syntax.upos(h) : '';
    if (upos === 'NOUN' || upos === 'PROPN' || upos === 'ADJ') return other;
  }
  return null;
}

/**
 * Roles of a verbal trigger at word v; an intent verb ("threatened to impose sanctions on X") aims at its complement's
 * patient; `aimsByPurpose`: an act with no patient aims at the patient of its purpose clause.
 */
export function verbRoles(lang: EventsLanguage, syntax: Syntax, groups: ActorGroup[], v: number, symmetric: boolean, intent = false, aimsByPurpose = true): ParseRoles {
  const mainVerb = participleOfVerblessSentence(syntax, v);
  const modifiedRoot = mainVerb ? -1 : verbParsedAsModifier(syntax, v);
  const passive = !mainVerb && modifiedRoot < 0 && syntax.isPassive(v);
  // English puts a declarative subject before its verb (inversion is for quotation verbs, which are no triggers): a
  // subject the parse finds after the verb is a parse error, and the other reading is left to decide
  let subjects = mainVerb ? syntax.withConjuncts(syntax.head(v))
    : modifiedRoot >= 0 ? syntax.childrenWith(modifiedRoot, 'nsubj').flatMap((x) => syntax.withConjuncts(x))
    : syntax.subjects(v).filter((w) => w < v || syntax.relation(v) === 'acl:relcl');
  // "forced the rebels to withdraw", "called on Serbia to recognise": the one a verb of asking or making names does the act
  if (!subjects.length && !passive) {
    const control = objectControlOf(lang, syntax, v);
    if (control) subjects = syntax.withConjuncts(control.doer);
  }
  // "Gunmen opened fire on a bus, wounding three people": a free participle clause has its main clause's subject
  if (!subjects.length && !passive && syntax.relation(v) === 'advcl' && syntax.xpos(v) === 'VBG' && syntax.head(v) >= 0) {
    subjects = syntax.subjects(syntax.head(v)).filter((w) => w < v);
  }
  // (a main verb's objects are its own: objects() would read the noun it hangs on as a passive relative's patient);
  // English puts an object after its verb: one before it is a parse error ("British Defence Secretary X promised": "Defence"
  // as obj), except the noun a relative clause modifies ("the deal that X signed")
  const relative = syntax.baseRelation(v) === 'acl';
  const objects = (mainVerb ? syntax.childrenWith(v, 'obj', 'iobj').flatMap((o) => syntax.withConjuncts(o))
    : modifiedRoot >= 0 ? syntax.withConjuncts(modifiedRoot) : syntax.objects(v)).filter((o) => o > v || relative);
  let source: ActorGroup | null;
  let target: ActorGroup | null;
  if (passive) {
    source = firstGroup(syntax, groups, syntax.agents(v));
    // "migrants expelled from Libya": a reduced passive relative has the noun it modifies as its patient (objects())
    target = firstGroup(syntax, groups, subjects.length ? subjects : syntax.objects(v), lang.locativePrepositions);
  } else {
    source = firstGroup(syntax, groups, subjects, lang.locativePrepositions, true);
    // "condemned the arrest of a diplomat by Polish police": one reacting to an act named with its doer aims at the doer
    const doer = objects.map((o) => nounAgent(lang, syntax, groups, o)).find((g) => g) ?? null;
    target = doer ?? firstGroup(syntax, groups, objects, lang.locativePrepositions) ?? obliqueGroup(syntax, groups, v, lang.patientPrepositions) ??
      objectsAgent(lang, syntax, groups, v, objects);
  }
  // "marched in Gaza to protest against the blockade": an act with no patient of its own aims at its purpose's (not
  // an act of giving way: one who resigned "to allow elections in Haiti" resigned from no one)
  if (!target && !passive && aimsByPurpose) {
    for (const c of syntax.childrenWith(v, 'advcl')) {
      if (c < v || syntax.upos(c) !== 'VERB' || syntax.caseMarker(c) !== lang.purposeMarker) continue;
      const purpose = firstGroup(syntax, groups, syntax.objects(c).filter((o) => o > c), lang.locativePrepositions) ?? obliqueGroup(syntax, groups, c, lang.patientPrepositions);
      if (purpose && purpose !== source) target = purpose;
      break;
    }
  }
  // a word of the agent's own phrase parsed as the object ("British Defence Secretary X promised": "Defence" as obj)
  if (target && target === source) target = null;
  let partner: ActorGroup | null = null;
  if (symmetric && source) {
    // "Russia and China met": the second conjunct of the subject is the other party; "the Ethiopian and Eritrean
    // delegations": two actors sharing one head noun (one span)
    partner = subjects.map((w) => groupOfWord(syntax, groups, w)).find((g) => g && g !== source) ??
      groups.find((g) => g !== source && g.start === source!.start && g.endChar === source!.endChar) ??
      conjunctGroup(syntax, groups, source) ?? coordinatedNeighbour(syntax, groups, source);
  }
  // two parties who agreed to do something together are the event's two parties, not the complement's patient
  if (!target && intent && !partner) {
    const c = syntax.complement(v);
    if (c >= 0) target = verbRoles(lang, syntax, groups, c, false).target;
    // "promised to continue military aid to Mozambique": the act's object is an event noun, whose patient is the target
    if (c >= 0) for (const o of target ? [] : syntax.objects(c)) if ((target = obliqueGroup(syntax, groups, o, lang.nounPatientPrepositions))) break;
  }
  // a thing or a force of nature as the subject ("Heavy rains flooded X, forcing residents to flee"): no actor acted
  // (not a gerund after a preposition, whose doer the parse leaves unsaid: "consequences for providing weapons")
  const prepositionalGerund = syntax.xpos(v) === 'VBG' && syntax.caseMarker(v) !== '';
  const agentNoActor = !passive && !source && !prepositionalGerund && subjects.length > 0 && subjects.every((w) => syntax.upos(w) === 'NOUN');
  return { source, target, partner, predicate: v, agentNoActor };
}

/**
 * "rejected calls by Poland's government for reparations": an active verb takes no "by" agent, so a "by" phrase the
 * parse hangs on it right after its object is the object's (who made the calls, the offer, the decision).
 */
function objectsAgent(lang: EventsLanguage, syntax: Syntax, groups: ActorGroup[], v: number, objects: number[]): ActorGroup | null {
  for (const o of objects) {
    const end = syntax.subtreeSpan(o).end;
    for (const b of syntax.obliques(v, lang.agentPreposition)) {
      if (b < o || syntax.wordsIn(end, syntax.starts[b]).some((x) => syntax.upos(x) !== 'ADP' && syntax.upos(x) !== 'DET' && syntax.upos(x) !== 'PROPN' && syntax.upos(x) !== 'PART')) continue;
      const g = groupOfWord(syntax, groups, b);
      if (g) return g;
    }
  }
  return null;
}

/** Relations of a modifier before a noun that names who does the act the noun names ("the Israeli air strike", "a Taliban attack"). */
const AGENT_MODIFIERS = new Set(['amod', 'compound']);

/**
 * The agent of an event noun: its "by" phrase, one the parser hangs on its "of" patient ("the arrest of a diplomat by
 * Polish police"), else an actor modifying it before it ("the Israeli air strike", "a Taliban attack"); a noun that is
 * itself in an actor phrase ("Syrian refugees") names no act, and a named person before the noun is who it was done to
 * ("the Karlov assassination").
 */
function nounAgent(lang: EventsLanguage, syntax: Syntax, groups: ActorGroup[], n: number): ActorGroup | null {
  const by = firstGroup(syntax, groups, syntax.agents(n)) ??
    firstGroup(syntax, groups, syntax.obliques(n, lang.genitivePreposition).flatMap((o) => syntax.obliques(o, lang.agentPreposition)));
  if (by) return by;
  const at = syntax.starts[n];
  if (groups.some((g) => g.start <= at && at < g.endChar)) return null;
  for (const c of syntax.children(n)) {
    if (c > n || !AGENT_MODIFIERS.has(syntax.relation(c))) continue;
    const g = groupOfWord(syntax, groups, c);
    if (g && !g.person) return g;
  }
  return null;
}

/** Acts done to a person: their possessor is the one it was done to ("Karlov's assassination", "his arrest"). */
const PATIENT_POSSESSOR_CODES = /^(17|18|20|0841)/;

/** Roles of a nominal trigger at word n (its CAMEO code tells whether a possessor is agent or patient). */
export function nounRoles(lang: EventsLanguage, syntax: Syntax, groups: ActorGroup[], trigger: number, cameo: string, symmetric: boolean): ParseRoles {
  // "launched a mediation effort between X and Y": the act named by the modifier of a noun of undertaking has that noun's roles
  const up = syntax.relation(trigger) === 'compound' ? syntax.head(trigger) : -1;
  const n = up >= 0 && lang.undertakingNouns.has(syntax.lemma(up).toLowerCase()) ? up : trigger;
  // (the two parties of a mutual act named before it are both its parties: "the Israeli-Palestinian talks")
  // "the withdrawal of American troops", "the visit of the Chinese president to Moscow": a noun of an act of one's own
  // has its doer in its "of" phrase, and its other party in another ("the arrest of X": the patient)
  const ownAct = lang.ownActNouns.has(syntax.form(n).toLowerCase());
  const ofDoer = ownAct ? firstGroup(syntax, groups, syntax.obliques(n, lang.genitivePreposition).filter((o) => o > n)) : null;
  const byAgent = (symmetric ? firstGroup(syntax, groups, syntax.agents(n)) : nounAgent(lang, syntax, groups, n)) ?? ofDoer;
  const possessor = groupOfWord(syntax, groups, syntax.possessor(n));
  // (its "of" phrase is its doer: the patient is in another, read in the same one pass over the prepositions)
  let patient = obliqueGroup(syntax, groups, n, lang.nounPatientPrepositions, ownAct ? lang.genitivePreposition : '');
  // the verb the noun is the object of: a light verb ("launched an attack", "imposed sanctions on") gives its agent
  const rel = syntax.relation(n);
  const governor = rel === 'obj' || rel === 'nsubj:pass' ? syntax.head(n) : -1;
  // one who condemns, welcomes or reports an act did not do it
  const reactedTo = governor >= 0 && inflectedForms(lang, lang.reactionVerbs).has(syntax.form(governor).toLowerCase());
  const light = reactedTo ? -1 : governor;
  let lightAgent: ActorGroup | null = null;
  if (light >= 0) lightAgent = firstGroup(syntax, groups, syntax.isPassive(light) ? syntax.agents(light) : syntax.subjects(light));
  // (the noun's own patient phrase the parse may hang on the verb: "condemned the attack on the embassy")
  if (governor >= 0) patient ??= obliqueGroup(syntax, groups, governor, lang.patientPrepositions);
  let source = byAgent ?? lightAgent;
  if (possessor) {
    // a possessor is who it was done to only where no one else is ("Karlov's assassination"; not "X's attacks on Y")
    if (byAgent || (PATIENT_POSSESSOR_CODES.test(cameo) && !patient)) patient ??= possessor;
    else source ??= possessor;
  }
  let partner: ActorGroup | null = null;
  if (symmetric && !patient) {
    // "talks between Russia and China": both parties in one "between" phrase
    const between = syntax.obliques(n, lang.partiesPreposition).flatMap((w) => syntax.withConjuncts(w));
    const parties = between.map((w) => groupOfWord(syntax, groups, w)).filter((g): g is ActorGroup => !!g);
    if (!source && parties.length >= 2) {
      source = parties[0];
      partner = parties[1];
    } else if (parties.length) patient = parties.find((g) => g !== source) ?? null;
  }
  if (source === patient) patient = null;
  return { source, target: patient, partner, predicate: governor >= 0 ? governor : n, reactedTo };
}

/**
 * "Militants loyal to X said they attacked ...": the subject pronoun of a clause a verb of saying or thinking reports
 * is that verb's subject, the first one the parse gives (not the nearest actor before the pronoun); null where the
 * parse says otherwise or names no such actor.
 */
export function reporterOfPronoun(syntax: Syntax, groups: ActorGroup[], pronoun: ActorGroup): ActorGroup | null {
  const w = syntax.wordAt(pronoun.start);
  if (w < 0 || syntax.baseRelation(w) !== 'nsubj') return null;
  const clause = syntax.head(w);
  if (clause < 0 || syntax.relation(clause) !== 'ccomp') return null;
  const speaker = syntax.childrenWith(syntax.head(clause), 'nsubj')[0];
  if (speaker === undefined || speaker > w) return null;
  const g = groupOfWord(syntax, groups, speaker);
  return g && g !== pronoun && !g.pronoun && g.country ? g : null;
}
