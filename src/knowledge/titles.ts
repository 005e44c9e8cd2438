/**
 * Titles and roles that news text puts before or beside a person's name ("President", "Defence Minister",
 * "Kremlin spokesman", "the national security adviser"). Written here. All lookups take lower-case words.
 */

/** Gender a word implies, when it does ('m' male, 'f' female). */
export type Gender = 'm' | 'f';

/**
 * Words that can end a title and name a role: "President", "Minister", "spokesman", "leader". A title phrase must
 * contain one of these; a bare "the spokesman" resolves to a person holding that role.
 */
const HEAD_WORDS = `
president president-elect vice-president premier chancellor minister secretary secretary-general undersecretary
advisor adviser spokesman spokeswoman spokesperson spokespeople leader chairman chairwoman chairperson chair
ceo cfo coo cto founder co-founder director director-general governor mayor senator congressman congresswoman
representative lawmaker legislator mp deputy ambassador envoy diplomat negotiator emissary consul commissioner
king queen prince princess emperor empress monarch sultan emir sheikh crown ayatollah pope cardinal archbishop bishop imam
rabbi general admiral commander colonel lieutenant major captain sergeant marshal chief head boss official officer
judge justice prosecutor attorney-general attorney lawyer inspector sheriff detective
president's dictator strongman ruler supremo patriarch speaker whip coordinator czar tsar
editor correspondent reporter columnist analyst economist professor researcher scientist expert
coach manager captain striker midfielder defender goalkeeper player
executive chairman spokesperson governor-general viceroy regent
`;

/** Words that qualify a title without being one on their own: "Defence", "Foreign", "Prime", "National Security". */
const MODIFIER_WORDS = `
prime vice deputy first second assistant associate acting interim former ex- outgoing incoming late then
foreign defence defense interior home finance treasury trade commerce economy economic energy health education
justice labour labor transport transportation agriculture environment culture industry security national
intelligence information communications digital science technology development housing immigration
state supreme senior top chief principal general executive managing press military naval army air force
armed forces staff joint presidential royal grand high lord federal regional provincial municipal
opposition party majority minority house senate parliamentary cabinet white kremlin foreign-policy
`;

/** Honorifics, with the gender they imply when they do. */
const HONORIFICS: Record<string, Gender | null> = {
  mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', dr: null, 'dr.': null, sir: 'm', dame: 'f',
  lord: 'm', lady: 'f', prof: null, 'prof.': null, professor: null, madam: 'f', madame: 'f', monsieur: 'm',
  sen: null, 'sen.': null, rep: null, 'rep.': null, gen: null, 'gen.': null, col: null, 'col.': null, lt: null,
  'lt.': null, capt: null, 'capt.': null, sgt: null, 'sgt.': null, rev: null, 'rev.': null, gov: null, 'gov.': null,
  president: null, comrade: null,
};

/** Abbreviated titles and the role they stand for ("Gov." → "Governor"). */
const ABBREVIATED_TITLES: Record<string, string> = {
  'gov.': 'Governor', gov: 'Governor', 'sen.': 'Senator', sen: 'Senator', 'rep.': 'Representative', 'gen.': 'General',
  'col.': 'Colonel', 'lt.': 'Lieutenant', 'capt.': 'Captain', 'sgt.': 'Sergeant', 'adm.': 'Admiral', 'maj.': 'Major',
  'cmdr.': 'Commander', 'prof.': 'Professor', 'rev.': 'Reverend', 'pres.': 'President', 'supt.': 'Superintendent',
  'insp.': 'Inspector', 'atty.': 'Attorney', 'gen': 'General', 'lt': 'Lieutenant', 'col': 'Colonel',
};

/** The full title an abbreviation stands for ("gov." → "Governor"), or null for anything else. */
export function expandTitleAbbreviation(lower: string): string | null {
  return ABBREVIATION_MAP.get(lower) ?? null;
}
const ABBREVIATION_MAP = new Map(Object.entries(ABBREVIATED_TITLES));

/** Gender implied by a role word. */
const GENDERED_ROLES: Record<string, Gender> = {
  spokesman: 'm', spokeswoman: 'f', chairman: 'm', chairwoman: 'f', congressman: 'm', congresswoman: 'f',
  king: 'm', queen: 'f', prince: 'm', princess: 'f', emperor: 'm', empress: 'f', sultan: 'm', emir: 'm',
  sheikh: 'm', pope: 'm', businessman: 'm', businesswoman: 'f', 'first lady': 'f', ayatollah: 'm', patriarch: 'm',
};

const GENDER_BY_WORD = new Map<string, Gender>(
  [...Object.entries(HONORIFICS), ...Object.entries(GENDERED_ROLES)].filter((e): e is [string, Gender] => e[1] !== null),
);
const HONORIFIC_SET = new Set(Object.keys(HONORIFICS));
// abbreviations count as heads: "Gov. Mario Cuomo" has the role Governor
const HEADS = new Set([...HEAD_WORDS.split(/\s+/).filter(Boolean), ...Object.keys(ABBREVIATED_TITLES)]);
const MODIFIERS = new Set(MODIFIER_WORDS.split(/\s+/).filter(Boolean));

/** Words that can appear inside a title phrase between modifiers and the head ("Secretary of State"). */
const TITLE_LINKS = new Set(['of', 'for', 'and', '&', '-']);

/** True if the lower-case word can end a title phrase ("minister", "spokesman"). */
export function isTitleHead(lower: string): boolean {
  return HEADS.has(lower);
}

/** True if the lower-case word can qualify a title ("defence", "national", "prime"). */
export function isTitleModifier(lower: string): boolean {
  return MODIFIERS.has(lower);
}

/** True if the lower-case word may link parts of a title ("Secretary of State", "Minister for Trade"). */
export function isTitleLink(lower: string): boolean {
  return TITLE_LINKS.has(lower);
}

/** True for honorifics ("Mr", "Dr.", "Sen."). */
export function isHonorific(lower: string): boolean {
  return HONORIFIC_SET.has(lower);
}

/** Gender a title word or honorific implies ("spokeswoman" → 'f', "Mr" → 'm'), or null. */
export function genderOfTitleWord(lower: string): Gender | null {
  return GENDER_BY_WORD.get(lower) ?? null;
}

/** The head word of a normalised title ("Defence Minister" → "minister", "Secretary of State" → "secretary"). */
export function titleHead(title: string): string {
  const words = title.toLowerCase().split(/\s+/);
  // "Secretary of State": the head comes before the linking "of"
  const link = words.findIndex((w) => w === 'of' || w === 'for');
  const part = link > 0 ? words.slice(0, link) : words;
  for (let i = part.length - 1; i >= 0; i--) if (HEADS.has(part[i])) return part[i];
  return part[part.length - 1] ?? '';
}

/** Head words that mean the same role ("adviser"/"advisor", "spokeswoman"/"spokesman"). */
const HEAD_SYNONYMS: Record<string, string> = {
  adviser: 'advisor', spokeswoman: 'spokesman', spokesperson: 'spokesman', chairwoman: 'chairman',
  chairperson: 'chairman', chair: 'chairman', defense: 'defence', congresswoman: 'congressman', premier: 'prime minister',
};

/** A comparable form of a head word ("adviser" → "advisor"). */
export function canonicalHead(lower: string): string {
  return HEAD_SYNONYMS[lower] ?? lower;
}
