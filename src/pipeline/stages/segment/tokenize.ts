import { TITLE_ABBREVIATIONS } from './abbreviations.js';

/** Abbreviations kept whole with their stop, capitalised as they appear before names and numbers ("Gen.", "Jan."). */
const ABBREVIATION = [...TITLE_ABBREVIATIONS]
  .filter((a) => /^[a-z]+$/.test(a) && a !== 'no' && a !== 'v')
  .map((a) => a[0].toUpperCase() + a.slice(1))
  .concat(['etc', 'vs'])
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * Token pattern, tried left to right at each position, splitting as CoNLL/Penn text does so the recogniser sees the
 * tokens it was trained on: URLs and e-mails; acronyms with stops (U.S., U.N.); known abbreviations and initials with
 * their stop (Gen., J.); numbers with separators, decimals and hyphenated parts (1,200.5, .556, 1996-12-06,
 * 15-year-old); "n't" and clitics ('s, 're, 'll) as their own tokens; words with inner apostrophes, hyphens and
 * ampersands (O'Brien, North-east, AT&T); then any other single non-space character.
 */
const TOKEN = new RegExp(
  [
    String.raw`https?:\/\/[^\s"'<>]+[^\s"'<>.,;:!?)]`,
    String.raw`[\w.+-]+@[\w-]+\.[\w.-]*\w`,
    String.raw`(?:\p{Lu}\.){2,}`,
    String.raw`(?<![\p{L}\d])(?:${ABBREVIATION})\.`,
    String.raw`(?<![\p{L}\d])\p{Lu}\.(?=[ \t]+\p{Lu})`,
    String.raw`(?<![\p{L}\d])\.\d+(?![\p{L}\d])`,
    String.raw`\d+(?:[.,:/]\d+)*(?:-[\p{L}\p{M}\d]+(?:[.,:/]\d+)*)*(?:st|nd|rd|th|s)?(?![\p{L}\d])`,
    String.raw`\p{L}+(?=n['’]t\b)`,
    String.raw`n['’]t\b`,
    String.raw`['’](?:s|S|re|ve|ll|d|m)(?![\p{L}\d])`,
    String.raw`[\p{L}\p{M}\d]+(?:['’](?!(?:s|S|re|ve|ll|d|m|t)(?![\p{L}\d]))[\p{L}]+|[-&][\p{L}\p{M}\d]+)*`,
    String.raw`\S`,
  ].join('|'),
  'uy',
);

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
 * Splits text into token offsets. Clitics are split off ("Korea" + "'s"). A token starts at each character that is
 * not white space (the pattern's last branch takes any one); the sticky pattern is tested there, and its lastIndex is
 * the token's end, so no match arrays or strings are made.
 */
export function tokenizeOffsets(text: string, start = 0, end = text.length): RawToken[] {
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
