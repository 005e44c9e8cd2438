/** Calendar arithmetic on plain (year, month, day) dates, all in UTC so no time zone can shift a day. */
export interface CalendarDate {
  y: number;
  /** 1-12 */
  m: number;
  /** 1-31 */
  d: number;
}

const DAY_MS = 86_400_000;

export function toEpochDay(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

export function fromEpochDay(day: number): CalendarDate {
  const t = new Date(day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whether the three numbers name a real day of the calendar (no 2023-02-30, no month 13). */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: CalendarDate): number {
  const wd = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = toEpochDay({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toEpochDay(thursday) - jan1) / 7) + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => String(n).padStart(4, '0');

export const formatDay = (date: CalendarDate): string => `${pad4(date.y)}-${pad2(date.m)}-${pad2(date.d)}`;
export const formatMonth = (y: number, m: number): string => `${pad4(y)}-${pad2(m)}`;
export function formatWeek(date: CalendarDate): string {
  const w = isoWeek(date);
  return `${pad4(w.year)}-W${pad2(w.week)}`;
}

/** Parses the leading date of an ISO 8601 string ("2023-09-06", "1990-08-15T13:37", "19980108"); null if none. */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value.trim());
  if (!m) return null;
  const date = { y: +m[1], m: +m[2], d: +m[3] };
  return isCalendarDay(date.y, date.m, date.d) ? date : null;
}

/** Granularity of a TIMEX3 value, for sentence anchors. */
export function precisionOf(value: string): 'time' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'unknown' {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-(Q\d|H\d|SP|SU|FA|WI)$/.test(value)) return 'quarter';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}X?$/.test(value)) return 'decade';
  return 'unknown';
}
