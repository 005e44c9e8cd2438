import type { SegmentLanguage } from '../../sections/segment.js';
import { SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './abbreviations.js';

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
const TOKEN_PATTERN = new RegExp(
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

/** English for the segment stage: the token pattern and the abbreviations and openers around sentence ends. */
export const segment: SegmentLanguage = {
  tokenPattern: TOKEN_PATTERN,
  titleAbbreviations: TITLE_ABBREVIATIONS,
  sentenceFinalAbbreviations: SENTENCE_FINAL_ABBREVIATIONS,
  sentenceOpeners: SENTENCE_OPENERS,
};
