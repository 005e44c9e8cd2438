import type { QuoteContext } from '../context.js';
import { speakerAfter } from '../shared/speaker.js';
import type { AttributionRule, AttributionState } from './rule.js';

/** Dashes that sign a quotation with its speaker's name ("“…” ― Carla Sanchez", "“…” — John Smith, a voter"). */
const SIGNATURE_DASH = /^(?:―|—|–|--)$/;

/**
 * “…” ― Name: a quotation opening its paragraph, closed by a dash and a capitalised name that ends the paragraph (or
 * runs into a period or an appositive after a comma). The dash is the cue.
 */
function dashSignatures(ctx: QuoteContext, { found, attributed }: AttributionState): void {
  for (let q = 0; q < ctx.quotations.length; q++) {
    if (attributed[q]) continue;
    const [a, b] = ctx.quotationTokens[q];
    if (a >= b || ctx.paraStart[a] !== a) continue;
    const paraEnd = ctx.paraEnd[a];
    let j = b;
    if (j < paraEnd && ctx.lower[j] === ',') j++;
    if (j + 1 >= paraEnd || !SIGNATURE_DASH.test(ctx.tokens[j].text) || !ctx.isCapitalised(j + 1)) continue;
    const speaker = speakerAfter(ctx, j + 1, paraEnd);
    if (!speaker) continue;
    const after = speaker.end;
    if (after < paraEnd && !/^[.,]$/.test(ctx.lower[after])) continue;
    if (after < paraEnd && ctx.lower[after] === '.' && after + 1 < paraEnd) continue;
    attributed[q] = 1;
    found.push({ parts: [...ctx.quotations[q].parts], cue: { first: j, end: j + 1 }, speaker, medium: null, confidence: ctx.lang.cueClassConfidence.speech, rule: 'signature' });
  }
}

export const signature: AttributionRule = { name: 'signature', apply: dashSignatures };
