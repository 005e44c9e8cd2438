import type { PlaceResolution, SourceHome } from './resolve.js';

/** A source needs this many articles before its home is trusted. */
const MIN_ARTICLES = 3;
/** ...and this share of its articles' regional votes in one region. */
const MIN_REGION_SHARE = 0.35;
/** Only resolutions at least this sure vote for a home. */
const MIN_CONFIDENCE = 0.7;

interface Votes {
  weight: number;
  lats: number[];
  lons: number[];
}

/**
 * Infers each source's home region from its articles' resolved places (the LGL "local lexicon" idea): a paper's home
 * is the region most of its confidently resolved towns and regions lie in. Unsupervised: reads only resolutions.
 */
export function inferSourceHomes(articles: { source: string | null; resolutions: PlaceResolution[] }[]): Map<string, SourceHome> {
  const bySource = new Map<string, { count: number; votes: Map<string, Votes> }>();
  for (const a of articles) {
    if (!a.source) continue;
    let s = bySource.get(a.source);
    if (!s) bySource.set(a.source, (s = { count: 0, votes: new Map() }));
    s.count++;
    const seen = new Set<string>();
    for (const r of a.resolutions) {
      const e = r.entry;
      if (!e || e.kind === 'country' || e.kind === 'other' || !e.country || !e.admin1 || r.confidence < MIN_CONFIDENCE) continue;
      const key = `${e.country}|${e.admin1}`;
      // one vote per region per article: a story naming ten towns is still one story
      if (seen.has(key)) continue;
      seen.add(key);
      let v = s.votes.get(key);
      if (!v) s.votes.set(key, (v = { weight: 0, lats: [], lons: [] }));
      v.weight++;
      if (e.kind === 'city' || e.featureCode === 'ADM2') {
        v.lats.push(e.lat);
        v.lons.push(e.lon);
      }
    }
  }
  const homes = new Map<string, SourceHome>();
  for (const [source, s] of bySource) {
    if (s.count < MIN_ARTICLES) continue;
    let total = 0;
    let best: [string, Votes] | null = null;
    for (const entry of s.votes) {
      total += entry[1].weight;
      if (!best || entry[1].weight > best[1].weight) best = entry;
    }
    if (!best || best[1].weight < total * MIN_REGION_SHARE || best[1].weight < MIN_ARTICLES || !best[1].lats.length) continue;
    const [country, admin1] = best[0].split('|');
    homes.set(source, { country, admin1, lat: middle(best[1].lats), lon: middle(best[1].lons) });
  }
  return homes;
}

function middle(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}
