import { decodeHtml } from '../decode.js';
import { parseDocument } from '../dom.js';
import { chooseDates } from './choose.js';
import { gatherEvidence, type DateCandidate, type DateSource } from './evidence.js';
import { boundsFor, parseDateValue } from './parse.js';
export type { DateCandidate, DateSource } from './evidence.js';

export interface FoundDate {
  /** YYYY-MM-DD or an ISO 8601 date-time */
  value: string;
  source: DateSource;
  /** the attribute, property or pattern it came from, for debugging ("article:published_time") */
  from: string;
}

export interface PageDates {
  /** when the page was first published */
  published?: FoundDate;
  /** when it was last changed, if it says so and that is another day */
  modified?: FoundDate;
  candidates: DateCandidate[];
}

export interface PageDateOptions {
  /** the URL the page was fetched from */
  url?: string;
  /** the page's declared language (primary subtag) */
  lang?: string;
  /** today, for the latest plausible date (tests pin it) */
  now?: Date;
}

function found(c: DateCandidate | undefined): FoundDate | undefined {
  return c && { value: c.value, source: c.source, from: c.from };
}

export function findPageDates(doc: Document, options: PageDateOptions = {}): PageDates {
  const evidence = gatherEvidence(doc, boundsFor(options.now), options);
  const chosen = chooseDates(evidence);
  return { published: found(chosen.published), modified: found(chosen.modified), candidates: evidence.candidates };
}

/** The publication day of a page from its HTML alone, as the date benchmark asks. */
export function findHtmlPublicationDay(html: Buffer | string, options: PageDateOptions = {}): string | undefined {
  const doc = parseDocument(decodeHtml(html).html);
  return findPageDates(doc, options).published?.value.slice(0, 10);
}

/**
 * A machine-written date (a feed's pubDate, a meta tag's content) as YYYY-MM-DD or an ISO 8601 date-time; undefined
 * when it is not one, or when it is all-numeric with day and month both 12 or less ("12/11/2019": the order is unknowable
 * without the page around it).
 */
export function normaliseDate(raw: string | undefined | null): string | undefined {
  const parsed = parseDateValue(raw, boundsFor());
  return parsed && !parsed.otherReading ? parsed.value : undefined;
}
