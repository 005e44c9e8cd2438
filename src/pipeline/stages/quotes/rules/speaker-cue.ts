import { afterComma, contentEnd, partsOf, pastSeparators } from '../shared/content.js';
import { continuation } from '../shared/continuation.js';
import { endBeforeGovernor, leadInNotReported } from '../shared/parse.js';
import { speakerBefore } from '../shared/speaker.js';
import { acrossCommasBefore, coordinatedSubject } from '../shared/subject.js';
import { readTail } from '../shared/tail.js';
import type { ClauseRule } from './rule.js';

/**
 * A cue with its speaker before it: "C, X said." / "C, X said, D." (rule 'after': the content came first) or
 * "X said (that) C" (rule 'before'). Claims every cue that reaches it, the last clause rule.
 */
export const speakerCue: ClauseRule = {
  name: 'before',
  at(ctx, { i, s0, s1, cue, state }) {
    if (!cue) return null;
    let lo = s0;
    for (let k = i - 1; k >= s0; k--) {
      if (ctx.quotationOf[k] >= 0) {
        lo = k + 1;
        break;
      }
    }
    const speaker = speakerBefore(ctx, i, lo) ?? acrossCommasBefore(ctx, i, lo) ?? coordinatedSubject(ctx, i, s0, lo);
    if (!speaker) return { attribution: null };
    const confidence = ctx.lang.cueClassConfidence[cue.cls];
    const tail = readTail(ctx, i, s1);
    const next = pastSeparators(ctx, tail.next, s1);
    let endsHere = next >= s1 || /^[.!?;]$/.test(ctx.tokens[next].text);
    // "C, Ben Carson said after the attacks.": a trailing adverbial after a cue that follows its content
    if (!endsHere && ctx.lower[speaker.first - 1] === ',' && ctx.lang.trailingAdverbialOpeners.has(ctx.lower[next])) {
      let m = next;
      while (m < s1 && ctx.lower[m] !== ctx.lang.thatComplementizer && ctx.lower[m] !== ',' && ctx.quotationOf[m] < 0) m++;
      if (m >= s1 || /^[.!?;]$/.test(ctx.tokens[m].text)) endsHere = true;
    }
    if (endsHere || ctx.lower[tail.next] === ',') {
      // "C, X said." / "C, X said, D."
      const comma = speaker.first - 1;
      if (comma > s0 && (ctx.lower[comma] === ',' || ctx.quotationOf[comma] >= 0)) {
        const stop = ctx.lower[comma] === ',' ? comma : comma + 1;
        const rest = endsHere ? null : afterComma(ctx, tail.next, s1);
        // "Asked to describe the device, X said, “…”": a lead-in the parse says the cue does not report is no content
        const parts = rest && leadInNotReported(ctx, i, s0, stop, rest.first, rest.end) ? [] : partsOf(ctx, s0, stop);
        if (rest) parts.push(...partsOf(ctx, rest.first, rest.end));
        return { attribution: { parts, cue: { first: i, end: tail.cueEnd }, speaker, medium: tail.medium, confidence, rule: 'after' }, speaker };
      }
      if (endsHere) return { attribution: null };
    }
    const end = endBeforeGovernor(ctx, i, next, contentEnd(ctx, next, s1));
    if (end - next < 2) return { attribution: null };
    const parts = partsOf(ctx, next, end);
    if (ctx.quotationOf[end - 1] >= 0) parts.push(...continuation(ctx, end, end, state.attributed));
    return { attribution: { parts, cue: { first: i, end: tail.cueEnd }, speaker, medium: tail.medium, confidence, rule: 'before' }, speaker };
  },
};
