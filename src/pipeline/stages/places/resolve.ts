import type { PlaceKind } from '../../../model/layers/entities.js';
import type { PlacesLanguage } from '../../../lang/types.js';
import { DEFAULT_PACK } from '../../../lang/index.js';
import { adjectivalPlace } from './adjectival.js';
import { countryByCode, standInFor } from '../../../knowledge/countries.js';
import { distanceKm, normalizePlaceName, type Gazetteer, type GazetteerEntry, type MatchVia, type NameMatch } from '../../../knowledge/gazetteer/index.js';

/** A place mention to resolve: a span of the text, with what earlier stages know about it. */
export interface PlaceQuery {
  start: number;
  end: number;
  text: string;
  /** kind the entity stage gave it, if any */
  kindHint?: PlaceKind | null;
  /** ISO alpha-2 country the entity stage gave it, if any */
  countryHint?: string | null;
  /** the country whose government the mention stands for ("Washington warned"), if the entity stage saw it */
  standsFor?: string | null;
  entity?: string | null;
  /** a demonym or adjective naming the place ("Russian troops", "a Texan"), not its name */
  adjectival?: boolean;
  /** the name to look up when the text is not the place's name ("Ohio" for "Ohioan") */
  lookup?: string;
  /** named inside an organisation's name ("Dublin City Council") */
  inOrganisation?: boolean;
  /** when the gazetteer lacks the name, place it at the places named around it (default true) */
  fallback?: boolean;
}

export interface PlaceResolution {
  query: PlaceQuery;
  entry: GazetteerEntry | null;
  via: MatchVia | 'context' | null;
  confidence: number;
  /** ISO alpha-2 of the government a capital stands for when used as an actor, else null */
  standsFor: string | null;
}

/** Where a news source is based: local papers name local places without saying where they are. */
export interface SourceHome {
  country: string;
  /** GeoNames admin1 code of the home region, '' when the source is national */
  admin1: string;
  lat: number;
  lon: number;
}

export interface ResolveOptions {
  weights?: RankWeights;
  /** the publishing source's home (see SourceHomeLearner), when known */
  home?: SourceHome | null;
  /** place names the gazetteer lacks at the nearest local place named around them (default true) */
  contextFallback?: boolean;
  /** the article's language section for places (default English) */
  language?: PlacesLanguage;
}

function homeBonus(e: GazetteerEntry, home: SourceHome, w: RankWeights): number {
  if (e.country !== home.country || e.kind === 'country') return 0;
  let b = w.homeCountry;
  if (home.admin1 && e.admin1 === home.admin1) b += w.homeRegion;
  // places within ~100 km of the source's home are its beat
  if (e.kind === 'city' || e.featureCode === 'ADM2') b += w.homeNear * Math.exp(-distanceKm(e.lat, e.lon, home.lat, home.lon) / 100);
  return b;
}

/** Weights of the ranking features (hand-tuned on error dumps; see the commit messages for the figures). */
export interface RankWeights {
  countryPrior: number;
  regionPrior: number;
  countyPrior: number;
  areaPrior: number;
  capitalBonus: number;
  adminSeatBonus: number;
  county: number;
  aliasPenalty: number;
  countryEvidence: number;
  adminEvidence: number;
  qualifier: number;
  nearby: number;
  hint: number;
  government: number;
  sibling: number;
  homeCountry: number;
  homeRegion: number;
  homeNear: number;
  sentenceCountry: number;
  smallTownPenalty: number;
  bareCountyPrior: number;
}

export const DEFAULT_WEIGHTS: RankWeights = {
  // a country name is nearly always the country ("Georgia" needs US context to be the state)
  countryPrior: 9,
  // a US state or province outranks towns of up to ~10^7 people when nothing else speaks
  regionPrior: 7,
  // "X County" only ever matches counties; their prior matters against each other's evidence alone
  countyPrior: 5,
  areaPrior: 8,
  capitalBonus: 1.5,
  adminSeatBonus: 0.7,
  county: 0.3,
  aliasPenalty: 0.3,
  countryEvidence: 3,
  adminEvidence: 2.5,
  // "Paris, Texas": an explicit qualifier settles the matter
  qualifier: 6,
  nearby: 3,
  hint: 2,
  government: 2.5,
  // a list of US states makes its "Georgia" a state too
  sibling: 2.5,
  homeCountry: 1.5,
  homeRegion: 2,
  homeNear: 2,
  // a country named in the same sentence ("near Karak, in southern Jordan")
  sentenceCountry: 2,
  // a village or city section from the smaller table wins against other readings only with the story's evidence
  smallTownPenalty: 1,
  // a county by its bare name ("Cabell") is below any town of the name until the story's state speaks for it
  bareCountyPrior: 1.5,
};

/** A place a mention is said to lie in: a region or country by code, or a town by its point. */
interface Qualifier {
  country: string | null;
  /** admin1 code of a region, '' for a country or town */
  admin1: string;
  point: { lat: number; lon: number } | null;
  /** said in words ("in", "a town in"), not by a bare comma */
  explicit: boolean;
  /** a link that may be a figure of speech ("the Nice of Russia"): a reading inside gains, none is ruled out */
  loose: boolean;
  /** where the text names the containing place */
  at: number;
}

/** "Russia, U.S. officials said": a country's name is never qualified by another country. */
function appliesTo(q: Qualifier, g: Group): boolean {
  return !(q.point === null && q.admin1 === '' && g.hasCountry);
}

/** True when the entry lies in the place the qualifier names. */
function isInside(e: GazetteerEntry, q: Qualifier): boolean {
  if (q.point) return e.kind !== 'country' && fastDistanceKm(e.lat, e.lon, q.point.lat, q.point.lon) <= CONTAINER_TOWN_KM;
  return q.country === e.country && (q.admin1 === '' || q.admin1 === e.admin1);
}

