import type { QuoteContext } from '../context.js';
import { contentEnd, partsOf, reportsWords } from '../shared/content.js';
import type { Attribution, ClauseRule } from './rule.js';

/** Longest "In …," phrase read for a source ("In an NBC News/Wall Street Journal poll released Monday,"). */
const MAX_IN_SOURCE_TOKENS = 14;

/** A poll or study that frames a clause is its source, but the clause may also be the writer's own summary. */
const IN_SOURCE_CONFIDENCE = 0.6;

/**
 * "In a CNN poll released Monday, Clinton led by 24 points.": a phrase headed by a poll, study or document, closed by
 * a comma and followed by a clause with no cue of its own, is the source of the rest of the sentence, "In" the cue.
 * ("In a statement, the campaign said …" is left to the cue rules.)
 */
function inASource(ctx: QuoteContext, i: number, s1: number): Attribution | null {
  let comma = i + 1;
  while (comma < s1 && comma - i <= MAX_IN_SOURCE_TOKENS && ctx.lower[comma] !== ',' && ctx.quotationOf[comma] < 0) comma++;
  if (comma >= s1 || ctx.lower[comma] !== ',') return null;
  let head = -1;
  for (let k = i + 1; k < comma; k++) if (ctx.lang.inSourceNouns.has(ctx.lower[k])) head = k;
  if (head < 0) return null;
  const end = contentEnd(ctx, comma + 1, s1);
  if (end - (comma + 1) < 3) return null;
  // the clause must not report someone's words itself ("In a speech, Trump attacked …")
  for (let k = comma + 1; k < end; k++) {
    if (ctx.quotationOf[k] >= 0) continue;
    if (reportsWords(ctx, k)) return null;
  }
  return { parts: partsOf(ctx, comma + 1, end), cue: { first: i, end: i + 1 }, speaker: { first: i + 1, end: head + 1 }, medium: null, confidence: IN_SOURCE_CONFIDENCE, rule: 'in-source' };
}

export const inSource: ClauseRule = {
  name: 'in-source',
  at(ctx, { i, s0, s1 }) {
    if (ctx.lower[i] !== ctx.lang.sourceFramePreposition || i !== s0) return null;
    return { attribution: inASource(ctx, i, s1) };
  },
};
