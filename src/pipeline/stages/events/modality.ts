import type { Modality } from '../../../model/layers/events.js';
import type { ModalityWords } from '../../../lang/types.js';


export interface ModalityResult {
  modality: Modality;
  /** the cue word, for the evidence */
  cue: string | null;
  /** the cue was a future auxiliary of the subject's own act ("will", "would"): a stated intention */
  intent: boolean;
}

/**
 * The modality of an event whose trigger starts at `trigger` in the sentence's lower-cased words `w`. Cues are read
 * back from the trigger to the clause edge (or the subject); sentence-wide cues ("as per reports") mark the event
 * reported. Priority: denied, negated, threatened, hypothetical, planned, reported, asserted.
 */
export function modalityOf(lang: ModalityWords, w: string[], trigger: number, subjectEnd: number, inQuote: boolean): ModalityResult {
  const from = Math.max(0, subjectEnd);
  let negated = false;
  let hypothetical: string | null = null;
  let planned: string | null = null;
  let threatened = false;
  let intent = false;
  // a gerund after a preposition ("for providing weapons") is presupposed: the clause's modal cues do not reach it
  const presupposed = trigger > 0 && /ing$/.test(w[trigger]) && lang.presupposing.has(w[trigger - 1]);
  if (!presupposed) {
    for (let k = trigger - 1; k >= from && k >= trigger - 10; k--) {
      const t = w[k];
      if (lang.clauseEdge.has(t) && k < trigger - 1) break;
      if (lang.negation.has(t) || (t === 'failed' && w[k + 1] === 'to')) negated = true;
      else if (lang.threat.has(t)) threatened = true;
      else if (lang.hypothetical.has(t) && !hypothetical) hypothetical = t;
      else if (lang.planned.has(t) && !planned) {
        // "set" and "about" only plan when followed by "to"; "due" likewise
        if (lang.plannedOnlyBeforeTo.has(t) && w[k + 1] !== 'to') continue;
        planned = t;
        if (lang.futureAuxiliaries.has(t)) intent = true;
      }
    }
    if (w[trigger - 1] === 'would' || w[trigger - 2] === 'would') intent = true;
  }
  let denied = false;
  let claimed = false;
  let reported = inQuote;
  for (let k = 0; k < w.length; k++) {
    if (lang.reported.has(w[k]) || (w[k] === 'as' && w[k + 1] === 'per') || (w[k] === 'according' && w[k + 1] === 'to' && w[k + 2] === 'reports')) reported = true;
    if (k < trigger && lang.denial.has(w[k]) && lang.deniedObjects.has(w[k + 1])) denied = true;
    if (k < trigger && lang.claim.has(w[k])) claimed = true;
  }
  if (denied) return { modality: 'denied', cue: 'denied', intent: false };
  if (negated) return { modality: 'negated', cue: 'not', intent };
  if (threatened) return { modality: 'threatened', cue: 'threatened', intent: false };
  if (hypothetical && !(hypothetical === 'would' && intent)) return { modality: 'hypothetical', cue: hypothetical, intent: false };
  if (planned || hypothetical === 'would') return { modality: 'planned', cue: planned ?? 'would', intent };
  if (reported || claimed) return { modality: 'reported', cue: reported ? 'reports' : 'claim', intent: false };
  return { modality: 'asserted', cue: null, intent: false };
}
