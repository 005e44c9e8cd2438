import { readFileSync } from 'node:fs';
import { CHECK_SEED, hashPlaceKey, normalizePlaceName } from './normalize.js';
import { decimalAt } from './table-bytes.js';

/**
 * The key under which spellings of one transliterated name meet: "Al-Fashir", "El Fasher" and "Fashir" all give
 * "fashir". From a normalised key: the Arabic article (al-, el-, as-, ash-, ad-, an-, ar-, at-, az-) dropped, spaces
 * dropped ("Abu Shok" / "Abushok"), the vowels transliterations swap folded (e/i, o/u, y/i), q as k, dj as j, a final
 * h after a vowel dropped ("Fallujah" / "Falluja") and doubled letters single ("Mosul" / "Mossul"). Null for keys too
 * short to say anything (fewer than four letters left).
 */
export function spellingKey(key: string): string | null {
  // every article begins with a or e: most keys are not tried against the pattern
  const c0 = key.charCodeAt(0);
  const s = c0 === 97 || c0 === 101 ? key.replace(ARABIC_ARTICLE, '') : key;
  // passes over the letters, not a chain of patterns (the index holds half a million names): spaces dropped, anything
  // but a-z gives no key
  const out = s.length <= KEY_LETTERS.length ? KEY_LETTERS : new Uint16Array(s.length);
  let len = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === SPACE) continue;
    if (c < A || c > Z) return null;
    out[len++] = c;
  }
  if (len < MIN_SPELLING_KEY) return null;
  // "dj" as j, q as k, e and y as i, o as u
  let n = 0;
  for (let i = 0; i < len; i++) {
    let c = out[i];
    if (c === D && i + 1 < len && out[i + 1] === J) {
      c = J;
      i++;
    } else if (c === Q) c = K;
    else if (c === E || c === Y) c = I;
    else if (c === O) c = U;
    out[n++] = c;
  }
  // a final h after a vowel dropped
  if (n >= 2 && out[n - 1] === H && (out[n - 2] === A || out[n - 2] === I || out[n - 2] === U)) n--;
  // doubled letters single
  let m = 0;
  for (let i = 0; i < n; i++) if (m === 0 || out[m - 1] !== out[i]) out[m++] = out[i];
  if (m < MIN_SPELLING_KEY) return null;
  return String.fromCharCode.apply(null, out.subarray(0, m) as unknown as number[]);
}

/** Room for a key's letters, reused from one key to the next (a longer name gets its own). */
const KEY_LETTERS = new Uint16Array(256);
const SPACE = 32;
const A = 97;
const D = 100;
const E = 101;
const H = 104;
const I = 105;
const J = 106;
const K = 107;
const O = 111;
const Q = 113;
const U = 117;
const Y = 121;
const Z = 122;

/** "al ", "el ", "ash ": the article as a normalised key begins with it (a hyphen is a space by then), before a word of 3+ letters. */
const ARABIC_ARTICLE = /^(?:al|el|as|ash|ad|an|ar|at|az|ath|adh|ed|es|en|er|et|ez) (?=[a-z]{3})/;
/** Fewer letters than this say too little to match a name by its spelling. */
const MIN_SPELLING_KEY = 4;

/**
 * Every spelling a row of the city table goes by, under its spelling key: the row's own name and the Latin-script
 * alternate names GeoNames gives it in cities500.txt ("Al-Fashir" of El Fasher, "Ranya" of Raniye). Sorted values
 * hash * 2^21 + entry, where entry indexes `rows` and `checks` (a second hash confirming the first).
 */
export interface SpellingIndex {
  values: Float64Array;
  rows: Int32Array;
  checks: Uint32Array;
}

/** 2^21: room below the hash for the entry number (fewer than 2^21 spellings); hash * 2^21 + entry stays exact in a double */
const ENTRY_SHIFT = 2 ** 21;

/**
 * Builds the spelling index from the rows' own names (`nameAt`) and the alternate names of the GeoNames table at
 * `tablePath` (rows found by GeoNames id through `rowOfId`). The table is read as bytes: only the alternate names that
 * begin with a Latin capital are decoded, and a row's spelling already indexed under the same key is not added again
 * (a look-up answers each row once), which keeps the build's time and memory down.
 */
