import type { Span } from '../../../../model/span.js';
import type { QuoteContext } from '../context.js';
import { passiveSpeaker } from '../shared/parse.js';
import type { TokenRange } from '../shared/speaker.js';
import type { Attribution, AttributionRule } from './rule.js';

/**
 * "Rubio was asked whether …", "executives are expected to …", "she is nicknamed “…”": the subject of a passive cue is
 * spoken to or about, not the speaker. A refiner: such an attribution's speaker becomes the cue's "by" phrase ("was
 * asked by host Bill Maher"), or nobody. "X was quoted as saying" keeps its subject (the pack lists such cues), and
 * "as saying" joins its cue.
 */
export const passiveCues: AttributionRule = {
  name: 'passive-cues',
  apply(ctx, state) {
    for (const a of state.found) {
      if (!a.cue || !a.speaker || !ctx.lang.cueForms.has(ctx.lower[a.cue.first])) continue;
      const agent = passiveSpeaker(ctx, a.cue.first);
      if (agent === undefined) {
        quotedAsSaying(ctx, a);
        continue;
      }
      a.speaker = agent;
      if (agent) a.parts = withoutAgent(ctx, a.parts, agent);
    }
  },
};

/** "was asked by the host whether …": content read from the cue on starts after the "by" phrase, not at it. */
function withoutAgent(ctx: QuoteContext, parts: Span[], agent: TokenRange): Span[] {
  const by = agent.first - 1;
  if (by < 0 || parts[0].start !== ctx.tokens[by].start) return parts;
  let next = agent.end;
  while (next < ctx.tokens.length && /^[,:]$/.test(ctx.tokens[next].text)) next++;
  if (next >= ctx.tokens.length || ctx.tokens[next].start >= parts[0].end) return parts;
  return [{ start: ctx.tokens[next].start, end: parts[0].end }, ...parts.slice(1)];
}

/** "X was quoted as saying (that) …": "as saying" belongs to the cue, what follows it is the content. */
function quotedAsSaying(ctx: QuoteContext, a: Attribution): void {
  if (!a.cue || !ctx.lang.speakerSubjectPassives.has(ctx.lang.cueForms.get(ctx.lower[a.cue.first])?.lemma ?? '')) return;
  const k = ctx.tokenAtOrAfter(a.parts[0].start);
  const gerund = ctx.lang.cueForms.get(ctx.lower[k + 1] ?? '');
  if (ctx.lower[k] !== ctx.lang.passiveGerundLink || !gerund || gerund.cls !== 'speech' || k + 2 >= ctx.tokens.length) return;
  let c = k + 2;
  while (c + 1 < ctx.tokens.length && /^[,:]$/.test(ctx.tokens[c].text)) c++;
  const from = ctx.tokens[c].start;
  if (from >= a.parts[0].end) return;
  a.cue = { first: a.cue.first, end: k + 2 };
  a.parts = [{ start: from, end: a.parts[0].end }, ...a.parts.slice(1)];
}
