import { DEFAULT_PACK } from '../../../lang/index.js';


/** Is this code unit white space as the regular expression `\s` has it? */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export interface RawToken {
  start: number;
  end: number;
}

/**
 * Splits text into token offsets with a language's token pattern (the default pack's for text with no article:
 * training, the knowledge lists). Clitics are split off ("Korea" + "'s"). A token starts at each character that is
 * not white space (the pattern's last branch takes any one); the sticky pattern is tested there, and its lastIndex is
 * the token's end, so no match arrays or strings are made.
 */
export function tokenizeOffsets(text: string, start = 0, end = text.length, TOKEN: RegExp = DEFAULT_PACK.segment.tokenPattern): RawToken[] {
  const out: RawToken[] = [];
  let at = start;
  for (;;) {
    while (at < end && isSpace(text.charCodeAt(at))) at++;
    if (at >= end) return out;
    TOKEN.lastIndex = at;
    TOKEN.test(text);
    const to = TOKEN.lastIndex;
    out.push({ start: at, end: Math.min(end, to) });
    at = to;
  }
}
