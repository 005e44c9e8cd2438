import type { QuoteContext } from '../context.js';
import { contentEnd, partsOf } from '../shared/content.js';
import type { AttributionRule, AttributionState } from './rule.js';

/** A capitalised name before a headline colon is more often the speaker than not, but headlines also label topics. */
const HEADLINE_CONFIDENCE = 0.6;

/** A headline "Name: claim" on the first line: the name speaks, the colon is the cue. */
function headlineColons(ctx: QuoteContext, { found }: AttributionState): void {
  if (!ctx.tokens.length) return;
  const s0 = 0;
  const s1 = ctx.sentEnd[0];
  for (let c = s0 + 1; c < Math.min(s1, s0 + 5); c++) {
    if (ctx.lower[c] !== ':') continue;
    for (let k = s0; k < c; k++) if (!ctx.isCapitalised(k) && ctx.isWord(k)) return;
    const end = contentEnd(ctx, c + 1, s1);
    if (end - (c + 1) < 3) return;
    found.push({ parts: partsOf(ctx, c + 1, end), cue: { first: c, end: c + 1 }, speaker: { first: s0, end: c }, medium: null, confidence: HEADLINE_CONFIDENCE, rule: 'headline' });
    return;
  }
}

export const headline: AttributionRule = { name: 'headline', apply: headlineColons };
