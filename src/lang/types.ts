/**
 * A language pack: everything a stage needs to know about one language (word lists, patterns, morphology and the
 * confidences of rules that read them), one section a stage. Stages hold the logic and read their section from
 * `doc.pack`; the pipeline chooses the pack from `article.lang` (as chrono's `locales/` and spaCy's `lang/`).
 * Knowledge that is not language (country tables, gazetteers) stays in `src/knowledge`.
 */
import type { EntitiesLanguage } from './sections/entities.js';
import type { EventsLanguage } from './sections/events.js';
import type { QuotesLanguage } from './sections/quotes.js';
import type { TimeLanguage } from './sections/time.js';
import type { PlacesLanguage } from './sections/places.js';
import type { CleanLanguage } from './sections/clean.js';
import type { NerLanguage } from './sections/ner.js';
import type { NamesLanguage } from './sections/names.js';
import type { ToneLanguage } from './sections/tone.js';
import type { SegmentLanguage } from './sections/segment.js';
import type { SyntaxLanguage } from './sections/syntax.js';

export type { EntitiesLanguage, PartyTag } from './sections/entities.js';
export type { EventsLanguage, EventTypeLexicon, ModalityWords, PredicateEntry } from './sections/events.js';
export type { QuotesLanguage, CueClass, CueEntry } from './sections/quotes.js';
export type { PlacesLanguage } from './sections/places.js';
export type { TenseWords, TimeLanguage } from './sections/time.js';
export type { SyntaxLanguage, LemmaExceptions } from './sections/syntax.js';
export type { SegmentLanguage } from './sections/segment.js';
export type { CleanLanguage } from './sections/clean.js';
export type { NerGazetteerWords, NerLanguage } from './sections/ner.js';
export type { Gender, NamesLanguage, NameWords } from './sections/names.js';
export type { ToneLanguage } from './sections/tone.js';

export interface LanguagePack {
  /** ISO 639-1 code that selects the pack (`article.lang`, primary subtag, any case) */
  readonly code: string;
  /** the language's English name, for messages */
  readonly name: string;
  /** the clean stage: line rules for page furniture and credits */
  readonly clean: CleanLanguage;
  /** the segment stage: token pattern, abbreviations and sentence openers */
  readonly segment: SegmentLanguage;
  /** the entities stage: name particles, designations, legal forms, roles, stand-in and pronoun cues */
  readonly entities: EntitiesLanguage;
  readonly quotes: QuotesLanguage;
  /** the time stage: time-expression parsers, range links, tense cues */
  readonly time: TimeLanguage;
  readonly events: EventsLanguage;
  /** the places stage: feature words, locative cues, demonym morphology, names that are not places */
  readonly places: PlacesLanguage;
  /** the syntax stage: lemma exceptions (irregular verbs and plurals, pronoun cases, contracted auxiliaries) */
  readonly syntax: SyntaxLanguage;
  /** the tone stage: the sentiment lexicon */
  readonly tone: ToneLanguage;
  /** the ner stage: gazetteer feature words */
  readonly ner: NerLanguage;
  /** ner, entities and places: titles, honorifics and organisation heads (the words around names) */
  readonly names: NamesLanguage;
}
