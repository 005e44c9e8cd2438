import type { QuoteContext } from '../context.js';
import { hasQuotation } from '../shared/content.js';
import { governsClause, holdsClause } from '../shared/parse.js';
import type { Attribution, AttributionRule } from './rule.js';

/**
 * A cue must be speech: a refiner that drops attributions whose verb is used in another sense. A verb that reports
 * speech only before an infinitive of speaking ("refused to say", "declined to comment") is no cue before any other
 * ("refusing to allow protests"); a verb with a common sense that is not speech ("added 20 points", "responded by
 * spraying water", "continued to climb") is a cue only with a clause or a quotation as its content.
 */
export const speechSense: AttributionRule = {
  name: 'speech-sense',
  apply(ctx, state) {
    state.found = state.found.filter((a) => !otherSense(ctx, a));
  },
};

function otherSense(ctx: QuoteContext, a: Attribution): boolean {
  if (!a.cue || !a.parts.length) return false;
  const entry = ctx.lang.cueForms.get(ctx.lower[a.cue.first]);
  if (!entry || ctx.isCapitalised(a.cue.first)) return false;
  const first = ctx.tokenAtOrAfter(a.parts[0].start);
  const last = ctx.tokenAtOrAfter(a.parts[a.parts.length - 1].end);
  if (hasQuotation(ctx, first, last)) return false;
  if (entry.infinitive) return !speakingInfinitive(ctx, first);
  if (!ctx.lang.clauseOnlyCues.has(entry.lemma)) return false;
  // a content after the cue opening with a complementiser or a colon is a clause whatever the parse says
  if (first > a.cue.first && ctx.lang.complementizers.has(ctx.lower[first])) return false;
  return governsClause(ctx, a.cue.first, first, last, false) === false && !holdsClause(ctx, first, last);
}

/** The content of "refused to say …" starts with "to" and a verb of speaking. */
function speakingInfinitive(ctx: QuoteContext, first: number): boolean {
  let k = first;
  if (ctx.lower[k] === ctx.lang.infinitiveMarker) k++;
  const w = ctx.lower[k] ?? '';
  return ctx.lang.cueForms.get(w)?.cls === 'speech' || ctx.lang.speakingVerbs.has(w);
}
