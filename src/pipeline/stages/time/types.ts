import type { TimexRecord } from '../../../model/layers/time.js';
import type { CalendarDate } from './calendar.js';

/** Tense around an expression: -1 past, 1 future, 0 neither clearly (present, no verb). */
export type Tense = -1 | 0 | 1;

/** What every parser and refiner may read: the text, the publication date and a tense oracle. */
export interface TimexContext {
  text: string;
  /** publication date (the anchor of every relative expression) */
  dct: CalendarDate;
  /** tense of the clause around text[start, end) */
  tenseAt(start: number, end: number): Tense;
}

/**
 * A found expression before refinement. `discourse` marks values that depend on what the article said before
 * ("the quarter", "a year earlier" after a quarter); the discourse refiner settles them.
 */
export interface TimexCandidate {
  start: number;
  end: number;
  type: TimexRecord['type'];
  value: string;
  mod: string | null;
  range: { begin: string; end: string } | null;
  confidence: number;
  /** name of the parser that produced it (debugging and tie-breaks) */
  parser: string;
  discourse?: 'quarter' | 'year-before' | 'quarter-of-year' | 'that-year';
  /** for 'that-year': years after the year the article last named ("the following year" = 1) */
  anaphorOffset?: number;
}

/** A rule family: one pattern, compiled once, and what to make of a match (chrono's Parser). */
export interface TimexParser {
  readonly name: string;
  readonly pattern: RegExp;
  /** a cheap test a text must pass for the pattern to be worth scanning (a word every match contains) */
  readonly gate?: RegExp;
  extract(match: RegExpExecArray, ctx: TimexContext): TimexCandidate | null;
}

/** Results in, results out (chrono's Refiner): merging, filtering, resolving against the discourse. */
export interface TimexRefiner {
  readonly name: string;
  refine(candidates: TimexCandidate[], ctx: TimexContext): TimexCandidate[];
}

/** A candidate with the defaults most parsers want. */
export function candidate(
  parser: string,
  start: number,
  end: number,
  type: TimexRecord['type'],
  value: string,
  extra: Partial<Pick<TimexCandidate, 'mod' | 'range' | 'confidence' | 'discourse' | 'anaphorOffset'>> = {},
): TimexCandidate {
  return {
    start, end, type, value, mod: extra.mod ?? null, range: extra.range ?? null, confidence: extra.confidence ?? 0.8, parser,
    discourse: extra.discourse, anaphorOffset: extra.anaphorOffset,
  };
}

/** Letters and digits (Latin scripts) for word edges; a class instead of \\p{L} keeps the patterns non-unicode and fast. */
export const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u024F';

/**
 * Wraps a regex source so it matches whole words only: starting at a word boundary, not followed by a letter/digit.
 * A leading \\b scans about a third faster than a lookbehind (irregexp can still skip ahead on the first characters).
 * Flags: global (scan the whole text once) and case-insensitive.
 */
export function wordPattern(source: string, flags = 'gi'): RegExp {
  return new RegExp(`\\b(?:${source})(?![${WORD_CHAR}])`, flags);
}
