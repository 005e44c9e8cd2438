// Speakers a cue does not touch: the subject that opens the clause, a name before an appositive, a verb slot.
import type { QuoteContext } from '../context.js';
import { speakerAfter, type TokenRange } from './speaker.js';

/** Longest sentence subject read for a coordinated cue (a name or title, not a clause). */
const MAX_SUBJECT_TOKENS = 8;

/**
 * "The Council on Friday condemned the test and pledged to impose sanctions": a past-tense speech cue after "and"
 * shares the subject that opens the sentence, when that subject is followed by its own verb.
 */
export function coordinatedSubject(ctx: QuoteContext, i: number, s0: number, lo: number): TokenRange | null {
  if (!ctx.lang.clauseCoordinators.has(ctx.lower[i - 1]) || lo !== s0 || !ctx.lang.coordinatedPastCue.test(ctx.lower[i])) return null;
  if (ctx.lang.cueForms.get(ctx.lower[i])?.cls !== 'speech') return null;
  return clauseSubject(ctx, s0, i - 1, false);
}

/**
 * The named subject of the clause opening at `s0` when a past verb of its own follows it before `stop`: a run of
 * capitalised words, determiners and "of" ("The United Nations Security Council", "Police Chief Calvin Williams").
 * With `afterOpener`, a leading adverbial closed by a comma is stepped over ("Here in Columbia, Sanders stepped up").
 */
export function clauseSubject(ctx: QuoteContext, s0: number, stop: number, afterOpener: boolean): TokenRange | null {
  let from = s0;
  if (afterOpener && (ctx.lang.speakerBoundary.has(ctx.lower[s0]) || ctx.lang.sentenceAdverbs.has(ctx.lower[s0]) || ctx.lang.sceneAdverbs.has(ctx.lower[s0]))) {
    let c = s0 + 1;
    while (c < stop && c - s0 <= MAX_OPENER_TOKENS && ctx.lower[c] !== ',' && ctx.quotationOf[c] < 0) c++;
    if (c >= stop || ctx.lower[c] !== ',') return null;
    from = c + 1;
  }
  let j = from;
  while (j < stop && j - from < MAX_SUBJECT_TOKENS && (ctx.isCapitalised(j) || ctx.lang.determiners.has(ctx.lower[j]) || (j > from && ctx.lower[j] === ctx.lang.namePreposition && ctx.isCapitalised(j + 1)))) j++;
  let named = false;
  for (let t = from; t < j; t++) if (ctx.isCapitalised(t) && !ctx.lang.determiners.has(ctx.lower[t]) && !ctx.lang.speakerBoundary.has(ctx.lower[t])) named = true;
  if (!named || ctx.lang.speakerBoundary.has(ctx.lower[from])) return null;
  // the subject's own verb: a past form right after it, or after "on Friday" / an adverb
  let v = j;
  if (ctx.lower[v] === ctx.lang.dayPreposition && ctx.lang.weekdays.has(ctx.lower[v + 1] ?? '')) v += 2;
  while (v < stop && ctx.lang.betweenSpeakerAndCue.has(ctx.lower[v])) v++;
  if (v >= stop || ctx.isCapitalised(v) || !(ctx.lang.regularPast.test(ctx.lower[v]) || ctx.lang.irregularPast.has(ctx.lower[v]))) return null;
  return { first: from, end: j };
}

/** Longest sentence opener stepped over before a subject ("Before the convention,", "Here in Columbia,"). */
const MAX_OPENER_TOKENS = 8;

/**
 * "Paul Ryan, the Speaker, on Tuesday called …" / "…, the minister, also said": the speaker before a comma that ends an
 * appositive, once a time phrase or adverbs right before the cue are stepped over.
 */
