import { contentEnd, partsOf } from '../shared/content.js';
import { readTail } from '../shared/tail.js';
import { BORROWED_SPEAKER_FACTOR, type ClauseRule } from './rule.js';

/**
 * "He called it “shameful” and called on leaders …": a second speech cue of the sentence's last speaker, whose content
 * ends the first one's. A thought or stance verb there is more often the reported clause going on ("He says he is
 * proud and expects to win").
 */
export const coordinated: ClauseRule = {
  name: 'coordinated',
  at(ctx, { i, s1, cue, lastSpeaker, state }) {
    if (!cue) return null;
    if (!(ctx.lang.clauseCoordinators.has(ctx.lower[i - 1]) && lastSpeaker && lastSpeaker.end <= i - 1 && cue.cls === 'speech')) return null;
    const tail = readTail(ctx, i, s1);
    const end = contentEnd(ctx, tail.next, s1);
    const before = state.found[state.found.length - 1];
    if (!(end - tail.next >= 2 && before && before.speaker === lastSpeaker)) return null;
    const cut = ctx.tokens[i - 1].start;
    const last = before.parts[before.parts.length - 1];
    if (last.start < cut && last.end > cut) {
      let stop = i - 1;
      while (stop > 0 && ctx.lower[stop - 1] === ',') stop--;
      last.end = ctx.tokens[stop - 1].end;
    }
    const confidence = ctx.lang.cueClassConfidence[cue.cls] * BORROWED_SPEAKER_FACTOR;
    return { attribution: { parts: partsOf(ctx, tail.next, end), cue: { first: i, end: tail.cueEnd }, speaker: lastSpeaker, medium: tail.medium, confidence, rule: 'coordinated' } };
  },
};
