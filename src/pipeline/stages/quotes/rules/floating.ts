import type { QuoteContext } from '../context.js';
import { UNATTRIBUTED_CONFIDENCE, type Attribution, type AttributionRule, type AttributionState } from './rule.js';

/** A floating quotation borrows the last speaker: right more often than not in news, but never sure. */
const FLOATING_CONFIDENCE = 0.5;

/** Paragraphs back a floating quotation may look for its speaker (news keeps a speaker's quotes together). */
const FLOATING_LOOKBACK_PARAGRAPHS = 2;

/** Quotations standing alone as a sentence continue the last speaker of the previous paragraphs. */
function floatingQuotations(ctx: QuoteContext, { found, attributed }: AttributionState): void {
  const ordered = [...found].sort((a, b) => a.parts[0].start - b.parts[0].start);
  for (let q = 0; q < ctx.quotations.length; q++) {
    if (attributed[q]) continue;
    const [a, b] = ctx.quotationTokens[q];
    if (b - a < 4) continue;
    // only a quotation that opens its sentence, with nothing but punctuation after it
    if (ctx.sentStart[a] !== a) continue;
    let after = b;
    while (after < ctx.sentEnd[Math.min(b, ctx.tokens.length - 1)] && !ctx.isWord(after)) after++;
    if (after < ctx.tokens.length && after < ctx.sentEnd[b - 1] && ctx.isWord(after)) continue;
    const quote = ctx.quotations[q];
    let previous: Attribution | null = null;
    for (const f of ordered) {
      if (f.parts[0].start >= quote.start) break;
      if (f.speaker && !ctx.lang.notAVoice.has(ctx.lower[f.speaker.first])) previous = f;
    }
    const near = previous?.speaker && ctx.paragraphOf[a] - ctx.paragraphOf[previous.speaker.first] <= FLOATING_LOOKBACK_PARAGRAPHS;
    // the last speaker's quotation goes on after some narration: one attribution with one more part
    if (near && previous && previous.rule === 'trailing') previous.parts.push(...quote.parts);
    else if (near && previous) found.push({ parts: [...quote.parts], cue: null, speaker: previous.speaker, medium: null, confidence: FLOATING_CONFIDENCE, rule: 'floating' });
    // a quotation with nobody to speak it is kept, honestly unattributed
    else found.push({ parts: [...quote.parts], cue: null, speaker: null, medium: null, confidence: UNATTRIBUTED_CONFIDENCE, rule: 'unattributed' });
  }
}

/** Quotations no rule took: the last speaker's when one is near (rule 'floating'), else nobody's ('unattributed'). */
export const floating: AttributionRule = { name: 'floating', apply: floatingQuotations };