export function acrossCommasBefore(ctx: QuoteContext, i: number, lo: number): TokenRange | null {
  let k = i - 1;
  while (k > lo && ctx.lang.betweenSpeakerAndCue.has(ctx.lower[k])) k--;
  if (k - 1 > lo && ctx.lang.dayWords.has(ctx.lower[k]) && ctx.lower[k - 1] === ctx.lang.dayPreposition) k -= 2;
  else if (k > lo && ctx.lang.dayWords.has(ctx.lower[k])) k--;
  while (k > lo && ctx.lang.betweenSpeakerAndCue.has(ctx.lower[k])) k--;
  // "Ana Reis, the head of Harbour Media -- the firm that owns the paper -- told": an aside between dashes ends the
  // appositive as a comma would
  const close = k > lo ? dashEndingAt(ctx, k) : -1;
  if (close > lo) {
    for (let open = close - 1; open > lo && ctx.quotationOf[open] < 0; open--) {
      const first = dashEndingAt(ctx, open);
      if (first > lo) return speakerAcrossCommas(ctx, first, lo);
    }
    return null;
  }
  return k > lo && ctx.lower[k] === ',' ? speakerAcrossCommas(ctx, k, lo) : null;
}

/** The first token of a dash ending at token `k` ("—", "–", or "--" read as two hyphens), or -1. */
function dashEndingAt(ctx: QuoteContext, k: number): number {
  const w = ctx.lower[k];
  if (w === '—' || w === '–' || w === '--') return k;
  return w === '-' && ctx.lower[k - 1] === '-' ? k - 1 : -1;
}

/** Comma segments read back from a cue before giving up ("Clinton, 35, the daughter of …, said"). */
const MAX_COMMA_SEGMENTS = 4;

/**
 * The speaker of "NAME, APPOSITIVE, said" / "Trump, in Kentucky, said": reads comma-separated segments back from the
 * comma at `comma`, skipping asides (prepositional phrases, ages), and takes the first that is a whole noun phrase.
 */
function speakerAcrossCommas(ctx: QuoteContext, comma: number, lo: number): TokenRange | null {
  let c = comma;
  for (let seg = 0; seg < MAX_COMMA_SEGMENTS && c > lo; seg++) {
    let pc = c - 1;
    while (pc >= lo && ctx.lower[pc] !== ',' && ctx.quotationOf[pc] < 0 && !/^[;:—–(]$/.test(ctx.lower[pc])) pc--;
    let first = pc + 1;
    // "Even China, Pyongyang's only ally, said": a sentence adverb before the name
    while (first < c - 1 && ctx.lang.sentenceAdverbs.has(ctx.lower[first])) first++;
    if (first >= c) return null;
    if (ctx.lang.asideStarts.has(ctx.lower[first]) || /^\d+$/.test(ctx.lower[first])) {
      if (pc < lo || ctx.lower[pc] !== ',') return null;
      c = pc;
      continue;
    }
    const np = speakerAfter(ctx, first, c);
    if (np && np.end === c) {
      // "Mike DuHaime, a Republican strategist, said": the name before a lower-case description names the speaker
      if (!ctx.isCapitalised(np.first) && pc >= lo && ctx.lower[pc] === ',') {
        let qs = pc - 1;
        while (qs >= lo && ctx.lower[qs] !== ',' && ctx.quotationOf[qs] < 0 && !/^[;:—–(]$/.test(ctx.lower[qs])) qs--;
        const name = speakerAfter(ctx, qs + 1, pc);
        if (name && name.end === pc && ctx.isCapitalised(name.first)) return name;
      }
      return np;
    }
    if (pc < lo || ctx.lower[pc] !== ',') return null;
    c = pc;
  }
  return null;
}

/**
 * True when a form that is also a noun stands where a verb would ("he states", "Trump promises", "the poll shows",
 * "has said") rather than a noun ("the state", "his promises").
 */
export function verbSlot(ctx: QuoteContext, i: number): boolean {
  const p = ctx.lower[i - 1];
  // "he's claiming" is a verb slot; "Trump's charge" is a possessive
  if (ctx.lang.possessiveClitics.has(p) && !ctx.lang.speakerPronouns.has(ctx.lower[i - 2] ?? '') && !ctx.lang.contractionHosts.has(ctx.lower[i - 2] ?? '')) return false;
  if (ctx.lang.speakerPronouns.has(p) || ctx.lang.betweenSpeakerAndCue.has(p) || ctx.lang.agentNouns.has(p) || p === ',') return true;
  return ctx.isCapitalised(i - 1) && !ctx.lang.determiners.has(p) && !ctx.lang.possessives.has(p) && ctx.isWord(i - 1);
}
