/** What the tone stage reads about a language: a sentiment lexicon (GDELT's V2Tone is counted over one). */

export interface ToneLanguage {
  /** lower-case word -> sentiment from -5 to 5 */
  sentiment: ReadonlyMap<string, number>;
}
