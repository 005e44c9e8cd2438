import type { Article } from '../model/article.js';
import type { Fetcher } from './http/fetcher.js';

/** One thing a reader produced: an article, or a clear reason why an input could not be read. */
export type ReadItem =
  | { ok: true; article: Article; origin: string }
  | { ok: false; origin: string; line?: number; error: string };

export interface ReadOptions {
  /** publication date for inputs without one (plain text) */
  published?: string;
  /** largest article body accepted, in bytes (default 5 MB) */
  maxBytes?: number;
  /** language when the input does not say */
  lang?: string;
  /** source/outlet name to record */
  source?: string;
  /** take publication dates outside 1900..(now + 1 day) (refused by default) */
  allowAnyDate?: boolean;
  /** longest time to read one HTML page into an article, in ms (default 10 s; 0: read in this thread, no limit) */
  pageTimeoutMs?: number;
  /** fetches http(s) inputs and sitemaps (the fetcher `watch` uses: SSRF guard, limits, robots.txt, per-host pace) */
  fetcher?: Fetcher;
  /** sitemaps whose pages are read after the inputs */
  sitemaps?: string[];
  /** most pages read from all sitemaps (default 1000) */
  maxPages?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
