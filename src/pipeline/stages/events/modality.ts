import type { Modality } from '../../../model/layers/events.js';

/** Cue words, each with the modality it gives an event it governs. Written here; one line says why where needed. */
const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
const DENIAL = new Set(['deny', 'denied', 'denies', 'denying', 'dismissed', 'refuted', 'rejected']);
const HYPOTHETICAL = new Set([
  'could', 'might', 'may', 'likely', 'unlikely', 'possible', 'possibly', 'perhaps', 'maybe', 'if', 'unless', 'whether',
  'considering', 'consider', 'considered', 'considers', 'mulling', 'weighing', 'eyeing', 'hoping', 'hope', 'hopes', 'hoped',
  'seeking', 'potential', 'proposed', 'proposal', 'want', 'wants', 'wanted', 'would', 'should', 'aims', 'aiming',
]);
const PLANNED = new Set(['will', "'ll", 'shall', 'scheduled', 'plans', 'planned', 'planning', 'expected', 'due', 'upcoming', 'going', 'about', 'set', 'intends', 'prepared']);
const REPORTED = new Set(['reportedly', 'allegedly', 'reports', 'purportedly', 'rumoured', 'rumored', 'supposedly']);
const THREAT = new Set(['threaten', 'threatened', 'threatens', 'threatening', 'vowed', 'vows', 'swore']);
/** verbs whose complement is a claim, not a fact the reporter asserts ("accused Moscow of secret talks") */
const CLAIM = new Set(['accused', 'accuses', 'accusing', 'alleged', 'alleges', 'claimed', 'claims', 'warned', 'warns', 'suspected', 'charged', 'blamed']);
/** tokens that end the clause a modal cue can reach back over */
const CLAUSE_EDGE = new Set([';', ':', '.', 'but', 'while', 'and', 'who', 'which', 'because', 'after', 'before', 'when', '"', '“', '”']);

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
export function modalityOf(w: string[], trigger: number, subjectEnd: number, inQuote: boolean): ModalityResult {
  const from = Math.max(0, subjectEnd);
  let negated = false;
  let hypothetical: string | null = null;
  let planned: string | null = null;
  let threatened = false;
  let intent = false;
  // a gerund after a preposition ("for providing weapons") is presupposed: the clause's modal cues do not reach it
  const presupposed = trigger > 0 && /ing$/.test(w[trigger]) && ['for', 'of', 'over', 'after', 'by', 'in'].includes(w[trigger - 1]);
  if (!presupposed) {
    for (let k = trigger - 1; k >= from && k >= trigger - 10; k--) {
      const t = w[k];
      if (CLAUSE_EDGE.has(t) && k < trigger - 1) break;
      if (NEGATION.has(t) || (t === 'failed' && w[k + 1] === 'to')) negated = true;
      else if (THREAT.has(t)) threatened = true;
      else if (HYPOTHETICAL.has(t) && !hypothetical) hypothetical = t;
      else if (PLANNED.has(t) && !planned) {
        // "set" and "about" only plan when followed by "to"; "due" likewise
        if ((t === 'set' || t === 'about' || t === 'due' || t === 'going' || t === 'prepared') && w[k + 1] !== 'to') continue;
        planned = t;
        if (t === 'will' || t === "'ll" || t === 'shall') intent = true;
      }
    }
    if (w[trigger - 1] === 'would' || w[trigger - 2] === 'would') intent = true;
  }
  let denied = false;
  let claimed = false;
  let reported = inQuote;
  for (let k = 0; k < w.length; k++) {
    if (REPORTED.has(w[k]) || (w[k] === 'as' && w[k + 1] === 'per') || (w[k] === 'according' && w[k + 1] === 'to' && w[k + 2] === 'reports')) reported = true;
    if (k < trigger && DENIAL.has(w[k]) && (w[k + 1] === 'that' || w[k + 1] === 'reports' || w[k + 1] === 'any' || w[k + 1] === 'claims')) denied = true;
    if (k < trigger && CLAIM.has(w[k])) claimed = true;
  }
  if (denied) return { modality: 'denied', cue: 'denied', intent: false };
  if (negated) return { modality: 'negated', cue: 'not', intent };
  if (threatened) return { modality: 'threatened', cue: 'threatened', intent: false };
  if (hypothetical && !(hypothetical === 'would' && intent)) return { modality: 'hypothetical', cue: hypothetical, intent: false };
  if (planned || hypothetical === 'would') return { modality: 'planned', cue: planned ?? 'would', intent };
  if (reported || claimed) return { modality: 'reported', cue: reported ? 'reports' : 'claim', intent: false };
  return { modality: 'asserted', cue: null, intent: false };
}
