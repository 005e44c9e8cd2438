import type { QuoteContext } from '../context.js';
import { hasQuotation, markAttributed } from '../shared/content.js';
import { holdsPredicate } from '../shared/parse.js';
import { continuation } from '../shared/continuation.js';
import type { AttributionRule, AttributionState } from './rule.js';

/**
 * An attribution whose content runs to the end of its sentence carries on into the quotations that open the next
 * sentences with no cue of their own ("Christie said, adding that … . “A leader must fight …”").
 */
function extendWithContinuations(ctx: QuoteContext, { found, attributed }: AttributionState): void {
  for (const a of found) {
    if (a.rule === 'trailing' || a.rule === 'colon' || a.rule === 'transcript') continue;
    // the content, or the speaker and cue that follow it ("“change agent,” Cole said."), must end the sentence
    let k = ctx.tokenAtOrAfter(a.parts[a.parts.length - 1].end);
    for (const r of [a.cue, a.speaker, a.medium]) if (r && r.end > k && ctx.sentStart[r.first] === ctx.sentStart[Math.max(0, k - 1)]) k = r.end;
    if (k >= ctx.tokens.length) continue;
    const sentEnd = ctx.sentEnd[Math.max(0, k - 1)];
    // "…,” says Paul Reyes, founder of the group. “…”: the speaker's apposition ends the sentence as well
    if (a.speaker && k === a.speaker.end && ctx.lower[k] === ',' && !hasQuotation(ctx, k, sentEnd) && !holdsPredicate(ctx, { first: k + 1, end: sentEnd })) k = sentEnd;
    let n = k;
    while (n < sentEnd && !ctx.isWord(n) && ctx.quotationOf[n] < 0) n++;
    if (n < sentEnd) continue;
    a.parts.push(...continuation(ctx, k, sentEnd, attributed));
  }
}

/** A refiner: extends what the rules before found, once every quotation inside their contents is marked. */
export const continuations: AttributionRule = {
  name: 'continuations',
  apply(ctx, state) {
    markAttributed(ctx, state.found, state.attributed);
    extendWithContinuations(ctx, state);
  },
};
