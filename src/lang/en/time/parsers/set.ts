import { NUMBER, UNIT, durationValue, monthNumber, MONTH_FULL, parseNumber, unitOf } from '../lexicon.js';
import { candidate, wordPattern, type TimexParser } from '../../../../pipeline/stages/time/types.js';

const ADVERB_PERIODS: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', 'semi-annually': 'P6M',
};

/**
 * Sets (recurring times): "daily", "every day", "each year", "every three years", "every other week", "each July",
 * "twice a week" (the span is "a week").
 */
export function setParser(): TimexParser {
  const source =
    // "quarterly" is nearly always "quarterly dividend/report/results" and untagged
    `(hourly|daily|nightly|weekly|biweekly|monthly|annually|yearly|semi-annually)` +
    `|(?:every|each|per)\\s+(?:(other)\\s+|(${NUMBER})\\s+)?(${UNIT})s?` +
    `|(?:every|each)\\s+(${MONTH_FULL})`;
  return {
    name: 'set',
    gate: /hourly|daily|nightly|weekly|monthly|annually|yearly|every|each|per\s/i,
    pattern: wordPattern(source),
    extract(m, ctx) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[1]) {
        const word = m[1].toLowerCase();
        // "the daily newspaper", "weekly magazine": an adjective before a publication is not a recurring time
        if (/^\s+(?:newspaper|paper|magazine|journal|news|mail|telegraph|express|star|show|column|basis)\b/i.test(ctx.text.slice(end, end + 14))) return null;
        return candidate('set', start, end, 'SET', ADVERB_PERIODS[word], { confidence: 0.7 });
      }
      if (m[5]) {
        const month = monthNumber(m[5]);
        if (month === null || !/^\p{Lu}/u.test(m[5])) return null;
        return candidate('set', start, end, 'SET', `XXXX-${String(month).padStart(2, '0')}`);
      }
      const n = m[2] ? 2 : m[3] ? parseNumber(m[3]) : 1;
      if (n === null) return null;
      return candidate('set', start, end, 'SET', durationValue(n, unitOf(m[4])), { confidence: 0.8 });
    },
  };
}
