import { parsePublished } from '../../dates.js';
import { MONTH_ALTERNATION, MONTH_BY_NAME } from './months.js';
import { isCalendarDay } from '../../../pipeline/stages/time/calendar.js';

/** Which of two numbers comes first in an all-numeric date with slashes or dashes ("03/04/2020"). */
export type DayOrder = 'dmy' | 'mdy';

/** A date written somewhere: the day it names, and where in the string it was. */
export interface TextDate {
  /** YYYY-MM-DD */
  day: string;
  start: number;
  end: number;
  /** which pattern matched ("iso", "dmy-dots", "dmy-name", "mdy-name", "slashes", "cjk") */
  form: string;
  /** the order was a guess (both numbers were 12 or less): the day the other order would give */
  otherReading?: string;
}

export interface DateBounds {
  /** earliest acceptable day, YYYY-MM-DD */
  earliest: string;
  /** latest acceptable day, YYYY-MM-DD */
  latest: string;
}

/** The first news sites went online in the mid-1990s: an earlier "publication" date is a birthday, a founding year, a typo. */
export const EARLIEST_WEB_DAY = '1995-01-01';

/** Bounds from today: nothing is published tomorrow (one day of slack for time zones). */
export function boundsFor(now: Date = new Date()): DateBounds {
  return { earliest: EARLIEST_WEB_DAY, latest: new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10) };
}

/** YYYY-MM-DD when the three numbers are a real calendar day within the bounds; undefined otherwise. */
export function calendarDay(year: number, month: number, day: number, bounds: DateBounds): string | undefined {
  if (!isCalendarDay(year, month, day)) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return iso >= bounds.earliest && iso <= bounds.latest ? iso : undefined;
}

/** A two-digit year in this century unless that would be in the future ("98" is 1998, "19" is 2019). */
function fullYear(raw: string, bounds: DateBounds): number {
  if (raw.length === 4) return +raw;
  const thisCentury = 2000 + +raw;
  return thisCentury <= +bounds.latest.slice(0, 4) ? thisCentury : 1900 + +raw;
}

const NOT_AFTER_ALNUM = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_LETTER = '(?![\\p{L}])';
const YEAR4 = '((?:19|20)\\d{2})';
const MONTH = `(${MONTH_ALTERNATION})`;
/** Ordinal marks after a day number: English, French "1er", Spanish/Portuguese "1º", German "1." */
const ORDINAL = '(?:st|nd|rd|th|er|º|°|\\.)?';

interface DatePattern {
  form: string;
  re: RegExp;
  /** year, month, day (a month may be a name) from a match */
  parts(m: RegExpExecArray): [string, string, string];
  /** numbers whose order the page decides */
  orderDecides?: boolean;
}

const PATTERNS: DatePattern[] = [
  // 2019-11-20, 2019/11/20, 2019.11.20, "2019. 11. 20." (Korean, Hungarian)
  { form: 'iso', re: new RegExp(`${NOT_AFTER_ALNUM}${YEAR4}([-/.])\\s?(\\d{1,2})\\2\\s?(\\d{1,2})(?!\\d)`, 'gu'), parts: (m) => [m[1], m[3], m[4]] },
  // 20.11.2019, 5. 3. 2019, 20.11.19: the dotted form is day first wherever it is used
  { form: 'dmy-dots', re: new RegExp(`${NOT_AFTER_ALNUM}(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2}|\\d{2})(?![\\d.]\\d)`, 'gu'), parts: (m) => [m[3], m[2], m[1]] },
  // 26 | 01 | 2022: a designer's separators, day first as with dots
  { form: 'dmy-bars', re: new RegExp(`${NOT_AFTER_ALNUM}(\\d{1,2})\\s?\\|\\s?(\\d{1,2})\\s?\\|\\s?((?:19|20)\\d{2})(?!\\d)`, 'gu'), parts: (m) => [m[3], m[2], m[1]] },
  // 03/04/2020, 03-04-2020, 3/4/20: day or month first, as the page writes them
  { form: 'slashes', re: new RegExp(`${NOT_AFTER_ALNUM}(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2}|\\d{2})(?![\\d/])`, 'gu'), parts: (m) => [m[3], m[1], m[2]], orderDecides: true },
  { form: 'dashes', re: new RegExp(`${NOT_AFTER_ALNUM}(\\d{1,2})-(\\d{1,2})-((?:19|20)\\d{2})(?![\\d-])`, 'gu'), parts: (m) => [m[3], m[1], m[2]], orderDecides: true },
  // 20 November 2019, 20. Nov. 2019, 1er août 2019, 20 de noviembre de 2019, 20th of November, 2019
  {
    form: 'dmy-name',
    re: new RegExp(`${NOT_AFTER_ALNUM}(\\d{1,2})${ORDINAL}\\s*(?:de\\s+|of\\s+)?${MONTH}\\.?${NOT_BEFORE_LETTER},?\\s*(?:de\\s+|del\\s+)?${YEAR4}(?!\\d)`, 'giu'),
    parts: (m) => [m[3], m[2], m[1]],
  },
  // November 20, 2019, Nov. 20th 2019, Dec 29th, 2019
  {
    form: 'mdy-name',
    re: new RegExp(`${NOT_AFTER_ALNUM}${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?${NOT_BEFORE_LETTER}\\.?,?\\s*${YEAR4}(?!\\d)`, 'giu'),
    parts: (m) => [m[3], m[1], m[2]],
  },
  // 2019年11月20日 (Chinese, Japanese), 2019년 11월 20일 (Korean)
  { form: 'cjk', re: /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu, parts: (m) => [m[1], m[2], m[3]] },
];