/**
 * True when the text says where the name lies and no reading of it lies there ("Rockingham, Northamptonshire" when
 * the gazetteer knows only the Rockinghams of Australia and the US): the name is then placed by the places around it.
 * Only for town names: a region or area named before another is as often a list ("Ohio, Texas") or a loose "in".
 */
function containerRulesOut(g: Group): boolean {
  // only a town's name: "the Americas in Alaska" does not put the Americas inside Alaska
  if (!g.candidates.length || !g.candidates.every((c) => c.entry.kind === 'city')) return false;
  const said = g.qualifiers.filter((q) => !q.loose && appliesTo(q, g));
  return said.length > 0 && !g.candidates.some((c) => said.some((q) => isInside(c.entry, q)));
}

/** A town said to contain another is a city with suburbs and townships ("in Cyclone Larry's path" is no container). */
const CONTAINER_TOWN_MIN_POPULATION = 10_000;
/** A town said to contain a mention holds it within this distance (a city and its suburbs). */
const CONTAINER_TOWN_KM = 50;

interface Candidate {
  entry: GazetteerEntry;
  via: MatchVia;
  prior: number;
  /** a county read from the bare name ("Cabell" for Cabell County) */
  bareCounty?: boolean;
}

interface Group {
  key: string;
  queries: number[];
  candidates: Candidate[];
  /** the places a mention is said to lie in: "Paris, Texas", "Athens, Ga.", "Delft in Cape Town" */
  qualifiers: Qualifier[];
  /** countries named in the mentions' own sentences ("Karak ... in Jordan") */
  sentenceCountries: Set<string>;
  /** the name is a country's (as well as, perhaps, some towns') */
  hasCountry: boolean;
  hintCountries: Set<string>;
  government: string | null;
  best: number;
  confidence: number;
  /** softmax of the last round's scores, for evidence that weighs every reading of a name (nearby places) */
  probs: number[];
  approximate: boolean;
  /** the candidates are another spelling of the name ("Al-Fashir" for El Fasher): kept only in a country the story names */
  bySpelling: boolean;
  /** the country whose seat of government this name is ("the Kremlin", "the White House"), else null */
  seatOf: string | null;
  /** the text calls it a state or province ("Washington state", "the state of Washington") */
  regionCue: boolean;
  /** groups of the names listed right beside this one ("Arizona, California and Georgia") */
  siblings: Set<Group>;
  /** groups of the towns named right before this one and a comma ("Atlanta, Georgia"): this may be where they lie */
  containees: Set<Group>;
}

/**
 * Resolves place mentions against the gazetteer, one decision per distinct name in the article (a name keeps its
 * sense within one article), ranking candidates by a population / feature prior plus evidence from the article:
 * countries and regions the other mentions resolve to, "City, State" qualifiers, nearby places, and hints from the
 * entity stage. Pure: no I/O.
 */
export function resolvePlaces(gaz: Gazetteer, text: string, queries: PlaceQuery[], options: ResolveOptions = {}): PlaceResolution[] {
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const home = options.home ?? null;
  const language = options.language ?? DEFAULT_PACK.places;
  const groups = groupQueries(gaz, text, queries, weights, language);
  if (home) for (const g of groups) for (const c of g.candidates) c.prior += homeBonus(c.entry, home, weights);
  // round 0: priors only; rounds 1-2: evidence from the other groups' current choices
  for (const g of groups) pickBest(g, g.candidates.map((c) => c.prior));
  for (let round = 0; round < 2; round++) {
    const evidence = collectEvidence(groups);
    for (const g of groups) {
      if (g.candidates.length <= 1) continue;
      pickBest(g, g.candidates.map((c) => scoreCandidate(g, c, evidence, weights)));
    }
  }
  const out: PlaceResolution[] = queries.map((q) => ({ query: q, entry: null, via: null, confidence: 0, standsFor: null }));
  // the other names' readings, asked for only where a name is known only as villages (rare)
  let finalEvidence: Evidence | null = null;
  const nearbyPlace = (g: Group, e: GazetteerEntry): boolean => hasNearbyPlace(g, e, (finalEvidence ??= collectEvidence(groups)));
  // queries placed by the places around them even though the text does not read them as places (see fillFromContext)
  const placeByContext = new Set<number>();
  for (const g of groups) {
    let pick = containerRulesOut(g) ? undefined : g.candidates[g.best];
    if (pick?.bareCounty && !keepsBareCounty(g, pick.entry, groups, home, () => nearbyPlace(g, pick!.entry))) pick = bestOtherThanBareCounty(g);
    // a name known only as villages or small city sections, none near the story's other places, is left to the places
    // around it
    let chosen = pick && g.candidates.every((c) => gaz.isSmallTown(c.entry) || isLocalSection(c.entry)) && !nearbyPlace(g, pick.entry) ? undefined : pick;
    // the countries the story's other names are read in (storyCountries), asked for by the two rules below at most once
    let story: Set<string> | undefined;
    const storyOfGroup = (): Set<string> => (story ??= storyCountries(groups, g));
    // a small town abroad that nothing else in the story points to ("Heathrow" in a London story is no Florida town):
    // more likely a place the gazetteer lacks, near the places the story names
    if (chosen && isSmallTownAbroad(g, chosen.entry, groups, home, storyOfGroup) && !nearbyPlace(g, chosen.entry)) {
      chosen = undefined;
      // a name the gazetteer holds as a town is a place wherever it lies: placed by the places around it
      for (const qi of g.queries) placeByContext.add(qi);
    }
    // another spelling of the name is the place only in a country the story's other places lie in ("Hulu" is not
    // Hull), and only a seat or a big city, or a town near the story's other places
    if (chosen && g.bySpelling && !(storyOfGroup().has(chosen.entry.country ?? '') && (isNotable(chosen.entry) || nearbyPlace(g, chosen.entry)))) chosen = undefined;
    for (const qi of g.queries) {
      const q = queries[qi];
      const standsFor = q.standsFor ?? g.seatOf ?? (chosen && isCapital(chosen.entry) && language.governmentVerbsAfter.test(text.slice(q.end, q.end + 40)) ? chosen.entry.country : null);
      out[qi] = { query: q, entry: chosen?.entry ?? null, via: chosen ? chosen.via : null, confidence: chosen ? g.confidence : 0, standsFor };
    }
  }
  if (options.contextFallback ?? true) {
    fillFromContainer(out, groups);
    fillFromContext(text, out, groups, placeByContext, home);
  }
  return out;
}

