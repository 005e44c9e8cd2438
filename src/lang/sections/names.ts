/** What the ner, entities and places stages read about the words around names: titles, honorifics, organisation heads. */

/** Gender a word implies, when it does ('m' male, 'f' female). */
export type Gender = 'm' | 'f';

/** A language's words around names, as data (`nameLookups` in src/knowledge/titles.ts builds the lookups). */
export interface NameWords {
  /** words that can end a title and name a role ("president", "minister", "spokesman") */
  readonly titleHeads: readonly string[];
  /** words that qualify a title without being one on their own ("defence", "foreign", "prime") */
  readonly titleModifiers: readonly string[];
  /** words that may link parts of a title ("Secretary of State", "Minister for Trade") */
  readonly titleLinks: readonly string[];
  /** links after which a title's head has already come ("Secretary of State": the head is "secretary") */
  readonly headBeforeLinks: readonly string[];
  /** honorifics, with the gender they imply when they do */
  readonly honorifics: Readonly<Record<string, Gender | null>>;
  /** abbreviated titles and the role they stand for ("gov." -> "Governor"); they count as heads */
  readonly abbreviatedTitles: Readonly<Record<string, string>>;
  /** role words that imply a gender ("spokeswoman", "king") */
  readonly genderedRoles: Readonly<Record<string, Gender>>;
  /** head words that mean the same role, to one form ("adviser" -> "advisor") */
  readonly headSynonyms: Readonly<Record<string, string>>;
  /** last words that mark a multi-word name as an organisation ("university", "ministry", "party") */
  readonly organisationHeads: readonly string[];
}

/** Lookups over a language's `NameWords`; every lookup takes a lower-case word. */
export interface NamesLanguage {
  /** true if the word can end a title phrase ("minister", "spokesman", "gov.") */
  isTitleHead(lower: string): boolean;
  /** true if the word can qualify a title ("defence", "national", "prime") */
  isTitleModifier(lower: string): boolean;
  /** true if the word may link parts of a title ("of", "for") */
  isTitleLink(lower: string): boolean;
  /** true for honorifics ("mr", "dr.", "sen.") */
  isHonorific(lower: string): boolean;
  /** true for any word a title phrase may hold apart from links: heads, modifiers, honorifics */
  isTitleWord(lower: string): boolean;
  /** the gender a title word or honorific implies ("spokeswoman" -> 'f', "mr" -> 'm'), or null */
  genderOfTitleWord(lower: string): Gender | null;
  /** the full title an abbreviation stands for ("gov." -> "Governor"), or null */
  expandTitleAbbreviation(lower: string): string | null;
  /** the head word of a normalised title ("Defence Minister" -> "minister", "Secretary of State" -> "secretary") */
  titleHead(title: string): string;
  /** a comparable form of a head word ("adviser" -> "advisor") */
  canonicalHead(lower: string): string;
  /** true if the word, last in a multi-word name, marks an organisation ("university", "forum") */
  isOrganisationHead(lower: string): boolean;
}
