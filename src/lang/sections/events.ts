/** What the events stage reads about a language: its event triggers, actor words, and the cues of modality. */
import type { EventTypeLexicon } from './event-triggers.js';

export type { EventTypeLexicon, PredicateEntry } from './event-triggers.js';

type Words = ReadonlySet<string>;

/** Words that give an event its modality, read back from its trigger over the clause. */
export interface ModalityWords {
  negation: Words;
  denial: Words;
  hypothetical: Words;
  planned: Words;
  /** planned cues that plan only before "to" ("set to", "about to", "due to") */
  plannedOnlyBeforeTo: Words;
  /** future auxiliaries of the subject's own act ("will", "'ll"): a stated intention */
  futureAuxiliaries: Words;
  reported: Words;
  threat: Words;
  /** verbs whose complement is a claim, not a fact the reporter asserts ("accused Moscow of secret talks") */
  claim: Words;
  /** what a denial cue denies ("denied that", "denied reports") */
  deniedObjects: Words;
  /** tokens that end the clause a modal cue can reach back over */
  clauseEdge: Words;
  /** prepositions before a gerund that make its act presupposed ("for providing weapons") */
  presupposing: Words;
}

export interface EventsLanguage {
  /** the event trigger lexicon, one PLOVER event type a lexicon */
  triggers: readonly EventTypeLexicon[];
  /** every form of a base verb (third person, past, participle, -ing) */
  verbForms(base: string): string[];
  /** singular and plural of a noun */
  nounForms(word: string): string[];
  /** nouns that name a sector of society, with their CAMEO/PLOVER sector code ("troops": MIL) */
  agentSectors: Readonly<Record<string, string>>;
  /** modifiers that may sit inside an actor phrase without ending it ("senior", "former") */
  actorModifiers: Words;
  /** pronouns that stand for an earlier actor */
  actorPronouns: Words;
  /** possessive determiners ("his", "their"): before a name of another country they are not the actor ("his Brazilian counterpart") */
  possessiveDeterminers: Words;
  /** words that join an actor to the place or body it belongs to ("rebels in", "based in") */
  actorJoiners: Words;
  /** capitalised words that open clauses and phrases rather than names, as written */
  notNameWords: Words;
  /** verbs that report speech: the speaker of a demand, the edge of an actor's clause */
  reportingVerbs: Words;
  /** words that open an attribution up to the sentence's first comma ("According to X, ...") */
  attributionOpeners: Words;
  /** words that end the stretch where a trigger's object can be found */
  objectEdges: Words;
  prepositions: Words;
  /** prepositions of place ("through Nairobi"): a city after one is where an event happened, not its patient */
  locativePrepositions: Words;
  /** auxiliaries of a passive ("was attacked", "got arrested") */
  passiveAuxiliaries: Words;
  /** modals a demand is read from ("must", "should") */
  modalNouns: Words;
  /** nouns of quantity before "of" an actor ("hundreds of protesters") */
  quantityNouns: Words;
  /** modifiers of a title held before ("former", "ex-"): the person is one of the elites (ELI), not the office */
  formerModifiers: Words;
  /** modifiers that make a people's name a number of its members ("young Algerians", "ordinary Serbs"): civilians */
  peopleModifiers: Words;
  /** modifiers that make a people's name an ethnic group ("ethnic Albanians"): its members live where the text places them */
  ethnicModifiers: Words;
  /** a cardinal number in digits or words ("12", "three"): before a people's name it counts some of its members */
  cardinal: RegExp;
  /** a compound naming who leads a force ("Saudi-led", "US-led"): its first group is the leader's name */
  ledBy: RegExp;
  /** endings of a past participle, for a passive trigger */
  pastParticiple: RegExp;
  /** an adverb between an auxiliary and its participle ("was reportedly attacked") */
  adverb: RegExp;
  /** PLOVER contexts with the words that add each to an event ("military": troops, missiles …) */
  contexts: ReadonlyArray<readonly [string, RegExp]>;
  modality: ModalityWords;
  /** what governs an event in the parse: control verbs (base forms) and auxiliaries (see parse-modality.ts) */
  parseModality: ParseModalityWords;
  /** phrases only reports of sport or natural science use (see domain.ts) */
  outOfDomain: readonly string[];
  /** words that make a scoreline ("4-2") beside them a game's result: "beat", "won", "victory" (see domain.ts) */
  gameResultWords: Words;
  /** words of a count that is no game: a vote, a poll, a court's ruling ("voted 52-48", "ruled 5-4") */
  tallyWords: Words;
  /** base forms of verbs of defeating a rival, which a contest makes no use of force ("beat", "defeat"; see senses.ts) */
  contestVerbs: Words;
  /** lemmas of contests and their margins: "beat X in the runoff", "by 3,000 votes" */
  contestNouns: Words;
  /** lemmas of what a contest wins, the object of a verb of winning ("beat X to win a second term") */
  contestPrizes: Words;
  /** base forms of the verbs of winning a prize, in a purpose clause of a verb of defeating */
  winVerbs: Words;
  /** lemmas of economic figures: a place they are measured in is where, not a party ("weaker sales in China") */
  marketNouns: Words;
  /** prepositions that mark an event's patient after a verb, and after an event noun ("the invasion of Ukraine") */
  patientPrepositions: readonly string[];
  nounPatientPrepositions: readonly string[];
  /**
   * base forms of verbs of reacting to, judging or reporting an act ("condemned the attack", "welcomed the release"):
   * their subject is not the doer of the act their object names (unlike a light verb's: "launched an attack")
   */
  reactionVerbs: readonly string[];
  /** nouns of an undertaking whose compound modifier names the act ("a mediation effort", "a bombing campaign") */
  undertakingNouns: Words;
  /** nouns of an act of one party's own (a withdrawal, a visit, a resignation): their "of" phrase names its doer */
  ownActNouns: Words;
  /** nouns of armed force that also name a power of society ("forces") */
  forceNouns: Words;
  /** modifiers that make such a noun a power of society, no armed body ("economic forces", "market forces") */
  societalForceModifiers: Words;
  /** the preposition of an agent: a passive's or an event noun's ("killed by", "the arrest of X by Y") */
  agentPreposition: string;
  /** the preposition of a noun's own dependent: an event noun's patient ("the arrest of X"), a quantity's whole ("thousands of") */
  genitivePreposition: string;
  /** the preposition naming both parties of a mutual act ("talks between X and Y") */
  partiesPreposition: string;
  /** the marker of a purpose clause ("marched to protest against X") */
  purposeMarker: string;
  /** the ending of a verb's form used as a noun ("the killing of"), read on a word the parse tags as a noun */
  gerund: RegExp;
  /** prepositions of the state a passive verb puts its subject in ("put under investigation", "taken into custody") */
  resultPrepositions: Words;
}

/** Base forms of the control verbs by the modality they give their complement, and modal auxiliaries. */
export interface ParseModalityWords {
  /**
   * base forms of verbs that name another as the doer of their to-infinitive ("urged Israel to withdraw", "called on
   * Serbia to recognise", "forced the rebels to withdraw"): the act is that other's, wanted of them
   */
  objectControl: readonly string[];
  /** of those, the verbs whose act took place: one made to act did it ("forced X to withdraw", "helped X to flee") */
  implicativeControl: readonly string[];
  /** prepositions that name the doer of a directive verb's to-infinitive ("called on X to", "prevailed upon X to") */
  controlPrepositions: Words;
  refusal: readonly string[];
  plan: readonly string[];
  threat: readonly string[];
  attempt: readonly string[];
  denial: readonly string[];
  futureModals: Words;
  possibleModals: Words;
  conditions: Words;
}
