import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { largeArticleProgress } from '../large-article.js';
import { DEFAULT_BATCH_SIZE, runIngest, type IngestProgress, type IngestSummary } from '../../ingest/run-ingest.js';
import { displayLocation, openStore } from '../../store/index.js';
import { createWorkerPool, defaultWorkerCount, type WorkerPool } from '../../queue/worker-pool.js';
import { enqueueArticles, redisConnection } from '../../queue/redis-queue.js';
import { readSources } from '../../ingest/read.js';
import { parseDuration } from '../../ingest/feed/watch.js';
import type { ReadOptions } from '../../ingest/types.js';
import { Fetcher } from '../../ingest/http/fetcher.js';
import { DEFAULT_MAX_SITEMAP_PAGES } from '../../ingest/web-pages.js';
import { isWebUrl } from '../../ingest/urls.js';
import { UserError } from '../errors.js';
import { ALLOW_PRIVATE_FLAG, ALLOW_PRIVATE_HELP, collectAllowPrivate, defaultDbPath, parseSize, printJson } from '../options.js';

interface IngestOptions {
  db: string;
  published?: string;
  source?: string;
  lang?: string;
  batch: string;
  every: string;
  maxBytes: string;
  pageTimeout: string;
  allowAnyDate?: boolean;
  stages?: string;
  actors?: string;
  json?: boolean;
  workers?: string;
  queue?: string;
  sitemap: string[];
  maxPages: string;
  /** true: every private range; a list: the addresses, ranges and hosts named */
  allowPrivate?: true | string[];
  timeout: string;
  hostDelay: string;
}

/** Without a terminal, one progress line per this many articles: a few lines a minute at typical speeds. */
const DEFAULT_PROGRESS_EVERY = 1000;
/** Failures listed by name in the text summary; --json lists them all. */
const FAILURES_SHOWN = 20;

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read, analyse and store articles (files, folders, JSONL, - for stdin, web pages by URL, sitemaps); rerunning is harmless')
    .argument('[sources...]', 'files, folders, - for stdin, or http(s) URLs of pages')
    .option('--db <file>', 'database file (or TIDINGS_DB)', defaultDbPath())
    .option('--published <date>', 'publication date for text without a date header and for pages that give none')
    .option('--allow-any-date', 'take publication dates outside 1900..tomorrow (refused by default as typos)')
    .option('--source <name>', 'outlet name to record for every article')
    .option('--lang <code>', 'language when the input does not say', 'en')
    .option('--batch <n>', 'articles written per transaction', String(DEFAULT_BATCH_SIZE))
    .option('--every <n>', 'without a terminal, print one progress line per N articles', String(DEFAULT_PROGRESS_EVERY))
    .option('--max-bytes <size>', 'largest article accepted (e.g. 5MB)', '5MB')
    .option('--page-timeout <duration>', 'longest time to read one HTML page into an article (it is then refused)', '10s')
    .option('--stages <names>', 'comma-separated stages to run (default: all)')
    .option('--actors <file>', 'PETRARCH-format actor dictionary to load')
    .option('--workers <n>', 'analyse in N worker threads (default: one per core)', String(defaultWorkerCount()))
    .option('--queue <url>', 'enqueue the articles on a Redis queue for `tidings worker` processes instead of analysing here')
    .option('--sitemap <url>', 'read the pages a sitemap (or sitemap index) lists; repeatable', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--max-pages <n>', 'most pages read from all sitemaps', String(DEFAULT_MAX_SITEMAP_PAGES))
    .option(ALLOW_PRIVATE_FLAG, ALLOW_PRIVATE_HELP, collectAllowPrivate)
    .option('--timeout <duration>', 'per-request timeout for pages and sitemaps', '20s')
    .option('--host-delay <duration>', 'least time between two requests to one site (a longer robots.txt crawl-delay wins)', '1s')
    .option('--json', 'print the summary as one JSON object')
    .action(async (sources: string[], opts: IngestOptions) => {
      if (!sources.length && !opts.sitemap.length) throw new UserError('nothing to ingest: give files, folders, -, URLs, or --sitemap URL');
      const batchSize = positiveInt(opts.batch, '--batch');
      const workers = positiveInt(opts.workers ?? '1', '--workers');
      const every = positiveInt(opts.every, '--every');
      let maxBytes: number;
      try {
        maxBytes = parseSize(opts.maxBytes);
      } catch (err) {
        throw new UserError(`--max-bytes: ${(err as Error).message}`);
      }
      let pageTimeoutMs: number;
      try {
        pageTimeoutMs = parseDuration(opts.pageTimeout);
      } catch (err) {
        throw new UserError(`--page-timeout: ${(err as Error).message}`);
      }
      const fetcher = makeFetcher(sources, opts, maxBytes);
      const readOptions: ReadOptions = {
        published: opts.published, source: opts.source, lang: opts.lang, maxBytes, pageTimeoutMs, allowAnyDate: opts.allowAnyDate,
        fetcher, sitemaps: opts.sitemap, maxPages: positiveInt(opts.maxPages, '--max-pages'),
      };
      if (opts.queue) {
        try {
          return await enqueue(sources, opts.queue, readOptions, opts.json);
        } finally {
          await fetcher?.close();
        }
      }
      const store = await openStore(opts.db);
      let pool: WorkerPool | null = null;
      let progress = { update: (_p: IngestProgress) => {}, stop: () => {} };
      let summary: IngestSummary;
      try {
        // loaded on use: the stages' models are only needed when ingesting
        const { createPipeline } = await import('../../pipeline/pipeline.js');
        const { createSourceHomes } = await import('../../pipeline/stages/places/home.js');
        const pipelineOptions = { stages: opts.stages?.split(',').map((s) => s.trim()), actorsFile: opts.actors };
        // one worker analyses in this thread; more run the pipeline in threads and this one only writes
        pool = workers > 1 ? await createWorkerPool(workers, pipelineOptions) : null;
        const pipeline = pool ?? createPipeline(pipelineOptions);
        // the clock starts once models are loaded, so the rate shown is the ingest rate
        progress = createProgress(every);
        summary = await runIngest({
          inputs: sources,
          store,
          pipeline,
          readOptions,
          batchSize,
          sourceHomes: createSourceHomes(),
          onProgress: progress.update,
          articleProgress: (article, origin) => largeArticleProgress(article, origin, (line) => process.stderr.write(line + '\n')),
        });
      } finally {
        progress.stop();
        await fetcher?.close();
        await pool?.close();
        await store.close();
      }
      if (opts.json) printJson({ db: displayLocation(opts.db), ...summary });
      else printSummary(summary, displayLocation(opts.db));
      if (summary.failed.length) process.exitCode = 1;
    });
}

