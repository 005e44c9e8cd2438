import type { Span } from '../../../../model/span.js';
import type { CueEntry } from '../../../../lang/types.js';
import type { QuoteContext } from '../context.js';
import type { TokenRange } from '../shared/speaker.js';

/** One attribution found by a rule, in tokens and character spans, before speaker resolution. */
export interface Attribution {
  /** content pieces (character spans), in text order */
  parts: Span[];
  cue: TokenRange | null;
  speaker: TokenRange | null;
  medium: TokenRange | null;
  /** how sure the rule is that this is an attribution with this speaker */
  confidence: number;
  /** which rule found it (for error analysis) */
  rule: string;
}

/** What the rules share as they run in order: what was found, the cues and quotations already taken. */
export interface AttributionState {
  found: Attribution[];
  /** token index -> 1 when a rule took that token as its cue */
  usedCue: Uint8Array;
  /** quotation index -> 1 when some attribution's content holds that quotation */
  attributed: Uint8Array;
}

/** One attribution rule (or refiner): reads the context and the state left by the rules before it, adds to it. */
export interface AttributionRule {
  readonly name: string;
  apply(ctx: QuoteContext, state: AttributionState): void;
}

/** One token of a sentence as the clause rules see it. */
export interface ClauseSite {
  /** the token, and the first and one-past-last tokens of its sentence */
  i: number;
  s0: number;
  s1: number;
  /** the reporting cue at `i` when it stands where a verb would; null for any other token */
  cue: CueEntry | null;
  /** the speaker of the sentence's last attribution, or null */
  lastSpeaker: TokenRange | null;
  state: AttributionState;
}

/** A clause rule claims a token: with what it found there (or null), and the speaker that is now the sentence's last. */
export interface ClauseClaim {
  attribution: Attribution | null;
  speaker?: TokenRange;
}

/** One pattern of a cue inside a sentence, tried at each token in order; the first that claims the token ends the search. */
export interface ClauseRule {
  readonly name: string;
  at(ctx: QuoteContext, site: ClauseSite): ClauseClaim | null;
}

/** Words that were said for sure, by nobody named: a quotation alone, a question whose asker goes unnamed. */
export const UNATTRIBUTED_CONFIDENCE = 0.2;
/** An attribution that borrows its speaker from the clause before ("…, adding", "… and called") is a little less sure. */
export const BORROWED_SPEAKER_FACTOR = 0.9;
