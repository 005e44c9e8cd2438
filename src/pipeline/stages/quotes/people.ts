import type { Doc } from '../../../model/doc.js';
import type { EntityRecord } from '../../../model/layers/entities.js';
import type { Gender } from '../../../lang/types.js';
import { genderOfGivenName } from '../../../knowledge/person-names.js';

/** A pronoun the entities layer resolved at least this surely (one candidate, or a clear winner) keeps its antecedent. */
export const SURE_PRONOUN = 0.8;

/** The genders a person's record shows: of its given name ("Anna Berg"), and of the pronouns resolved to it. */
function genderOf(doc: Doc, e: EntityRecord): Set<Gender> {
  const out = new Set<Gender>();
  const parts = e.name.split(/\s+/);
  const given = parts.length > 1 ? genderOfGivenName(parts[0]) : null;
  if (given) out.add(given);
  for (const m of e.mentions) {
    const g = m.via === 'pronoun' ? doc.pack.entities.genderedPronouns.get(m.text.toLowerCase()) : undefined;
    if (g) out.add(g);
  }
  return out;
}

/** True when what the article shows of a person's gender is the other one than `wanted` ("she" cannot be Mark Hale). */
export function contradictsGender(doc: Doc, e: EntityRecord, wanted: Gender): boolean {
  return genderOf(doc, e).has(wanted === 'm' ? 'f' : 'm');
}
