import type { EventsLanguage } from '../../../lang/types.js';

/** A pack's list of base verbs with all their forms, built once per list (a pack's lists are constants). */
const FORMS = new WeakMap<Iterable<string>, ReadonlySet<string>>();

/**
 * Every inflected form of the base verbs `bases`, a list of the language pack `lang` (words are matched by form: a
 * lemmatiser may misread "beat" or "refused").
 */
export function inflectedForms(lang: EventsLanguage, bases: Iterable<string>): ReadonlySet<string> {
  let forms = FORMS.get(bases);
  if (!forms) {
    forms = new Set([...bases].flatMap((b) => lang.verbForms(b)));
    FORMS.set(bases, forms);
  }
  return forms;
}