function groupQueries(gaz: Gazetteer, text: string, queries: PlaceQuery[], w: RankWeights, language: PlacesLanguage): Group[] {
  const adjectiveOf = adjectivalPlace(gaz, language);
  const byKey = new Map<string, Group>();
  // where the place mentions end: a possessive qualifies a name only when it is itself read as a place
  const placeEnds = new Set(queries.map((q) => q.start + q.text.replace(/['’]s?$/, '').length));
  const listAreas = areasOfLists(gaz, text, queries, language);
  queries.forEach((q, i) => {
    const surface = listAreas.get(i) ?? q.lookup ?? cleanSurface(q.text, language.leadingArticle);
    const key = normalizePlaceName(surface);
    let g = byKey.get(key);
    if (!g) {
      const seat = standInFor(surface);
      const seatOf = seat && seat.kind === 'seat' ? seat.country : null;
      const capital = seatOf ? capitalEntry(gaz, seatOf) : null;
      // a seat of government is a building in the capital: as a place it is the capital, and it always stands in
      const { matches, approximate } = capital
        ? { matches: [{ entry: capital, via: 'alias' as MatchVia }], approximate: false }
        : candidatesFor(gaz, surface, language, adjectiveOf);
      g = {
        key,
        queries: [],
        candidates: matches.map((m) => ({ entry: m.entry, via: m.via, prior: prior(m.entry, m.via, w) - (gaz.isSmallTown(m.entry) ? w.smallTownPenalty : 0) })),
        qualifiers: [],
        sentenceCountries: new Set(),
        // by its own name: a former name ("Gold Coast") said to lie in another country is the town there
        hasCountry: matches.some((m) => m.entry.kind === 'country' && m.via === 'name'),
        hintCountries: new Set(),
        government: null,
        best: -1,
        confidence: 0,
        probs: [],
        approximate,
        bySpelling: false,
        seatOf: capital ? seatOf : null,
        regionCue: false,
        siblings: new Set(),
        containees: new Set(),
      };
      byKey.set(key, g);
    }
    g.queries.push(i);
    if (language.regionAfter.test(text.slice(q.end, q.end + 12)) || language.regionBefore.test(text.slice(Math.max(0, q.start - 16), q.start))) g.regionCue = true;
    const qual = qualifierAfter(gaz, text, q.end, language);
    if (qual) g.qualifiers.push(...qual);
    const before = qualifierBefore(gaz, text, q.start, language, placeEnds);
    if (before) g.qualifiers.push(...before);
    if (q.countryHint) g.hintCountries.add(q.countryHint);
    if (q.standsFor) g.government = q.standsFor;
    else if (language.governmentVerbsAfter.test(text.slice(q.end, q.end + 40))) g.government ??= '*';
  });
  // "Al-Fashir", "El Geneina": a name no spelling of ours knows, which the text reads as a place, may be a
  // transliteration the gazetteer spells otherwise
  for (const g of byKey.values()) {
    if (g.candidates.length || g.seatOf || !g.queries.some((qi) => queries[qi].fallback !== false)) continue;
    const q = queries[g.queries[0]];
    const surface = q.lookup ?? cleanSurface(q.text, language.leadingArticle);
    if (!/^\p{Lu}/u.test(surface) || language.isCommonWord(surface.toLowerCase())) continue;
    const matches = gaz.bySpelling(surface);
    g.candidates = matches.map((m) => ({ entry: m.entry, via: m.via, prior: prior(m.entry, m.via, w) - (gaz.isSmallTown(m.entry) ? w.smallTownPenalty : 0) }));
    g.approximate = g.bySpelling = matches.length > 0;
  }
  for (const g of byKey.values()) {
    // a name the gazetteer lacks becomes a county only where the text reads it as a place
    if (g.candidates.length || g.queries.some((qi) => queries[qi].fallback !== false)) addBareCounties(gaz, g, queries[g.queries[0]], w, language);
  }
  // names in one list ("Ohio, Texas and Georgia") are read as the same kind of place in the same country
  const order = queries.map((_q, i) => i).sort((a, b) => queries[a].start - queries[b].start);
  const groupOf = new Map<number, Group>();
  for (const g of byKey.values()) for (const qi of g.queries) groupOf.set(qi, g);
  for (let k = 1; k < order.length; k++) {
    const a = queries[order[k - 1]];
    const b = queries[order[k]];
    if (b.start < a.end || !language.listGap.test(text.slice(a.end, b.start))) continue;
    const ga = groupOf.get(order[k - 1])!;
    const gb = groupOf.get(order[k])!;
    if (ga === gb) continue;
    ga.siblings.add(gb);
    gb.siblings.add(ga);
    if (/^,\s*$/.test(text.slice(a.end, b.start)) && !listGoesOn(gaz, text, b.end, language.listGap)) gb.containees.add(ga);
  }
  // countries named in each sentence, for the other mentions of that sentence (queries in text order)
  let k = 0;
  while (k < order.length) {
    const sentenceEnd = nextSentenceEnd(text, queries[order[k]].start);
    const members: number[] = [];
    while (k < order.length && queries[order[k]].start < sentenceEnd) members.push(order[k++]);
    if (members.length < 2) continue;
    const countries = new Map<number, string>();
    for (const qi of members) {
      const g = groupOf.get(qi)!;
      // a country's name or demonym ("Jordan", "Jordanian"): the country outranks any town of the name
      const country = g.candidates.find((c) => c.entry.kind === 'country')?.entry.country;
      if (country) countries.set(qi, country);
    }
    if (!countries.size) continue;
    for (const qi of members) for (const [other, code] of countries) if (other !== qi) groupOf.get(qi)!.sentenceCountries.add(code);
  }
  return [...byKey.values()];
}

/**
 * "Cabell", "Cobb and Gwinnett": US local news names a county by its bare name. A name whose readings are only towns
 * short of a big city (or none) may be such a county: its counties join the readings with a low prior, and one is
 * kept only where the story's other places lie in its state (see keepsBareCounty).
 */
function addBareCounties(gaz: Gazetteer, g: Group, q: PlaceQuery, w: RankWeights, language: PlacesLanguage): void {
  if (g.seatOf || g.approximate || g.bySpelling) return;
  if (!g.candidates.every((c) => c.via !== 'demonym' && c.entry.kind === 'city' && c.entry.featureCode !== 'PPLC' && c.entry.population < BARE_COUNTY_MAX_TOWN)) return;
  const surface = q.lookup ?? cleanSurface(q.text, language.leadingArticle);
  if (language.adminSuffix.test(surface) || !/^\p{Lu}/u.test(surface)) return;
  for (const e of gaz.countiesNamed(surface)) g.candidates.push({ entry: e, via: 'alias', prior: w.bareCountyPrior, bareCounty: true });
}

/** A name that is also a town of this many people is that town, not a county of the name ("Jackson", "Berkeley"). */
const BARE_COUNTY_MAX_TOWN = 100_000;

/**
 * A county read from a bare name stands only where the story's other places (or the source's home) lie in its state
 * or near it, or where it is the name's one reading: elsewhere "Hall" is no county of Georgia.
 */
function keepsBareCounty(g: Group, e: GazetteerEntry, groups: Group[], home: SourceHome | null, nearby: () => boolean): boolean {
  // the one reading of its name ("Pointe Coupee"): as sure as a town of a name no other place has
  if (g.candidates.length === 1) return true;
  if (home && home.country === e.country && home.admin1 === e.admin1) return true;
  for (const o of groups) {
    if (o === g || o.best < 0) continue;
    const x = o.candidates[o.best].entry;
    if (x.country === e.country && x.admin1 === e.admin1 && x.kind !== 'country') return true;
  }
  return nearby();
}

/**
 * "Camden and Charlton counties in Georgia": every name of a list that ends before the plural of a kind of area is
 * that area ("Camden County", "Charlton County") where the gazetteer holds one of the name. Query index → name.
 */
function areasOfLists(gaz: Gazetteer, text: string, queries: PlaceQuery[], language: PlacesLanguage): Map<number, string> {
  const out = new Map<number, string>();
  let order: number[] | null = null;
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i];
    const after = text.slice(q.end, q.end + 12);
    if (!language.areaOfListAfter(after, '')) continue;
    // the list's members, last first: names joined by commas and "and"
    order ??= queries.map((_q, k) => k).sort((a, b) => queries[a].start - queries[b].start);
    let k = order.indexOf(i);
    for (let member = i; ; ) {
      const m = queries[member];
      const name = language.areaOfListAfter(after, cleanSurface(m.text, language.leadingArticle));
      if (name && gaz.lookup(name).some((x) => x.entry.kind === 'region')) out.set(member, name);
      if (k === 0) break;
      const prev = order[--k];
      if (queries[prev].end > m.start || !language.listGap.test(text.slice(queries[prev].end, m.start))) break;
      member = prev;
    }
  }
  return out;
}

/** Below this many people a town is known only in its own country (Heathrow, Florida has 6,000). */
const HOME_KNOWN_TOWN_POPULATION = 10_000;

/**
 * True when the entry is a small town (not a seat) in a country that nothing else in the story lies in, while the
 * story names towns or regions elsewhere: the name's readings are all towns, and no other place, country named in the
 * sentence, hint or the source's home is in the town's country.
 */
function isSmallTownAbroad(g: Group, e: GazetteerEntry, groups: Group[], home: SourceHome | null, story: () => Set<string>): boolean {
  if (e.kind !== 'city' || e.population >= HOME_KNOWN_TOWN_POPULATION || isSeat(e)) return false;
  if (!g.candidates.every((c) => c.entry.kind === 'city') || (home && home.country === e.country)) return false;
  if (story().has(e.country ?? '')) return false;
  // the story names towns or regions elsewhere: a story that names only a country ("Rwanda") may well be told from
  // the town's own country
  return groups.some((o) => o !== g && o.best >= 0 && !o.bySpelling && isTownOrRegion(o.candidates[o.best].entry));
}

function isTownOrRegion(e: GazetteerEntry): boolean {
  return e.kind === 'city' || e.kind === 'region';
}

/** Countries the article's other names are read in (their chosen readings, hints and sentence countries). */
function storyCountries(groups: Group[], self: Group): Set<string> {
  const out = new Set<string>([...self.sentenceCountries, ...self.hintCountries]);
  for (const g of groups) {
    if (g === self || g.best < 0 || g.bySpelling) continue;
    const c = g.candidates[g.best].entry.country;
    if (c) out.add(c);
  }
  return out;
}

/** Where the sentence holding `at` ends: after the next full stop, question or exclamation mark and a space. */
function nextSentenceEnd(text: string, at: number): number {
  const hit = sentenceEndFrom(text, at);
  return hit ? hit.index + 1 : text.length;
}

/** The first sentence end (a stop, closing marks, a space) at or after `at`. */
function sentenceEndFrom(text: string, at: number): RegExpExecArray | null {
  SENTENCE_END.lastIndex = at;
  return SENTENCE_END.exec(text);
}

const SENTENCE_END = /[.!?]["'”’)]*\s/g;

/** The name as the gazetteer may know it: no leading article, no possessive. */
function cleanSurface(s: string, leadingArticle: RegExp): string {
  return s
    .replace(leadingArticle, '')
    .replace(/['’]s?$/, '')
    .trim();
}

interface Candidates {
  matches: { entry: GazetteerEntry; via: MatchVia }[];
  approximate: boolean;
}

function candidatesFor(gaz: Gazetteer, surface: string, language: PlacesLanguage, adjectiveOf: (word: string) => string | null): Candidates {
  const { adminSuffix, directionPrefix } = language;
  let matches = gaz.lookup(surface);
  if (matches.length) return { matches, approximate: false };
  // plural demonyms ("Americans", "Palestinians")
  if (/s$/i.test(surface)) {
    matches = gaz.lookup(surface.slice(0, -1)).filter((m) => m.via === 'demonym');
    if (matches.length) return { matches, approximate: false };
  }
  const base = surface.replace(adminSuffix, '');
  if (base !== surface) {
    matches = gaz.lookup(base);
    if (matches.length) return { matches, approximate: true };
  }
  // "Da Nang International Airport", "Dugway Proving Ground": a site named for the town it serves lies at the town
  const site = surface.replace(language.siteSuffix, '');
  if (site !== surface && site) {
    matches = gaz.lookup(site).filter((m) => m.via !== 'demonym' && m.entry.kind === 'city');
    if (matches.length) return { matches, approximate: true };
  }
  // "north DeKalb", "East Texas", "the Greater Toronto Area": the place without the direction before it; a common word
  // left alone is only a region or a notable town of the name ("East Oxford", "Western Mass."), not a village ("North
  // Island", "West Side" name no village called Island or Side)
  const rest = surface.replace(directionPrefix, '');
  if (rest !== surface && rest) {
    const restBase = rest.replace(adminSuffix, '');
    const common = !/\s/.test(rest) && language.isCommonWord(rest.replace(/\.$/, '').toLowerCase());
    const usable = (m: NameMatch): boolean => m.via !== 'demonym' && (!common || m.entry.kind !== 'city' || isNotable(m.entry));
    matches = gaz.lookup(rest).filter(usable);
    if (!matches.length && restBase !== rest) matches = gaz.lookup(restBase).filter(usable);
    if (matches.length) return { matches, approximate: false };
  }
  // "European", "Ohioans": the place an adjective or nationals noun is made from
  const made = adjectiveOf(surface);
  if (made) {
    matches = gaz.lookup(made).filter((m) => m.via !== 'demonym' && m.entry.kind !== 'city');
    if (matches.length) return { matches: matches.map((m) => ({ entry: m.entry, via: 'demonym' as MatchVia })), approximate: false };
  }
  return { matches: [], approximate: false };
}

function prior(e: GazetteerEntry, via: MatchVia, w: RankWeights): number {
  let p: number;
  if (e.kind === 'country') p = w.countryPrior;
  else if (e.featureCode === 'ADM2') p = w.countyPrior;
  else if (e.kind === 'region') p = w.regionPrior;
  else if (e.kind === 'other') p = w.areaPrior;
  else {
    p = Math.log10(e.population + 10);
    if (e.featureCode === 'PPLC') p += w.capitalBonus;
    else if (e.featureCode === 'PPLA') p += w.adminSeatBonus;
    else if (e.featureCode === 'PPLA2') p += w.county;
    // historical or abandoned places rarely make the news
    else if (e.featureCode === 'PPLX' || e.featureCode === 'PPLH' || e.featureCode === 'PPLQ') p -= 0.5;
  }
  // a variant spelling is a little less sure than the name, except the short name of a capital ("Washington")
  if (via === 'alias' && e.featureCode !== 'PPLC') p -= w.aliasPenalty;
  return p;
}

/**
 * The place a mention is said to lie in, named right after it: "Paris, Texas", "Athens, Ga.", "Karak in Jordan",
 * "Delft, a township in Cape Town". A region or country qualifies by its code; a city by its point.
 */
function qualifierAfter(gaz: Gazetteer, text: string, end: number, language: PlacesLanguage): Qualifier[] | null {
  const after = text.slice(end, end + 80);
  const lead = language.containerAfter.exec(after);
  if (!lead) return null;
  const m = /^((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3})/.exec(after.slice(lead[0].length));
  if (!m) return null;
  const comma = lead[0].trim() === ',';
  const loose = lead.groups?.loose !== undefined;
  const words = m[1].split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ').replace(/,$/, '');
    // a town as the container only when the text says so ("in Cape Town"); "Paris, Lyon" is a list
    const found = containersNamed(gaz, phrase, end + lead[0].length, !comma && !loose, !comma, false);
    if (!found) continue;
    if (loose) for (const q of found) q.loose = true;
    // "cases in Washington, Pennsylvania and California": a list of states, not a town in the second
    if (comma && listGoesOn(gaz, text, end + lead[0].length + phrase.length, language.listGap)) return null;
    return found;
  }
  return null;
}

/**
 * True when a list goes on after `at` with another region or country ("..., Pennsylvania and California"): the
 * names before it are members of the list, not places inside one another.
 */
function listGoesOn(gaz: Gazetteer, text: string, at: number, listGap: RegExp): boolean {
  const m = /^(\W{0,3}(?:[a-z]+\s+)?)([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?)/.exec(text.slice(at, at + 48));
  if (!m || !listGap.test(m[1])) return false;
  const words = m[2].split(' ');
  for (let n = words.length; n >= 1; n--) {
    if (gaz.lookup(words.slice(0, n).join(' ')).some((x) => x.via === 'name' && (x.entry.kind === 'region' || x.entry.kind === 'country'))) return true;
  }
  return false;
}

/**
 * The regions or countries a phrase names, as qualifiers; failing those its biggest town when `townToo` (a town
 * holds its suburbs only when it is a city); demonyms name their country when `demonymToo` ("the Dutch province of").
 */
function containersNamed(gaz: Gazetteer, phrase: string, at: number, explicit: boolean, townToo: boolean, demonymToo: boolean): Qualifier[] | null {
  const matches = gaz.lookup(phrase).filter((x) => x.via !== 'demonym' || (demonymToo && x.entry.kind === 'country'));
  const areas = matches.filter((x) => x.entry.kind === 'region' || x.entry.kind === 'country');
  if (areas.length) return areas.map((x) => ({ country: x.entry.country, admin1: x.entry.kind === 'region' ? x.entry.admin1 : '', point: null, explicit, loose: false, at }));
  if (!townToo) return null;
  let big: GazetteerEntry | null = null;
  for (const x of matches) if (x.entry.kind === 'city' && (!big || x.entry.population > big.population)) big = x.entry;
  if (big && big.population >= CONTAINER_TOWN_MIN_POPULATION) return [{ country: big.country, admin1: '', point: { lat: big.lat, lon: big.lon }, explicit: true, loose: false, at }];
  return null;
}

/**
 * The place a mention is said to lie in, named right before it: "the Dutch province of Limburg" (a country or its
 * people), "London's Heathrow", "Kazakhstan's capital, Astana" (a possessive that is itself a place mention).
 */
function qualifierBefore(gaz: Gazetteer, text: string, start: number, language: PlacesLanguage, placeEnds: Set<number>): Qualifier[] | null {
  const from = Math.max(0, start - QUALIFIER_BEFORE_CHARS);
  const before = text.slice(from, start);
  const described = language.containerBefore(before);
  if (described) {
    const found = containersNamed(gaz, described[1], from + described.index, true, false, true);
    if (found) return found;
  }
  const owner = language.possessiveBefore(before);
  if (!owner || !placeEnds.has(from + owner.index + owner[1].length)) return null;
  return containersNamed(gaz, owner[1], from + owner.index, true, true, false);
}

/** How far before a name (characters) to look for what it lies in ("the Dutch province of", "Kazakhstan's capital,"). */
const QUALIFIER_BEFORE_CHARS = 48;

interface Evidence {
  country: Map<string, number>;
  /** country → admin1 code → weight (two keys, no string built for each candidate) */
  admin: Map<string, Map<string, number>>;
  total: number;
  points: { lat: number; lon: number; weight: number; group: Group }[];
}

function collectEvidence(groups: Group[]): Evidence {
  const ev: Evidence = { country: new Map(), admin: new Map(), total: 0, points: [] };
  for (const g of groups) {
    if (g.best < 0) continue;
    const e = g.candidates[g.best].entry;
    // every mention counts: a place named five times weighs more than one named once
    const weight = g.confidence * Math.min(g.queries.length, 3);
    if (e.country) {
      ev.country.set(e.country, (ev.country.get(e.country) ?? 0) + weight);
      if (e.admin1 && e.kind !== 'country') {
        let regions = ev.admin.get(e.country);
        if (!regions) ev.admin.set(e.country, (regions = new Map()));
        regions.set(e.admin1, (regions.get(e.admin1) ?? 0) + weight);
      }
    }
    ev.total += weight;
    // every plausible reading of the other names, whichever is chosen now: the reading of this name that keeps the
    // article's places together wins (Paris TN next to Henry County, whose ten readings are each unlikely alone)
    for (let i = 0; i < g.candidates.length; i++) {
      const c = g.candidates[i].entry;
      const p = g.probs[i];
      if (p >= MIN_NEARBY_PROB && (c.kind === 'city' || c.featureCode === 'ADM2')) ev.points.push({ lat: c.lat, lon: c.lon, weight: 1, group: g });
    }
  }
  return ev;
}

function scoreCandidate(g: Group, c: Candidate, ev: Evidence, w: RankWeights): number {
  const e = c.entry;
  let s = c.prior;
  const self = g.best >= 0 ? g.candidates[g.best].entry : null;
  const selfWeight = g.best >= 0 ? g.confidence * Math.min(g.queries.length, 3) : 0;
  if (e.country) {
    // share of the other mentions' weight that lies in this candidate's country (own current choice taken out)
    let mass = ev.country.get(e.country) ?? 0;
    let total = ev.total - selfWeight;
    if (self && self.country === e.country) mass -= selfWeight;
    if (total > 0) s += w.countryEvidence * (Math.max(0, mass) / total);
    if (e.admin1 && e.kind !== 'country') {
      let amass = ev.admin.get(e.country)?.get(e.admin1) ?? 0;
      if (self && self.country === e.country && self.admin1 === e.admin1 && self.kind !== 'country') amass -= selfWeight;
      if (total > 0 && amass > 0) s += w.adminEvidence * Math.min(1, amass / Math.max(1, total * 0.5));
    }
    if (g.hintCountries.has(e.country)) s += w.hint;
  }
  for (const q of g.qualifiers) {
    if (appliesTo(q, g) && isInside(e, q)) {
      s += w.qualifier;
      break;
    }
  }
  if (e.kind !== 'country' && e.country && g.sentenceCountries.has(e.country)) s += w.sentenceCountry;
  if (g.regionCue && e.kind === 'region') s += w.qualifier;
  for (const sib of g.siblings) {
    if (sib.best < 0) continue;
    const o = sib.candidates[sib.best].entry;
    // lists of states or provinces; a list of cities may span countries ("Paris, London and Berlin")
    if (o.kind === e.kind && o.country === e.country && e.kind === 'region') {
      s += w.sibling;
      break;
    }
  }
  // "Atlanta, Georgia": the reading of this name that holds the town named right before it (the state, not the country)
  if (e.kind === 'region' || e.kind === 'country') {
    for (const town of g.containees) {
      if (town.best < 0) continue;
      const t = town.candidates[town.best].entry;
      if (t.kind === 'city' && t.country === e.country && (e.kind === 'country' || t.admin1 === e.admin1)) {
        s += w.qualifier;
        break;
      }
    }
  }
  if (g.government && isCapital(e) && (g.government === '*' || g.government === e.country)) s += w.government;
  if ((e.kind === 'city' || e.featureCode === 'ADM2') && ev.points.length) {
    // per other name, its closest likely reading; a place within ~100 km of other places in the story is the local one
    let near = 0;
    let group: Group | null = null;
    let bestOfGroup = 0;
    for (const p of ev.points) {
      if (p.group === g) continue;
      if (p.group !== group) {
        near += bestOfGroup;
        group = p.group;
        bestOfGroup = 0;
      }
      if (!withinNearbyLatitude(e.lat, p.lat)) continue;
      const d = fastDistanceKm(e.lat, e.lon, p.lat, p.lon);
      if (d < NEARBY_CUTOFF_KM) bestOfGroup = Math.max(bestOfGroup, p.weight * Math.exp(-d / 100));
    }
    near += bestOfGroup;
    s += w.nearby * Math.min(1, near);
  }
  return s;
}

/**
 * True when another name of the article has a likely reading within reach of the entry. A small town with none is
 * more likely a place the gazetteer lacks than a village of the same name far from the story.
 */
function hasNearbyPlace(g: Group, e: GazetteerEntry, ev: Evidence): boolean {
  return ev.points.some((p) => p.group !== g && withinNearbyLatitude(e.lat, p.lat) && fastDistanceKm(e.lat, e.lon, p.lat, p.lon) < NEARBY_CUTOFF_KM);
}

function pickBest(g: Group, scores: number[]): void {
  if (!scores.length) return;
  let best = 0;
  let second = -Infinity;
  for (let i = 1; i < scores.length; i++) {
    if (scores[i] > scores[best]) {
      second = scores[best];
      best = i;
    } else if (scores[i] > second) second = scores[i];
  }
  g.best = best;
  let z = 0;
  g.probs = scores.map((x) => {
    const v = Math.exp(x - scores[best]);
    z += v;
    return v;
  });
  for (let i = 0; i < g.probs.length; i++) g.probs[i] /= z;
  // logistic of the margin over the runner-up; a lone candidate is as sure as its match kind
  const margin = second === -Infinity ? 3 : scores[best] - second;
  g.confidence = (1 / (1 + Math.exp(-margin))) * (g.approximate ? 0.6 : 1);
}

/** The gazetteer entry of a country's capital (its PPLC city, else the most populous city of the capital's name). */
export function capitalEntry(gaz: Gazetteer, code: string): GazetteerEntry | null {
  const name = countryByCode(code)?.capital;
  if (!name) return null;
  let best: GazetteerEntry | null = null;
  for (const m of gaz.lookup(name)) {
    const e = m.entry;
    if (e.country !== code || e.kind !== 'city') continue;
    const rank = (x: GazetteerEntry): number => (x.featureCode === 'PPLC' ? 1e12 : 0) + x.population;
    if (!best || rank(e) > rank(best)) best = e;
  }
  return best;
}

/** The most likely reading of the group (by the last round's probabilities) that is not a county read from the bare name, if any. */
function bestOtherThanBareCounty(g: Group): Candidate | undefined {
  let best: Candidate | undefined;
  let bestProb = -Infinity;
  g.candidates.forEach((c, i) => {
    if (!c.bareCounty && g.probs[i] > bestProb) {
      bestProb = g.probs[i];
      best = c;
    }
  });
  return best;
}

/** Readings less likely than this do not count as nearby evidence (keeps the pairwise work small). */
const MIN_NEARBY_PROB = 0.05;
/** Beyond this distance a place lends no nearby evidence (exp(-4) of the weight at 0 km). */
const NEARBY_CUTOFF_KM = 400;

/**
 * Degrees of latitude a little over NEARBY_CUTOFF_KM (400 km is 3.597°): points further apart north-south are beyond
 * the cutoff whatever their longitudes, and need no distance worked out (most pairs of an article's readings).
 */
const NEARBY_LATITUDE_DEGREES = 3.6;

function withinNearbyLatitude(lat1: number, lat2: number): boolean {
  return Math.abs(lat1 - lat2) <= NEARBY_LATITUDE_DEGREES;
}

/** Equirectangular distance: within a few hundred km it is within 1% of great-circle, and much cheaper. */
function fastDistanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const x = (lon2 - lon1) * toRad * Math.cos(((lat1 + lat2) / 2) * toRad);
  const y = (lat2 - lat1) * toRad;
  // mean Earth radius in km
  return 6371 * Math.sqrt(x * x + y * y);
}

/** A section of a city this small is known to its own city's people only ("Kreuzberg", 150,000 people, is known abroad). */
const LOCAL_SECTION_MAX_POPULATION = 10_000;

function isLocalSection(e: GazetteerEntry): boolean {
  return e.featureCode === 'PPLX' && e.population < LOCAL_SECTION_MAX_POPULATION;
}

/** A town of this many people is known beyond its region. */
const NOTABLE_TOWN_POPULATION = 100_000;

/** A capital, a first-level seat or a big city: a place the news names without saying where it is. */
function isNotable(e: GazetteerEntry): boolean {
  return isSeat(e) || e.population >= NOTABLE_TOWN_POPULATION;
}

/** A capital or a first-level seat (a state's, a province's). */
function isSeat(e: GazetteerEntry): boolean {
  return e.featureCode === 'PPLC' || e.featureCode === 'PPLA';
}

function isCapital(e: GazetteerEntry): boolean {
  return e.featureCode === 'PPLC';
}

/**
 * A town name the gazetteer knows only elsewhere ("London's Heathrow" when it holds only Heathrow, Florida), or an
 * unknown name the text reads as a place, said in words to lie in a place the article names: placed where that
 * place mention was resolved ("Kanawha River in Charleston" follows the article's Charleston).
 */
function fillFromContainer(out: PlaceResolution[], groups: Group[]): void {
  const byStart = new Map<number, PlaceResolution>();
  // a demonym names its country as a container ("the Dutch province of Limburg")
  for (const r of out) if (r.entry) byStart.set(r.query.start, r);
  for (const g of groups) {
    const ruledOut = containerRulesOut(g);
    // a name the gazetteer lacks, a comma and a region or country ("Pingilikani, Kenya") lies there: no list of
    // places goes on with it (the qualifier would not have been read)
    const unknown = g.candidates.length === 0;
    for (const qi of g.queries) {
      const r = out[qi];
      if (r.entry || (!ruledOut && r.query.fallback === false)) continue;
      for (const q of g.qualifiers) {
        const said = q.explicit || (unknown && q.point === null && !q.loose);
        const container = said && appliesTo(q, g) ? byStart.get(q.at) : undefined;
        // a town qualifier's point is only the biggest town of the name: the article's own reading stands
        if (!container || (q.point === null && !isInside(container.entry!, q))) continue;
        out[qi] = { ...r, entry: container.entry, via: 'context', confidence: CONTEXT_CONFIDENCE };
        break;
      }
    }
  }
}

/** Confidence of a place located only by the places named around it. */
const CONTEXT_CONFIDENCE = 0.2;
/** How far (characters) to look for a local place around an unknown name: about a paragraph. */
const CONTEXT_WINDOW = 600;

/**
 * A name the gazetteer lacks ("Pirbright", "Kampungu") is most often a small place inside the town or region
 * named around it: it gets a resolved city or region near it in the text (else a country), with via 'context' and a
 * low confidence. The sentence's own places come first; a place of another sentence only when its country is one the
 * story is about (a village in an Iraqi story is not in the Cairo of a laboratory named in passing), the story's main
 * countries first. A name keeps one place in the article: all its mentions get the place its best-placed mention
 * gets. Only names the text reads as places, or in `placeAnyway` (query indices).
 */
function fillFromContext(text: string, out: PlaceResolution[], groups: Group[], placeAnyway: Set<number>, home: SourceHome | null): void {
  const resolved = out.filter((r) => r.entry && r.via !== 'demonym' && r.via !== 'context' && (r.entry.kind !== 'other' || r.entry.featureCode === 'ISL'));
  if (!resolved.length) return;
  const weight = storyCountryWeights(resolved);
  let top = 0;
  for (const v of weight.values()) top = Math.max(top, v);
  for (const g of groups) {
    const open = g.queries.filter((qi) => !out[qi].entry && (out[qi].query.fallback !== false || placeAnyway.has(qi)));
    if (!open.length) continue;
    // a mention of the name already placed by the place it is said to lie in
    let best = g.queries.map((qi) => out[qi]).find((r) => r.entry && r.via === 'context')?.entry ?? null;
    let bestScore = best ? -Infinity : Infinity;
    // the mentions with a place around them; each gets the name's one place
    const placed: number[] = [];
    for (const qi of open) {
      const at = out[qi].query.start;
      let any = false;
      for (const o of resolved) {
        const e = o.entry!;
        const gap = Math.abs(o.query.start - at);
        const isCountry = e.kind === 'country';
        if (gap > CONTEXT_WINDOW && !isCountry) continue;
        // a city or region nearby beats a country: the unknown name is more likely inside the smaller place
        let score = gap + (isCountry ? CONTEXT_WINDOW : 0);
        if (!sameSentence(text, o.query.start, at)) {
          // the source's home country is always one a local story is about
          const share = top > 0 && !(home && e.country === home.country) ? (weight.get(e.country ?? '') ?? 0) / top : 1;
          if (share <= STORY_COUNTRY_SHARE) continue;
          score += CONTEXT_WINDOW * (1 - share);
        }
        any = true;
        if (score < bestScore) {
          bestScore = score;
          best = e;
        }
      }
      if (any) placed.push(qi);
    }
    if (!best) continue;
    for (const qi of placed) out[qi] = { ...out[qi], entry: best, via: 'context', confidence: CONTEXT_CONFIDENCE };
  }
}

/** A country is one the story is about when it is named more than this share of the times the most named one is. */
const STORY_COUNTRY_SHARE = 0.5;

/**
 * Each country's weight in the story: how often its places are named. A place inside an organisation's name counts
 * ("Dublin City Council" tells which Dublin the story is about); a demonym does not.
 */
function storyCountryWeights(resolved: PlaceResolution[]): Map<string, number> {
  const weight = new Map<string, number>();
  for (const r of resolved) {
    const c = r.entry!.country;
    if (c && !r.query.adjectival) weight.set(c, (weight.get(c) ?? 0) + 1);
  }
  return weight;
}

/** True when no sentence ends between the two offsets. */
function sameSentence(text: string, a: number, b: number): boolean {
  const hit = sentenceEndFrom(text, Math.min(a, b));
  return !hit || hit.index + hit[0].length > Math.max(a, b);
}
