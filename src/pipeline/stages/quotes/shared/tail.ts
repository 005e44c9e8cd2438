// What follows a cue: particles, time words, a channel ("in a statement"), a hearer ("told reporters"), a medium.
import type { QuoteContext } from '../context.js';
import { quotationStartingAt } from './content.js';
import { speakerAfter, type TokenRange } from './speaker.js';

/** Words between a cue and the content it may skip as a hearer ("told The Associated Press"). */
const MAX_HEARER_TOKENS = 6;

export interface Tail {
  /** one past the last token of the cue phrase */
  cueEnd: number;
  /** where the content may start */
  next: number;
  medium: TokenRange | null;
}

/** Reads what follows a cue: particles, time words, "in a statement", a hearer ("told reporters"), a medium. */
export function readTail(ctx: QuoteContext, cue: number, hi: number): Tail {
  const entry = ctx.lang.cueForms.get(ctx.lower[cue]);
  let k = cue + 1;
  let medium: TokenRange | null = null;
  if (entry && (ctx.lang.cueParticles[entry.lemma]?.includes(ctx.lower[k] ?? '') || entry.particle === ctx.lower[k])) k++;
  let cueEnd = k;
  for (let guard = 0; guard < 4 && k < hi; guard++) {
    const w = ctx.lower[k];
    if (ctx.lang.dayWords.has(w) && !ctx.lang.possessiveClitics.has(ctx.lower[k + 1])) k++;
    // "said Wednesday night that …": the part of the day after its day
    else if (ctx.lang.dayWords.has(ctx.lower[k - 1]) && ctx.lang.periodWords.has(w) && !ctx.lang.possessiveClitics.has(ctx.lower[k + 1])) k++;
    else if (ctx.lang.timeLeads.has(w) && k + 1 < hi && (ctx.lang.dayWords.has(ctx.lower[k + 1]) || ctx.lang.periodWords.has(ctx.lower[k + 1]))) k += 2;
    else if (ctx.lang.channelPrepositions.has(w) && k + 1 < hi) {
      // "in a statement", "in an interview with CNN", "on Twitter", "on CNN's State of the Union"
      let m = k + 1;
      while (m < hi && m - k <= 3 && ctx.lang.channelModifiers.has(ctx.lower[m])) m++;
      if (m < hi && ctx.lang.channelNouns.has(ctx.lower[m])) {
        k = m + 1;
        if (ctx.lang.channelLinks.has(ctx.lower[k]) && k + 1 < hi) {
          const np = speakerAfter(ctx, k + 1, hi);
          if (np && isMedium(ctx, np)) medium = np;
          if (np) k = np.end;
        }
      } else if (w === ctx.lang.mediumPreposition && m < hi && ctx.isCapitalised(m)) {
        const np = speakerAfter(ctx, m, hi);
        if (np && isMedium(ctx, np)) {
          medium = np;
          k = np.end;
        } else break;
      } else break;
    } else break;
    cueEnd = k;
  }
  if (entry?.hearer && k < hi) {
    const w = ctx.lower[k];
    // "urged him to resign", "called on leaders to act": the hearer of a request is part of what was asked
    if (!ctx.lang.hearerOutsideRequestLemmas.has(entry.lemma) && hearerThenInfinitive(ctx, k, hi)) {
      // the content starts at the hearer
    } else if (ctx.lang.objectPronouns.has(w)) k++;
    else if (ctx.isWord(k) && w !== ctx.lang.thatComplementizer && !ctx.lang.speakerPronouns.has(w)) {
      const np = speakerAfter(ctx, k, Math.min(hi, k + MAX_HEARER_TOKENS));
      if (np) {
        // "told The Hill a Clinton loss is …" / "told Fox News he would run": a second determiner (not inside a name
        // such as "State of the Union") or a subject pronoun starts the content
        for (let d = np.first + 1; d < np.end; d++) {
          const article = ctx.lang.articles.has(ctx.lower[d]) && !ctx.lang.insideName.has(ctx.lower[d - 1]);
          const possessive = ctx.lang.possessiveClitics.has(ctx.lower[d]);
          if (article || possessive || (ctx.lang.speakerPronouns.has(ctx.lower[d]) && !ctx.isCapitalised(d) && ctx.lower[d] !== ctx.lang.impersonalPronoun)) {
            np.end = d;
            break;
          }
        }
        k = np.end;
        // "told ABC’s “Good Morning America” on Monday": the programme of the hearer, then its time
        if (ctx.lang.possessiveClitics.has(ctx.lower[k]) && k + 1 < hi) {
          const q = quotationStartingAt(ctx, k + 1);
          if (q >= 0) k = ctx.quotationTokens[q][1];
          else {
            // a capitalised title, with "of the" inside it ("State of the Union")
            let t = k + 1;
            while (t < hi) {
              if (ctx.isCapitalised(t)) t++;
              else {
                let u = t;
                while (u < hi && ctx.lang.insideName.has(ctx.lower[u])) u++;
                if (u > t && u < hi && ctx.isCapitalised(u)) t = u;
                else break;
              }
            }
            // "told Trump’s campaign that …": a lower-case noun phrase after the possessive
            if (t === k + 1) t = speakerAfter(ctx, k + 1, Math.min(hi, k + 1 + MAX_HEARER_TOKENS))?.end ?? k + 1;
            k = t;
          }
          if (ctx.lower[k] === ctx.lang.dayPreposition && k + 1 < hi && ctx.lang.dayWords.has(ctx.lower[k + 1])) k += 2;
          np.end = k;
        }
        if (isMedium(ctx, np)) medium = np;
      }
    }
  }
  // ", as quoted by the TASS news agency" / ", according to CNN" after the cue names the channel, not a speaker
  const m = readQuotedBy(ctx, k, hi);
  if (m) {
    medium = m.medium;
    k = m.next;
  }
  return { cueEnd, next: k, medium };
}

