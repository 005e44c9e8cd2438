import { createRequire } from 'node:module';

/**
 * Countries as news text names them: ISO codes, canonical English name, aliases, demonyms, capital, and the seats of
 * government that stand in for a state ("the Kremlin said"). Built once from countries-list and i18n-iso-countries,
 * plus our own additions below (aliases, demonyms, seats). Lookups are Map gets.
 */
export interface Country {
  /** ISO 3166-1 alpha-2 */
  alpha2: string;
  /** ISO 3166-1 alpha-3 (empty for the few countries-list entries without one) */
  alpha3: string;
  /** canonical English short name, as news uses it ("Russia", "North Korea", "United States") */
  name: string;
  /** other names: official long forms, short forms, acronyms, historical names */
  aliases: string[];
  /** adjectives and nationals nouns, singular ("Russian", "North Korean", "Briton") */
  demonyms: string[];
  /** capital city, as commonly written */
  capital: string | null;
  /** other spellings of the capital ("Kiev" for "Kyiv") */
  capitalAliases: string[];
  /** true for sovereign states (UN members and observers, plus Kosovo and Taiwan); false for dependencies */
  sovereign: boolean;
}

/** PLOVER/CAMEO actor sector a stand-in speaks for. */
export type StandInSector = 'GOV' | 'MIL' | 'LEG' | 'SPY' | 'JUD';

/** What a capital or seat of government stands for when it acts or speaks. */
export interface StandIn {
  /** the stand-in as matched ("Kremlin", "Moscow") */
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  sector: StandInSector;
  /** "Government of Russia", "United States Department of Defense" */
  standsForName: string;
  /** 'seat' for seats of government (always a stand-in when they act), 'capital' for capital cities */
  kind: 'seat' | 'capital';
}

const require = createRequire(import.meta.url);
const countriesList = require('countries-list') as {
  countries: Record<string, { name: string; alias?: string[]; capital?: string }>;
};
const isoEnglish = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
const isoCodes = require('i18n-iso-countries') as { alpha2ToAlpha3(code: string): string | undefined };

/** Canonical names where news usage differs from countries-list's choice. */
const CANONICAL_NAME: Record<string, string> = {
  TR: 'Turkey', CV: 'Cape Verde', VA: 'Vatican City', TL: 'East Timor', CZ: 'Czech Republic', SZ: 'Eswatini',
  CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', AX: 'Åland Islands',
};

