import { normaliseName } from '../../../knowledge/countries.js';
import type { Candidate, DocView } from './context.js';
import { personNameParts } from './candidates.js';

// a reading this sure settles the name's type for the whole article ("Boeing said" read as ORG at 0.9); below it, the
// recogniser's readings of the same name are left as they are
const SURE_READING = 0.8;

/**
 * One type per name in an article, between a person and an organisation: when the same name is read as both, and
 * the surest reading of one type is sure (≥ SURE_READING) and surer than every reading of the other, the other
 * readings take its type ("Boeing said ..." keeps "Boeing's shares" and "Boeing has lost orders" an organisation).
 * A one-word name that is part of a longer person name in the article ("Ford" after "Gerald Ford") is left alone:
 * it may name the person.
 */
export function settleNameTypes(view: DocView, cands: Candidate[]): void {
  const byName = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (c.cls !== 'person' && c.cls !== 'organisation') continue;
    const key = normaliseName(c.text);
    const list = byName.get(key);
    if (list) list.push(c);
    else byName.set(key, [c]);
  }
  let personParts: Set<string> | null = null;
  for (const [name, group] of byName) {
    let person = 0;
    let organisation = 0;
    for (const c of group) {
      if (c.cls === 'person') person = Math.max(person, c.confidence);
      else organisation = Math.max(organisation, c.confidence);
    }
    if (person === 0 || organisation === 0) continue;
    const winner = organisation > person && organisation >= SURE_READING ? 'organisation' : person > organisation && person >= SURE_READING ? 'person' : null;
    if (!winner) continue;
    if (winner === 'organisation' && !name.includes(' ')) {
      personParts ??= new Set(cands.filter((c) => c.cls === 'person' && c.tokEnd - c.tokStart > 1).flatMap((c) => c.nameParts ?? []));
      if (personParts.has(name)) continue;
    }
    const model = group.find((c) => c.cls === winner)!;
    for (const c of group) {
      if (c.cls === winner) continue;
      c.cls = winner;
      c.key = model.key;
      c.canonical = model.canonical;
      c.country = model.country;
      c.nameParts = winner === 'person' ? personNameParts(view, c.tokStart, c.tokEnd) : undefined;
    }
  }
}
