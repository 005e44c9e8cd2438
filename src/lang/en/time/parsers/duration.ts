import { NUMBER, UNIT, durationValue, parseNumber, unitOf } from '../lexicon.js';
import { shiftedUnitValue } from '../../../../pipeline/stages/time/resolve.js';
import { candidate, wordPattern, type TimexCandidate, type TimexContext, type TimexParser } from '../../../../pipeline/stages/time/types.js';
import { QUANTITY_MOD, quantityMod } from './modifiers.js';

const VAGUE_COUNT = '(?:several|a\\s+few|few|many|some|a\\s+couple\\s+of|couple\\s+of|a\\s+number\\s+of|dozens\\s+of|hundreds\\s+of|numerous)';
const COUNT = `(?:${NUMBER}(?:\\s+and\\s+(?:a|one)[-\\s]half|\\s+1/2|\\s*½)?|a|an|${VAGUE_COUNT}|half\\s+an?)`;

/** Count of units: 2.5 for "2 1/2" or "two and a half", null for "several"; undefined when it is not a count. */
function countOf(text: string): number | null | undefined {
  let t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^(several|a few|few|many|some|numerous|a number of|dozens of|hundreds of)$/.test(t)) return null;
  if (/^(a couple of|couple of)$/.test(t)) return 2;
  if (/^half an?$/.test(t)) return 0.5;
  let half = 0;
  const halfMatch = /(?:\s+and\s+(?:a|one)[-\s]half|\s+1\/2|\s*½)$/.exec(t);
  if (halfMatch) {
    half = 0.5;
    t = t.slice(0, halfMatch.index);
  }
  const n = parseNumber(t);
  return n === null ? undefined : n + half;
}

const PAST_WORDS = new Set(['ago', 'earlier', 'back']);
/** Words before "a year" that make it a rate ("$5 billion a year", "twice a day"): a set, not a duration. */
const RATE_BEFORE = /(?:\d|million|billion|trillion|times|twice|once|percent|%|dollars|pounds|euros|yen|cents|hours|days|meals|barrels|tons)\W*$/i;

/**
 * Durations and distances in time: "three days", "the past two weeks", "more than four hours", "a minute and a half",
 * "2 1/2 years", "several years"; with "ago", "earlier", "from now" they are dates: "10 days ago", "a year earlier".
 * "later", "after" and "before" stay outside the span: they count from another event, not from publication.
 */
export function durationParser(): TimexParser {
  const source =
    `(${QUANTITY_MOD})?(?:(the|a|an|another)\\s+)?(?:(past|last|next|previous|coming|first|final|latest|following|initial|remaining|entire|whole|full|other|additional|further|extra|recent)\\s+)?` +
    `(${COUNT})[\\s-]+(${UNIT})s?(?:\\s+(and\\s+a\\s+half))?(?:(?:\\s+or\\s+so)?\\s+(ago|earlier|back|from\\s+now|hence)|-?\\s*(old|long))?`;
  return {
    name: 'duration',
    pattern: wordPattern(source),
    extract(m, ctx) {
      return extractDuration(m, ctx);
    },
  };
}

