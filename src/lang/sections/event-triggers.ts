/**
 * One predicate of the event lexicon. Phrases are lower-case words separated by spaces:
 * - in a verb entry the first word is a verb in its base form and matches all its inflections ("threaten" matches
 *   "threatened", "threatens", "threatening"); in a noun entry the last word also matches its plural;
 * - `~` stands for a gap of up to three words ("lift ~ blockade" matches "lifted a day-old blockade");
 * - `a|b` lists alternatives for one word.
 */
export interface PredicateEntry {
  phrase: string;
  pos: 'verb' | 'noun';
  /** CAMEO code; the PLOVER type, mode and context come from the CAMEO table unless set here */
  cameo: string;
  /** PLOVER mode when the predicate names one more precisely than its CAMEO code ("visit", "hunger") */
  mode?: string;
  /** a meeting, exercise or accord between parties that are each source and target */
  symmetric?: boolean;
  /** the predicate announces a future or conditional act of its subject (promise, offer, threat) */
  intent?: boolean;
  /** the grammatical subject is the one the act is aimed at ("they will pay a price"); the source is the speaker */
  subjectIsTarget?: boolean;
  /** lemmas of direct objects that give the verb another sense ("released a statement", "received an award") */
  notWithObject?: readonly string[];
  /** the verb is the event only with a direct object (or a passive subject): "returned the land" is, "returned to Geneva" is travel */
  needsObject?: boolean;
  /** an example sentence we wrote, showing the predicate as an event */
  example: string;
}

/** The predicates of one PLOVER event type, kept in one file. */
export interface EventTypeLexicon {
  type: string;
  entries: PredicateEntry[];
}
