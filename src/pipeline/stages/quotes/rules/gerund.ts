import { closesWithComma, contentEnd, partsOf, pastSeparators } from '../shared/content.js';
import { speakerAfter } from '../shared/speaker.js';
import { clauseSubject } from '../shared/subject.js';
import { readTail } from '../shared/tail.js';
import { BORROWED_SPEAKER_FACTOR, type ClauseRule } from './rule.js';

/** ", adding that …" / ", saying …" / "by noting …": the speaker is the sentence's last speaker or its subject. */
export const gerund: ClauseRule = {
  name: 'gerund',
  at(ctx, { i, s0, s1, cue, lastSpeaker }) {
    const w = ctx.lower[i];
    if (!cue || !(w.endsWith(ctx.lang.gerundEnding) && (ctx.lang.gerundLeads.has(ctx.lower[i - 1]) || closesWithComma(ctx, i - 1)))) return null;
    const speaker = lastSpeaker ?? clauseSubject(ctx, s0, i, true) ?? speakerAfter(ctx, s0, i);
    const tail = readTail(ctx, i, s1);
    const next = pastSeparators(ctx, tail.next, s1);
    const end = contentEnd(ctx, next, s1);
    if (!speaker || end - next < 2) return { attribution: null };
    const confidence = ctx.lang.cueClassConfidence[cue.cls] * BORROWED_SPEAKER_FACTOR;
    return { attribution: { parts: partsOf(ctx, next, end), cue: { first: i, end: tail.cueEnd }, speaker, medium: tail.medium, confidence, rule: 'gerund' } };
  },
};
