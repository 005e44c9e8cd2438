/** 32-bit FNV-1a offset basis and prime. */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a hash of a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Feeds one code unit into an FNV-1a state (for incremental prefix hashes). Like `mix`, returns the 32 bits as a
 * signed integer, which V8 keeps unboxed (an unsigned value above 2^31 is a heap number on every call); the keys
 * land in Uint32Arrays, where both read the same.
 */
export function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME);
}

/** Combines two 32-bit values (signed or not: the same bits give the same result) into one well-mixed 32-bit value, signed (murmur3 finaliser over a boost-style combine). */
export function mix(a: number, b: number): number {
  let h = (a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2))) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
