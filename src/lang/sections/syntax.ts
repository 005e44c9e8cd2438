/** What the syntax stage reads about a language: the lemmas its suffix rules cannot reach. */

/** Lower-cased form -> lemma, by the part of speech a form is an exception for. */
export interface LemmaExceptions {
  /** irregular verb forms (words tagged VERB or AUX): "went" -> "go" */
  verbs: ReadonlyMap<string, string>;
  /** irregular plurals (NOUN): "children" -> "child" */
  nouns: ReadonlyMap<string, string>;
  /** suppletive comparison (ADJ): "better" -> "good" */
  adjectives: ReadonlyMap<string, string>;
  /** suppletive comparison (ADV): "better" -> "well" */
  adverbs: ReadonlyMap<string, string>;
  /** "PennTag:form" -> lemma, for forms whose lemma depends on the fine tag ("PRP:her" -> "she", "MD:'d" -> "would") */
  byPennTag: ReadonlyMap<string, string>;
}

export interface SyntaxLanguage {
  lemmas: LemmaExceptions;
}
