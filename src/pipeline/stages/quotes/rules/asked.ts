import type { QuoteContext } from '../context.js';
import { closesWithComma, partsOf } from '../shared/content.js';
import { UNATTRIBUTED_CONFIDENCE, type Attribution, type ClauseRule } from './rule.js';

/**
 * "Asked whether she would run, Reis said …": the question is an attribution of its own whose asker goes unnamed
 * (speaker null); what follows the comma is left to the cue of its clause.
 */
function askedOpener(ctx: QuoteContext, i: number, s1: number): Attribution | null {
  if (!ctx.lang.questionOpeners.has(ctx.lower[i + 1] ?? '')) return null;
  // the question runs to a comma, or to a quotation closing on one ("Asked if he is “ready,” …")
  let end = i + 2;
  while (end < s1 && ctx.lower[end] !== ',') {
    const q = ctx.quotationOf[end];
    if (q < 0) end++;
    else if (closesWithComma(ctx, ctx.quotationTokens[q][1] - 1)) {
      end = ctx.quotationTokens[q][1];
      break;
    } else end = Math.max(end + 1, ctx.quotationTokens[q][1]);
  }
  if (end >= s1 || end - (i + 1) < 2) return null;
  return { parts: partsOf(ctx, i + 1, end), cue: { first: i, end: i + 1 }, speaker: null, medium: null, confidence: UNATTRIBUTED_CONFIDENCE, rule: 'asked' };
}

export const asked: ClauseRule = {
  name: 'asked',
  at(ctx, { i, s0, s1 }) {
    if (ctx.lower[i] !== ctx.lang.questionParticiple || i !== s0) return null;
    return { attribution: askedOpener(ctx, i, s1) };
  },
};
