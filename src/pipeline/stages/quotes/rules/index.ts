import type { QuoteContext } from '../context.js';
import { accordingToRule } from './according-to.js';
import { asPutItRule } from './as-put-it.js';
import { asked } from './asked.js';
import { colon } from './colon.js';
import { continuations } from './continuations.js';
import { coordinated } from './coordinated.js';
import { cueClauses } from './cue-clauses.js';
import { floating } from './floating.js';
import { gerund } from './gerund.js';
import { headline } from './headline.js';
import { inSource } from './in-source.js';
import { inverted } from './inverted.js';
import { nestedThoughts } from './nested-thoughts.js';
import { parsedSpeakers } from './parsed-speakers.js';
import { passiveCues } from './passive-cues.js';
import type { Attribution, AttributionRule, AttributionState, ClauseRule } from './rule.js';
import { signature } from './signature.js';
import { speechSense } from './speech-sense.js';
import { speakerCue } from './speaker-cue.js';
import { trailing } from './trailing.js';
import { transcript } from './transcript.js';

export type { Attribution, AttributionRule, ClauseRule } from './rule.js';

/** The patterns of a cue inside a sentence, in the order they are tried at each token (keywords first, then cues). */
export const CLAUSE_RULES: readonly ClauseRule[] = [accordingToRule, asPutItRule, inSource, asked, gerund, inverted, coordinated, speakerCue];

/**
 * The configuration: attribution rules in the order they run, each seeing what the ones before it found. Rules that
 * take a quotation whole come first, so the clause rules and the floating quotations only see what is left.
 */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  transcript,
  trailing,
  signature,
  cueClauses(CLAUSE_RULES),
  speechSense,
  parsedSpeakers,
  passiveCues,
  headline,
  colon,
  continuations,
  floating,
  nestedThoughts,
];

/**
 * Every attribution of the document, in text order: quotations with a trailing cue, cues with a speaker before or
 * after them, "according to X", headline "Name: claim", and floating quotations that continue the last speaker.
 */
export function findAttributions(ctx: QuoteContext, rules: readonly AttributionRule[] = ATTRIBUTION_RULES): Attribution[] {
  const state: AttributionState = { found: [], usedCue: new Uint8Array(ctx.tokens.length), attributed: new Uint8Array(ctx.quotations.length) };
  for (const rule of rules) rule.apply(ctx, state);
  return state.found.sort((a, b) => a.parts[0].start - b.parts[0].start);
}
