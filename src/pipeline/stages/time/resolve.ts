import { addDays, addMonths, compareDates, formatDay, formatMonth, formatWeek, isoWeekday, quarterOf, toEpochDay, type CalendarDate } from './calendar.js';
import type { Tense } from './types.js';

/**
 * The news conventions for expressions without a year: a weekday or month in past-tense reporting is the most recent
 * one (the publication day itself included), in future-tense context the next one.
 */
export function resolveWeekday(dct: CalendarDate, weekday: number, tense: Tense): CalendarDate {
  const today = isoWeekday(dct);
  if (tense === 1) return addDays(dct, (weekday - today + 7) % 7);
  return addDays(dct, -((today - weekday + 7) % 7));
}

/** Year of a bare month name: this year's if it is the current month, else the last (past) or next (future) one. */
export function resolveMonthYear(dct: CalendarDate, month: number, tense: Tense): number {
  if (month === dct.m) return dct.y;
  if (tense === 1) return month > dct.m ? dct.y : dct.y + 1;
  return month < dct.m ? dct.y : dct.y - 1;
}

/** Month and day without a year: last occurrence (past), next (future), or the nearer of the two (no tense). */
export function resolveMonthDay(dct: CalendarDate, month: number, day: number, tense: Tense): CalendarDate {
  const sameYear = { y: dct.y, m: month, d: day };
  const cmp = compareDates(sameYear, dct);
  const before = cmp <= 0 ? sameYear : { y: dct.y - 1, m: month, d: day };
  const after = cmp >= 0 ? sameYear : { y: dct.y + 1, m: month, d: day };
  if (tense === -1) return before;
  if (tense === 1) return after;
  return toEpochDay(dct) - toEpochDay(before) <= toEpochDay(after) - toEpochDay(dct) ? before : after;
}

/** Quarter number n of the current year if it has begun, else of last year (future tense: the next one). */
export function resolveQuarterYear(dct: CalendarDate, quarter: number, tense: Tense): number {
  const current = quarterOf(dct.m);
  if (tense === 1) return quarter >= current ? dct.y : dct.y + 1;
  return quarter <= current ? dct.y : dct.y - 1;
}

/** TIMEX3 value of the calendar unit `offset` units from the publication date ("last week" = offset -1 of week). */
export function shiftedUnitValue(dct: CalendarDate, unit: string, offset: number): string | null {
  switch (unit) {
    case 'day':
      return formatDay(addDays(dct, offset));
    case 'week':
      return formatWeek(addDays(dct, offset * 7));
    case 'weekend':
      return `${formatWeek(addDays(dct, offset * 7))}-WE`;
    case 'fortnight':
      return formatWeek(addDays(dct, offset * 14));
    case 'month': {
      const d = addMonths(dct, offset);
      return formatMonth(d.y, d.m);
    }
    case 'quarter': {
      const index = dct.y * 4 + quarterOf(dct.m) - 1 + offset;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    case 'half': {
      const index = dct.y * 2 + (dct.m > 6 ? 1 : 0) + offset;
      return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
    }
    case 'year':
      return String(dct.y + offset).padStart(4, '0');
    case 'decade':
      return `${String(Math.floor(dct.y / 10) + offset).padStart(3, '0')}X`;
    case 'century':
      return String(Math.floor(dct.y / 100) + offset).padStart(2, '0');
    default:
      return null;
  }
}

const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** Northern-hemisphere season of a month, for "this summer" and "last winter". */
const SEASON_OF_MONTH = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];
const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];

export function seasonCode(word: string): string | null {
  return SEASON_CODES[word.toLowerCase()] ?? null;
}

/** "last summer", "this fall", "next spring": offset -1 / 0 / 1 seasons of that name from the publication date. */
export function resolveSeason(dct: CalendarDate, code: string, offset: number, tense: Tense): string {
  const current = SEASON_OF_MONTH[dct.m - 1];
  let year = dct.y;
  if (offset === 0) {
    if (tense === -1 && SEASON_ORDER.indexOf(code) > SEASON_ORDER.indexOf(current)) year--;
    return `${year}-${code}`;
  }
  if (offset < 0) return `${SEASON_ORDER.indexOf(code) < SEASON_ORDER.indexOf(current) ? year : year - 1}-${code}`;
  return `${SEASON_ORDER.indexOf(code) > SEASON_ORDER.indexOf(current) ? year : year + 1}-${code}`;
}

export { formatDay, formatMonth, formatWeek };