/** True when a short run of words from `k` (a hearer, "parents and students") is followed by "to" and a verb. */
function hearerThenInfinitive(ctx: QuoteContext, k: number, hi: number): boolean {
  for (let e = k + 1; e < hi && e - k <= MAX_HEARER_TOKENS; e++) {
    const w = ctx.lower[e];
    if (w === ctx.lang.infinitiveMarker) return e + 1 < hi && (ctx.isWord(e + 1) || (ctx.isQuoteMark(e + 1) && e + 2 < hi && ctx.isWord(e + 2)));
    if (w === ctx.lang.thatComplementizer || ctx.quotationOf[e] >= 0 || (!ctx.isWord(e) && !ctx.lang.possessiveClitics.has(w))) return false;
  }
  return false;
}

/** ", as quoted by X" / ", as reported by X" / ", told X" / ", in an interview with X" right at `k`. */
export function readQuotedBy(ctx: QuoteContext, k: number, hi: number): { medium: TokenRange; next: number } | null {
  let i = k;
  if (ctx.lower[i] === ',') i++;
  const agent = ctx.lang.agentPreposition;
  if (i + 2 < hi && ctx.lower[i] === ctx.lang.quotedByLead && ctx.lang.quotedByVerbs.has(ctx.lower[i + 1]) && (ctx.lower[i + 2] === agent || ctx.lang.quotedToVerbs.has(ctx.lower[i + 1]))) {
    const from = ctx.lower[i + 2] === agent ? i + 3 : i + 2;
    const np = speakerAfter(ctx, from, hi);
    if (np) return { medium: np, next: np.end };
  }
  if (i + 2 < hi && ctx.lower[i] === ctx.lang.sourcePhrase.head && ctx.lower[i + 1] === ctx.lang.sourcePhrase.preposition) {
    const np = speakerAfter(ctx, i + 2, hi);
    if (np && isMedium(ctx, np)) return { medium: np, next: np.end };
  }
  return null;
}

/** A noun phrase that names a news medium (CNN, the TASS news agency, The New York Times) rather than an audience. */
export function isMedium(ctx: QuoteContext, np: TokenRange): boolean {
  let media = false;
  for (let i = np.first; i < np.end; i++) {
    const w = ctx.lower[i];
    if (ctx.lang.audienceWords.has(w)) return false;
    if (ctx.lang.mediaWords.has(w) && (ctx.isCapitalised(i) || ctx.lang.lowerCaseMediaWords.has(w))) media = true;
  }
  return media;
}
