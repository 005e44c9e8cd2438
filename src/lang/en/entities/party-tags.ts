import type { PartyTag } from '../../sections/entities.js';

/**
 * US party-state tags after a politician's name in American news copy ("Sen. Mike Lee (R-Utah)", "Rep. Joe Kennedy,
 * D-Mass.,").
 */
const PARTIES: Record<string, string> = { R: 'Republican', D: 'Democratic', I: 'Independent' };

/**
 * US states and DC: full name, AP style abbreviation (the form news copy uses in party tags), USPS code. States AP
 * spells out have no abbreviation.
 */
const STATES: Array<[string, string | null, string]> = [
  ['Alabama', 'Ala.', 'AL'], ['Alaska', null, 'AK'], ['Arizona', 'Ariz.', 'AZ'], ['Arkansas', 'Ark.', 'AR'],
  ['California', 'Calif.', 'CA'], ['Colorado', 'Colo.', 'CO'], ['Connecticut', 'Conn.', 'CT'], ['Delaware', 'Del.', 'DE'],
  ['District of Columbia', 'D.C.', 'DC'], ['Florida', 'Fla.', 'FL'], ['Georgia', 'Ga.', 'GA'], ['Hawaii', null, 'HI'],
  ['Idaho', null, 'ID'], ['Illinois', 'Ill.', 'IL'], ['Indiana', 'Ind.', 'IN'], ['Iowa', null, 'IA'], ['Kansas', 'Kan.', 'KS'],
  ['Kentucky', 'Ky.', 'KY'], ['Louisiana', 'La.', 'LA'], ['Maine', null, 'ME'], ['Maryland', 'Md.', 'MD'],
  ['Massachusetts', 'Mass.', 'MA'], ['Michigan', 'Mich.', 'MI'], ['Minnesota', 'Minn.', 'MN'], ['Mississippi', 'Miss.', 'MS'],
  ['Missouri', 'Mo.', 'MO'], ['Montana', 'Mont.', 'MT'], ['Nebraska', 'Neb.', 'NE'], ['Nevada', 'Nev.', 'NV'],
  ['New Hampshire', 'N.H.', 'NH'], ['New Jersey', 'N.J.', 'NJ'], ['New Mexico', 'N.M.', 'NM'], ['New York', 'N.Y.', 'NY'],
  ['North Carolina', 'N.C.', 'NC'], ['North Dakota', 'N.D.', 'ND'], ['Ohio', null, 'OH'], ['Oklahoma', 'Okla.', 'OK'],
  ['Oregon', 'Ore.', 'OR'], ['Pennsylvania', 'Pa.', 'PA'], ['Rhode Island', 'R.I.', 'RI'], ['South Carolina', 'S.C.', 'SC'],
  ['South Dakota', 'S.D.', 'SD'], ['Tennessee', 'Tenn.', 'TN'], ['Texas', null, 'TX'], ['Utah', null, 'UT'],
  ['Vermont', 'Vt.', 'VT'], ['Virginia', 'Va.', 'VA'], ['Washington', 'Wash.', 'WA'], ['West Virginia', 'W.Va.', 'WV'],
  ['Wisconsin', 'Wis.', 'WI'], ['Wyoming', 'Wyo.', 'WY'],
];

/** State written in a tag (full name without spaces, AP abbreviation, or USPS code), dots and case ignored → name. */
const STATE_BY_FORM: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const key = (s: string): string => s.replace(/[.\s]/g, '').toLowerCase();
  for (const [name, ap, usps] of STATES) {
    m.set(key(name), name);
    if (ap) m.set(key(ap), name);
    m.set(key(usps), name);
  }
  return m;
})();

const TAG = /^([RDI])-([A-Z][A-Za-z.]*)$/;

/** Reads a party-state tag token ("R-Utah", "D-Mass.", "D-N.Y", "R-TX"), or null. */
export function readPartyTag(token: string): PartyTag | null {
  const m = TAG.exec(token);
  if (!m) return null;
  const state = STATE_BY_FORM.get(m[2].replace(/\./g, '').toLowerCase());
  return state ? { party: PARTIES[m[1]], state } : null;
}

