import type { PlacesLayer } from '../../../model/layers/places.js';
import type { PlaceResolution } from './resolve.js';

/** A country is in focus when it gathers at least this share of the top country's mentions (CLIFF keeps ties and near-ties). */
const FOCUS_SHARE_OF_TOP = 0.5;

/**
 * CLIFF-style focus: every resolved mention counts for its country (a city for the country it lies in); the focus
 * countries are those near the top count, scored by their share of all mentions; the focus city is the most mentioned
 * city in a focus country (population breaks ties).
 */
export function computeFocus(resolutions: PlaceResolution[]): PlacesLayer['focus'] {
  const byCountry = new Map<string, number>();
  const byCity = new Map<string, { count: number; r: PlaceResolution }>();
  let total = 0;
  for (const r of resolutions) {
    const e = r.entry;
    // the places the article names: not its demonyms, nor towns inside organisations' names
    if (!e || !e.country || r.query.adjectival || r.query.inOrganisation) continue;
    // a capital standing for its government ("Moscow warned") still points at that country
    const weight = r.confidence;
    byCountry.set(e.country, (byCountry.get(e.country) ?? 0) + weight);
    total += weight;
    if (e.kind === 'city') {
      const c = byCity.get(e.id);
      if (c) c.count++;
      else byCity.set(e.id, { count: 1, r });
    }
  }
  if (total === 0) return { countries: [], city: null };
  const ranked = [...byCountry.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0][1];
  const countries = ranked.filter(([, v]) => v >= top * FOCUS_SHARE_OF_TOP).map(([country, v]) => ({ country, score: Math.round((v / total) * 1000) / 1000 }));
  const focusSet = new Set(countries.map((c) => c.country));
  let city: PlacesLayer['focus']['city'] = null;
  let bestCount = 0;
  let bestPop = -1;
  for (const { count, r } of byCity.values()) {
    const e = r.entry!;
    if (!focusSet.has(e.country!)) continue;
    if (count > bestCount || (count === bestCount && e.population > bestPop)) {
      bestCount = count;
      bestPop = e.population;
      city = { name: e.name, country: e.country, lat: e.lat, lon: e.lon, gazetteerId: e.id };
    }
  }
  return { countries, city };
}