/** Our own additional aliases (written here). Acronyms are matched case-sensitively, names case-insensitively. */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'USA', 'US', 'America', 'United States of America', 'the States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  KP: ['DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea", 'N. Korea', 'N.Korea'],
  KR: ['ROK', 'Republic of Korea', 'S. Korea', 'S.Korea'],
  CN: ['PRC', "People's Republic of China", 'mainland China'],
  RU: ['Russian Federation'],
  MM: ['Burma'],
  IR: ['Islamic Republic of Iran', 'Persia'],
  SY: ['Syrian Arab Republic'],
  VN: ['Viet Nam'],
  LA: ["Lao People's Democratic Republic", 'Lao PDR'],
  CD: ['DRC', 'DR Congo', 'D.R. Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  NL: ['Holland', 'The Netherlands'],
  CZ: ['Czechia'],
  TR: ['Türkiye', 'Turkiye'],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire"],
  MK: ['Macedonia', 'FYROM'],
  SZ: ['Swaziland'],
  CV: ['Cabo Verde'],
  TL: ['Timor-Leste', 'Timor Leste'],
  VA: ['Holy See', 'Vatican'],
  PS: ['Palestinian territories', 'Palestinian Territories', 'State of Palestine'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  MD: ['Republic of Moldova'],
  TZ: ['United Republic of Tanzania'],
  BO: ['Plurinational State of Bolivia'],
  VE: ['Bolivarian Republic of Venezuela'],
  PH: ['the Philippines'],
  GM: ['The Gambia'],
  BS: ['The Bahamas'],
  SA: ['KSA', 'Kingdom of Saudi Arabia'],
  NZ: ['NZ'],
  AU: [],
  DE: ['Federal Republic of Germany'],
  FR: ['French Republic'],
  IE: ['Republic of Ireland', 'Eire'],
  KN: ['St Kitts and Nevis', 'St. Kitts and Nevis'],
  LC: ['St Lucia', 'St. Lucia'],
  VC: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'],
  BN: ['Brunei Darussalam'],
};

/** Aliases from the packages that mislead in news text (ambiguous or long obsolete). */
const DROPPED_ALIASES = new Set(['Congo', 'East Pakistan', 'Netherlands (Kingdom of the)', 'Myanmar (Burma)', 'Česká republika']);

/**
 * Demonyms, written here: singular adjective first, then nationals nouns where they differ ("Briton", "Swede").
 * Plurals ("Russians", "Britons") are derived by `countryByDemonym`.
 */
const DEMONYMS: Record<string, string[]> = {
  AF: ['Afghan', 'Afghanistani'], AL: ['Albanian'], DZ: ['Algerian'], AD: ['Andorran'], AO: ['Angolan'],
  AG: ['Antiguan'], AR: ['Argentine', 'Argentinian', 'Argentinean'], AM: ['Armenian'], AU: ['Australian', 'Aussie'],
  AT: ['Austrian'], AZ: ['Azerbaijani', 'Azeri'], BS: ['Bahamian'], BH: ['Bahraini'], BD: ['Bangladeshi'],
  BB: ['Barbadian', 'Bajan'], BY: ['Belarusian', 'Belarussian'], BE: ['Belgian'], BZ: ['Belizean'], BJ: ['Beninese'],
  BT: ['Bhutanese'], BO: ['Bolivian'], BA: ['Bosnian'], BW: ['Botswanan', 'Motswana'], BR: ['Brazilian'],
  BN: ['Bruneian'], BG: ['Bulgarian'], BF: ['Burkinabe', 'Burkinabè'], BI: ['Burundian'], KH: ['Cambodian'],
  CM: ['Cameroonian'], CA: ['Canadian'], CV: ['Cape Verdean'], CF: ['Central African'], TD: ['Chadian'],
  CL: ['Chilean'], CN: ['Chinese'], CO: ['Colombian'], KM: ['Comorian'], CD: ['Congolese'], CR: ['Costa Rican'],
  CI: ['Ivorian'], HR: ['Croatian', 'Croat'], CU: ['Cuban'], CY: ['Cypriot'], CZ: ['Czech'], DK: ['Danish', 'Dane'],
  DJ: ['Djiboutian'], DM: ['Dominican'], DO: ['Dominican'], EC: ['Ecuadorian', 'Ecuadorean'], EG: ['Egyptian'],
  SV: ['Salvadoran', 'Salvadorean'], GQ: ['Equatoguinean', 'Equatorial Guinean'], ER: ['Eritrean'],
  EE: ['Estonian'], SZ: ['Swazi', 'Emaswati'], ET: ['Ethiopian'], FJ: ['Fijian'], FI: ['Finnish', 'Finn'],
  FR: ['French', 'Frenchman', 'Frenchwoman'], GA: ['Gabonese'], GM: ['Gambian'], GE: ['Georgian'],
  DE: ['German'], GH: ['Ghanaian'], GR: ['Greek'], GD: ['Grenadian'], GT: ['Guatemalan'], GN: ['Guinean'],
  GW: ['Bissau-Guinean'], GY: ['Guyanese'], HT: ['Haitian'], HN: ['Honduran'], HU: ['Hungarian'],
  IS: ['Icelandic', 'Icelander'], IN: ['Indian'], ID: ['Indonesian'], IR: ['Iranian'], IQ: ['Iraqi'],
  IE: ['Irish', 'Irishman', 'Irishwoman'], IL: ['Israeli'], IT: ['Italian'], JM: ['Jamaican'], JP: ['Japanese'],
  JO: ['Jordanian'], KZ: ['Kazakh', 'Kazakhstani'], KE: ['Kenyan'], KI: ['I-Kiribati'], KP: ['North Korean'],
  KR: ['South Korean'], XK: ['Kosovar', 'Kosovan'], KW: ['Kuwaiti'], KG: ['Kyrgyz', 'Kyrgyzstani'], LA: ['Lao', 'Laotian'],
  LV: ['Latvian'], LB: ['Lebanese'], LS: ['Basotho', 'Mosotho'], LR: ['Liberian'], LY: ['Libyan'],
  LI: ['Liechtensteiner'], LT: ['Lithuanian'], LU: ['Luxembourgish', 'Luxembourger'], MG: ['Malagasy'],
  MW: ['Malawian'], MY: ['Malaysian'], MV: ['Maldivian'], ML: ['Malian'], MT: ['Maltese'], MH: ['Marshallese'],
  MR: ['Mauritanian'], MU: ['Mauritian'], MX: ['Mexican'], FM: ['Micronesian'], MD: ['Moldovan'],
  MC: ['Monegasque'], MN: ['Mongolian'], ME: ['Montenegrin'], MA: ['Moroccan'], MZ: ['Mozambican'],
  MM: ['Burmese', 'Myanmarese'], NA: ['Namibian'], NR: ['Nauruan'], NP: ['Nepali', 'Nepalese'],
  NL: ['Dutch', 'Dutchman', 'Dutchwoman'], NZ: ['New Zealand', 'New Zealander', 'Kiwi'], NI: ['Nicaraguan'],
  NE: ['Nigerien'], NG: ['Nigerian'], MK: ['North Macedonian', 'Macedonian'], NO: ['Norwegian'], OM: ['Omani'],
  PK: ['Pakistani'], PW: ['Palauan'], PS: ['Palestinian'], PA: ['Panamanian'], PG: ['Papua New Guinean'],
  PY: ['Paraguayan'], PE: ['Peruvian'], PH: ['Filipino', 'Philippine', 'Filipina'], PL: ['Polish', 'Pole'],
  PT: ['Portuguese'], QA: ['Qatari'], RO: ['Romanian'], RU: ['Russian'], RW: ['Rwandan'], KN: ['Kittitian'],
  LC: ['Saint Lucian'], VC: ['Vincentian'], WS: ['Samoan'], SM: ['Sammarinese'], ST: ['Santomean'],
  SA: ['Saudi', 'Saudi Arabian'], SN: ['Senegalese'], RS: ['Serbian', 'Serb'], SC: ['Seychellois'],
  SL: ['Sierra Leonean'], SG: ['Singaporean'], SK: ['Slovak', 'Slovakian'], SI: ['Slovenian', 'Slovene'],
  SB: ['Solomon Islander'], SO: ['Somali'], ZA: ['South African'], SS: ['South Sudanese'], ES: ['Spanish', 'Spaniard'],
  LK: ['Sri Lankan'], SD: ['Sudanese'], SR: ['Surinamese'], SE: ['Swedish', 'Swede'], CH: ['Swiss'],
  SY: ['Syrian'], TW: ['Taiwanese'], TJ: ['Tajik', 'Tajikistani'], TZ: ['Tanzanian'], TH: ['Thai'],
  TL: ['Timorese'], TG: ['Togolese'], TO: ['Tongan'], TT: ['Trinidadian', 'Tobagonian'], TN: ['Tunisian'],
  TR: ['Turkish', 'Turk'], TM: ['Turkmen'], TV: ['Tuvaluan'], UG: ['Ugandan'], UA: ['Ukrainian'],
  AE: ['Emirati'], GB: ['British', 'Briton', 'Brit'], US: ['American'], UY: ['Uruguayan'],
  UZ: ['Uzbek', 'Uzbekistani'], VU: ['Vanuatuan', 'Ni-Vanuatu'], VA: ['Vatican'], VE: ['Venezuelan'],
  VN: ['Vietnamese'], YE: ['Yemeni'], ZM: ['Zambian'], ZW: ['Zimbabwean'], HK: ['Hong Konger'], PR: ['Puerto Rican'],
  GL: ['Greenlandic', 'Greenlander'], FO: ['Faroese'],
};

/** Capital spellings news uses besides countries-list's (written here); first entry replaces the package's form. */
const CAPITAL_FORMS: Record<string, string[]> = {
  US: ['Washington', 'Washington D.C.', 'Washington, D.C.', 'Washington DC'],
  UA: ['Kyiv', 'Kiev'], IN: ['New Delhi', 'Delhi'], MM: ['Naypyidaw', 'Naypyitaw', 'Nay Pyi Taw'],
  MN: ['Ulaanbaatar', 'Ulan Bator'], CO: ['Bogotá', 'Bogota'], BR: ['Brasília', 'Brasilia'], CM: ['Yaoundé', 'Yaounde'],
  MD: ['Chișinău', 'Chisinau'], YE: ["Sana'a", 'Sanaa'], KZ: ['Astana', 'Nur-Sultan'], CH: ['Bern', 'Berne'],
  // the seat of government is elsewhere than the constitutional capital
  NL: ['Amsterdam', 'The Hague'], BO: ['Sucre', 'La Paz'], CI: ['Yamoussoukro', 'Abidjan'], ZA: ['Pretoria', 'Cape Town'],
  PS: ['Ramallah'], IL: ['Jerusalem'], MV: ['Malé', 'Male'], TG: ['Lomé', 'Lome'], PY: ['Asunción', 'Asuncion'],
  CR: ['San José', 'San Jose'], BI: ['Gitega', 'Bujumbura'], TZ: ['Dodoma', 'Dar es Salaam'], LK: ['Colombo', 'Sri Jayawardenepura Kotte'],
  MY: ['Kuala Lumpur', 'Putrajaya'], CN: ['Beijing', 'Peking'],
};

/** Seats of government and institutions that stand in for a state when they act (written here). */
const SEATS: Array<[names: string[], country: string, sector: StandInSector, standsForName?: string]> = [
  [['Kremlin', 'the Kremlin'], 'RU', 'GOV'],
  [['White House', 'the White House'], 'US', 'GOV'],
  [['Pentagon', 'the Pentagon'], 'US', 'MIL', 'United States Department of Defense'],
  [['Foggy Bottom'], 'US', 'GOV'],
  [['Capitol Hill'], 'US', 'LEG', 'United States Congress'],
  [['Langley'], 'US', 'SPY', 'Central Intelligence Agency'],
  [['Downing Street', 'Number 10', 'No 10', 'No. 10', 'Number Ten'], 'GB', 'GOV'],
  [['Whitehall'], 'GB', 'GOV'],
  [['Westminster'], 'GB', 'LEG', 'Parliament of the United Kingdom'],
  [['Elysee', 'Élysée', 'Elysee Palace', 'Élysée Palace'], 'FR', 'GOV'],
  [["Quai d'Orsay"], 'FR', 'GOV'],
  [['Zhongnanhai'], 'CN', 'GOV'],
  [['Lubyanka'], 'RU', 'SPY', 'Federal Security Service of Russia'],
  [['Bankova'], 'UA', 'GOV'],
  [['Blue House', 'Cheong Wa Dae'], 'KR', 'GOV'],
  [['Yongsan'], 'KR', 'GOV'],
  [['Kantei'], 'JP', 'GOV'],
  [['Kasumigaseki'], 'JP', 'GOV'],
  [['Raisina Hill', 'South Block', 'Rashtrapati Bhavan'], 'IN', 'GOV'],
  [['Moncloa', 'La Moncloa'], 'ES', 'GOV'],
  [['Palazzo Chigi'], 'IT', 'GOV'],
  [['Quirinale'], 'IT', 'GOV'],
  [['Casa Rosada'], 'AR', 'GOV'],
  [['Planalto', 'Planalto Palace'], 'BR', 'GOV'],
  [['Los Pinos', 'Palacio Nacional'], 'MX', 'GOV'],
  [['Malacanang', 'Malacañang', 'Malacanang Palace'], 'PH', 'GOV'],
  [['Kanzleramt', 'Bundeskanzleramt'], 'DE', 'GOV'],
  [['Knesset'], 'IL', 'LEG', 'Knesset'],
];

/** Sovereign states among the ISO entries: everything except the dependencies and territories listed here. */
const NON_SOVEREIGN = new Set(
  ('AC AI AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU ' +
    'PF PM PN PR RE SH SJ SX TA TC TF TK UM VG VI WF YT AQ').split(' '),
);

// ---------------------------------------------------------------------------------------------------------------
// Build the tables once.

const COUNTRIES: Country[] = [];
const byCode = new Map<string, Country>();
/** lower-cased, diacritic-folded names */
const byName = new Map<string, Country>();
/** acronyms and dotted forms, exact case ("US", "U.S.", "DPRK") */
const byAcronym = new Map<string, Country>();
const byDemonym = new Map<string, Country>();
const standIns = new Map<string, StandIn>();

/** Lower case, fold diacritics and typographic apostrophes, drop a leading "the", collapse spaces. */
export function normaliseName(name: string): string {
  let ascii = true;
  for (let i = 0; i < name.length && ascii; i++) ascii = name.charCodeAt(i) < 128;
  let s = ascii ? name : name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019`]/g, "'");
  s = s.toLowerCase();
  // the fast path: most names are single-spaced ASCII already
  if (/\s\s|[\t\n\r]/.test(s)) s = s.replace(/\s+/g, ' ');
  s = s.trim();
  return s.startsWith('the ') ? s.slice(4) : s;
}

/** An acronym or dotted abbreviation ("US", "U.S.", "DPRK", "DR Congo" is not): matched with exact case only. */
function isAcronym(name: string): boolean {
  return /^(?:[A-Z]\.?){2,5}$/.test(name.replace(/\s+/g, ''));
}

function addName(name: string, country: Country): void {
  if (isAcronym(name)) {
    if (!byAcronym.has(name)) byAcronym.set(name, country);
    const dotless = name.replace(/\./g, '');
    if (!byAcronym.has(dotless)) byAcronym.set(dotless, country);
    return;
  }
  const key = normaliseName(name);
  if (key && !byName.has(key)) byName.set(key, country);
}

function governmentName(country: Country): string {
  // "Government of the United States", "Government of the Philippines", "Government of Russia"
  const needsThe = /^(United|Republic|Democratic|Central African|Dominican|Czech|Netherlands|Philippines|Bahamas|Gambia|Maldives|Solomon|Marshall|Comoros|Seychelles)/.test(
    country.name,
  );
  return `Government of ${needsThe ? 'the ' : ''}${country.name}`;
}

function build(): void {
  for (const [code, entry] of Object.entries(countriesList.countries)) {
    const iso = isoEnglish.countries[code];
    const isoNames = iso === undefined ? [] : Array.isArray(iso) ? iso : [iso];
    const name = CANONICAL_NAME[code] ?? entry.name;
    const aliases = new Set<string>([entry.name, ...(entry.alias ?? []), ...isoNames, ...(EXTRA_ALIASES[code] ?? [])]);
    aliases.delete(name);
    for (const dropped of DROPPED_ALIASES) aliases.delete(dropped);
    // i18n's "Korea, Republic of" style inverted official names never occur in running text
    for (const a of aliases) if (a.includes(', ') || a.includes('(')) aliases.delete(a);
    const capitalForms = CAPITAL_FORMS[code] ?? (entry.capital ? [entry.capital] : []);
    const country: Country = {
      alpha2: code,
      alpha3: isoCodes.alpha2ToAlpha3(code) ?? '',
      name,
      aliases: [...aliases],
      demonyms: DEMONYMS[code] ?? [],
      capital: capitalForms[0] ?? null,
      capitalAliases: capitalForms.slice(1),
      sovereign: !NON_SOVEREIGN.has(code),
    };
    COUNTRIES.push(country);
    byCode.set(code, country);
    if (country.alpha3) byCode.set(country.alpha3, country);
  }
  // canonical names first so that an alias of one country never shadows another's name
  for (const c of COUNTRIES) addName(c.name, c);
  for (const c of COUNTRIES) for (const a of c.aliases) addName(a, c);
  for (const c of COUNTRIES) {
    for (const d of c.demonyms) {
      const key = normaliseName(d);
      // "Dominican" is shared by DM and DO: the more populous Dominican Republic (listed later) wins
      byDemonym.set(key, c);
    }
  }
  for (const c of COUNTRIES) {
    if (!c.sovereign) continue;
    for (const capital of [c.capital, ...c.capitalAliases]) {
      if (!capital) continue;
      const key = normaliseName(capital);
      // a capital named like its country ("Singapore", "Kuwait City" is fine) stands in only as the country itself
      if (byName.has(key) || standIns.has(key)) continue;
      standIns.set(key, { name: capital, country: c.alpha2, sector: 'GOV', standsForName: governmentName(c), kind: 'capital' });
    }
  }
  for (const [names, code, sector, label] of SEATS) {
    const c = byCode.get(code);
    if (!c) continue;
    for (const n of names) {
      standIns.set(normaliseName(n), {
        name: n.replace(/^the /, ''),
        country: code,
        sector,
        standsForName: label ?? governmentName(c),
        kind: 'seat',
      });
    }
  }
}
build();

/** All countries and territories (ISO 3166-1 entries from countries-list), in code order. */
export function allCountries(): readonly Country[] {
  return COUNTRIES;
}

/**
 * The country a name refers to: canonical names and aliases case-insensitively ("russia", "the United States"),
 * acronyms and dotted forms with exact case only ("US", "U.S.", "DPRK"; never the pronoun "us").
 */
export function countryByName(name: string): Country | null {
  const trimmed = name.trim();
  return byAcronym.get(trimmed) ?? (isAcronym(trimmed) ? null : byName.get(normaliseName(trimmed))) ?? null;
}

/** The country of an ISO 3166-1 alpha-2 or alpha-3 code, any case ("RU", "rus"). */
export function countryByCode(code: string): Country | null {
  return byCode.get(code.trim().toUpperCase()) ?? null;
}

/**
 * The country a demonym or nationals noun refers to: "Russian", "North Korean", "Britons", "Americans",
 * "Frenchmen". Case-insensitive; callers decide whether lower case counts in their context.
 */
export function countryByDemonym(word: string): Country | null {
  const key = normaliseName(word);
  const direct = byDemonym.get(key);
  if (direct) return direct;
  if (key.endsWith('men')) return byDemonym.get(key.slice(0, -3) + 'man') ?? null; // Frenchmen, Dutchmen
  if (key.endsWith('women')) return byDemonym.get(key.slice(0, -5) + 'woman') ?? null;
  if (key.endsWith('s')) return byDemonym.get(key.slice(0, -1)) ?? null; // Russians, Britons, Swedes
  return null;
}

/**
 * What a capital or seat of government stands for when it acts or speaks ("Kremlin" -> Government of Russia,
 * "Pentagon" -> US military, "Moscow" -> Government of Russia). Whether it acts in a given sentence is the caller's
 * decision; `kind` says whether it is a seat (nearly always a stand-in) or a capital (often just a place).
 */
export function standInFor(name: string): StandIn | null {
  return standIns.get(normaliseName(name)) ?? null;
}

/** The conventional name of a country's government ("Government of Russia", "Government of the United States"). */
export function governmentOf(code: string): string | null {
  const c = countryByCode(code);
  return c ? governmentName(c) : null;
}

/**
 * Every surface form this module knows, for exact-match scanning of text: [form, kind, country alpha-2].
 * Acronyms keep their case; other forms are as written here (scanners compare case-insensitively).
 */
export function knownCountryForms(): Array<{ form: string; kind: 'name' | 'acronym' | 'demonym' | 'standin'; country: string }> {
  const out: Array<{ form: string; kind: 'name' | 'acronym' | 'demonym' | 'standin'; country: string }> = [];
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.aliases]) out.push({ form: n, kind: isAcronym(n) ? 'acronym' : 'name', country: c.alpha2 });
    for (const d of c.demonyms) out.push({ form: d, kind: 'demonym', country: c.alpha2 });
  }
  for (const s of standIns.values()) out.push({ form: s.name, kind: 'standin', country: s.country });
  return out;
}
