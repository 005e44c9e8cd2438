import type { Gazetteer } from '../../knowledge/gazetteer/index.js';
import type { GoldToponym } from './datasets.js';

/** GeoNames country names the gazetteer's country list spells differently. */
const GEONAMES_COUNTRY_NAMES: Record<string, string> = {
  'Palestinian Territory': 'PS',
  'Russia': 'RU',
  'Republic of the Congo': 'CG',
  'Democratic Republic of the Congo': 'CD',
  'Ivory Coast': 'CI',
  'Macedonia': 'MK',
  'Syria': 'SY',
  'Vietnam': 'VN',
  'Laos': 'LA',
  'Brunei': 'BN',
  'Kosovo': 'XK',
};

/** Search radius (km) for the nearest gazetteer city when a set gives only a point (GeoVirus). */
const NEAREST_CITY_KM = 50;

/** The gold toponym's country as ISO alpha-2: from its GeoNames country name, else from the nearest city. */
export function goldCountry(gaz: Gazetteer, t: GoldToponym): string | null {
  if (t.countryName) {
    const fixed = GEONAMES_COUNTRY_NAMES[t.countryName];
    if (fixed) return fixed;
    const c = gaz.lookup(t.countryName).find((m) => m.entry.kind === 'country');
    return c?.entry.country ?? null;
  }
  if (t.geonameId !== null) return null;
  const near = gaz.nearestCity(t.lat, t.lon, NEAREST_CITY_KM);
  return near?.country ?? null;
}
