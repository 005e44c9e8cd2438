/**
 * MinHash signatures over word shingles, and locality-sensitive hashing bands, for near-duplicate articles: an agency
 * story republished with different page furniture shares nearly all its shingles with the original, a different story
 * on the same topic shares few.
 */

/** Words per shingle: 3 keeps word order (two stories on one topic share words, rarely three-word runs). */
export const SHINGLE_WORDS = 3;
/** Hash functions in a signature: 128 gives a Jaccard estimate within about +-0.09 (2 standard errors). */
export const SIGNATURE_SIZE = 128;
/** LSH bands x rows = SIGNATURE_SIZE; 32 bands of 4 rows find pairs with Jaccard >= 0.5 with probability > 0.87. */
export const LSH_BANDS = 32;
export const LSH_ROWS = SIGNATURE_SIZE / LSH_BANDS;
/** Estimated shingle Jaccard at or above which two articles are copies of one story (furniture, credits, a changed headline). */
export const DUPLICATE_JACCARD = 0.6;

/** FNV-1a 32-bit hash of a string. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's 32-bit finaliser: mixes every input bit into every output bit. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Fixed per-function seeds (deterministic: signatures stored by one run compare with those of the next). */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32(0x9e3779b9 + Math.imul(i + 1, 0x7f4a7c15)));

/** Lower-cased word tokens (letters and digits), accents folded. */
export function words(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of the distinct word shingles of a text (a text shorter than one shingle is one shingle). */
export function shingleHashes(text: string): Uint32Array {
  const w = words(text);
  const set = new Set<number>();
  if (w.length < SHINGLE_WORDS) {
    if (w.length) set.add(fnv1a(w.join(' ')));
  } else {
    for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) set.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return Uint32Array.from(set);
}

/** The MinHash signature of a text: per hash function, the least hash over its shingles. */
export function minhash(text: string): Uint32Array {
  const shingles = shingleHashes(text);
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s];
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix32(x ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the shingle sets two signatures come from. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** One hash per band (as a signed 32-bit integer, what SQLite stores compactly): the LSH bucket keys of a signature. */
export function bandHashes(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = mix32(b + 1);
    for (let r = 0; r < LSH_ROWS; r++) h = mix32(h ^ sig[b * LSH_ROWS + r]);
    out.push(h | 0);
  }
  return out;
}

export function signatureToBuffer(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function bufferToSignature(buf: Buffer): Uint32Array {
  const copy = new Uint8Array(buf.byteLength);
  copy.set(buf);
  return new Uint32Array(copy.buffer);
}
