import type { QuoteContext } from './context.js';
import {
  BETWEEN_SPEAKER_AND_CUE,
  CUE_FORMS,
  DETERMINERS,
  INSIDE_NAME,
  OBJECT_PRONOUNS,
  POSSESSIVES,
  SPEAKER_BOUNDARY,
  SPEAKER_PRONOUNS,
  TIME_WORDS,
} from './lexicon.js';

/** Determiners that speak on their own: "Some chanted", "Many say", "Others warned". */
const QUANTIFIER_SPEAKERS = new Set(['some', 'many', 'most', 'others', 'both', 'all', 'few', 'several']);

/** A speaker noun phrase as a token range [first, end). */
export interface TokenRange {
  first: number;
  end: number;
}

/** Longest speaker noun phrase read (tokens): "Russian Defence Minister Sergei Shoigu" fits, a clause does not. */
const MAX_SPEAKER_TOKENS = 12;

/** Longest parenthesis stepped over between a speaker and its cue ("(R-Fla.)", "(D-N.Y.)"). */
const MAX_PARENTHESIS_TOKENS = 8;

/** Tokens that may sit inside a name or title although they are not words: possessive, hyphen, ampersand, period. */
function isNameGlue(ctx: QuoteContext, i: number): boolean {
  const w = ctx.lower[i];
  return w === "'s" || w === '’s' || w === '-' || w === '&' || w === '.' || w === "'" || w === '’';
}

/** Lower-case words in -ly that are nouns, not manner adverbs. */
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'supply', 'rally', 'anomaly', 'monopoly', 'reply', 'bully', 'belly', 'lily', 'jelly', 'folly', 'italy', 'july']);
/** "softly echoing", "matter-of-factly said": a manner adverb between speaker and cue. */
function isMannerAdverb(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i].text;
  return /^\p{Ll}[\p{Ll}-]*ly$/u.test(t) && !LY_NOUNS.has(t) && t !== 'only';
}
/** "who has in the past described", "said at the time": a short time or channel phrase between speaker and cue. */
const PP_NOUNS = new Set(['past', 'time', 'weekend', 'end', 'days', 'weeks', 'months', 'years', 'moment', 'interview', 'statement', 'debate', 'morning', 'evening', 'night', 'rally', 'speech', 'week', 'month', 'year', 'afternoon', 'tweet', 'letter', 'release', 'meantime', 'process']);
const PP_DETS = new Set(['the', 'a', 'an', 'this', 'that', 'recent', 'past', 'last', 'his', 'her', 'their', 'its']);
const PP_PREPS = new Set(['in', 'at', 'on', 'for', 'during', 'over', 'since']);

/** A pronoun token: "he", "He", "I", but not the all-capitals "US" or "IT". */
function isPronounToken(ctx: QuoteContext, i: number, set: Set<string>): boolean {
  const t = ctx.tokens[i].text;
  return set.has(ctx.lower[i]) && (t === 'I' || /^.\p{Ll}*$/u.test(t));
}

/** A boundary word that is really inside a name ("Secretary of State", "Bank of England"): capitalised on both sides. */
function insideName(ctx: QuoteContext, i: number, lo: number, hi: number): boolean {
  // an acronym ("US", "IT") is a name, not the pronoun or preposition it spells
  if (/^\p{Lu}{2,}$/u.test(ctx.tokens[i].text)) return true;
  return INSIDE_NAME.has(ctx.lower[i]) && i - 1 >= lo && i + 1 < hi && ctx.isCapitalised(i - 1) && ctx.isCapitalised(i + 1);
}

/**
 * The speaker before a cue at token `cue` ("Kremlin spokesman Dmitry Peskov said", "he has also said", "who told"):
 * skips auxiliaries, adverbs and "on Tuesday", then reads a noun phrase leftwards to a clause boundary. `lo` is the
 * first token it may use. Null when there is no noun phrase.
 */
