import type { Gazetteer, GazetteerEntry } from '../../knowledge/gazetteer/index.js';
import { countryByCode } from '../../knowledge/countries.js';
import { fipsCountry } from '../fips.js';
import { geoType } from './columns.js';

/**
 * GDELT's geography columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID) of a place:
 * type 1 a country (at its centroid), 2 a US state, 3 a US city, 4 a city elsewhere, 5 a first-level division
 * elsewhere; country codes FIPS 10-4 and ADM1 codes the FIPS country code followed by the division's code (GeoNames
 * admin1 codes: postal codes of US states, FIPS division codes for most other countries).
 */
const GEO_COUNTRY = 1;
const GEO_US_STATE = 2;
const GEO_US_CITY = 3;
const GEO_WORLD_CITY = 4;
const GEO_WORLD_STATE = 5;

/** How far a gazetteer entry may lie from the event's point and still be its place (a city's centre, a region's point). */
const SAME_PLACE_KM = 50;

export interface PlaceRef {
  name: string | null;
  /** ISO alpha-2 */
  country: string | null;
  lat: number | null;
  lon: number | null;
}

function distance(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/** The gazetteer entry a merged event's place is: the entry of that name in that country, nearest its point. */
export function resolvePlace(gazetteer: Gazetteer, place: PlaceRef): GazetteerEntry | null {
  if (!place.name) return place.country ? gazetteer.country(place.country) : null;
  const candidates = gazetteer.lookup(place.name).map((m) => m.entry).filter((e) => !place.country || e.country === place.country);
  if (!candidates.length) return place.country ? gazetteer.country(place.country) : null;
  if (place.lat === null || place.lon === null) return candidates[0];
  const at = { lat: place.lat, lon: place.lon };
  const nearest = candidates.reduce((a, b) => (distance(a, at) <= distance(b, at) ? a : b));
  return distance(nearest, at) <= SAME_PLACE_KM || nearest.kind === 'country' ? nearest : candidates.find((e) => e.kind === 'country') ?? nearest;
}

/** The eight geography columns of a place (type 0 and empty values where there is none). */
export function geoColumns(gazetteer: Gazetteer, place: PlaceRef): string[] {
  if (!place.name && !place.country) return [geoType(null), '', '', '', '', '', '', ''];
  const entry = resolvePlace(gazetteer, place);
  const alpha2 = entry?.country ?? place.country;
  const fips = fipsCountry(alpha2, place.name);
  const countryName = alpha2 ? (countryByCode(alpha2)?.name ?? null) : null;
  const isCountry = !entry || entry.kind === 'country';
  if (isCountry) {
    // a country at its centroid, as GDELT writes country-level places
    const centroid = alpha2 ? gazetteer.country(alpha2) : null;
    const point = centroid ?? (place.lat !== null && place.lon !== null ? { lat: place.lat, lon: place.lon } : null);
    return [geoType(GEO_COUNTRY), countryName ?? place.name ?? '', fips, fips, '', point ? String(point.lat) : '', point ? String(point.lon) : '', fips];
  }
  const us = alpha2 === 'US';
  const isDivision = entry.featureCode === 'ADM1';
  const type = isDivision ? (us ? GEO_US_STATE : GEO_WORLD_STATE) : us ? GEO_US_CITY : GEO_WORLD_CITY;
  const adm1 = entry.admin1 ? `${fips}${entry.admin1}` : fips;
  const division = !isDivision && alpha2 && entry.admin1 ? gazetteer.region(alpha2, entry.admin1)?.name ?? null : null;
  const fullName = [place.name ?? entry.name, division, countryName].filter(Boolean).join(', ');
  const lat = place.lat ?? entry.lat, lon = place.lon ?? entry.lon;
  // a GeoNames place keeps its numeric id as GDELT's FeatureID; a division its ADM1 code
  const featureId = entry.id.startsWith('geonames:') ? entry.id.slice('geonames:'.length) : isDivision ? adm1 : '';
  return [geoType(type), fullName, fips, adm1, '', String(lat), String(lon), featureId];
}
