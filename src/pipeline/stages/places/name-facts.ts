import type { Gazetteer } from '../../../knowledge/gazetteer/index.js';

/**
 * A town named inside an organisation's name, or typed as something else by the recogniser, must be at least this
 * big to be read as the place: smaller towns share their names with people, firms and products.
 */
export const TYPED_TOWN_MIN_POPULATION = 5000;
/** A city this big is a major place: a common word that names one is read as the place ("Buffalo", "Mobile"). */
export const MAJOR_CITY_POPULATION = 100_000;
/**
 * A section of a city (PPLX) is known to its own people only, and the seat of a fourth-order division (PPLA4) often
 * carries the whole division's population: neither makes a name a well-known town, whatever its figure.
 */
const DIVISION_FIGURES = new Set(['PPLX', 'PPLA4']);

/** How sure the gazetteer is that a name is a place: 'major' a country, region, area or city; 'strong' also towns. */
export type Strength = 'major' | 'strong' | 'weak' | null;

/** What the recogniser asks of the gazetteer about a name, each answer read from all of the name's readings. */
export interface NameFacts {
  /** a county, parish, province or other administrative area, or a country, by any name but a demonym */
  isAdministrative(name: string): boolean;
  /** a country's or first-level region's own name */
  isRegionOrCountryByName(name: string): boolean;
  /** by its own name (not a variant) a country, a region, an area or a city of 100,000 people */
  majorByName(name: string): boolean;
  /** a state, province or other first-level region by its own name */
  isFirstLevelRegion(name: string): boolean;
  /** a country or a multi-country area ("UK", "EU") by any name but a demonym */
  isCountryOrArea(name: string): boolean;
  /** 'major' a country, region, area or big city; 'strong' also a town of some size; 'weak' only small towns; null: not a place */
  strength(name: string): Strength;
}

const ADMINISTRATIVE = 1;
const REGION_OR_COUNTRY_BY_NAME = 2;
const MAJOR_BY_NAME = 4;
const FIRST_LEVEL_REGION = 8;
const COUNTRY_OR_AREA = 16;
/** the strength's rank (0 none, 1 weak, 2 strong, 3 major) is kept above the five flags */
const STRENGTH_SHIFT = 5;
const STRENGTHS: Strength[] = [null, 'weak', 'strong', 'major'];
/** Names remembered per gazetteer before the cache starts over (a few MB at most). */
const CACHE_LIMIT = 50_000;

/** One set of answers (and its cache) per gazetteer: names recur across articles. */
const SHARED = new WeakMap<Gazetteer, NameFacts>();

/**
 * The gazetteer's answers about names, each name's readings read once and its answers kept as one number: an article
 * asks about a name several ways, and walking a common name's many readings again for each question, in each article,
 * cost more than the questions.
 */
export function nameFacts(gaz: Gazetteer): NameFacts {
  let facts = SHARED.get(gaz);
  if (!facts) SHARED.set(gaz, (facts = createNameFacts(gaz)));
  return facts;
}

function createNameFacts(gaz: Gazetteer): NameFacts {
  const cache = new Map<string, number>();
  const bits = (name: string): number => {
    let b = cache.get(name);
    if (b === undefined) {
      b = factsOf(gaz, name);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(name, b);
    }
    return b;
  };
  return {
    isAdministrative: (name) => (bits(name) & ADMINISTRATIVE) !== 0,
    isRegionOrCountryByName: (name) => (bits(name) & REGION_OR_COUNTRY_BY_NAME) !== 0,
    majorByName: (name) => (bits(name) & MAJOR_BY_NAME) !== 0,
    isFirstLevelRegion: (name) => (bits(name) & FIRST_LEVEL_REGION) !== 0,
    isCountryOrArea: (name) => (bits(name) & COUNTRY_OR_AREA) !== 0,
    strength: (name) => STRENGTHS[bits(name) >> STRENGTH_SHIFT],
  };
}

function factsOf(gaz: Gazetteer, name: string): number {
  let b = 0;
  let rank = 0;
  // lower-case words are not names; a single letter or number is not a place
  const nameLike = /^[A-Z]/.test(name) && /[a-z]{2}|[A-Z]{2}/.test(name.replace(/\./g, ''));
  for (const m of gaz.lookup(name)) {
    const e = m.entry;
    if (m.via === 'name') {
      if (e.kind === 'country' || e.featureCode === 'ADM1') b |= REGION_OR_COUNTRY_BY_NAME;
      if (e.kind !== 'city' || e.population >= MAJOR_CITY_POPULATION) b |= MAJOR_BY_NAME;
      if (e.featureCode === 'ADM1') b |= FIRST_LEVEL_REGION;
    }
    if (m.via === 'demonym') continue;
    if (e.kind === 'region' || e.kind === 'country') b |= ADMINISTRATIVE;
    if (e.kind === 'country' || (e.kind === 'other' && e.country === null)) b |= COUNTRY_OR_AREA;
    if (nameLike) {
      const here = e.kind !== 'city' || e.population >= MAJOR_CITY_POPULATION ? 3 : (e.population >= TYPED_TOWN_MIN_POPULATION && !DIVISION_FIGURES.has(e.featureCode)) || e.featureCode === 'PPLC' || e.featureCode === 'PPLA' ? 2 : 1;
      if (here > rank) rank = here;
    }
  }
  return b | (rank << STRENGTH_SHIFT);
}
