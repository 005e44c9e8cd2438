import type { QuoteContext } from '../context.js';
import { markAttributed } from '../shared/content.js';
import { continuation } from '../shared/continuation.js';
import { speakerBefore } from '../shared/speaker.js';
import type { AttributionRule, AttributionState } from './rule.js';

/** A bare colon between a noun phrase and a quotation: usually its source, sometimes only a label. */
const COLON_CONFIDENCE = 0.7;
/** A speech verb before the colon ("said:") makes it a cue. */
const SPEECH_COLON_CONFIDENCE = 0.85;

/** "Pew Research: “…”" / "as the report put it: “…”": the noun phrase before a colon speaks the quotation after it. */
function colonQuotations(ctx: QuoteContext, { found, attributed }: AttributionState): void {
  for (let q = 0; q < ctx.quotations.length; q++) {
    if (attributed[q]) continue;
    const [a] = ctx.quotationTokens[q];
    const colon = a - 1;
    // the colon ends the quotation's paragraph or the one before it ("Coach Berg said:\n\n“…”")
    if (colon < 1 || ctx.lower[colon] !== ':' || ctx.paragraphOf[a] - ctx.paragraphOf[colon] > 1) continue;
    const verb = ctx.lang.cueForms.get(ctx.lower[colon - 1]);
    const cueAt = verb && verb.cls === 'speech' && !ctx.isCapitalised(colon - 1) ? colon - 1 : colon;
    const speaker = speakerBefore(ctx, cueAt, ctx.sentStart[colon]);
    if (!speaker) continue;
    const parts = [...ctx.quotations[q].parts];
    attributed[q] = 1;
    parts.push(...continuation(ctx, ctx.quotationTokens[q][1], ctx.quotationTokens[q][1], attributed));
    found.push({ parts, cue: { first: cueAt, end: colon + 1 }, speaker, medium: null, confidence: cueAt === colon ? COLON_CONFIDENCE : SPEECH_COLON_CONFIDENCE, rule: 'colon' });
  }
}

/** Runs once every quotation inside an earlier content is marked, so only quotations still alone are read. */
export const colon: AttributionRule = {
  name: 'colon',
  apply(ctx, state) {
    markAttributed(ctx, state.found, state.attributed);
    colonQuotations(ctx, state);
  },
};
