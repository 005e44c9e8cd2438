import { findEntityAt } from '../../entities/lookup.js';
import type { QuoteContext } from '../context.js';
import { holdsVerb, implausibleSpeaker, parsedSpeaker } from '../shared/parse.js';
import type { TokenRange } from '../shared/speaker.js';
import type { AttributionRule } from './rule.js';

/** Rules whose speaker is read from the words around a verb cue, which the parse can check. */
const VERB_CUE_RULES = new Set(['before', 'after', 'inverted', 'gerund', 'coordinated', 'trailing']);

/**
 * The speaker of a verb cue is its subject in the dependency parse ("In April, federal prosecutors charged …": not
 * "April"; "A poll in late August found …": not "late August"). A refiner: where the words read around the cue are no
 * noun phrase that can speak (a time, an adverb, a verb, a prepositional phrase), the parse's subject is the speaker.
 * Elsewhere the words stay: they follow the conventions of names, titles and appositives the rules were written for.
 */
export const parsedSpeakers: AttributionRule = {
  name: 'parsed-speakers',
  apply(ctx, state) {
    for (const a of state.found) {
      if (!a.cue || !VERB_CUE_RULES.has(a.rule) || !ctx.lang.cueForms.has(ctx.lower[a.cue.first])) continue;
      const parsed = parsedSpeaker(ctx, a.cue.first);
      if (!parsed || holdsVerb(ctx, parsed) || insideContent(ctx, a.parts, parsed)) continue;
      if (!a.speaker || implausibleSpeaker(ctx, a.speaker)) a.speaker = parsed;
      // "the party's leader, Omar Haddad, said": the subject with its name beats the title alone
      else if (overlaps(a.speaker, parsed) && !namesEntity(ctx, a.speaker) && namesEntity(ctx, parsed)) a.speaker = parsed;
    }
  },
};

/** True when the entities layer has a mention inside the tokens [first, end). */
function namesEntity(ctx: QuoteContext, r: TokenRange): boolean {
  const span = ctx.span(r.first, r.end);
  return findEntityAt(ctx.doc, span.start, span.end) !== null;
}

function overlaps(a: TokenRange, b: TokenRange): boolean {
  return a.first < b.end && b.first < a.end;
}

/** A subject inside what was said is the content's, not the speaker's. */
function insideContent(ctx: QuoteContext, parts: { start: number; end: number }[], r: TokenRange): boolean {
  const s = ctx.tokens[r.first].start;
  const e = ctx.tokens[r.end - 1].end;
  return parts.some((p) => s < p.end && p.start < e);
}
