/** What the ner stage reads about a language: the word lists of its gazetteer features (beside the trained model). */

export interface NerGazetteerWords {
  /** single words that end or mark organisation names: legal forms, institution heads, team words */
  organisationWords: readonly string[];
  /** titles and honorifics that precede person names */
  personTitles: readonly string[];
  /** regions and continents that are not countries */
  regions: readonly string[];
}

export interface NerLanguage {
  gazetteer: NerGazetteerWords;
}