export function buildSpellingIndex(count: number, nameAt: (row: number) => string, tablePath: string | null, rowOfId: (id: number) => number | undefined): SpellingIndex {
  const entries = new SpellingEntries();
  // each row's own key, against which its alternate names are checked
  const ownHash = new Uint32Array(count);
  const ownCheck = new Uint32Array(count);
  const ownKeyed = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const key = spellingKey(normalizePlaceName(nameAt(i)));
    if (!key) continue;
    ownHash[i] = hashPlaceKey(key);
    ownCheck[i] = hashPlaceKey(key, CHECK_SEED);
    if (entries.add(ownHash[i], ownCheck[i], i)) ownKeyed[i] = 1;
  }
  if (tablePath) {
    const buf = readFileSync(tablePath);
    // the keys added for the row on this line (a row's alternate names repeat one key in many spellings)
    const lineHashes: number[] = [];
    const lineChecks: number[] = [];
    let pos = 0;
    while (pos < buf.length) {
      let end = buf.indexOf(NEWLINE, pos);
      if (end < 0) end = buf.length;
      const t1 = buf.indexOf(TAB, pos);
      const t2 = buf.indexOf(TAB, t1 + 1);
      const t3 = buf.indexOf(TAB, t2 + 1);
      const t4 = buf.indexOf(TAB, t3 + 1);
      const line = pos;
      pos = end + 1;
      if (t4 < 0 || t4 > end || t4 === t3 + 1) continue;
      const id = decimalAt(buf, line, t1);
      const row = id === null ? undefined : rowOfId(id);
      if (row === undefined) continue;
      lineHashes.length = 0;
      lineChecks.length = 0;
      if (ownKeyed[row]) {
        lineHashes.push(ownHash[row]);
        lineChecks.push(ownCheck[row]);
      }
      for (let from = t3 + 1; from <= t4; ) {
        let to = buf.indexOf(COMMA, from);
        if (to < 0 || to > t4) to = t4;
        // Latin letters only: the other scripts' names are not how English news spells a place
        if (startsWithLatinCapital(buf, from, to)) {
          const alt = buf.toString('utf8', from, to);
          const key = LATIN_NAME.test(alt) ? spellingKey(normalizePlaceName(alt)) : null;
          if (key) {
            const h = hashPlaceKey(key);
            const c = hashPlaceKey(key, CHECK_SEED);
            let seen = false;
            for (let k = 0; k < lineHashes.length && !seen; k++) seen = lineHashes[k] === h && lineChecks[k] === c;
            if (!seen && entries.add(h, c, row)) {
              lineHashes.push(h);
              lineChecks.push(c);
            }
          }
        }
        from = to + 1;
      }
    }
  }
  return entries.index();
}

const NEWLINE = 10;
const TAB = 9;
const COMMA = 44;

/**
 * True when the UTF-8 text in buf[from, to) begins with a character LATIN_NAME may begin with (A-Z, U+00C0-U+00DE,
 * U+0100-U+017F, U+1E00-U+1EFF): most alternate names in other scripts are passed over without being decoded.
 */
function startsWithLatinCapital(buf: Buffer, from: number, to: number): boolean {
  if (to - from < 3) return false;
  const b = buf[from];
  if (b >= 0x41 && b <= 0x5a) return true;
  if (b === 0xc3) return buf[from + 1] >= 0x80 && buf[from + 1] <= 0x9e;
  if (b === 0xc4 || b === 0xc5) return true;
  return b === 0xe1 && buf[from + 1] >= 0xb8 && buf[from + 1] <= 0xbb;
}

/** The index's entries as they are added, in growing typed arrays. */
class SpellingEntries {
  private hashes = new Uint32Array(1 << 18);
  private checks = new Uint32Array(1 << 18);
  private rows = new Int32Array(1 << 18);
  private n = 0;

  /** Adds an entry; false when the index is full. */
  add(hash: number, check: number, row: number): boolean {
    if (this.n >= ENTRY_SHIFT) return false;
    if (this.n === this.rows.length) {
      this.hashes = grown(this.hashes, new Uint32Array(this.n * 2));
      this.checks = grown(this.checks, new Uint32Array(this.n * 2));
      this.rows = grown(this.rows, new Int32Array(this.n * 2));
    }
    this.hashes[this.n] = hash;
    this.checks[this.n] = check;
    this.rows[this.n++] = row;
    return true;
  }

  index(): SpellingIndex {
    const values = new Float64Array(this.n);
    for (let e = 0; e < this.n; e++) values[e] = this.hashes[e] * ENTRY_SHIFT + e;
    values.sort();
    return { values, rows: this.rows.slice(0, this.n), checks: this.checks.slice(0, this.n) };
  }
}

function grown<T extends Uint32Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** A name in Latin letters (with diacritics), spaces, hyphens and apostrophes, starting with a capital. */
const LATIN_NAME = /^[A-Z\u00C0-\u00DE\u0100-\u017F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF' ’ʻ-]{2,}$/;

/** Rows whose spellings share `name`'s spelling key (each row once). */
export function rowsBySpelling(index: SpellingIndex, name: string): number[] {
  const key = spellingKey(normalizePlaceName(name));
  if (!key) return [];
  const h = hashPlaceKey(key);
  const check = hashPlaceKey(key, CHECK_SEED);
  const out: number[] = [];
  const { values } = index;
  let lo = 0;
  let hi = values.length;
  const x = h * ENTRY_SHIFT;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < values.length; i++) {
    const v = values[i];
    if (Math.floor(v / ENTRY_SHIFT) !== h) break;
    const e = v - h * ENTRY_SHIFT;
    if (index.checks[e] !== check) continue;
    const row = index.rows[e];
    if (!out.includes(row)) out.push(row);
  }
  return out;
}
