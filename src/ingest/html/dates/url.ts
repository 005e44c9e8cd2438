import { calendarDay, type DateBounds } from './parse.js';
import { MONTH_BY_NAME } from './months.js';

/** Dates in article URLs: /2019/11/19/, /2019/nov/18/, /2019-11-19-, /20191119/, a slug ending in -20191115. */
const URL_DATE_PATTERNS: RegExp[] = [
  /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?:\/|$|[_-]|\.html?)/,
  /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/i,
  /[/_.-]((?:19|20)\d{2})[-_](0[1-9]|1[0-2])[-_](0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/,
  /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/,
];
/** Day first, as European sites write their paths: /meldungen/29-10-2021. */
const URL_DMY_PATTERN = /[/_-](0?[1-9]|[12]\d|3[01])[-_.](0?[1-9]|1[0-2])[-_.]((?:19|20)\d{2})(?:[/_.-]|$)/;


export interface UrlDate {
  day: string;
  /** the part of the path that held it */
  from: string;
}

function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  }
}

/** The day a URL's path names, if it names one. */
export function dayFromUrl(url: string | undefined, bounds: DateBounds): UrlDate | undefined {
  if (!url) return undefined;
  // an archive's copy keeps the original URL after its own timestamp: read the original's path
  const path = pathOf(url.replace(/^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\//i, ''));
  for (const re of URL_DATE_PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const month = MONTH_BY_NAME.get(m[2].toLowerCase()) ?? +m[2];
    const day = calendarDay(+m[1], month, +m[3], bounds);
    if (day) return { day, from: m[0] };
  }
  const m = URL_DMY_PATTERN.exec(path);
  const day = m && calendarDay(+m[3], +m[2], +m[1], bounds);
  return day ? { day, from: m[0] } : undefined;
}