/** `--queue`: read and enqueue only; workers elsewhere analyse and store. */
async function enqueue(sources: string[], queueUrl: string, readOptions: ReadOptions, json?: boolean): Promise<void> {
  let summary;
  try {
    redisConnection(queueUrl);
    summary = await enqueueArticles(queueUrl, readSources(sources, readOptions));
  } catch (err) {
    throw new UserError(`cannot enqueue on ${queueUrl}: ${(err as Error).message}`);
  }
  if (json) printJson({ queue: queueUrl, ...summary });
  else {
    process.stdout.write(`${summary.enqueued} articles enqueued on ${queueUrl}, ${summary.failed.length} inputs failed\n`);
    for (const f of summary.failed.slice(0, FAILURES_SHOWN)) process.stdout.write(`  ${f.error}\n`);
  }
  if (summary.failed.length) process.exitCode = 1;
}

/** The fetcher for URL inputs and sitemaps (the one `watch` uses), or undefined when every input is local. */
function makeFetcher(sources: string[], opts: IngestOptions, maxBytes: number): Fetcher | undefined {
  if (!opts.sitemap.length && !sources.some(isWebUrl)) return undefined;
  let timeoutMs: number, hostDelayMs: number;
  try {
    timeoutMs = parseDuration(opts.timeout);
  } catch (err) {
    throw new UserError(`--timeout: ${(err as Error).message}`);
  }
  try {
    hostDelayMs = parseDuration(opts.hostDelay);
  } catch (err) {
    throw new UserError(`--host-delay: ${(err as Error).message}`);
  }
  return new Fetcher({ allowPrivate: opts.allowPrivate ?? false, timeoutMs, maxBytes, hostDelayMs });
}

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UserError(`${flag} wants a whole number of at least 1, not "${value}"`);
  return n;
}

/** A live status line on a terminal; otherwise one plain line on stderr per `every` articles. */
function createProgress(every: number): { update: (p: IngestProgress) => void; stop: () => void } {
  const started = performance.now();
  const rate = (n: number) => Math.round(n / Math.max((performance.now() - started) / 1000, 1e-3));
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: 'ingesting {read} articles | {stored} stored | {unchanged} unchanged | {failed} failed | {rate} articles/s',
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(0, 0, { read: 0, stored: 0, unchanged: 0, failed: 0, rate: 0 });
    return {
      update: (p) => bar.update(p.read, { ...p, rate: rate(p.read) }),
      stop: () => bar.stop(),
    };
  }
  let nextLine = every;
  return {
    update: (p) => {
      if (p.read < nextLine) return;
      nextLine = (Math.floor(p.read / every) + 1) * every;
      process.stderr.write(`ingest: ${p.read} read, ${p.stored} stored, ${p.unchanged} unchanged, ${p.failed} failed (${rate(p.read)} articles/s)\n`);
    },
    stop: () => {},
  };
}

function printSummary(s: IngestSummary, db: string): void {
  const perSecond = s.seconds > 0 ? Math.round(s.read / s.seconds) : s.read;
  process.stdout.write(
    `${s.read} articles read into ${db}: ${s.stored} stored, ${s.unchanged} unchanged, ${s.failed.length} failed ` +
      `(${s.seconds.toFixed(1)} s, ${perSecond} articles/s)\n`,
  );
  if (s.undated) {
    process.stdout.write(`${s.undated} without any date, kept as published: unknown (no date in the page, its feed, Last-Modified or --published): searchable, left out of views by date until ingested again with --published DATE\n`);
  }
  const languages = Object.entries(s.notAnalysed).sort(([a], [b]) => a.localeCompare(b));
  if (languages.length) {
    const n = languages.reduce((sum, [, count]) => sum + count, 0);
    const list = languages.map(([lang, count]) => `${lang} ${count}`).join(', ');
    process.stdout.write(`${n} stored without analysis, no language pack (analysis: skipped): ${list}\n`);
  }
  if (!s.failed.length) return;
  process.stdout.write('failed:\n');
  for (const f of s.failed.slice(0, FAILURES_SHOWN)) process.stdout.write(`  ${f.error}\n`);
  if (s.failed.length > FAILURES_SHOWN) process.stdout.write(`  ... and ${s.failed.length - FAILURES_SHOWN} more (--json lists them all)\n`);
}
