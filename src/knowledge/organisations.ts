import { normaliseName } from './countries.js';

/**
 * Organisations news text names often, with their short forms and home country (written here), and the words that
 * mark a name as an organisation ("University", "Forum", "Ministry").
 */
export interface KnownOrganisation {
  name: string;
  /** acronyms and short forms ("UN", "NATO", "AP") */
  aliases: string[];
  /** ISO 3166-1 alpha-2 of the home country; null for international bodies */
  country: string | null;
  kind: 'news' | 'international' | 'government' | 'company' | 'party' | 'armed';
}

const KNOWN: KnownOrganisation[] = [
  // news agencies and outlets: frequent sources of quotes
  { name: 'TASS', aliases: ['Tass', 'ITAR-TASS'], country: 'RU', kind: 'news' },
  { name: 'RIA Novosti', aliases: ['RIA'], country: 'RU', kind: 'news' },
  { name: 'Interfax', aliases: [], country: 'RU', kind: 'news' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], country: 'CN', kind: 'news' },
  { name: 'Korean Central News Agency', aliases: ['KCNA'], country: 'KP', kind: 'news' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], country: 'KR', kind: 'news' },
  { name: 'Kyodo', aliases: ['Kyodo News'], country: 'JP', kind: 'news' },
  { name: 'Reuters', aliases: [], country: 'GB', kind: 'news' },
  { name: 'Agence France-Presse', aliases: ['AFP'], country: 'FR', kind: 'news' },
  { name: 'Associated Press', aliases: ['AP'], country: 'US', kind: 'news' },
  { name: 'Press Trust of India', aliases: ['PTI'], country: 'IN', kind: 'news' },
  { name: 'Asian News International', aliases: ['ANI'], country: 'IN', kind: 'news' },
  { name: 'New York Times', aliases: ['NYT', 'The New York Times'], country: 'US', kind: 'news' },
  { name: 'Washington Post', aliases: ['The Washington Post'], country: 'US', kind: 'news' },
  { name: 'Wall Street Journal', aliases: ['WSJ', 'The Wall Street Journal'], country: 'US', kind: 'news' },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'], country: 'GB', kind: 'news' },
  { name: 'CNN', aliases: [], country: 'US', kind: 'news' },
  { name: 'Al Jazeera', aliases: [], country: 'QA', kind: 'news' },
  { name: 'Bloomberg', aliases: [], country: 'US', kind: 'news' },
  { name: 'WION', aliases: [], country: 'IN', kind: 'news' },
  // international bodies
  { name: 'United Nations', aliases: ['UN', 'U.N.'], country: null, kind: 'international' },
  { name: 'UN Security Council', aliases: ['Security Council', 'UNSC'], country: null, kind: 'international' },
  { name: 'NATO', aliases: ['Nato', 'North Atlantic Treaty Organization'], country: null, kind: 'international' },
  { name: 'European Union', aliases: ['EU', 'E.U.'], country: null, kind: 'international' },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], country: null, kind: 'international' },
  { name: 'World Health Organization', aliases: ['WHO'], country: null, kind: 'international' },
  { name: 'International Monetary Fund', aliases: ['IMF'], country: null, kind: 'international' },
  { name: 'World Bank', aliases: [], country: null, kind: 'international' },
  { name: 'World Trade Organization', aliases: ['WTO'], country: null, kind: 'international' },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'], country: null, kind: 'international' },
  { name: 'Group of Twenty', aliases: ['G20', 'G-20'], country: null, kind: 'international' },
  { name: 'BRICS', aliases: [], country: null, kind: 'international' },
  { name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'], country: null, kind: 'international' },
  { name: 'African Union', aliases: ['AU'], country: null, kind: 'international' },
  { name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'], country: null, kind: 'international' },
  { name: 'International Criminal Court', aliases: ['ICC'], country: null, kind: 'international' },
  // government bodies often named without their country
  { name: 'State Department', aliases: ['US State Department', 'Department of State'], country: 'US', kind: 'government' },
  { name: 'Central Intelligence Agency', aliases: ['CIA'], country: 'US', kind: 'government' },
  { name: 'Federal Bureau of Investigation', aliases: ['FBI'], country: 'US', kind: 'government' },
  { name: 'Federal Reserve', aliases: ['Fed'], country: 'US', kind: 'government' },
  { name: 'Federal Security Service', aliases: ['FSB'], country: 'RU', kind: 'government' },
  { name: 'Ministry of Defence', aliases: ['MoD'], country: null, kind: 'government' },
  { name: 'Hamas', aliases: [], country: 'PS', kind: 'armed' },
  { name: 'Hezbollah', aliases: [], country: 'LB', kind: 'armed' },
  { name: 'Taliban', aliases: [], country: 'AF', kind: 'armed' },
  { name: 'Wagner Group', aliases: ['Wagner'], country: 'RU', kind: 'armed' },
];

const byName = new Map<string, KnownOrganisation>();
const byAcronym = new Map<string, KnownOrganisation>();
for (const org of KNOWN) {
  for (const n of [org.name, ...org.aliases]) {
    if (/^(?:[A-Z0-9]\.?-?){2,6}$/.test(n)) byAcronym.set(n, org);
    else byName.set(normaliseName(n), org);
  }
}

/** A known organisation by name or short form; acronyms match with exact case only ("WHO", never "who"). */
export function organisationByName(name: string): KnownOrganisation | null {
  const trimmed = name.trim();
  return byAcronym.get(trimmed) ?? byName.get(normaliseName(trimmed)) ?? null;
}


/** Every known organisation (for exact-match scanning). */
export function knownOrganisations(): readonly KnownOrganisation[] {
  return KNOWN;
}
