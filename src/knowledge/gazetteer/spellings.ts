import { readFileSync } from 'node:fs';
import { CHECK_SEED, hashPlaceKey, normalizePlaceName } from './normalize.js';

/**
 * The key under which spellings of one transliterated name meet: "Al-Fashir", "El Fasher" and "Fashir" all give
 * "fashir". From a normalised key: the Arabic article (al-, el-, as-, ash-, ad-, an-, ar-, at-, az-) dropped, spaces
 * dropped ("Abu Shok" / "Abushok"), the vowels transliterations swap folded (e/i, o/u, y/i), q as k, dj as j, a final
 * h after a vowel dropped ("Fallujah" / "Falluja") and doubled letters single ("Mosul" / "Mossul"). Null for keys too
 * short to say anything (fewer than four letters left).
 */
export function spellingKey(key: string): string | null {
  let s = key.replace(ARABIC_ARTICLE, '').replace(/ /g, '');
  if (s.length < MIN_SPELLING_KEY || /[^a-z]/.test(s)) return null;
  s = s
    .replace(/dj/g, 'j')
    .replace(/q/g, 'k')
    .replace(/[ey]/g, 'i')
    .replace(/o/g, 'u')
    .replace(/([aiu])h$/, '$1')
    .replace(/(.)\1+/g, '$1');
  return s.length < MIN_SPELLING_KEY ? null : s;
}

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
 * `tablePath` (rows found by GeoNames id through `rowOfId`).
 */
export function buildSpellingIndex(count: number, nameAt: (row: number) => string, tablePath: string | null, rowOfId: (id: number) => number | undefined): SpellingIndex {
  const hashes: number[] = [];
  const checks: number[] = [];
  const rows: number[] = [];
  const add = (name: string, row: number): void => {
    const key = spellingKey(normalizePlaceName(name));
    if (!key || rows.length >= ENTRY_SHIFT) return;
    hashes.push(hashPlaceKey(key));
    checks.push(hashPlaceKey(key, CHECK_SEED));
    rows.push(row);
  };
  for (let i = 0; i < count; i++) add(nameAt(i), i);
  if (tablePath) {
    const text = readFileSync(tablePath, 'utf8');
    let pos = 0;
    while (pos < text.length) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      const t1 = text.indexOf('\t', pos);
      const t2 = text.indexOf('\t', t1 + 1);
      const t3 = text.indexOf('\t', t2 + 1);
      const t4 = text.indexOf('\t', t3 + 1);
      const line = pos;
      pos = end + 1;
      if (t4 < 0 || t4 > end || t4 === t3 + 1) continue;
      const row = rowOfId(Number(text.slice(line, t1)));
      if (row === undefined) continue;
      for (const alt of text.slice(t3 + 1, t4).split(',')) {
        // Latin letters only: the other scripts' names are not how English news spells a place
        if (LATIN_NAME.test(alt)) add(alt, row);
      }
    }
  }
  const values = new Float64Array(rows.length);
  for (let e = 0; e < rows.length; e++) values[e] = hashes[e] * ENTRY_SHIFT + e;
  values.sort();
  return { values, rows: Int32Array.from(rows), checks: Uint32Array.from(checks) };
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
