import { loadGazetteer, type Gazetteer } from '../../../knowledge/gazetteer/index.js';
import { resolvePlaces, type SourceHome } from './resolve.js';

/** A source needs this many articles before its home is trusted. */
const MIN_ARTICLES = 3;
/** ...and this share of its articles' regional votes in one region. */
const MIN_REGION_SHARE = 0.35;
/** Only resolutions at least this sure vote for a home. */
const MIN_CONFIDENCE = 0.7;

/** One article's vote: the regions (and the towns in them) its confidently resolved places lie in. */
export interface HomeVote {
  country: string;
  admin1: string;
  /** a town or county of the region the article named, when it named one */
  place: { id: string; lat: number; lon: number } | null;
}

interface RegionTally {
  weight: number;
  places: Map<string, { count: number; lat: number; lon: number }>;
}

/**
 * Learns each news source's home region from its articles as they arrive (the LGL "local lexicon" idea): a paper's
 * home is the region most of its confidently resolved towns and regions lie in, and its home point the town it names
 * most there. Unsupervised, and online: `home` answers from the articles observed so far, as a store would.
 */
export class SourceHomeLearner {
  private readonly sources = new Map<string, { articles: number; regions: Map<string, RegionTally> }>();

  /** Counts one article of `source` with its votes (see homeVotesFromPlaces). */
  observe(source: string, votes: HomeVote[]): void {
    let s = this.sources.get(source);
    if (!s) this.sources.set(source, (s = { articles: 0, regions: new Map() }));
    s.articles++;
    for (const v of votes) {
      const key = `${v.country}|${v.admin1}`;
      let t = s.regions.get(key);
      if (!t) s.regions.set(key, (t = { weight: 0, places: new Map() }));
      t.weight++;
      if (v.place) {
        const p = t.places.get(v.place.id);
        if (p) p.count++;
        else t.places.set(v.place.id, { count: 1, lat: v.place.lat, lon: v.place.lon });
      }
    }
  }

  /** The source's home as learned so far, or null while its articles do not point at one region. */
  home(source: string | null | undefined): SourceHome | null {
    const s = source ? this.sources.get(source) : undefined;
    if (!s || s.articles < MIN_ARTICLES) return null;
    let total = 0;
    let best: [string, RegionTally] | null = null;
    for (const entry of s.regions) {
      total += entry[1].weight;
      if (!best || entry[1].weight > best[1].weight) best = entry;
    }
    if (!best || best[1].weight < total * MIN_REGION_SHARE || best[1].weight < MIN_ARTICLES || !best[1].places.size) return null;
    let point: { count: number; lat: number; lon: number } | null = null;
    for (const p of best[1].places.values()) if (!point || p.count > point.count) point = p;
    const [country, admin1] = best[0].split('|');
    return { country, admin1, lat: point!.lat, lon: point!.lon };
  }

  /** Every source with a home so far. */
  homes(): Map<string, SourceHome> {
    const out = new Map<string, SourceHome>();
    for (const source of this.sources.keys()) {
      const h = this.home(source);
      if (h) out.set(source, h);
    }
    return out;
  }
}

/**
 * A source home from a place name as a user writes it ("Lexington, Kentucky", "Ohio", "Cape Town"): the place the
 * gazetteer reads (a qualifier after the comma settles which), its country and first-level region; null when unknown.
 */
export function sourceHomeFromName(gaz: Gazetteer, name: string): SourceHome | null {
  const text = name.trim();
  const first = text.split(',')[0].trim();
  if (!first) return null;
  const [r] = resolvePlaces(gaz, text, [{ start: 0, end: first.length, text: first }], { contextFallback: false });
  const e = r.entry;
  if (!e || !e.country) return null;
  return { country: e.country, admin1: e.kind === 'country' ? '' : e.admin1, lat: e.lat, lon: e.lon };
}

/** What a learner reads of a stored or extracted place mention. */
export interface PlaceVoteSource {
  gazetteerId: string | null;
  kind: string;
  confidence: number;
  adjectival?: boolean;
}

/**
 * The home-region votes of one article, from its place mentions as extracted or stored: one per (country, admin1)
 * region its confident town and region mentions lie in (a story naming ten towns is still one story), each with the
 * first town named there. The gazetteer gives each mention its region; names placed by context do not vote.
 */
export function homeVotesFromPlaces(gaz: Gazetteer, places: PlaceVoteSource[]): HomeVote[] {
  const byRegion = new Map<string, HomeVote>();
  for (const p of places) {
    if (!p.gazetteerId || p.adjectival || p.confidence < MIN_CONFIDENCE || (p.kind !== 'city' && p.kind !== 'region')) continue;
    const e = gaz.byId(p.gazetteerId);
    if (!e || !e.country || !e.admin1) continue;
    const key = `${e.country}|${e.admin1}`;
    let v = byRegion.get(key);
    if (!v) byRegion.set(key, (v = { country: e.country, admin1: e.admin1, place: null }));
    if (!v.place && (e.kind === 'city' || e.featureCode === 'ADM2')) v.place = { id: e.id, lat: e.lat, lon: e.lon };
  }
  return [...byRegion.values()];
}

/**
 * An ingest's source homes: a learner fed with each analysed article's places, the gazetteer loaded on the first
 * article that names its source (an ingest without sources never loads it).
 */
export function createSourceHomes(gaz: () => Gazetteer = loadGazetteer): { home(source: string): SourceHome | null; learn(source: string, places: PlaceVoteSource[]): void } {
  const learner = new SourceHomeLearner();
  return {
    home: (source) => learner.home(source),
    learn: (source, places) => learner.observe(source, homeVotesFromPlaces(gaz(), places)),
  };
}
