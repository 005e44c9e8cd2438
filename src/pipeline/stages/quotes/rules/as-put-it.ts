import type { Span } from '../../../../model/span.js';
import type { QuoteContext } from '../context.js';
import { closesWithComma, contentEnd, hasQuotation, partsOf } from '../shared/content.js';
import { parsedAsAdverb } from '../shared/parse.js';
import { speakerAfter } from '../shared/speaker.js';
import type { Attribution, ClauseRule } from './rule.js';

/** "As X put it" credits the words to X as surely as "according to X" does. */
const AS_PUT_IT_CONFIDENCE = 0.8;

/** Longest "X, a description," between "as" and "put it" (tokens): a name with an appositive of a line or two. */
const MAX_SPEAKER_SPAN = 30;

/** Longest "in a statement to … in July" between "put it" and the comma that opens the content (tokens). */
const MAX_TAIL = 15;

/**
 * "As X put it[, …], C." / "C, as X put it.": the words of C are X's, "put it" the cue. X is a noun phrase right after
 * "as", with an appositive between commas and an adverb ("recently") allowed before "put".
 */
function asPutIt(ctx: QuoteContext, i: number, s0: number, s1: number): Attribution | null {
  const leading = i === s0;
  // "C, as X put it" (the comma may close the quoted words: "“…,” as X put it")
  const quotedComma = !leading && closesWithComma(ctx, i - 1);
  if (!leading && ctx.lower[i - 1] !== ',' && !quotedComma) return null;
  const { verbs, object } = ctx.lang.phrasingCredit;
  let put = -1;
  for (let k = i + 2; k < Math.min(s1 - 1, i + MAX_SPEAKER_SPAN); k++) {
    if (ctx.quotationOf[k] >= 0) return null;
    if (verbs.has(ctx.lower[k]) && ctx.lower[k + 1] === object) {
      put = k;
      break;
    }
  }
  if (put < 0) return null;
  const speaker = speakerAfter(ctx, i + 1, put);
  if (!speaker || speaker.first !== i + 1) return null;
  // what stands between the speaker and "put": nothing, an adverb, or ", a description," then perhaps an adverb
  let k = put;
  if (k - 1 > speaker.end && parsedAsAdverb(ctx, k - 1)) k--;
  if (k > speaker.end && !(ctx.lower[speaker.end] === ',' && ctx.lower[k - 1] === ',')) return null;
  const cue = { first: k, end: put + 2 };
  const parts: Span[] = [];
  if (leading) {
    let comma = put + 2;
    while (comma < s1 && ctx.lower[comma] !== ',' && ctx.lower[comma] !== ':' && ctx.quotationOf[comma] < 0 && comma - put <= MAX_TAIL) comma++;
    if (comma >= s1 || ctx.quotationOf[comma] >= 0 || comma - put > MAX_TAIL) return null;
    const end = contentEnd(ctx, comma + 1, s1);
    if (end - (comma + 1) < 2) return null;
    parts.push(...partsOf(ctx, comma + 1, end));
  } else {
    // the clause before the comma: back from its last quotation to the comma or semicolon that opens it
    const stop = quotedComma ? i : i - 1;
    let start = s0;
    let q = stop - 1;
    while (q > s0 && ctx.quotationOf[q] < 0) q--;
    if (ctx.quotationOf[q] >= 0) {
      for (let t = ctx.quotationTokens[ctx.quotationOf[q]][0] - 1; t > s0; t--) {
        if (ctx.quotationOf[t] < 0 && (ctx.lower[t] === ',' || ctx.lower[t] === ';')) {
          start = t + 1;
          break;
        }
      }
    }
    if (stop - start < 2 || (!hasQuotation(ctx, start, stop) && start !== s0)) return null;
    parts.push(...partsOf(ctx, start, stop));
  }
  return { parts, cue, speaker, medium: null, confidence: AS_PUT_IT_CONFIDENCE, rule: 'as-put-it' };
}

export const asPutItRule: ClauseRule = {
  name: 'as-put-it',
  at(ctx, { i, s0, s1 }) {
    if (ctx.lower[i] !== ctx.lang.phrasingCredit.opener) return null;
    const attribution = asPutIt(ctx, i, s0, s1);
    return attribution ? { attribution, speaker: attribution.speaker ?? undefined } : null;
  },
};
