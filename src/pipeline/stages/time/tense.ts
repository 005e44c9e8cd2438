import { sentenceAt, tokenAt, type Token } from '../../../model/doc.js';
import type { SentenceRecord } from '../../../model/extraction.js';
import type { TenseWords } from '../../../lang/types.js';
import type { Tense } from './types.js';

/** A reporting verb is the frame of the news, not the event: it counts as a past cue only when nothing nearer decides. */
/** Token distance added to a reporting verb's cue so that a nearer content verb wins. */
const REPORTING_PENALTY = 3;
/** A reporting verb this close ("said Monday", "said on Monday") dates the saying itself: no penalty. */
const REPORTING_ADJACENT = 2;

/** Index of the first cue at or after token `token`. */
function lowerBound(cues: Cue[], token: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid].token < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Cue {
  token: number;
  tense: Tense;
  weight: number;
}

/**
 * Finds the tense around a span from the nearest tense cue in its sentence (token distance), computed lazily per
 * sentence. Does not need part-of-speech tags.
 */
export class TenseIndex {
  private readonly cues = new Map<number, Cue[]>();

  constructor(
    private readonly tokens: Token[],
    private readonly sentences: SentenceRecord[],
    private readonly words: TenseWords,
  ) {}

  tenseAt(start: number, end: number): Tense {
    const si = sentenceAt(this.sentences, start);
    if (si < 0) return 0;
    const cues = this.cuesOf(si);
    if (!cues.length) return 0;
    const s = this.sentences[si];
    // the first token of the sentence ending after `start`
    const first = Math.min(Math.max(tokenAt(this.tokens, start), s.tokenStart), s.tokenEnd);
    let last = first;
    while (last + 1 < s.tokenEnd && this.tokens[last + 1].start < end) last++;
    // walk outwards from the expression (cues are in token order), stopping once no nearer cue can follow
    let best: Cue | null = null;
    let bestDistance = Infinity;
    const consider = (cue: Cue, gap: number) => {
      const distance = gap + (cue.weight === REPORTING_PENALTY && gap <= REPORTING_ADJACENT ? 0 : cue.weight);
      if (distance < bestDistance || (distance === bestDistance && cue.tense === 1)) {
        best = cue;
        bestDistance = distance;
      }
    };
    let right = lowerBound(cues, first);
    for (let i = right - 1; i >= 0; i--) {
      const gap = first - cues[i].token;
      if (gap > bestDistance) break;
      consider(cues[i], gap);
    }
    while (right < cues.length && cues[right].token <= last) right++;
    for (let i = right; i < cues.length; i++) {
      const gap = cues[i].token - last;
      if (gap > bestDistance) break;
      consider(cues[i], gap);
    }
    return best ? (best as Cue).tense : 0;
  }


  private cuesOf(si: number): Cue[] {
    let cues = this.cues.get(si);
    if (cues) return cues;
    cues = [];
    const s = this.sentences[si];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const word = this.tokens[i].text;
      const lower = word.toLowerCase();
      const next = i + 1 < s.tokenEnd ? this.tokens[i + 1].text.toLowerCase() : '';
      const prev = i > s.tokenStart ? this.tokens[i - 1].text.toLowerCase() : '';
      const { future, past, notPast, auxiliaryBeforeParticiple, beForms, lookAhead, nameForms, weakFuture, regularPast, reporting } = this.words;
      const ahead = lookAhead.get(lower);
      if (future.has(lower) || ahead) {
        // "plans for the trip", "set aside", "going home": only "plans to", "going to", "set to/for", "due to/for" look ahead
        if (ahead && !ahead.has(next)) continue;
        if (nameForms.has(lower) && word === lower[0].toUpperCase() + lower.slice(1) && i > s.tokenStart) continue;
        cues.push({ token: i, tense: 1, weight: weakFuture.has(lower) ? 1 : 0 });
      } else if (past.has(lower) && !(auxiliaryBeforeParticiple.has(prev) && !beForms.has(lower))) {
        cues.push({ token: i, tense: -1, weight: reporting.has(lower) ? REPORTING_PENALTY : 0 });
      } else if (reporting.has(lower)) {
        cues.push({ token: i, tense: 0, weight: REPORTING_PENALTY });
      } else if (regularPast.test(lower) && word[0] === lower[0] && !notPast.has(lower) && !auxiliaryBeforeParticiple.has(prev)) {
        cues.push({ token: i, tense: -1, weight: 1 });
      }
    }
    this.cues.set(si, cues);
    return cues;
  }
}
