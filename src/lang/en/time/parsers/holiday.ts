import { addDays, daysInMonth, formatDay, isoWeekday, type CalendarDate } from '../../../../pipeline/stages/time/calendar.js';
import { resolveMonthDay } from '../../../../pipeline/stages/time/resolve.js';
import { candidate, wordPattern, type TimexParser } from '../../../../pipeline/stages/time/types.js';

/** Fixed-date holidays: month and day. */
const FIXED: Record<string, [number, number]> = {
  'christmas eve': [12, 24], 'christmas day': [12, 25], christmas: [12, 25], "new year's eve": [12, 31], "new year's day": [1, 1],
  'independence day': [7, 4], halloween: [10, 31], "valentine's day": [2, 14], 'bastille day': [7, 14], 'boxing day': [12, 26],
};

/** Holidays on the n-th weekday of a month (n = -1 for the last): US Thanksgiving, Labor Day, Memorial Day. */
const NTH_WEEKDAY: Record<string, [number, number, number]> = {
  'thanksgiving day': [11, 4, 4], thanksgiving: [11, 4, 4], 'labor day': [9, 1, 1], 'memorial day': [5, 1, -1],
};

function nthWeekday(y: number, month: number, weekday: number, n: number): CalendarDate {
  if (n > 0) {
    const first = { y, m: month, d: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const lastDay = { y, m: month, d: daysInMonth(y, month) };
  return addDays(lastDay, -((isoWeekday(lastDay) - weekday + 7) % 7));
}

/** Holidays: "Christmas", "New Year's Day", "Thanksgiving Day", "Labor Day", with an optional year. */
export function holidayParser(): TimexParser {
  const names = [...Object.keys(FIXED), ...Object.keys(NTH_WEEKDAY)].sort((a, b) => b.length - a.length).map((n) => n.replace(/'/g, "['’]").replace(/\s+/g, '\\s+'));
  return {
    name: 'holiday',
    gate: /christmas|new year|independence|halloween|valentine|bastille|boxing|thanksgiving|labor day|memorial day/i,
    pattern: wordPattern(`(${names.join('|')})(?:,?\\s+(\\d{4}))?`),
    extract(m, ctx) {
      if (!/^\p{Lu}/u.test(m[1])) return null;
      const key = m[1].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
      const start = m.index;
      const end = start + m[0].length;
      const tense = ctx.tenseAt(start, end);
      const fixed = FIXED[key];
      if (fixed) {
        const date = m[2] ? { y: +m[2], m: fixed[0], d: fixed[1] } : resolveMonthDay(ctx.dct, fixed[0], fixed[1], tense);
        return candidate('holiday', start, end, 'DATE', formatDay(date), { confidence: 0.8 });
      }
      const [month, weekday, n] = NTH_WEEKDAY[key];
      let y = m[2] ? +m[2] : ctx.dct.y;
      if (!m[2]) {
        const thisYear = nthWeekday(y, month, weekday, n);
        const probe = resolveMonthDay(ctx.dct, thisYear.m, thisYear.d, tense);
        y = probe.y;
      }
      return candidate('holiday', start, end, 'DATE', formatDay(nthWeekday(y, month, weekday, n)), { confidence: 0.8 });
    },
  };
}
