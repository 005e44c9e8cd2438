/**
 * Token pattern, tried left to right at each position, splitting as CoNLL/Penn text does so the recogniser sees the
 * tokens it was trained on: URLs and e-mails; acronyms with stops (U.S., U.N.); numbers with separators and decimals
 * (1,200.5); "n't" and clitics ('s, 're, 'll) as their own tokens; words with inner apostrophes, hyphens and
 * ampersands (O'Brien, North-east, AT&T); then any other single non-space character.
 */
const TOKEN =
  /https?:\/\/[^\s"'<>]+[^\s"'<>.,;:!?)]|[\w.+-]+@[\w-]+\.[\w.-]*\w|(?:\p{Lu}\.){2,}|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s)?(?![\p{L}\d])|\p{L}+(?=n['’]t\b)|n['’]t\b|['’](?:s|S|re|ve|ll|d|m)(?![\p{L}\d])|[\p{L}\p{M}\d]+(?:['’](?!(?:s|S|re|ve|ll|d|m|t)(?![\p{L}\d]))[\p{L}]+|[-&][\p{L}\p{M}\d]+)*|\S/gu;

export interface RawToken {
  start: number;
  end: number;
}

/** Splits text into token offsets. Clitics are split off ("Korea" + "'s"). */
export function tokenizeOffsets(text: string, start = 0, end = text.length): RawToken[] {
  const out: RawToken[] = [];
  TOKEN.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) && m.index < end) {
    out.push({ start: m.index, end: Math.min(end, m.index + m[0].length) });
  }
  return out;
}
