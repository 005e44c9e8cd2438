import { daysInMonth, formatDay } from '../../../../pipeline/stages/time/calendar.js';
import { MONTH, monthNumber } from '../lexicon.js';
import { resolveMonthDay } from '../../../../pipeline/stages/time/resolve.js';
import { candidate, wordPattern, type TimexParser } from '../../../../pipeline/stages/time/types.js';

/**
 * Day ranges inside one month, one expression in news: "September 10 to 13", "Sept. 10-13, 2023", "10-13 September".
 * The value is the first day; `range` holds both ends.
 */
export function monthDayRangeParser(): TimexParser {
  const day = '(\\d{1,2})(?:st|nd|rd|th)?';
  const link = '\\s*(?:-|–|—|to|through|until|till|and)\\s*';
  const source = `(?:(${MONTH})\\s+${day}${link}${day}|${day}${link}${day}\\s+(?:of\\s+)?(${MONTH}))(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`;
  return {
    name: 'month-day-range',
    pattern: wordPattern(source),
    extract(m, ctx) {
      const monthWord = m[1] ?? m[6];
      if (!/^\p{Lu}/u.test(monthWord)) return null;
      const month = monthNumber(monthWord);
      const first = +(m[2] ?? m[4]);
      const last = +(m[3] ?? m[5]);
      if (month === null || first < 1 || last <= first || last > 31) return null;
      const start = m.index;
      const end = start + m[0].length;
      const y = m[7] ? +m[7] : resolveMonthDay(ctx.dct, month, first, ctx.tenseAt(start, end)).y;
      if (last > daysInMonth(y, month)) return null;
      const begin = formatDay({ y, m: month, d: first });
      return candidate('month-day-range', start, end, 'DATE', begin, { range: { begin, end: formatDay({ y, m: month, d: last }) }, confidence: 0.85 });
    },
  };
}
