import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findHtmlPublicationDay } from '../../ingest/html/dates/index.js';
import { dataPath } from '../data.js';
import { round } from '../metrics.js';
import type { EvalOptions, EvalResult, Scorer } from '../registry.js';
import { addCounts, countPage, dateMetrics, emptyCounts, type DateCounts, type DateMetrics } from './score.js';

export const DATES_DATASET = 'html-dates';

interface GoldEntry {
  file: string;
  date: string | null;
  set: string;
}

/**
 * The half a page falls in, from a hash of its file name: stable, independent of the page's content and of the order
 * of gold.json, so rules can be tuned on "dev" and checked on "test".
 */
export function halfOf(file: string): 'dev' | 'test' {
  return createHash('sha256').update(file).digest()[0] < 128 ? 'dev' : 'test';
}

export interface PageResult {
  url: string;
  file: string;
  set: string;
  half: 'dev' | 'test';
  gold: string | null;
  predicted?: string;
  ms: number;
}

/** Every page's prediction, scored from the HTML alone (no URL given), as htmldate's comparison runs. */
export function predictPages(options: EvalOptions): PageResult[] {
  const dir = dataPath(options.data, DATES_DATASET);
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, GoldEntry>;
  let entries = Object.entries(gold).filter(([, g]) => !options.split || options.split === 'all' || halfOf(g.file) === options.split);
  if (options.limit && options.limit > 0) entries = entries.slice(0, options.limit);
  const cache = new Map<string, Buffer>();
  const results: PageResult[] = [];
  for (const [url, g] of entries) {
    let html = cache.get(g.file);
    if (!html) {
      html = gunzipSync(readFileSync(join(dir, 'pages', g.file)));
      cache.set(g.file, html);
    }
    const started = performance.now();
    const predicted = findHtmlPublicationDay(html);
    const ms = performance.now() - started;
    results.push({ url, file: g.file, set: g.set, half: halfOf(g.file), gold: g.date, predicted, ms });
  }
  return results;
}

function summarise(results: PageResult[]): DateMetrics {
  const counts = results.reduce<DateCounts>((acc, r) => addCounts(acc, countPage(r.predicted, r.gold)), emptyCounts());
  return dateMetrics(counts, results.length);
}

function groupBy(results: PageResult[], key: (r: PageResult) => string): Record<string, unknown> {
  const groups = new Map<string, PageResult[]>();
  for (const r of results) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, summarise(v)]));
}

/**
 * `tidings eval dates`: the publication day our HTML reader finds in each page of htmldate's benchmark, against the
 * gold day, counted as htmldate's evaluation counts (see score.ts); by set and by dev/test half, with time per page.
 */
export async function runDatesEval(options: EvalOptions): Promise<EvalResult> {
  const results = predictPages(options);
  const totalMs = results.reduce((s, r) => s + r.ms, 0);
  return {
    stage: 'dates',
    dataset: DATES_DATASET,
    split: options.split ?? 'all',
    metrics: {
      ...summarise(results),
      bySet: groupBy(results, (r) => r.set),
      byHalf: groupBy(results, (r) => r.half),
      msPerPage: round(totalMs / Math.max(1, results.length), 2),
      note: 'each page scored from its HTML alone (decode, parse, find), as htmldate\'s comparison calls find_date(html)',
    },
  };
}

export const datesScorer: Scorer = {
  stage: 'dates',
  description: 'publication date of HTML pages: precision, recall, accuracy and F as htmldate counts them (html-dates benchmark, 1,000 pages)',
  datasets: [DATES_DATASET],
  splits: ['all', 'dev', 'test'],
  run: runDatesEval,
};
