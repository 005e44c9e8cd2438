import { daysInMonth, formatDay, formatMonth, pad2 } from '../../../../pipeline/stages/time/calendar.js';
import { MONTH, MONTH_FULL, ORDINAL_DAY, WEEKDAY, monthNumber, parseOrdinal, weekdayNumber } from '../lexicon.js';
import { resolveMonthDay, resolveMonthYear, yearForWeekday } from '../../../../pipeline/stages/time/resolve.js';
import { candidate, wordPattern, type TimexParser } from '../../../../pipeline/stages/time/types.js';
import { POSITION_MOD, positionMod } from './modifiers.js';

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

/**
 * Month and day, with an optional year and weekday: "Sept. 30", "September 9", "9 September 2023",
 * "Sunday, March eighth", "the 9th of September". A missing year follows the tense (news convention).
 */
export function monthDayParser(): TimexParser {
  const source =
    `(?:(?:this\\s+coming\\s+|this\\s+past\\s+|last\\s+|next\\s+)?(${WEEKDAY}),?\\s+)?` +
    `(?:(?:the\\s+)?(${ORDINAL_DAY})\\s+(?:of\\s+)?(${MONTH})|(${MONTH})\\s+(?:the\\s+)?(${ORDINAL_DAY}))` +
    `(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`;
  return {
    name: 'month-day',
    pattern: wordPattern(source),
    extract(m, ctx) {
      const monthWord = m[3] ?? m[4];
      const dayWord = m[2] ?? m[5];
      if (!isCapitalised(monthWord)) return null;
      const month = monthNumber(monthWord);
      const day = parseOrdinal(dayWord);
      if (month === null || day === null || day < 1 || day > 31) return null;
      // "May 2" with a bare number but a name-like context ("Theresa May 2 ...") is rare; a day must follow the month closely
      const start = m.index;
      const end = start + m[0].length;
      if (m[6]) {
        const y = +m[6];
        if (day > daysInMonth(y, month)) return null;
        return candidate('month-day', start, end, 'DATE', formatDay({ y, m: month, d: day }), { confidence: 0.95 });
      }
      if (day > daysInMonth(ctx.dct.y, month) && !(month === 2 && day === 29)) return null;
      if (isYearlyObservance(ctx.text, start, end)) return candidate('month-day', start, end, 'DATE', `XXXX-${pad2(month)}-${pad2(day)}`, { confidence: 0.7 });
      const weekdayYear = m[1] ? yearForWeekday(ctx.dct, month, day, weekdayNumber(m[1]) ?? 0) : null;
      const date = weekdayYear !== null ? { y: weekdayYear, m: month, d: day } : resolveMonthDay(ctx.dct, month, day, ctx.tenseAt(start, end));
      return candidate('month-day', start, end, 'DATE', formatDay(date), { confidence: 0.85 });
    },
  };
}

/** Characters either side of a date searched for words of a yearly observance (about one clause). */
const OBSERVANCE_WINDOW = 80;
const OBSERVANCE_WORDS = /\b(?:is|are)\s+(?:celebrated|commemorated|observed|marked)\b|\b(?:every|each)\s+year\b|\bannually\b/i;

/** "is celebrated on September 9", "every year on May 1": a yearly date whose year is not one year (XXXX-09-09). */
function isYearlyObservance(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - OBSERVANCE_WINDOW);
  const before = text.slice(from, start);
  const after = text.slice(end, end + OBSERVANCE_WINDOW);
  // stay inside the sentence: cut at the nearest full stop on either side
  const clauseBefore = before.slice(before.lastIndexOf('.') + 1);
  const stop = after.indexOf('.');
  return OBSERVANCE_WORDS.test(clauseBefore + ' ' + (stop < 0 ? after : after.slice(0, stop)));
}

