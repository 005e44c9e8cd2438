import type { QuoteContext } from '../context.js';
import type { Span } from '../../../../model/span.js';
import { afterComma, contentEnd, partsOf } from '../shared/content.js';
import { speakerAfter } from '../shared/speaker.js';
import type { Attribution, ClauseRule } from './rule.js';

/** "According to X" names a source outright, though the source is sometimes a document rather than a voice. */
const ACCORDING_TO_CONFIDENCE = 0.8;

/** "According to X, C." / "C, according to X." / "C, as per X." */
function accordingTo(ctx: QuoteContext, i: number, s0: number, s1: number): Attribution | null {
  const speaker = speakerAfter(ctx, i + 2, s1);
  if (!speaker) return null;
  const cue = { first: i, end: i + 2 };
  const leading = i - s0 <= 1;
  const parts: Span[] = [];
  if (leading) {
    let k = speaker.end;
    if (ctx.lower[k] === ',') k++;
    const end = contentEnd(ctx, k, s1);
    if (end - k < 2) return null;
    parts.push(...partsOf(ctx, k, end));
  } else {
    let stop = i;
    if (ctx.lower[stop - 1] === ',') stop--;
    // a quotation of several sentences before the cue belongs to the content whole ("“A. B,” X said, according to Y")
    let start = s0;
    const q = ctx.quotationOf[s0];
    if (q >= 0 && ctx.quotationTokens[q][0] < s0 && ctx.paragraphOf[ctx.quotationTokens[q][0]] === ctx.paragraphOf[s0]) start = ctx.sentStart[ctx.quotationTokens[q][0]];
    if (stop - start < 2) return null;
    parts.push(...partsOf(ctx, start, stop));
    const rest = afterComma(ctx, speaker.end, s1);
    if (rest) parts.push(...partsOf(ctx, rest.first, rest.end));
  }
  return { parts, cue, speaker, medium: null, confidence: ACCORDING_TO_CONFIDENCE, rule: 'according' };
}

export const accordingToRule: ClauseRule = {
  name: 'according',
  at(ctx, { i, s0, s1 }) {
    const second = ctx.lang.sourcePhrases.get(ctx.lower[i]);
    if (second === undefined || ctx.lower[i + 1] !== second) return null;
    return { attribution: accordingTo(ctx, i, s0, s1) };
  },
};
