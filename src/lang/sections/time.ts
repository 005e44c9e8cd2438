/** What the time stage reads about a language: its time-expression parsers, range links and tense cues. */
import type { TimexParser } from '../../pipeline/stages/time/types.js';

type Words = ReadonlySet<string>;

/** Words around a time expression that tell the tense of its clause (no part-of-speech tags needed). */
export interface TenseWords {
  /** words that put a clause in the future ("will", "scheduled", "tomorrow") */
  future: Words;
  /** words that put a clause in the past ("said", "was", "ago"); other -ed words count too */
  past: Words;
  /** -ed words that are not past-tense verbs ("needed", "united", "expected") */
  notPast: Words;
  /** a participle after these is passive or perfect, not a past cue of its own */
  auxiliaryBeforeParticiple: Words;
  /** past forms of "be" and "have": cues even after an auxiliary-looking word */
  beForms: Words;
  /** future forms that are cues only before one of these words ("going to", "set for", "wo n't"), with those words */
  lookAhead: ReadonlyMap<string, Words>;
  /** future cues that, capitalised inside a sentence, are names ("Will") */
  nameForms: Words;
  /** future cues that weigh less than the others: a nearer cue of either tense wins ("would") */
  weakFuture: Words;
  /** regular past forms not listed in `past` ("announced"; `notPast` lists the exceptions) */
  regularPast: RegExp;
  /** reporting verbs: the frame of the news, a past cue only when nothing nearer decides */
  reporting: Words;
}

export interface TimeLanguage {
  /** the time-expression parsers, compiled afresh, in tie-break priority order (chrono's locale parsers) */
  parsers(): TimexParser[];
  /** words between two expressions that make them the two ends of one range ("to", "until", "and") */
  rangeLink: RegExp;
  /** range links that need `rangeOpener` before the first end unless both ends are alike ("to", "until") */
  openRangeLink: RegExp;
  /** text right before the first end that opens a range ("from March to June") */
  rangeOpener: RegExp;
  /** range links that make a range only after `pairOpener` ("between 2019 and 2021") */
  pairedRangeLink: RegExp;
  /** text right before the first end that opens a paired range ("between") */
  pairOpener: RegExp;
  /** what may stand between a clock time and its day ("10 p.m. Wednesday", "noon on Thursday", "5 p.m., Nov. 9") */
  clockThenDay: RegExp;
  tense: TenseWords;
}
