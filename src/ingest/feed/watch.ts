import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Article } from '../../model/article.js';
import { htmlToArticle, type HtmlOptions } from '../html/index.js';
import { FetchError, type Fetcher, type ValidatorStore, type Validators } from '../http/fetcher.js';
import { loadFeed } from './index.js';
import type { FeedItem } from './parse.js';

/** A page that failed and will be tried again on the next poll. */
interface PendingItem {
  item: FeedItem;
  feed: string;
  source?: string;
  attempts: number;
  lastError: string;
}

interface WatchStateData {
  /** ETag / Last-Modified per feed URL */
  validators: Record<string, Validators>;
  /** item keys (feed id and page URL) already ingested or given up on, with when */
  seen: Record<string, string>;
  pending: Record<string, PendingItem>;
}

/** What `tidings watch` remembers between polls and runs, in a small JSON file next to the database. */
export class WatchState implements ValidatorStore {
  private data: WatchStateData = { validators: {}, seen: {}, pending: {} };

  constructor(readonly path?: string) {
    if (!path) return;
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      return; // first run
    }
    try {
      const parsed = JSON.parse(raw) as Partial<WatchStateData>;
      this.data = { validators: parsed.validators ?? {}, seen: parsed.seen ?? {}, pending: parsed.pending ?? {} };
    } catch {
      throw new Error(`${path} is not a watch state file (delete it to start afresh)`);
    }
  }

  get(url: string): Validators | undefined {
    return this.data.validators[url];
  }
  set(url: string, validators: Validators): void {
    this.data.validators[url] = validators;
  }
  isSeen(item: FeedItem): boolean {
    return itemKeys(item).some((k) => k in this.data.seen);
  }
  markSeen(item: FeedItem): void {
    const now = new Date().toISOString();
    for (const k of itemKeys(item)) this.data.seen[k] = now;
    delete this.data.pending[itemKeys(item)[0]];
  }
  isPending(item: FeedItem): boolean {
    return itemKeys(item)[0] in this.data.pending;
  }
  pendingItems(): PendingItem[] {
    return Object.values(this.data.pending);
  }
  addFailure(item: FeedItem, feed: string, source: string | undefined, reason: string): PendingItem {
    const key = itemKeys(item)[0];
    const prev = this.data.pending[key];
    const entry: PendingItem = { item, feed, source, attempts: (prev?.attempts ?? 0) + 1, lastError: reason };
    this.data.pending[key] = entry;
    return entry;
  }
  /** Writes the state atomically (a crash mid-write leaves the previous file). */
  save(): void {
    if (!this.path) return;
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data));
    renameSync(tmp, this.path);
  }
}

function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.toString();
  } catch {
    return url;
  }
}

/** An item is the same item if either its feed id or its page URL was seen (feeds change one or the other). */
function itemKeys(item: FeedItem): string[] {
  const url = `url:${normaliseUrl(item.url)}`;
  return item.id && item.id !== item.url ? [`id:${item.id}`, url] : [url];
}

export type WatchEventKind =
  | 'feed-ok' | 'feed-not-modified' | 'feed-failed' | 'item-stored' | 'item-duplicate' | 'item-failed' | 'item-gave-up';

export interface WatchEvent {
  kind: WatchEventKind;
  feed: string;
  url?: string;
  /** the one-line reason of a failure */
  reason?: string;
  /** number of new items (feed-ok) or attempt number (item-failed) */
  count?: number;
}

/** Where analysed articles go: returns whether it was new. */
export type ArticleSink = (article: Article) => Promise<'stored' | 'duplicate'>;

export interface PollOptions {
  feeds: string[];
  fetcher: Fetcher;
  state: WatchState;
  sink: ArticleSink;
  log?: (event: WatchEvent) => void;
  /** pages fetched at once across all hosts (the fetcher still allows only 2 per host) */
  concurrency?: number;
  /** attempts at a failing page before giving up on it */
  maxAttempts?: number;
  /** reads a fetched page into an article (default: in this thread, unbounded; the CLI uses a TimedPageReader) */
  readPage?: (html: Buffer | string, options: HtmlOptions) => Article | Promise<Article>;
}

