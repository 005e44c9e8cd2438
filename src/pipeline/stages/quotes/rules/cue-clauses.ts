import type { CueEntry } from '../../../../lang/types.js';
import type { QuoteContext } from '../context.js';
import type { TokenRange } from '../shared/speaker.js';
import { parsedAsDeterminedNoun, parsedAsVerb } from '../shared/parse.js';
import { verbSlot } from '../shared/subject.js';
import type { AttributionRule, AttributionState, ClauseRule } from './rule.js';

/**
 * The reporting cue at token `i` when it can open a clause rule: lower case, not the first word, in a verb slot when
 * the form is as often a noun (and read as a verb by the parse, when there is one), with its particle or infinitive
 * when it needs one. Null otherwise.
 */
function usableCue(ctx: QuoteContext, i: number, s0: number): CueEntry | null {
  const w = ctx.lower[i];
  const entry = ctx.lang.cueForms.get(w);
  if (!entry || ctx.isCapitalised(i) || i === s0) return null;
  // a past form right after "and" is a verb continuing the sentence ("called it … and called on …")
  const pastAfterAnd = ctx.lang.clauseCoordinators.has(ctx.lower[i - 1]) && ctx.lang.pastCueForm.test(w);
  if (ctx.lang.neverClauseCues.has(w) || (ctx.lang.nounLikeCues.has(w) && !verbSlot(ctx, i) && !pastAfterAnd)) return null;
  if (entry.particle && ctx.lower[i + 1] !== entry.particle) return null;
  if (entry.infinitive && (ctx.lower[i + 1] !== ctx.lang.infinitiveMarker || !ctx.isWord(i + 2))) return null;
  // a form as often a noun that the parse reads as one ("demand remains strong", "an NBC show", "a press call")
  if (ctx.lang.nounLikeCues.has(w) && !parsedAsVerb(ctx, i) && !verbalContext(ctx, i)) return null;
  // any form the parse reads as a noun with its own determiner and no reported clause ("a big reason for") is no verb
  if (parsedAsDeterminedNoun(ctx, i) && !verbalContext(ctx, i)) return null;
  return entry;
}

/** A pronoun or auxiliary before the form ("it points out", "has claimed"): a verb whatever the tagger says. */
function verbalContext(ctx: QuoteContext, i: number): boolean {
  const p = ctx.lower[i - 1];
  return ctx.lang.speakerPronouns.has(p) || ctx.lang.betweenSpeakerAndCue.has(p);
}

/**
 * Cues inside sentences ("X said (that) C", "C, X said", "C, said X", ", adding C", "according to X, C"): token by
 * token outside quotations, the clause rules are tried in order and the first that claims a token ends its search.
 * A cue a trailing quotation took makes its speaker the sentence's last, for the rules that borrow one.
 */
export function cueClauses(rules: readonly ClauseRule[]): AttributionRule {
  return {
    name: 'cue-clauses',
    apply(ctx: QuoteContext, state: AttributionState): void {
      const n = ctx.tokens.length;
      let lastSpeaker: TokenRange | null = null;
      let lastSentence = -1;
      for (let i = 0; i < n; i++) {
        const sentence = ctx.tokens[i].sentence;
        if (sentence !== lastSentence) {
          lastSentence = sentence;
          lastSpeaker = null;
        }
        if (state.usedCue[i]) {
          lastSpeaker = state.found.find((f) => f.cue?.first === i)?.speaker ?? lastSpeaker;
          continue;
        }
        if (ctx.quotationOf[i] >= 0) continue;
        const s0 = ctx.sentStart[i];
        const site = { i, s0, s1: ctx.sentEnd[i], cue: usableCue(ctx, i, s0), lastSpeaker, state };
        for (const rule of rules) {
          const claim = rule.at(ctx, site);
          if (!claim) continue;
          if (claim.attribution) state.found.push(claim.attribution);
          if (claim.speaker) lastSpeaker = claim.speaker;
          break;
        }
      }
    },
  };
}
