import type { Gender } from './names.js';

/** What the quotes stage reads about a language: its reporting cues and the words around speakers and contents. */

/** How a cue reports: speech acts, thoughts and attitudes, evidence (polls, studies), stances towards an object. */
export type CueClass = 'speech' | 'cognition' | 'evidence' | 'stance';

export interface CueEntry {
  lemma: string;
  cls: CueClass;
  /** takes a hearer object before its content ("told reporters that") */
  hearer: boolean;
  /** the particle without which the verb is no cue ("went on", "shot back") */
  particle?: string;
  /** a cue only before an infinitive, which stays in the content ("declined to comment", "refused to say") */
  infinitive?: boolean;
}

type Words = ReadonlySet<string>;

export interface QuotesLanguage {
  /** every inflected form of a reporting cue, lower case -> its entry */
  cueForms: ReadonlyMap<string, CueEntry>;
  /** base confidence of an attribution by the class of its cue */
  cueClassConfidence: Readonly<Record<CueClass, number>>;
  /** particles a cue lemma takes into the cue ("point out", "call for", "weigh in") */
  cueParticles: Readonly<Record<string, readonly string[]>>;
  /** speech cue lemmas that name or cite words ("what he called “a disaster”") rather than report a statement */
  namingLemmas: Words;
  /** cue forms that are as often nouns ("the state", "his promises"): a cue only in a verb slot */
  nounLikeCues: Words;
  /** a past-tense form (regular or a common irregular cue) */
  pastCueForm: RegExp;
  /** a past form of a speech cue that can continue a subject's clause after "and" ("… and said") */
  coordinatedPastCue: RegExp;
  /** a regular past form, lower case */
  regularPast: RegExp;
  /** common irregular past forms that can be a subject's own verb ("took the stage and called …") */
  irregularPast: Words;

  /** auxiliaries, negation and adverbs that may stand between a speaker and its cue ("has also said") */
  betweenSpeakerAndCue: Words;
  /** words that end a speaker noun phrase: clause links, prepositions, verbs of being */
  speakerBoundary: Words;
  /** boundary words that may be inside a name or title ("Secretary of State") */
  insideName: Words;
  /** subject (and relative) pronouns that can stand for a speaker */
  speakerPronouns: Words;
  /** object pronouns that never start a speaker ("told him") */
  objectPronouns: Words;
  /** nouns of a role held in or for a body or person, read with it as one speaker ("a spokesman for the agency", "the head of the union") */
  relationalSpeakerNouns: Words;
  /** the prepositions that tie such a role to its body ("for", "of", "at") */
  roleLinkPrepositions: Words;
  /** those who speak for a body, and what it issues, so that the body is who a reader names ("a spokeswoman for the ministry", "White House officials", "an Ipsos poll"); a role of these followed by its body names the body after it */
  voiceOfBodyNouns: Words;
  /** people other than the body or person named before them ("the Ohio senator", "Smith supporters"); titles count too */
  peopleNouns: Words;
  /** nouns by which news refers back to a person it has named, by what they are rather than an office ("the billionaire businessman", "the actress"), with the gender they imply; offices are the names pack's titles */
  epithetNouns: ReadonlyMap<string, Gender | null>;
  /** nouns of a part or share, whose "of" phrase is what they are made of ("half of the voters") */
  partitiveNouns: Words;
  /** possessive determiners: never a speaker on their own */
  possessives: Words;
  determiners: Words;
  /** determiners that speak on their own ("Some chanted", "Many say") */
  quantifierSpeakers: Words;
  /** the possessive clitic and other tokens that glue a name together ("'s", "-", "&") */
  nameGlue: Words;
  /** possessive clitics ("'s") */
  possessiveClitics: Words;
  /** a manner adverb ("softly", "matter-of-factly"), as written */
  mannerAdverb: RegExp;
  /** words the manner-adverb pattern takes that are no adverbs ("family", "rally", "only") */
  notMannerAdverbs: Words;
  /** a short time or channel phrase between speaker and cue: preposition, determiner, noun ("in the past") */
  betweenPhrasePrepositions: Words;
  betweenPhraseDeterminers: Words;
  betweenPhraseNouns: Words;

  /** names of the days of the week */
  weekdays: Words;
  /** a day a cue may carry ("said Tuesday", "said yesterday") */
  dayWords: Words;
  /** time words a cue may carry ("said last week", "said on Monday") */
  timeWords: Words;
  /** words that introduce a day or period after a cue ("on", "last", "this") */
  timeLeads: Words;
  /** periods after those ("last week", "this morning") */
  periodWords: Words;
  /** prepositions that open a channel phrase after a cue ("in a statement", "on Twitter") */
  channelPrepositions: Words;
  /** determiners and modifiers inside a channel phrase ("a brief televised statement") */
  channelModifiers: Words;
  /** nouns that make a channel phrase ("statement", "interview") */
  channelNouns: Words;
  /** words that link a channel to its medium ("in an interview with CNN") */
  channelLinks: Words;
  /** passive report verbs of ", as quoted by M" */
  quotedByVerbs: Words;
  /** words that make a noun phrase a news medium */
  mediaWords: Words;
  /** media words that make a medium even in lower case ("the news agency") */
  lowerCaseMediaWords: Words;
  /** hearers that are audiences, not media ("told reporters") */
  audienceWords: Words;
  /** lower-case nouns that speak or show ("the poll shows", "officials say") */
  agentNouns: Words;

