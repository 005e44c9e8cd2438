import type { Modality } from '../../../model/layers/events.js';
import type { EventsLanguage } from '../../../lang/types.js';
import type { Syntax } from '../syntax/parse.js';
import { inflectedForms } from './verb-forms.js';
import { objectControlOf } from './object-control.js';

/**
 * Modality read from the parse: what governs the event's predicate.
 * - negation on the predicate or on a verb that controls it ("did not attack", "did not agree to attack");
 * - a verb that asks another to do it ("urged X to", "called on X to") → hypothetical, one that made them do it ("forced
 *   X to") → the maker's own modality;
 * - a control verb above it: refuse/decline/fail to → negated, plan/intend/agree/will → planned, threaten → threatened,
 *   try/seek/hope/want → hypothetical; so with an event noun as its object ("sought refuge", "planned an attack");
 * - a modal auxiliary: will/shall → planned, could/might/may/would → hypothetical;
 * - a clause introduced by "if"/"unless" → hypothetical; the complement of "deny" → denied.
 * Null when nothing in the parse marks the event (the caller keeps its other cues: "reportedly", a quotation).
 * The words come from the language pack (`parseModality`).
 */
// a control chain longer than this is not followed ("agreed to try to plan to ...")
const MAX_CONTROL_DEPTH = 4;

export interface ParseModality {
  modality: Modality;
  cue: string;
}

/** The predicate an event word stands in: the word for a verb; a noun's light verb ("launched an attack"). */
export function predicateOf(syntax: Syntax, w: number): number {
  if (syntax.upos(w) === 'VERB') return w;
  const rel = syntax.baseRelation(w);
  const h = syntax.head(w);
  if (h >= 0 && (rel === 'obj' || rel === 'nsubj') && syntax.upos(h) === 'VERB') return h;
  return w;
}

function lower(syntax: Syntax, w: number): string {
  return syntax.form(w).toLowerCase();
}

/** The modality a verb of refusing, denying, threatening, planning or attempting gives what it governs, or null. */
function controlModality(lang: EventsLanguage, verb: string): ParseModality | null {
  const p = lang.parseModality;
  if (inflectedForms(lang, p.refusal).has(verb)) return { modality: 'negated', cue: verb };
  if (inflectedForms(lang, p.denial).has(verb)) return { modality: 'denied', cue: verb };
  if (inflectedForms(lang, p.threat).has(verb)) return { modality: 'threatened', cue: verb };
  if (inflectedForms(lang, p.plan).has(verb)) return { modality: 'planned', cue: verb };
  if (inflectedForms(lang, p.attempt).has(verb)) return { modality: 'hypothetical', cue: verb };
  return null;
}

export function modalityFromParse(lang: EventsLanguage, syntax: Syntax, word: number): ParseModality | null {
  const { futureModals: FUTURE_MODALS, possibleModals: POSSIBLE_MODALS, conditions: CONDITIONS } = lang.parseModality;
  let v = predicateOf(syntax, word);
  // an act named as the object of a verb of refusing, planning, threatening, seeking or denying has not happened
  // ("sought refuge", "planned an attack", "refused talks")
  if (v !== word && syntax.baseRelation(word) === 'obj' && !syntax.isNegated(v)) {
    const byVerb = controlModality(lang, lower(syntax, v));
    if (byVerb) return byVerb;
  }
  for (let depth = 0; depth <= MAX_CONTROL_DEPTH && v >= 0; depth++) {
    if (syntax.isNegated(v)) return { modality: 'negated', cue: 'not' };
    // an act asked of another ("urged Israel to withdraw") is wanted, not done; one they were made to do took place
    // as its maker's verb says ("did not force X to withdraw")
    const control = objectControlOf(lang, syntax, v);
    if (control && !control.implicative) return { modality: 'hypothetical', cue: lower(syntax, control.verb) };
    if (control) {
      v = control.verb;
      continue;
    }
    const modals = syntax.modals(v).map((m) => m.toLowerCase());
    const c = syntax.controller(v);
    if (c >= 0) {
      if (syntax.isNegated(c)) return { modality: 'negated', cue: 'not' };
      const byVerb = controlModality(lang, lower(syntax, c));
      if (byVerb) return byVerb;
    }
    if (modals.some((m) => FUTURE_MODALS.has(m))) return { modality: 'planned', cue: modals[0] };
    if (modals.some((m) => POSSIBLE_MODALS.has(m))) return { modality: 'hypothetical', cue: modals[0] };
    const rel = syntax.baseRelation(v);
    if (rel === 'advcl' && CONDITIONS.has(syntax.caseMarker(v))) return { modality: 'hypothetical', cue: syntax.caseMarker(v) };
    const up = syntax.head(v);
    if (rel === 'ccomp' && up >= 0 && inflectedForms(lang, lang.parseModality.denial).has(lower(syntax, up))) return { modality: 'denied', cue: lower(syntax, up) };
    // climb only through control ("declined to threaten") and coordination; another clause has its own modality
    if (c >= 0) v = c;
    else if (rel === 'conj' && up >= 0 && syntax.upos(up) === 'VERB') v = up;
    else break;
  }
  return null;
}
