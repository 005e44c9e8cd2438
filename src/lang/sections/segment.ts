/** What the segment stage reads about a language: how its words are tokens and where its sentences end. */

type Words = ReadonlySet<string>;

export interface SegmentLanguage {
  /**
   * The token pattern (sticky, unicode), tried at each position that is not white space; its last branch must take
   * any one character. Splits as the language's treebanks do (clitics, abbreviations with their stop, numbers).
   */
  tokenPattern: RegExp;
  /** abbreviations (lower case, without the stop) that do not end a sentence before a capitalised word */
  titleAbbreviations: Words;
  /** of those, the ones that often end a sentence too: a break only when a sentence opener follows */
  sentenceFinalAbbreviations: Words;
  /** words that open sentences: after an acronym ("U.S.") one of them signals a sentence break */
  sentenceOpeners: Words;
}
