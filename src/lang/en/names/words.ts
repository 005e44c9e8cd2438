import type { NameWords } from '../../sections/names.js';

/**
 * English titles and roles that news text puts before or beside a person's name ("President", "Defence Minister",
 * "Kremlin spokesman", "the national security adviser"), and the last words of organisation names. Written here.
 */

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/**
 * Words that can end a title and name a role: "President", "Minister", "spokesman", "leader". A title phrase must
 * contain one of these; a bare "the spokesman" resolves to a person holding that role.
 */
const TITLE_HEADS = words(`
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
`);

/** Words that qualify a title without being one on their own: "Defence", "Foreign", "Prime", "National Security". */
const TITLE_MODIFIERS = words(`
prime vice deputy first second assistant associate acting interim former ex- outgoing incoming late then
foreign defence defense interior home finance treasury trade commerce economy economic energy health education
justice labour labor transport transportation agriculture environment culture industry security national
intelligence information communications digital science technology development housing immigration
state supreme senior top chief principal general executive managing press military naval army air force
armed forces staff joint presidential royal grand high lord federal regional provincial municipal
opposition party majority minority house senate parliamentary cabinet white kremlin foreign-policy
`);

/** Last words that mark a multi-word name as an organisation. */
const ORGANISATION_HEADS = words(`university college institute school academy hospital foundation association federation union council committee
  commission agency ministry department office bureau service services party front movement army navy force forces
  police court parliament congress senate assembly organisation organization society club forum summit conference
  bank fund exchange company corporation corp inc ltd plc llc group holdings industries airlines airways motors
  systems technologies news times post journal herald tribune press television radio network guard guards brigade
  regiment fleet command centre center trust board authority administration government cabinet alliance coalition`);

export const englishNameWords: NameWords = {
  titleHeads: TITLE_HEADS,
  titleModifiers: TITLE_MODIFIERS,
  titleLinks: ['of', 'for', 'and', '&', '-'],
  headBeforeLinks: ['of', 'for'],
  honorifics: {
  mr: 'm', 'mr.': 'm', mrs: 'f', 'mrs.': 'f', ms: 'f', 'ms.': 'f', miss: 'f', dr: null, 'dr.': null, sir: 'm', dame: 'f',
  lord: 'm', lady: 'f', prof: null, 'prof.': null, professor: null, madam: 'f', madame: 'f', monsieur: 'm',
  sen: null, 'sen.': null, rep: null, 'rep.': null, gen: null, 'gen.': null, col: null, 'col.': null, lt: null,
  'lt.': null, capt: null, 'capt.': null, sgt: null, 'sgt.': null, rev: null, 'rev.': null, gov: null, 'gov.': null,
  president: null, comrade: null,
},
  abbreviatedTitles: {
  'gov.': 'Governor', gov: 'Governor', 'sen.': 'Senator', sen: 'Senator', 'rep.': 'Representative', 'gen.': 'General',
  'col.': 'Colonel', 'lt.': 'Lieutenant', 'capt.': 'Captain', 'sgt.': 'Sergeant', 'adm.': 'Admiral', 'maj.': 'Major',
  'cmdr.': 'Commander', 'prof.': 'Professor', 'rev.': 'Reverend', 'pres.': 'President', 'supt.': 'Superintendent',
  'insp.': 'Inspector', 'atty.': 'Attorney', 'gen': 'General', 'lt': 'Lieutenant', 'col': 'Colonel',
},
  genderedRoles: {
  spokesman: 'm', spokeswoman: 'f', chairman: 'm', chairwoman: 'f', congressman: 'm', congresswoman: 'f',
  king: 'm', queen: 'f', prince: 'm', princess: 'f', emperor: 'm', empress: 'f', sultan: 'm', emir: 'm',
  sheikh: 'm', pope: 'm', businessman: 'm', businesswoman: 'f', 'first lady': 'f', ayatollah: 'm', patriarch: 'm',
},
  headSynonyms: {
  adviser: 'advisor', spokeswoman: 'spokesman', spokesperson: 'spokesman', chairwoman: 'chairman',
  chairperson: 'chairman', chair: 'chairman', defense: 'defence', congresswoman: 'congressman', premier: 'prime minister',
},
  organisationHeads: ORGANISATION_HEADS,
};
