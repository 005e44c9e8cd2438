/**
 * The key a place name is indexed under: diacritics folded, lower case, dots and apostrophes dropped, hyphens and
 * runs of spaces as one space ("Sant Julià" → "sant julia", "U.S." → "us", "Winston-Salem" → "winston salem").
 */
export function normalizePlaceName(name: string): string {
  let s = name;
  // plain ASCII needs no folding; most names are, and NFD is the costly step
  if (/[^\x00-\x7f]/.test(s)) {
    s = s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[ʻʼ‘’`´]/g, "'");
    // letters NFD leaves whole: "Aydın" is written "Aydin", "Łódź" "Lodz", "Tromsø" "Tromso" in English news
    if (/[^\x00-\x7f]/.test(s)) s = s.replace(UNDECOMPOSED, (c) => UNDECOMPOSED_ASCII[c]);
  }
  const lower = s.toLowerCase();
  // fast path: letters and digits with single inner spaces need nothing more (most gazetteer names)
  if (!/[^a-z0-9 ]|  |^ | $/.test(lower)) return lower;
  return lower
    .replace(/['.]/g, '')
    .replace(/[\s\-‐–—_/,]+/g, ' ')
    .trim();
}

/** Latin letters with a stroke, bar or ligature, which have no decomposition, and their plain spelling. */
const UNDECOMPOSED_ASCII: Record<string, string> = {
  ı: 'i', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ŧ: 't', Ŧ: 'T',
};
const UNDECOMPOSED = new RegExp(`[${Object.keys(UNDECOMPOSED_ASCII).join('')}]`, 'g');

/** Spelling variants of a normalised key that news writers use interchangeably ("St. Louis" / "Saint Louis"). */
export function keyVariants(key: string): string[] {
  const out: string[] = [];
  const swaps: [RegExp, string][] = [
    [/^st /, 'saint '],
    [/^saint /, 'st '],
    [/^ste /, 'sainte '],
    [/^sainte /, 'ste '],
    [/^mt /, 'mount '],
    [/^mount /, 'mt '],
    [/^ft /, 'fort '],
    [/^fort /, 'ft '],
  ];
  for (const [re, by] of swaps) if (re.test(key)) out.push(key.replace(re, by));
  return out;
}

/** FNV-1a 32-bit hash of a normalised key (UTF-16 code units; equal to the byte hash for ASCII keys). */
export function hashPlaceKey(key: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Seed of the second, independent key hash that confirms an index hit without comparing strings. */
export const CHECK_SEED = 0x5bd1e995;
