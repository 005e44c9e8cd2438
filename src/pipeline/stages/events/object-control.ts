import type { EventsLanguage } from '../../../lang/types.js';
import type { Syntax } from '../syntax/parse.js';
import { inflectedForms } from './verb-forms.js';

/**
 * "urged Israel to withdraw", "called on Serbia to recognise Kosovo", "forced the rebels to withdraw": a verb of asking,
 * urging, wanting or making names another as the doer of its to-infinitive. The act is that other's (the one who urged
 * did not withdraw), and it is wanted of them, not done, unless the verb says it was made to happen ("forced").
 * The parser hangs such an infinitive on the verb (xcomp, advcl after "called on X") or on the verb's object (acl):
 * each is read as the same construction.
 */
export interface ObjectControl {
  /** the verb of asking or making */
  verb: number;
  /** the word of the one the act is asked of */
  doer: number;
  /** the verb says the act took place ("forced X to withdraw") */
  implicative: boolean;
  /** the verb is one of asking, urging, wanting or making (not one the parse alone gives an object and a complement) */
  asking: boolean;
}

/** The object control that gives the to-infinitive at word c its doer, or null where c is none or its doer is the subject's. */
export function objectControlOf(lang: EventsLanguage, syntax: Syntax, c: number): ObjectControl | null {
  if (c < 0 || syntax.upos(c) !== 'VERB' || syntax.caseMarker(c) !== lang.purposeMarker) return null;
  const rel = syntax.baseRelation(c);
  const h = syntax.head(c);
  if (h < 0) return null;
  let verb = -1;
  let doer = -1;
  if (rel === 'xcomp' || rel === 'advcl') {
    verb = h;
    // the verb's object before the infinitive ("urged Israel to"), else "on"/"upon" its doer ("called on Serbia to")
    doer = syntax.childrenWith(h, 'obj', 'iobj').find((o) => o > h && o < c) ??
      syntax.obliques(h).find((o) => o > h && o < c && lang.parseModality.controlPrepositions.has(syntax.caseMarker(o))) ?? -1;
  } else if (rel === 'acl' && syntax.baseRelation(h) === 'obj' && syntax.head(h) >= 0 && syntax.head(h) < h) {
    // "forced the rebels to withdraw" parsed with the infinitive on "rebels"
    verb = syntax.head(h);
    doer = h;
  }
  if (verb < 0 || doer < 0 || syntax.upos(verb) !== 'VERB') return null;
  const form = syntax.form(verb).toLowerCase();
  // (an xcomp with an object is object control whatever the verb; the other attachments only for verbs of the class)
  const asking = inflectedForms(lang, lang.parseModality.objectControl).has(form);
  if (rel !== 'xcomp' && !asking) return null;
  return { verb, doer, implicative: inflectedForms(lang, lang.parseModality.implicativeControl).has(form), asking };
}

/**
 * Is verb v one of asking or making that names another as the doer of its to-infinitive ("wants Ukraine to surrender",
 * "expects Japan to apologise")?
 */
export function asksAnotherToAct(lang: EventsLanguage, syntax: Syntax, v: number): boolean {
  const infinitives = [...syntax.childrenWith(v, 'xcomp', 'advcl'), ...syntax.childrenWith(v, 'obj').flatMap((o) => syntax.childrenWith(o, 'acl'))];
  return infinitives.some((c) => {
    const control = objectControlOf(lang, syntax, c);
    return control?.verb === v && control.asking;
  });
}
