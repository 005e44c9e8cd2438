/**
 * International bodies as CAMEO codes them (the PETRARCH2 / Phoenix international actor dictionary, MIT): the full
 * actor code and its known-group part, GDELT's KnownGroupCode. An IGO has no country: GDELT leaves its CountryCode
 * empty and writes the type (IGO, NGO) as Type1Code. Bodies the dictionary gives no group of are coded by their type.
 */
const BODIES: Array<[code: string, knownGroup: string, names: string[]]> = [
  ['IGOUNO', 'UNO', ['united nations', 'un', 'u.n.', 'security council', 'un security council', 'u.n. security council', 'unifil']],
  ['IGOWSTNAT', 'NAT', ['nato', 'north atlantic treaty organization']],
  ['IGOEUREEC', 'EEC', ['european union', 'eu', 'e.u.', 'european community', 'european commission']],
  ['NGOHLHIRC', 'IRC', ['red cross', 'international committee of the red cross', 'icrc']],
  ['IGOUNOIAE', 'IAE', ['iaea', 'international atomic energy agency']],
  ['IGOMEAARL', 'ARL', ['arab league']],
  ['IGOSEAASN', 'ASN', ['asean', 'association of southeast asian nations']],
  ['IGOOPC', 'OPC', ['opec', 'organization of the petroleum exporting countries']],
  ['IGOUNODEVWBK', 'WBK', ['world bank']],
  ['IGOUNOHLHWHO', 'WHO', ['world health organization', 'who']],
  ['IGOUNOREFHCR', 'HCR', ['unhcr']],
  ['IGOUNOWFP', 'WFP', ['world food program', 'world food programme', 'wfp']],
  ['IGOUNOLABILO', 'ILO', ['international labor office', 'international labour office', 'international labour organization', 'ilo']],
  ['IGOUNOKID', 'KID', ['unicef']],
  ['IGOCOPITP', 'ITP', ['interpol']],
  ['IGOOAS', 'OAS', ['organization of american states', 'oas']],
  ['IGOWAFWAS', 'WAS', ['ecowas']],
  ['IGOSAFDEVSAD', 'SAD', ['sadc', 'southern african development community']],
  ['IGOGOS', 'GOS', ['g7']],
  ['NGOHRIAMN', 'AMN', ['amnesty international']],
  ['NGOHLHMSF', 'MSF', ['medecins sans frontieres', 'doctors without borders']],
  ['NGOHRI', '', ['human rights watch']],
];

const BY_NAME = new Map(BODIES.flatMap(([code, group, names]) => names.map((n) => [n, { code, group }] as const)));

export interface KnownGroup {
  /** the CAMEO actor code (IGOUNO) */
  code: string;
  /** GDELT's KnownGroupCode (UNO), or '' */
  group: string;
  /** GDELT's Type1Code: IGO or NGO */
  type: string;
}

/** An international body by the name an event gives it; any other IGO actor is coded by its type alone. */
export function knownGroup(name: string | null): KnownGroup {
  const found = name ? BY_NAME.get(name.trim().toLowerCase()) : undefined;
  const code = found?.code ?? 'IGO';
  return { code, group: found?.group ?? '', type: code.slice(0, 3) };
}
