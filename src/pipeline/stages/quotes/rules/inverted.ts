import { afterComma, partsOf } from '../shared/content.js';
import { speakerAfter, type TokenRange } from '../shared/speaker.js';
import { readTail } from '../shared/tail.js';
import type { ClauseRule } from './rule.js';

/** "C, said X.": a speech cue after the content's comma, its speaker after it (inverted order). */
export const inverted: ClauseRule = {
  name: 'inverted',
  at(ctx, { i, s0, s1, cue }) {
    if (!cue) return null;
    const prev = ctx.lower[i - 1];
    if (!((prev === ',' || ctx.quotationOf[i - 1] >= 0) && cue.cls === 'speech' && !cue.hearer)) return null;
    const tail = readTail(ctx, i, s1);
    const found1 = speakerAfter(ctx, tail.cueEnd, s1);
    // "…, said Tom Reyes." ends the clause after the speaker; "…, said the party was" is no inversion
    const closes = (r: TokenRange) => r.end >= s1 || /^[,.;:!?—–)]$/.test(ctx.tokens[r.end].text);
    const speaker = found1 && closes(found1) ? found1 : null;
    if (!speaker) return null;
    const after = readTail(ctx, speaker.end - 1, s1);
    const contentStop = i - 1;
    if (contentStop - s0 < 2) return null;
    const parts = partsOf(ctx, s0, contentStop);
    const rest = afterComma(ctx, Math.max(speaker.end, after.next), s1);
    if (rest) parts.push(...partsOf(ctx, rest.first, rest.end));
    const confidence = ctx.lang.cueClassConfidence[cue.cls];
    return { attribution: { parts, cue: { first: i, end: tail.cueEnd }, speaker, medium: tail.medium ?? after.medium, confidence, rule: 'inverted' }, speaker };
  },
};