export interface PollSummary {
  feeds: number;
  feedsFailed: number;
  feedsNotModified: number;
  newItems: number;
  stored: number;
  duplicates: number;
  failed: number;
  gaveUp: number;
}

/** Pages fetched at once overall: enough to keep two hosts busy, little enough for a laptop. */
const DEFAULT_CONCURRENCY = 4;
/** A page failing this many polls in a row (about an hour at 15-minute polls) is given up. */
const DEFAULT_MAX_ATTEMPTS = 4;
/** Failures that another attempt cannot fix. */
const PERMANENT_KINDS = new Set(['private-address', 'bad-url', 'robots']);

function reasonOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

/**
 * One poll: reads every feed (conditionally), then fetches, extracts and sinks each item not seen before, plus the
 * pages that failed on earlier polls. A failing feed or page is logged with its reason and never stops the others.
 */
export async function pollOnce(options: PollOptions): Promise<PollSummary> {
  const { fetcher, state, sink } = options;
  const log = options.log ?? (() => {});
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const readPage = options.readPage ?? htmlToArticle;
  const summary: PollSummary = { feeds: options.feeds.length, feedsFailed: 0, feedsNotModified: 0, newItems: 0, stored: 0, duplicates: 0, failed: 0, gaveUp: 0 };
  const work: Array<{ item: FeedItem; feed: string; source?: string }> = state.pendingItems().map((p) => ({ item: p.item, feed: p.feed, source: p.source }));
  const queued = new Set(work.map((w) => w.item.url));

  for (const feed of options.feeds) {
    try {
      const loaded = await loadFeed(feed, fetcher);
      if (loaded.status === 'not-modified') {
        summary.feedsNotModified++;
        log({ kind: 'feed-not-modified', feed });
        continue;
      }
      let fresh = 0;
      for (const item of loaded.feed.items) {
        if (state.isSeen(item) || queued.has(item.url)) continue;
        queued.add(item.url);
        work.push({ item, feed, source: loaded.feed.title });
        fresh++;
      }
      summary.newItems += fresh;
      log({ kind: 'feed-ok', feed, count: fresh });
    } catch (err) {
      summary.feedsFailed++;
      log({ kind: 'feed-failed', feed, reason: reasonOf(err) });
    }
  }

  const ingest = async ({ item, feed, source }: { item: FeedItem; feed: string; source?: string }) => {
    try {
      const res = await fetcher.fetch(item.url, false);
      if (res.status !== 'ok') throw new Error(`unexpected ${res.httpStatus} for a page fetched unconditionally`);
      if (res.contentType && !/html|xml|text\/plain/i.test(res.contentType)) throw new Error(`not an HTML page (${res.contentType})`);
      const article = await readPage(res.body, { url: res.finalUrl, contentType: res.contentType, feedPublished: item.published, lastModified: res.validators.lastModified, source });
      if (!article.title && item.title) article.title = item.title;
      const outcome = await sink(article);
      state.markSeen(item);
      if (outcome === 'stored') summary.stored++;
      else summary.duplicates++;
      log({ kind: outcome === 'stored' ? 'item-stored' : 'item-duplicate', feed, url: item.url });
    } catch (err) {
      const reason = reasonOf(err);
      const permanent = err instanceof FetchError && PERMANENT_KINDS.has(err.kind);
      const entry = state.addFailure(item, feed, source, reason);
      if (permanent || entry.attempts >= maxAttempts) {
        state.markSeen(item);
        summary.gaveUp++;
        log({ kind: 'item-gave-up', feed, url: item.url, reason, count: entry.attempts });
      } else {
        summary.failed++;
        log({ kind: 'item-failed', feed, url: item.url, reason, count: entry.attempts });
      }
    }
    state.save();
  };

  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, work.length) }, async () => {
    while (next < work.length) await ingest(work[next++]);
  });
  await Promise.all(workers);
  state.save();
  return summary;
}

/** "15m", "30s", "1h", "90" (seconds) to milliseconds; throws one clear message otherwise. */
export function parseDuration(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(value);
  if (!m) throw new Error(`"${value}" is not a duration (e.g. 30s, 15m, 1h)`);
  const unit = (m[2] ?? 's').toLowerCase();
  const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : unit === 'h' ? 3_600_000 : 86_400_000;
  return Math.round(parseFloat(m[1]) * factor);
}