/** Month and year: "August 1988", "Aug. 1988", "July of 1997", "early September 2023", and year first: "2024 Aug". */
export function monthYearParser(): TimexParser {
  const source = `(${POSITION_MOD})?(?:(${MONTH})(?:\\s+of|,)?\\s+(\\d{4})(?!\\d|,\\d)|(\\d{4})\\s+(${MONTH})(?!\\s*\\d))`;
  return {
    name: 'month-year',
    pattern: wordPattern(source),
    extract(m) {
      const monthWord = m[2] ?? m[5];
      if (!isCapitalised(monthWord)) return null;
      const month = monthNumber(monthWord);
      if (month === null) return null;
      // "2024 May" reads as a year and a name or modal ("in 2024 May said") unless the month is unambiguous
      if (m[5] && AMBIGUOUS_MONTHS.has(monthWord.toLowerCase())) return null;
      const year = +(m[3] ?? m[4]);
      return candidate('month-year', m.index, m.index + m[0].length, 'DATE', formatMonth(year, month), { mod: positionMod(m[1]), confidence: 0.95 });
    },
  };
}

/** Words before a bare month name that make it a date ("in May", "since March", "by June"). */
const MONTH_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'until', 'till', 'til', 'through', 'throughout', 'during', 'of', 'before', 'after', 'from', 'to', 'between', 'and', 'or',
  'early', 'late', 'mid', 'last', 'next', 'this', 'that', 'each', 'every', 'around', 'on', 'for', 'as', 'into', 'within', 'starting', 'ending', 'than',
  'a', 'an', 'its', 'their', 'his', 'her', 'our',
]);
/** Month names that are also common words or surnames: they need a preposition or modifier before them. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'june', 'august']);

/**
 * A month without a day: "In July", "last May", "July last year", "this September", "late November". Its year follows
 * the tense. "May" the name and "march" the verb are not months: an ambiguous name needs a preposition before it.
 */
export function bareMonthParser(): TimexParser {
  const bare = `${MONTH_FULL}|sept\\.?|jan\\.|feb\\.|aug\\.|oct\\.|nov\\.|dec\\.`;
  const source =
    `(${POSITION_MOD}|(?:last|next|this|this\\s+past|this\\s+coming|that)\\s+)?(${bare})` + `(?:\\s+(?:of\\s+)?(last|next|this)\\s+year)?`;
  return {
    name: 'bare-month',
    pattern: wordPattern(source),
    extract(m, ctx) {
      const word = m[2];
      if (!isCapitalised(word)) return null;
      const month = monthNumber(word);
      if (month === null) return null;
      const start = m.index;
      const end = start + m[0].length;
      const prefix = (m[1] ?? '').toLowerCase().trim();
      if (!prefix && !m[3]) {
        const before = /([\p{L}]+)[^\p{L}\n]*$/u.exec(ctx.text.slice(Math.max(0, start - 20), start));
        const prev = before ? before[1].toLowerCase() : '';
        const hasPreposition = MONTH_PREPOSITIONS.has(prev);
        if (AMBIGUOUS_MONTHS.has(word.toLowerCase()) && !hasPreposition) return null;
        // a capitalised word after the month makes it a name ("August Wilson") unless a preposition says date
        const after = /^\s+(\p{Lu})/u.exec(ctx.text.slice(end, end + 3));
        if (after && !hasPreposition) return null;
      }
      let year: number;
      if (m[3]) {
        const which = m[3].toLowerCase();
        year = ctx.dct.y + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      } else if (prefix.startsWith('last') || prefix === 'this past') {
        // the latest such month before this one; "last February" said in March is a year back (else it would be "last month")
        year = month < ctx.dct.m - 1 ? ctx.dct.y : ctx.dct.y - 1;
      } else if (prefix.startsWith('next')) {
        year = ctx.dct.y + 1;
      } else if (prefix === 'this coming') {
        year = month > ctx.dct.m ? ctx.dct.y : ctx.dct.y + 1;
      } else if (prefix === 'this') {
        year = ctx.dct.y;
      } else {
        year = resolveMonthYear(ctx.dct, month, ctx.tenseAt(start, end));
      }
      return candidate('bare-month', start, end, 'DATE', formatMonth(year, month), { mod: positionMod(m[1]), confidence: 0.8 });
    },
  };
}