export function speakerBefore(ctx: QuoteContext, cue: number, lo: number): TokenRange | null {
  let k = cue - 1;
  while (k >= lo) {
    const w = ctx.lower[k];
    if ((w === "'s" || w === '’s') && k - 1 >= lo && !SPEAKER_PRONOUNS.has(ctx.lower[k - 1]) && ctx.lower[k - 1] !== 'that') return null;
    if (BETWEEN_SPEAKER_AND_CUE.has(w)) k--;
    else if (isMannerAdverb(ctx, k)) k--;
    else if (PP_NOUNS.has(w) && k - 2 >= lo && PP_DETS.has(ctx.lower[k - 1]) && PP_PREPS.has(ctx.lower[k - 2])) k -= 3;
    else if (PP_NOUNS.has(w) && k - 1 >= lo && PP_PREPS.has(ctx.lower[k - 1])) k -= 2;
    else if (TIME_WORDS.has(w) && /^\p{Lu}/u.test(ctx.tokens[k].text) && k - 1 >= lo && ctx.lower[k - 1] === 'on') k -= 2;
    else if (/^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w)) k--;
    else if (w === ')') {
      // "Sen. Marco Rubio (R-Fla.) said": step over the parenthesis
      let open = k - 1;
      while (open >= lo && ctx.lower[open] !== '(' && k - open <= MAX_PARENTHESIS_TOKENS) open--;
      if (open < lo || ctx.lower[open] !== '(') break;
      k = open - 1;
    }
    else break;
  }
  if (k < lo) return null;
  const end = k + 1;
  const w = ctx.lower[k];
  if (isPronounToken(ctx, k, SPEAKER_PRONOUNS)) return { first: k, end };
  if (!ctx.isWord(k) || isPronounToken(ctx, k, OBJECT_PRONOUNS)) return null;
  let j = k;
  while (j >= lo && end - j <= MAX_SPEAKER_TOKENS) {
    const t = ctx.lower[j];
    if (!ctx.isWord(j) && !isNameGlue(ctx, j)) break;
    if (SPEAKER_BOUNDARY.has(t) && !insideName(ctx, j, lo, end) && !DETERMINERS.has(t)) break;
    if (j < k && CUE_FORMS.has(t) && !ctx.isCapitalised(j)) break;
    if (j < k && isPronounToken(ctx, j, SPEAKER_PRONOUNS)) break;
    j--;
  }
  let first = j + 1;
  // a speaker does not open with glue, a connecting word or a bare number ("2006 saying")
  while (first < end && (isNameGlue(ctx, first) || (INSIDE_NAME.has(ctx.lower[first]) && ctx.lower[first] !== 'the') || (/^\d{4}$/.test(ctx.lower[first]) && first + 1 < end))) first++;
  if (first >= end) return null;
  // a determiner alone ("the report says") or a run of lower-case words with no noun head is no speaker
  if (end - first === 1 && ((DETERMINERS.has(ctx.lower[first]) && !QUANTIFIER_SPEAKERS.has(ctx.lower[first])) || POSSESSIVES.has(ctx.lower[first]))) return null;
  return { first, end };
}

/**
 * The speaker after a cue in inverted order ("said Kremlin spokesman Dmitry Peskov", "according to the poll"): reads a
 * noun phrase rightwards from `from` to a clause boundary before `hi`.
 */
export function speakerAfter(ctx: QuoteContext, from: number, hi: number): TokenRange | null {
  if (from >= hi) return null;
  const w0 = ctx.lower[from];
  if (w0 !== 'it' && isPronounToken(ctx, from, OBJECT_PRONOUNS)) return null;
  if (isPronounToken(ctx, from, SPEAKER_PRONOUNS)) return { first: from, end: from + 1 };
  if (!ctx.isWord(from) || (SPEAKER_BOUNDARY.has(w0) && !DETERMINERS.has(w0) && !insideName(ctx, from, from, hi))) return null;
  let j = from;
  while (j < hi && j - from < MAX_SPEAKER_TOKENS) {
    const t = ctx.lower[j];
    if (!ctx.isWord(j) && !isNameGlue(ctx, j)) break;
    if (ctx.lower[j] === '.' ) break;
    if (SPEAKER_BOUNDARY.has(t) && !insideName(ctx, j, from, hi) && !DETERMINERS.has(t)) break;
    if (j > from && CUE_FORMS.has(t) && !ctx.isCapitalised(j)) break;
    j++;
  }
  let end = j;
  while (end > from && (isNameGlue(ctx, end - 1) || DETERMINERS.has(ctx.lower[end - 1]))) end--;
  if (end <= from) return null;
  return { first: from, end };
}

/** True when the tokens [first, end) look like a name or a noun phrase headed by a capitalised word or a noun. */
export function isNamedSpeaker(ctx: QuoteContext, r: TokenRange): boolean {
  for (let i = r.first; i < r.end; i++) if (ctx.isCapitalised(i)) return true;
  return false;
}
