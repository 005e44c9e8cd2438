/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar, Tibetan): a word
 * tokenizer sees a whole clause as one token, so nothing in it could be found. They are indexed one character per
 * token (a unigram index) and searched as phrases of adjacent characters, which finds any substring.
 * The same ranges are written into PostgreSQL's generated column (postgres/migrations.ts): keep them in step.
 */
export const NO_SPACE_RANGES =
  '\\u0e00-\\u0eff\\u0f00-\\u0fff\\u1000-\\u109f\\u1780-\\u17ff\\u3040-\\u30ff\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f';

const RUN = new RegExp(`[${NO_SPACE_RANGES}]+`, 'gu');
/** The runs of no-space script in `text`. */
export function noSpaceRuns(text: string): string[] {
  return text.match(RUN) ?? [];
}

/**
 * What the character index holds for a text: every character of its no-space runs as its own token, the runs kept
 * apart by a token no query contains ("0"), so a phrase never spans two runs. Empty when the text has none.
 */
export function ngramText(text: string): string {
  return noSpaceRuns(text).map((run) => [...run].join(' ')).join(' 0 ');
}

/** A run as the index's phrase: its characters, space-separated. */
export function runPhrase(run: string): string {
  return [...run].join(' ');
}