  /** words that open an aside after a cue rather than more of what was said ("…,” he said, who …") */
  asideAfterCue: Words;
  /** words that open an adverbial closing a sentence after its cue ("said after the attacks") */
  trailingAdverbialOpeners: Words;
  /** words that open a comma segment that is an aside, not a speaker ("in Kentucky", "speaking to MSNBC") */
  asideStarts: Words;
  /** adverbs that may open a sentence before its speaker ("Even China, …, said") */
  sentenceAdverbs: Words;
  /** what may stand before a gerund cue that takes the sentence's speaker (", adding", "by saying") */
  gerundLeads: Words;
  /** sources that speak through "In …, C" (polls, studies, documents) */
  inSourceNouns: Words;
  /** words that open the question of a sentence-initial "Asked …," ("Asked whether he would run, …") */
  questionOpeners: Words;
  /** labels that open a line with a colon but name no speaker ("UPDATE:", "VIDEO:") */
  notATurn: Words;
  /** speakers that stand for things, not voices ("it", "which") */
  notAVoice: Words;
  /** pronouns that stand for a person */
  personPronouns: Words;
  /** pronouns that stand for a group or a thing */
  groupPronouns: Words;
  /** pronouns of the speaker's own frame ("I", "we", "you"): inside a quotation's frame rarely the last speaker */
  framePronouns: Words;
  /** lemmas of passive cues whose subject is the speaker ("was quoted as saying"); of any other passive cue the subject is spoken to or about */
  speakerSubjectPassives: Words;
  /** speech cue lemmas with a common sense that is not speech ("added 20 points"): cues only with a clause or quotation */
  clauseOnlyCues: Words;
  /** words that open a reported clause ("that", "whether", "how") */
  complementizers: Words;
  /** verbs of speaking that are no cues themselves, after "declined to" / "refused to" ("discuss", "speak") */
  speakingVerbs: Words;
  /** relative pronouns that stand for a speaker ("who said"): the entities layer resolves them */
  relativePronouns: Words;

  // Single words the rules test at one place of a pattern
  /** the phrase that names a source outright ("according to X"); its head alone marks a clause as reported */
  sourcePhrase: { head: string; preposition: string };
  /** two-word phrases that credit a clause to a source, first word -> second ("according to", "as per") */
  sourcePhrases: ReadonlyMap<string, string>;
  /** "As X put it": the word before the speaker, the verb forms after it and their object */
  phrasingCredit: { opener: string; verbs: Words; object: string };
  /** the participle of a question put to the speaker, opening its sentence ("Asked whether …, X said") */
  questionParticiple: string;
  /** the preposition of a poll or study framing a sentence ("In a CNN poll released Monday, …") */
  sourceFramePreposition: string;
  /** conjunctions that join a second verb to a subject's clause ("… and said", "…, but added") */
  clauseCoordinators: Words;
  /** cue forms the clause rules never read as a cue ("known", of "is known as") */
  neverClauseCues: Words;
  /** the marker of an infinitive ("declined to comment", "urged him to resign") */
  infinitiveMarker: string;
  /** the complementiser that opens a reported clause ("said that …") */
  thatComplementizer: string;
  /** what may open the words outside a quotation without making it partial ("said that “…”", "said: “…”") */
  directQuoteLead: RegExp;
  /** cue lemmas that take what the words were about after a preposition, lemma -> preposition ("said of the industry") */
  cueTopicPrepositions: ReadonlyMap<string, string>;
  /** the ending of a gerund ("adding", "saying") */
  gerundEnding: string;
  /** the word that links a passive cue to the gerund of what was said ("was quoted as saying") */
  passiveGerundLink: string;
  /** the word that opens ", as quoted by M" */
  quotedByLead: string;
  /** the preposition of an agent ("quoted by M", "asked by the host") */
  agentPreposition: string;
  /** quoted-by verbs whose medium follows with no preposition (", as told CNN") */
  quotedToVerbs: Words;
  /** the letter a plural ends in, whose possessive apostrophe is no closing mark ("voters’ concerns") */
  pluralPossessiveLetter: string;
  /** the preposition before a day ("said on Monday") */
  dayPreposition: string;
  /** the preposition before a medium named in capitals ("said on CNN's State of the Union") */
  mediumPreposition: string;
  /** the preposition that may stand inside a subject's name ("Bank of England") */
  namePreposition: string;
  /** the definite article: of the words inside names, the one that may open a speaker ("the Bank of England") */
  definiteArticle: string;
  /** articles: a second one inside a hearer starts the content ("told The Hill a loss is …") */
  articles: Words;
  /** the pronoun that stands for a thing: both subject and object, and no hearer's voice ("it") */
  impersonalPronoun: string;
  /** words besides the speaker pronouns whose clitic "'s" is "is" or "has", not a possessive ("that's") */
  contractionHosts: Words;
  /** an adverb of place that opens a scene before the subject ("Here in Columbia, Sanders stepped up") */
  sceneAdverbs: Words;
  /** hearer cue lemmas whose hearer stays out of the content even before an infinitive ("told him to go") */
  hearerOutsideRequestLemmas: Words;
  /** lemmas of a passive auxiliary ("was asked", "got asked") */
  passiveAuxiliaryLemmas: Words;
}
