import type { QuoteContext } from '../context.js';
import type { Attribution, AttributionRule } from './rule.js';

/** Rules whose content is a quotation or a whole line: never nested reported speech. */
const NEVER_NESTED = new Set(['according', 'trailing', 'transcript', 'signature', 'colon']);

/**
 * "Carter said he would welcome China’s “principled” role" / "Trump said Clinton’s plan was what he called “a
 * disaster”": a thought, stance or evidence cue, or a naming verb, inside the content of a speech cue is part of what
 * was said, not an attribution of its own. Drops those; one pass over the tokens counts the speech contents over each.
 */
function dropNestedThoughts(ctx: QuoteContext, found: Attribution[]): Attribution[] {
  const n = ctx.tokens.length;
  const tokenSpan = (a: Attribution) => [ctx.tokenAtOrAfter(a.parts[0].start), ctx.tokenAtOrAfter(a.parts[a.parts.length - 1].end)];
  const isSpeech = (a: Attribution) => a.cue !== null && ctx.lang.cueForms.get(ctx.lower[a.cue.first])?.cls === 'speech';
  // speech contents covering each token (a difference array summed once)
  const depth = new Int32Array(n + 1);
  for (const a of found) {
    if (!isSpeech(a)) continue;
    const [first, end] = tokenSpan(a);
    depth[first]++;
    depth[end]--;
  }
  for (let i = 1; i <= n; i++) depth[i] += depth[i - 1];
  return found.filter((a) => {
    if (!a.cue || NEVER_NESTED.has(a.rule)) return true;
    const entry = ctx.lang.cueForms.get(ctx.lower[a.cue.first]);
    if (!entry || (entry.cls === 'speech' && !ctx.lang.namingLemmas.has(entry.lemma))) return true;
    let covering = depth[a.cue.first];
    // "C, X said, D": a speech content around its own cue does not count
    const [first, end] = tokenSpan(a);
    if (entry.cls === 'speech' && first <= a.cue.first && a.cue.first < end) covering--;
    return covering === 0;
  });
}

/** A refiner, last: drops the thoughts and namings reported inside what someone said. */
export const nestedThoughts: AttributionRule = {
  name: 'nested-thoughts',
  apply(ctx, state) {
    state.found = dropNestedThoughts(ctx, state.found);
  },
};