function monthNumber(raw: string): number {
  return /^\d+$/.test(raw) ? +raw : MONTH_BY_NAME.get(raw.toLowerCase()) ?? 0;
}

/**
 * Every date written in a string, in order, each one once (where two readings overlap the longer wins).
 * `order` settles all-numeric dates with slashes or dashes whose two first numbers are both 12 or less.
 */
export function findDatesInText(text: string, bounds: DateBounds, order: DayOrder = 'dmy'): TextDate[] {
  const found: TextDate[] = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      const [y, a, b] = pattern.parts(m);
      const year = fullYear(y, bounds);
      let month = monthNumber(a);
      let day = +b;
      let otherReading: string | undefined;
      if (pattern.orderDecides) {
        // parts() reads "first/second" as month/day; the page's order or an impossible month decides
        const first = +a, second = +b;
        const dayFirst = first > 12 ? true : second > 12 ? false : order === 'dmy';
        if (first <= 12 && second <= 12 && first !== second) otherReading = calendarDay(year, dayFirst ? first : second, dayFirst ? second : first, bounds);
        [day, month] = dayFirst ? [first, second] : [second, first];
      }
      const iso = calendarDay(year, month, day, bounds);
      if (iso) found.push({ day: iso, start: m.index, end: m.index + m[0].length, form: pattern.form, ...(otherReading ? { otherReading } : {}) });
    }
  }
  found.sort((x, y) => x.start - y.start || y.end - y.start - (x.end - x.start));
  const kept: TextDate[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}

/** How an all-numeric page writes its dates, from the dates whose order shows (a first number over 12 is a day). */
export function slashOrderEvidence(text: string): { dmy: number; mdy: number } {
  let dmy = 0, mdy = 0;
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})[/-](\d{1,2})[/-](?:19|20)?\d{2}(?!\d)/g)) {
    if (+m[1] > 12 && +m[2] <= 12) dmy++;
    else if (+m[2] > 12 && +m[1] <= 12) mdy++;
  }
  return { dmy, mdy };
}

const ISO_VALUE = /^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT_VALUE = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(?:Z)?$/;
/** Unix time in seconds (10 digits) or milliseconds (13) covers 2001 to 2286: the web's dates. */
const EPOCH_VALUE = /^(\d{10})(\d{3})?$/;

export interface DateValue {
  /** YYYY-MM-DD */
  day: string;
  /** YYYY-MM-DD, or an ISO 8601 date-time when the value had a time */
  value: string;
  /** an all-numeric value whose order was a guess: the day the other order gives */
  otherReading?: string;
}

/**
 * A machine-written date value (a meta content, a `datetime` attribute, a JSON-LD string): ISO 8601 with or without
 * time and zone, "20191120", a Unix time, RFC 2822, or a written date. The day is the one the writer meant: the local
 * day of a date-time with a zone, never shifted to UTC.
 */
export function parseDateValue(raw: string | undefined | null, bounds: DateBounds, order: DayOrder = 'dmy'): DateValue | undefined {
  const v = (raw ?? '').trim();
  if (!v) return undefined;
  let m = ISO_VALUE.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    const day = calendarDay(+y, +mo, +d, bounds);
    if (!day) return undefined;
    if (h === undefined) return { day, value: day };
    const z = zone === undefined ? '' : /^[+-]\d{2}$/.test(zone) ? `${zone}:00` : zone.toUpperCase();
    return { day, value: withTime(day, h, mi, s, z) };
  }
  m = COMPACT_VALUE.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, s] = m;
    const day = calendarDay(+y, +mo, +d, bounds);
    if (!day) return undefined;
    return { day, value: h === undefined ? day : withTime(day, h, mi, s, 'Z') };
  }
  m = EPOCH_VALUE.exec(v);
  if (m) {
    const iso = new Date(+m[1] * 1000).toISOString();
    const day = iso.slice(0, 10);
    return day >= bounds.earliest && day <= bounds.latest ? { day, value: iso.replace(/\.\d{3}Z$/, 'Z') } : undefined;
  }
  const rfc = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(gmt|utc|z|[+-]\d{4})?/i.exec(v);
  if (rfc) {
    const day = calendarDay(+rfc[3], MONTH_BY_NAME.get(rfc[2].toLowerCase()) ?? 0, +rfc[1], bounds);
    if (!day) return undefined;
    const zone = rfc[7] === undefined ? '' : /^(gmt|utc|z)$/i.test(rfc[7]) ? 'Z' : `${rfc[7].slice(0, 3)}:${rfc[7].slice(3)}`;
    return { day, value: withTime(day, rfc[4], rfc[5], rfc[6], zone) };
  }
  const written = findDatesInText(v, bounds, order)[0];
  if (!written) return undefined;
  return { day: written.day, value: written.day, ...(written.otherReading ? { otherReading: written.otherReading } : {}) };
}

function withTime(day: string, h: string, mi: string, s: string | undefined, zone: string): string {
  const value = `${day}T${h.padStart(2, '0')}:${mi}:${s ?? '00'}${zone || 'Z'}`;
  try {
    return parsePublished(value);
  } catch {
    return day; // an impossible time ("25:61") still names its day
  }
}
