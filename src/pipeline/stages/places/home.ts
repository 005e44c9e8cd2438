import type { PlaceResolution, SourceHome } from './resolve.js';

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
 * The home-region votes of one article: one per (country, admin1) region its confident town and region mentions lie
 * in (a story naming ten towns is still one story), each with the first town named there.
 */
export function homeVotes(resolutions: PlaceResolution[]): HomeVote[] {
  const byRegion = new Map<string, HomeVote>();
  for (const r of resolutions) {
    const e = r.entry;
    if (!e || e.kind === 'country' || e.kind === 'other' || !e.country || !e.admin1 || r.confidence < MIN_CONFIDENCE || r.via === 'context') continue;
    const key = `${e.country}|${e.admin1}`;
    let v = byRegion.get(key);
    if (!v) byRegion.set(key, (v = { country: e.country, admin1: e.admin1, place: null }));
    if (!v.place && (e.kind === 'city' || e.featureCode === 'ADM2')) v.place = { id: e.id, lat: e.lat, lon: e.lon };
  }
  return [...byRegion.values()];
}

/**
 * Learns each news source's home region from its articles as they arrive (the LGL "local lexicon" idea): a paper's
 * home is the region most of its confidently resolved towns and regions lie in, and its home point the town it names
 * most there. Unsupervised, and online: `home` answers from the articles observed so far, as a store would.
 */
export class SourceHomeLearner {
  private readonly sources = new Map<string, { articles: number; regions: Map<string, RegionTally> }>();

  /** Counts one article of `source` with its votes (see homeVotes). */
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
