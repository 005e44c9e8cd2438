import { isCalendarDay } from '../pipeline/stages/time/calendar.js';

/** A calendar date or an ISO 8601 date-time, checked for impossible values ("2023-13-45"). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Normalises a publication date to YYYY-MM-DD or a full ISO date-time; throws one clear message when it is not one. */
export function parsePublished(value: string): string {
  const v = value.trim();
  const m = ISO_DATE.exec(v);
  if (!m) throw new Error(`"${value}" is not a date (expected YYYY-MM-DD or an ISO 8601 date-time)`);
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = +y, month = +mo, day = +d;
  if (!isCalendarDay(year, month, day)) throw new Error(`impossible date ${v.slice(0, 10)}`);
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (+h > 23 || +mi > 59 || (s !== undefined && +s > 59)) throw new Error(`impossible time in ${v}`);
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone ? normaliseZone(zone) : 'Z'}`;
  if (Number.isNaN(Date.parse(iso))) throw new Error(`impossible date-time ${v}`);
  return iso;
}

function normaliseZone(zone: string): string {
  if (zone === 'Z') return 'Z';
  return zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
}

/** The earliest publication date taken without --allow-any-date: before it, a date is almost surely a typo. */
export const EARLIEST_PUBLISHED = '1900-01-01';
/** How far past now a publication date may lie (time zones ahead of this machine's clock). */
const LATEST_AHEAD_MS = 24 * 3600 * 1000;

/**
 * Refuses a publication date outside 1900..(now + 1 day) unless `allowAnyDate`: a year 0001, 3024 or 9999 is a typo
 * or a placeholder, and would silently anchor every relative date in the article ("Monday") wrongly.
 */
export function checkPublishedRange(published: string, allowAnyDate = false, now = Date.now()): string {
  if (allowAnyDate) return published;
  const day = published.slice(0, 10);
  const latest = new Date(now + LATEST_AHEAD_MS).toISOString().slice(0, 10);
  if (day < EARLIEST_PUBLISHED || day > latest) {
    throw new Error(`publication date ${day} is outside ${EARLIEST_PUBLISHED}..${latest}: give the right date, or pass --allow-any-date to keep it`);
  }
  return published;
}