function extractDuration(m: RegExpExecArray, ctx: TimexContext): TimexCandidate | null {
  const [whole, modWord, determiner, qualifier, countText, unitWord, andHalf, relationWord, adjectiveWord] = m;
  const relation = relationWord ?? adjectiveWord;
  const unit = unitOf(unitWord);
  let count = countOf(countText);
  if (count === undefined) return null;
  if (count !== null && andHalf) count += 0.5;
  const countLower = countText.toLowerCase().trim();
  const unitEnd = m[0].toLowerCase().lastIndexOf(unitWord.toLowerCase()) + unitWord.length;
  const plural = /^s/i.test(m[0].slice(unitEnd));
  let start = m.index;
  const end = start + whole.length;
  let modWordUsed: string | undefined = modWord;
  // "over the past three months": "over" is a preposition there, not "more than"; "a five-year plan", "a five year
  // low": the article belongs to the noun the adjective (hyphenated, or a singular unit after a count) modifies
  const adjectival = /^[^\s-]+-/.test(whole.slice(whole.toLowerCase().lastIndexOf(countLower))) || (!plural && count !== 1 && count !== null);
  const det = determiner?.toLowerCase();
  if (det && (det === 'the' || adjectival)) {
    if (modWord) modWordUsed = undefined;
    if (modWord || adjectival) start = m.index + whole.toLowerCase().indexOf(adjectival ? countLower : det, modWord ? modWord.length : 0);
  }
  const after = ctx.text.slice(end, end + 12);
  // "a second term", "one second-round vote": "second" is an ordinal unless a count in digits or a clear time word says otherwise
  if (unit === 'second' && /^(a|an|one)$/.test(countLower) && !/^\s*(ago|later|or|and|before|after)\b|^\s*[.,;)]/.test(after)) return null;
  // "some day", "a day" after a determiner: "some" with a singular unit is not a count
  if (countLower === 'some' && !plural) return null;
  const rel = relation?.toLowerCase().replace(/\s+/g, ' ');
  const mod = quantityMod(modWordUsed);
  // ages ("a 52-year-old", "six years old") are not time expressions in TimeML
  if (rel === 'old') return null;
  // "the 1988 quarter": a year, not 1988 quarters
  if (count !== null && count >= 1000 && !plural) return null;
  // "about two years ago", "more than four decades ago": TimeBank annotates the hedged distance as a duration
  if (rel && rel !== 'long' && mod && mod !== 'APPROX' && count !== null) {
    return candidate('duration', start, end, 'DURATION', durationValue(count, unit), { mod, confidence: 0.6 });
  }
  if (rel && rel !== 'long') {
    const past = PAST_WORDS.has(rel);
    if (count === null) return candidate('duration', start, end, 'DATE', past ? 'PAST_REF' : 'FUTURE_REF', { mod, confidence: 0.7 });
    const units = Math.round(count);
    // "three hours ago" is still the publication day at day precision
    const clockUnit = unit === 'hour' || unit === 'minute' || unit === 'second';
    const value = shiftedUnitValue(ctx.dct, clockUnit ? 'day' : unit, clockUnit ? 0 : past ? -units : units);
    if (value === null) return null;
    const discourse = unit === 'year' && units === 1 && past && !determiner ? 'year-before' : undefined;
    return candidate('duration', start, end, 'DATE', value, { mod, confidence: 0.8, discourse });
  }
  if (!determiner && !qualifier && !modWord && /^(a|an)$/.test(countLower) && RATE_BEFORE.test(ctx.text.slice(Math.max(0, start - 20), start))) {
    return candidate('duration', start, end, 'SET', durationValue(1, unit), { confidence: 0.7 });
  }
  return candidate('duration', start, end, 'DURATION', durationValue(count, unit), { mod, confidence: 0.8 });
}

/** "recent weeks", "the coming months", "the next few days": a stretch of unknown length just before or after publication. */
export function recentComingParser(): TimexParser {
  return {
    name: 'recent-coming',
    gate: /recent|coming|few/i,
    pattern: wordPattern('(?:the\\s+)?(recent|coming|next\\s+few|past\\s+few|last\\s+few|upcoming)\\s+(days|weeks|months|quarters|years|decades)'),
    extract(m) {
      const start = m.index;
      const end = start + m[0].length;
      // "the coming days" is a fuzzy future; "recent weeks", "the past few months" a stretch of unknown length
      if (/coming|upcoming/i.test(m[1])) return candidate('recent-coming', start, end, 'DATE', 'FUTURE_REF', { confidence: 0.6 });
      return candidate('recent-coming', start, end, 'DURATION', durationValue(null, unitOf(m[2])), { confidence: 0.6 });
    },
  };
}

/** A plural unit with no count after a preposition: "for years", "within weeks", "in decades". */
export function vagueDurationParser(): TimexParser {
  return {
    name: 'vague-duration',
    gate: /seconds|minutes|hours|days|weeks|months|years|decades|centuries/i,
    pattern: wordPattern('(?:for|over|within|in|after|during|took|takes|lasted|last)\\s+(seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?!\\s+(?:ago|of|to|before|after|earlier|later))'),
    extract(m) {
      const end = m.index + m[0].length;
      return candidate('vague-duration', end - m[1].length, end, 'DURATION', durationValue(null, unitOf(m[1])), { confidence: 0.6 });
    },
  };
}
