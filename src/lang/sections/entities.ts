/** What the entities stage reads about a language: name particles, title and role words, stand-in and coreference cues. */
import type { Gender } from './names.js';

type Words = ReadonlySet<string>;

export interface EntitiesLanguage {
  /** prepositions and verbs that make a capital or seat a location ("in Moscow", "visited Kyiv") */
  locative: Words;
  /** verbs of saying and acting whose subject or speaker acts for a government */
  actingVerbs: Words;
  /** auxiliaries and modals that, followed by a verb, make the noun before them its subject */
  auxiliaries: Words;
  /** words skipped between a subject and its verb ("the Kremlin on Tuesday said", "Moscow also warned") */
  intervening: Words;
  /** nouns that, owned by a capital ("Moscow's war"), make it the government */
  governmentNouns: Words;
  /** nouns after which "with/against/between X" makes X a party ("talks with Moscow") */
  relationNouns: Words;
  /** prepositions after which a capital is a complement ("of Paris", "for Ottawa") */
  complementPrepositions: Words;
  /** words after a capital that do not make it a noun modifier */
  functionWords: Words;
  /** modals and auxiliaries that, right before a capital, invert a question or a negation ("nor would Ottawa") */
  inverting: Words;
  /** lower-case words that belong inside personal names ("von der Leyen", "al-Bashir", "da Silva") */
  nameParticles: Words;
  /** generational suffixes that end a personal name ("Jr.", "III") */
  nameSuffixes: Words;
  /** tokens that follow a dateline's place ("WASHINGTON (AP) —", "Paris — ") */
  datelineMarks: Words;
  /** nouns that, followed by a number, name a designated thing ("Pier 33", "Gate 4") */
  designationNouns: Words;
  /** last words that make even a PER-tagged span an organisation (legal forms and institutions) */
  organisationHeads: Words;
  /** organisation heads that also end place names ("West Bank", "Soviet Union") */
  placeLikeHeads: Words;
  /** determiners that open an appositive role ("X, the minister") */
  appositionDeterminers: Words;
  /** words that grade a title without changing it ("top", "senior", "then") */
  gradingWords: Words;
  /** third-person singular pronouns and the gender they carry */
  genderedPronouns: ReadonlyMap<string, Gender>;
  /** title heads of a country's leader ("president", "prime minister") */
  leaderHeads: Words;
  /** words an acronym leaves out ("Bank of England" -> "BOE") */
  acronymSkip: Words;
  /** days and the weekend, read past between a subject and its verb ("Moscow on Monday said") */
  weekdays: Words;
  /** words that open a time phrase before a verb ("last week", "this morning", "on Monday") */
  timeLeads: Words;
  /** what follows those ("week", "morning", a weekday) */
  timePeriods: Words;
  /** modals after which a plain word is a verb ("will respond") */
  modals: Words;
  /** a regular past form, lower case ("responded"), and the -ed words that are none */
  regularPast: RegExp;
  notPast: Words;
  /** a gerund, lower case ("eyeing") */
  gerund: RegExp;
  /** a passive participle ending ("pushed by", "driven by") */
  participle: RegExp;
  /** hyphenated attributes that precede names ("Ontario-based", "Texas-born") */
  attributeSuffix: RegExp;
  /** endings after which a demonym takes no plural -s ("Chinese", "Swiss") */
  noPluralS: RegExp;
  /** irregular plural endings of demonyms, as [ending, plural ending] ("Frenchman" -> "Frenchmen") */
  demonymPlurals: readonly (readonly [RegExp, string])[];
  /** the definite article, lower case: not part of a name unless capitalised inside a sentence ("the Kremlin", "The Hague") */
  definiteArticle: string;
  /** a leading article a canonical name drops ("the Kremlin" -> "Kremlin") */
  leadingArticle: RegExp;
  /** articles after which a title may stand before a comma and the name ("the minister, Jane Doe") */
  titleArticles: Words;
  /** words after a title that lead to whose or where the office is ("adviser to", "minister of", "professor at") */
  ownerLinks: Words;
  /** words after a bare title that qualify it, so it names no known person ("the minister of health") */
  bareTitleQualifiers: Words;
  /** the bare title that may mean any of `leaderHeads` when the country is named ("the North Korean leader") */
  genericLeaderHead: string;
  /** leader heads that mean a leader only with a word in the title ("minister" only as prime minister) */
  leaderHeadsNeeding: ReadonlyMap<string, RegExp>;
  /** the preposition before a weekday in a time phrase between subject and verb ("Moscow on Monday said") */
  dayPreposition: string;
  /** prepositions that make a capital a location unless a relation noun comes before ("on Capitol Hill" vs "pressure on Moscow") */
  locativeUnlessRelation: Words;
  /** acting verbs that are also adverbs: right before a capital they do not make it the speaker ("back") */
  adverbActingVerbs: Words;
  /** the preposition of a passive's agent ("pushed by Kyiv") */
  agentPreposition: string;
  /** the two words before a source ("according to Moscow") */
  accordingTo: readonly [string, string];
  /** the preposition after a government noun that makes its complement the government ("the war effort of Moscow") */
  ownerPreposition: string;
  /** prepositions after a relation noun that make the capital a party ("talks with Moscow", "sanctions against Pyongyang") */
  partyPrepositions: Words;
  /** words that join coordinated subjects ("Moscow and Pyongyang were eyeing") */
  coordinators: Words;
  /** adjectives after an auxiliary that make the clause an action ("has not been able") */
  abilityWords: Words;
  /** the copula's plain form: after a modal it makes a state, not an action ("will be") */
  copula: string;
  /** a party-state tag after a politician's name ("R-Utah" → Republican, Utah), or null; languages without them: () => null */
  partyTag(token: string): PartyTag | null;
}

/** What a party-state tag says: the party and the state's full name. */
export interface PartyTag {
  party: string;
  state: string;
}
