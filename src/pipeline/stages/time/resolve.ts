import { addDays, addMonths, compareDates, daysInMonth, formatDay, formatMonth, formatWeek, isoWeekday, quarterOf, toEpochDay, type CalendarDate } from './calendar.js';
import type { Tense } from './types.js';

/**
 * The news conventions for expressions without a year: a weekday in past-tense reporting is the most recent one (the
 * publication day itself included), in future-tense context the next one, with no tense the nearer one.
 */
export function resolveWeekday(dct: CalendarDate, weekday: number, tense: Tense): CalendarDate {
  const today = isoWeekday(dct);
  const ahead = (weekday - today + 7) % 7;
  const back = (today - weekday + 7) % 7;
  if (tense === 1 || (tense === 0 && ahead < back)) return addDays(dct, ahead);
  return addDays(dct, -back);
}

/**
 * How much nearer the other reading must be to overrule the tense: a past-tense "Dec. 7" in an October article is
 * still the coming one (38 days ahead against 327 back); reporting verbs make past tense a weak cue for dates.
 */
const TENSE_BIAS = 2;

/** Picks the earlier or later reading: the tense's one unless the other is more than TENSE_BIAS times nearer. */
function pickByTense(daysBack: number, daysAhead: number, tense: Tense): 'before' | 'after' {
  if (tense === -1) return daysBack <= daysAhead * TENSE_BIAS ? 'before' : 'after';
  if (tense === 1) return daysAhead <= daysBack * TENSE_BIAS ? 'after' : 'before';
  return daysBack <= daysAhead ? 'before' : 'after';
}

/** Year of a bare month name: this year's if it is the current month, else the last or next one (tense and nearness). */
export function resolveMonthYear(dct: CalendarDate, month: number, tense: Tense): number {
  if (month === dct.m) return dct.y;
  const back = (dct.m - month + 12) % 12;
  const ahead = (month - dct.m + 12) % 12;
  const pick = pickByTense(back, ahead, tense);
  if (pick === 'before') return month < dct.m ? dct.y : dct.y - 1;
  return month > dct.m ? dct.y : dct.y + 1;
}

/** Month and day without a year: last occurrence (past), next (future), or the nearer of the two (no tense). */
export function resolveMonthDay(dct: CalendarDate, month: number, day: number, tense: Tense): CalendarDate {
  if (month === 2 && day === 29) return resolveLeapDay(dct, tense);
  const sameYear = { y: dct.y, m: month, d: day };
  const cmp = compareDates(sameYear, dct);
  const before = cmp <= 0 ? sameYear : { y: dct.y - 1, m: month, d: day };
  const after = cmp >= 0 ? sameYear : { y: dct.y + 1, m: month, d: day };
  return pickByTense(toEpochDay(dct) - toEpochDay(before), toEpochDay(after) - toEpochDay(dct), tense) === 'before' ? before : after;
}

/** February 29 without a year: the leap day before (past), after (future) or nearest the publication date. */
function resolveLeapDay(dct: CalendarDate, tense: Tense): CalendarDate {
  const isLeap = (y: number) => daysInMonth(y, 2) === 29;
  let before = dct.y;
  while (!isLeap(before) || compareDates({ y: before, m: 2, d: 29 }, dct) > 0) before--;
  let after = dct.y;
  while (!isLeap(after) || compareDates({ y: after, m: 2, d: 29 }, dct) < 0) after++;
  const b = { y: before, m: 2, d: 29 };
  const a = { y: after, m: 2, d: 29 };
  return pickByTense(toEpochDay(dct) - toEpochDay(b), toEpochDay(a) - toEpochDay(dct), tense) === 'before' ? b : a;
}

/** The year in which month/day falls on `weekday` ("Monday, Oct. 26"), nearest the publication date; null if none. */
export function yearForWeekday(dct: CalendarDate, month: number, day: number, weekday: number): number | null {
  for (const y of [dct.y, dct.y - 1, dct.y + 1]) {
    if (day <= daysInMonth(y, month) && isoWeekday({ y, m: month, d: day }) === weekday) return y;
  }
  return null;
}

/**
 * Quarter number n of the current year if it has begun, else of last year. Tense is not used: business news speaks
 * of the latest reported quarter even in the future tense ("will report third-quarter results").
 */
export function resolveQuarterYear(dct: CalendarDate, quarter: number): number {
  return quarter <= quarterOf(dct.m) ? dct.y : dct.y - 1;
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
      return String(Math.floor(dct.y / 10) + offset).padStart(3, '0');
    case 'century':
      return String(Math.floor(dct.y / 100) + offset).padStart(2, '0');
    default:
      return null;
  }
}

const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export function seasonCode(word: string): string | null {
  return SEASON_CODES[word.toLowerCase()] ?? null;
}

/** "last summer", "this fall", "next spring": offset -1 / 0 / 1 seasons of that name from the publication date. */
/** Northern-hemisphere season of each month, for "this past spring". */
const SEASON_OF_MONTH = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];
const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];

export function resolveSeason(dct: CalendarDate, code: string, offset: number, thisPast = false): string {
  const year = dct.y;
  if (offset === 0) return `${year}-${code}`;
  if (offset < 0 && thisPast) return `${SEASON_ORDER.indexOf(code) < SEASON_ORDER.indexOf(SEASON_OF_MONTH[dct.m - 1]) ? year : year - 1}-${code}`;
  // "last spring", "next summer": journalists mean the previous / next year's season
  return `${year + (offset < 0 ? -1 : 1)}-${code}`;
}

export { formatDay, formatMonth, formatWeek };
