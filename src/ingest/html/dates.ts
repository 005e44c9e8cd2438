import { parsePublished } from '../dates.js';

/** Where a publication date was found, in the order we trust them. */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'url';

export interface FoundDate {
  /** YYYY-MM-DD or an ISO 8601 date-time */
  value: string;
  source: DateSource;
  /** the attribute, property or pattern it came from, for debugging ("article:published_time") */
  from: string;
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/** Earliest and latest plausible publication years (the web; and not a typo far in the future). */
const MIN_YEAR = 1990;
const MAX_YEAR_AHEAD = 1;

function plausibleYear(year: number): boolean {
  return year >= MIN_YEAR && year <= new Date().getUTCFullYear() + MAX_YEAR_AHEAD;
}

/**
 * A date string as pages write them (ISO 8601 with or without zone or milliseconds, "20191120", RFC 2822
 * "Wed, 20 Nov 2019 10:00:00 GMT", "November 20, 2019") to YYYY-MM-DD or a full ISO date-time; undefined otherwise.
 */
export function normaliseDate(raw: string | undefined | null): string | undefined {
  const v = (raw ?? '').trim();
  if (!v) return undefined;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?/i.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    if (!plausibleYear(+y)) return undefined;
    const z = zone === undefined ? '' : zone.length === 3 ? `${zone}:00` : zone.toUpperCase();
    return attempt(h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${z}`);
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/.exec(v);
  if (m) {
    const [, y, mo, d, h, mi, s] = m;
    if (!plausibleYear(+y)) return undefined;
    return attempt(h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}Z`);
  }
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(v);
  if (m && plausibleYear(+m[1])) return attempt(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
  // "Wed, 20 Nov 2019 10:00:00 GMT", "20 November 2019", "November 20, 2019": only with a written month, never a bare d/m/y
  if (/[a-z]{3}/i.test(v)) {
    const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i.exec(v);
    const year = /\b(19|20)\d{2}\b/.exec(v);
    if (!month || !year || !plausibleYear(+year[0])) return undefined;
    const ms = Date.parse(v);
    if (!Number.isNaN(ms) && /\d{1,2}:\d{2}/.test(v)) {
      const iso = new Date(ms).toISOString();
      return attempt(iso.replace(/\.\d{3}Z$/, 'Z'));
    }
    const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*:)/.exec(v.replace(year[0], ''));
    if (!day) return undefined;
    return attempt(`${year[0]}-${MONTHS[month[1].toLowerCase()]}-${day[1].padStart(2, '0')}`);
  }
  return undefined;
}

function attempt(value: string): string | undefined {
  try {
    return parsePublished(value);
  } catch {
    return undefined;
  }
}

/** Dates in article URLs: /2019/11/19/, /2019/nov/18/, /2019-11-19-, /20191119/ or a slug ending in -20191115. */
const URL_DATE_PATTERNS: RegExp[] = [
  /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/,
  /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/i,
  /[/_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_-]|\.html?|$)/,
  /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/,
];

export function dateFromUrl(url: string | undefined): FoundDate | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  for (const re of URL_DATE_PATTERNS) {
    const m = re.exec(path);
    if (m && plausibleYear(+m[1])) {
      const month = MONTHS[m[2].toLowerCase()] ?? m[2];
      const value = attempt(`${m[1]}-${month}-${m[3].padStart(2, '0')}`);
      if (value) return { value, source: 'url', from: m[0] };
    }
  }
  return undefined;
}
