import type { QuoteContext } from '../context.js';

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
  return ctx.lang.nameGlue.has(ctx.lower[i]);
}

/** "softly echoing", "matter-of-factly said": a manner adverb between speaker and cue. */
function isMannerAdverb(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i].text;
  return ctx.lang.mannerAdverb.test(t) && !ctx.lang.notMannerAdverbs.has(t);
}

/** A pronoun token: "he", "He", "I", but not the all-capitals "US" or "IT". */
function isPronounToken(ctx: QuoteContext, i: number, set: ReadonlySet<string>): boolean {
  const t = ctx.tokens[i].text;
  return set.has(ctx.lower[i]) && (t === 'I' || /^.\p{Ll}*$/u.test(t));
}

/** A boundary word that is really inside a name ("Secretary of State", "Bank of England"): capitalised on both sides. */
function insideName(ctx: QuoteContext, i: number, lo: number, hi: number): boolean {
  // an acronym ("US", "IT") is a name, not the pronoun or preposition it spells
  if (/^\p{Lu}{2,}$/u.test(ctx.tokens[i].text)) return true;
  return ctx.lang.insideName.has(ctx.lower[i]) && i - 1 >= lo && i + 1 < hi && ctx.isCapitalised(i - 1) && ctx.isCapitalised(i + 1);
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
    if (ctx.lang.possessiveClitics.has(w) && k - 1 >= lo && !ctx.lang.speakerPronouns.has(ctx.lower[k - 1]) && !ctx.lang.contractionHosts.has(ctx.lower[k - 1])) return null;
    if (ctx.lang.betweenSpeakerAndCue.has(w)) k--;
    else if (isMannerAdverb(ctx, k)) k--;
    else if (ctx.lang.betweenPhraseNouns.has(w) && k - 2 >= lo && ctx.lang.betweenPhraseDeterminers.has(ctx.lower[k - 1]) && ctx.lang.betweenPhrasePrepositions.has(ctx.lower[k - 2])) k -= 3;
    else if (ctx.lang.betweenPhraseNouns.has(w) && k - 1 >= lo && ctx.lang.betweenPhrasePrepositions.has(ctx.lower[k - 1])) k -= 2;
    else if (ctx.lang.timeWords.has(w) && /^\p{Lu}/u.test(ctx.tokens[k].text) && k - 1 >= lo && ctx.lower[k - 1] === ctx.lang.dayPreposition) k -= 2;
    else if (ctx.lang.weekdays.has(w)) k--;
    // "Police had last month charged", "who last year threatened": a period between speaker and cue, as after a cue
    else if (ctx.lang.periodWords.has(w) && k - 1 >= lo && ctx.lang.timeLeads.has(ctx.lower[k - 1])) k -= 2;
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
  if (isPronounToken(ctx, k, ctx.lang.speakerPronouns)) return { first: k, end };
  if (!ctx.isWord(k) || isPronounToken(ctx, k, ctx.lang.objectPronouns)) return null;
  let first = phraseStartBefore(ctx, k, lo, end);
  // "a spokesman for the agency said", "the head of the union told": the role and whom it is held for are one speaker
  const noun = first - 2;
  if (first < end && noun >= lo && ctx.lang.roleLinkPrepositions.has(ctx.lower[first - 1]) && ctx.lang.relationalSpeakerNouns.has(ctx.lower[noun])) {
    const role = phraseStartBefore(ctx, noun, lo, end);
    if (role <= noun) first = role;
  }
  if (first >= end) return null;
  // a determiner alone ("the report says") or a run of lower-case words with no noun head is no speaker
  if (end - first === 1 && ((ctx.lang.determiners.has(ctx.lower[first]) && !ctx.lang.quantifierSpeakers.has(ctx.lower[first])) || ctx.lang.possessives.has(ctx.lower[first]))) return null;
  return { first, end };
}

/** Where a speaker noun phrase ending at token `k` starts, read leftwards to a clause boundary (`end` when none). */
function phraseStartBefore(ctx: QuoteContext, k: number, lo: number, end: number): number {
  let j = k;
  while (j >= lo && end - j <= MAX_SPEAKER_TOKENS) {
    const t = ctx.lower[j];
    if (!ctx.isWord(j) && !isNameGlue(ctx, j)) break;
    if (ctx.lang.speakerBoundary.has(t) && !insideName(ctx, j, lo, end) && !ctx.lang.determiners.has(t)) break;
    if (j < k && ctx.lang.cueForms.has(t) && !ctx.isCapitalised(j)) break;
    if (j < k && isPronounToken(ctx, j, ctx.lang.speakerPronouns)) break;
    j--;
  }
  let first = j + 1;
  // a speaker does not open with glue, a connecting word or a bare number ("2006 saying")
  while (first < end && (isNameGlue(ctx, first) || (ctx.lang.insideName.has(ctx.lower[first]) && ctx.lower[first] !== ctx.lang.definiteArticle) || (/^\d{4}$/.test(ctx.lower[first]) && first + 1 < end))) first++;
  return first;
}

/**
 * The speaker after a cue in inverted order ("said Kremlin spokesman Dmitry Peskov", "according to the poll"): reads a
 * noun phrase rightwards from `from` to a clause boundary before `hi`.
 */
export function speakerAfter(ctx: QuoteContext, from: number, hi: number): TokenRange | null {
  if (from >= hi) return null;
  const w0 = ctx.lower[from];
  if (w0 !== ctx.lang.impersonalPronoun && isPronounToken(ctx, from, ctx.lang.objectPronouns)) return null;
  if (isPronounToken(ctx, from, ctx.lang.speakerPronouns)) return { first: from, end: from + 1 };
  if (!ctx.isWord(from) || (ctx.lang.speakerBoundary.has(w0) && !ctx.lang.determiners.has(w0) && !insideName(ctx, from, from, hi))) return null;
  let end = phraseEndAfter(ctx, from, from, hi);
  // "said a spokesman for the agency": the role and whom it is held for are one speaker
  if (end > from && end + 1 < hi && ctx.lang.roleLinkPrepositions.has(ctx.lower[end]) && ctx.lang.relationalSpeakerNouns.has(ctx.lower[end - 1]) && ctx.isWord(end + 1)) {
    const body = phraseEndAfter(ctx, end + 1, from, hi);
    if (body > end + 1) end = body;
  }
  if (end <= from) return null;
  return { first: from, end };
}

/** Where a speaker noun phrase read rightwards from token `at` ends (a speaker starting at `from`), trimmed of glue and determiners. */
function phraseEndAfter(ctx: QuoteContext, at: number, from: number, hi: number): number {
  let j = at;
  while (j < hi && j - from < MAX_SPEAKER_TOKENS) {
    const t = ctx.lower[j];
    if (!ctx.isWord(j) && !isNameGlue(ctx, j)) break;
    if (ctx.lower[j] === '.' ) break;
    if (ctx.lang.speakerBoundary.has(t) && !insideName(ctx, j, from, hi) && !ctx.lang.determiners.has(t)) break;
    if (j > from && ctx.lang.cueForms.has(t) && !ctx.isCapitalised(j)) break;
    j++;
  }
  let end = j;
  while (end > at && (isNameGlue(ctx, end - 1) || ctx.lang.determiners.has(ctx.lower[end - 1]))) end--;
  return end;
}
