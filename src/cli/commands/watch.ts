import type { Command } from 'commander';
import { pollOnce, parseDuration, WatchState, type WatchEvent, type PollSummary } from '../../ingest/feed/watch.js';
import { Fetcher } from '../../ingest/http/fetcher.js';
import { TimedPageReader } from '../../ingest/html/timed-reader.js';
import { openStore } from '../../store/index.js';
import { UserError } from '../errors.js';
import { ALLOW_PRIVATE_FLAG, ALLOW_PRIVATE_HELP, collectAllowPrivate, defaultDbPath, parseSize, printJson } from '../options.js';

interface WatchOptions {
  every: string;
  once?: boolean;
  db: string;
  state?: string;
  /** true: every private range; a list: the addresses, ranges and hosts named */
  allowPrivate?: true | string[];
  timeout: string;
  hostDelay: string;
  pageTimeout: string;
  maxBytes: string;
  stages?: string;
  json?: boolean;
}

function describe(e: WatchEvent): string {
  switch (e.kind) {
    case 'feed-ok': return `feed ${e.feed}: ${e.count} new item(s)`;
    case 'feed-not-modified': return `feed ${e.feed}: not modified`;
    case 'feed-failed': return `feed ${e.feed} failed (will retry next poll): ${e.reason}`;
    case 'item-stored': return `stored ${e.url}`;
    case 'item-duplicate': return `already stored ${e.url}`;
    case 'item-failed': return `page ${e.url} failed (attempt ${e.count}, will retry next poll): ${e.reason}`;
    case 'item-gave-up': return `page ${e.url} given up after ${e.count} attempt(s): ${e.reason}`;
  }
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom/JSON feeds (URLs or files), fetch each new item\'s page, extract, analyse and store it')
    .argument('<feeds...>', 'feed URLs or files')
    .option('--every <duration>', 'time between polls (e.g. 30s, 15m, 1h)', '15m')
    .option('--once', 'poll once and exit')
    .option('--db <file>', 'database file (or TIDINGS_DB)', defaultDbPath())
    .option('--state <file>', 'where seen items and feed validators are kept (default: DB file + .watch.json)')
    .option(ALLOW_PRIVATE_FLAG, ALLOW_PRIVATE_HELP, collectAllowPrivate)
    .option('--timeout <duration>', 'per-request timeout', '20s')
    .option('--host-delay <duration>', 'least time between two requests to one site (a longer robots.txt crawl-delay wins)', '1s')
    .option('--page-timeout <duration>', 'longest time to read one fetched page into an article (it is then given up)', '10s')
    .option('--max-bytes <size>', 'largest page or feed accepted (e.g. 5MB)', '5MB')
    .option('--stages <names>', 'comma-separated stages to run (default: all)')
    .option('--json', 'print one JSON line per event and per poll summary')
    .action(async (feeds: string[], opts: WatchOptions) => {
      let everyMs: number, timeoutMs: number, pageTimeoutMs: number, maxBytes: number, hostDelayMs: number;
      try {
        everyMs = parseDuration(opts.every);
        timeoutMs = parseDuration(opts.timeout);
        hostDelayMs = parseDuration(opts.hostDelay);
        pageTimeoutMs = parseDuration(opts.pageTimeout);
        maxBytes = parseSize(opts.maxBytes);
      } catch (err) {
        throw new UserError((err as Error).message);
      }
      if (everyMs < 1000) throw new UserError('--every must be at least 1s');
      const statePath = opts.state ?? (opts.db === ':memory:' ? undefined : `${opts.db}.watch.json`);
      let state: WatchState;
      try {
        state = new WatchState(statePath);
      } catch (err) {
        throw new UserError((err as Error).message);
      }
      const store = await openStore(opts.db);
      const fetcher = new Fetcher({ allowPrivate: opts.allowPrivate ?? false, timeoutMs, maxBytes, hostDelayMs, validators: state });
      const { createPipeline } = await import('../../pipeline/pipeline.js');
      const pipeline = createPipeline({ stages: opts.stages?.split(',').map((s) => s.trim()) });
      const emit = (line: unknown) => (opts.json ? printJson(line) : process.stderr.write(`${String(line)}\n`));
      const log = (e: WatchEvent) => emit(opts.json ? { time: new Date().toISOString(), ...e } : `${new Date().toISOString()} ${describe(e)}`);
      const sink = async (article: Parameters<typeof pipeline.analyze>[0]) => {
        const put = await store.putBatch([{ article, extraction: pipeline.analyze(article) }]);
        return put.inserted > 0 ? ('stored' as const) : ('duplicate' as const);
      };
      const pageReader = new TimedPageReader(pageTimeoutMs);
      let stopping = false;
      let wake: (() => void) | undefined;
      const stop = () => {
        stopping = true;
        wake?.();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        for (;;) {
          const summary: PollSummary = await pollOnce({ feeds, fetcher, state, sink, log, readPage: (html, o) => pageReader.read(html, o) });
          emit(opts.json ? { time: new Date().toISOString(), kind: 'poll', ...summary } : `poll done: ${summary.stored} stored, ${summary.duplicates} already stored, ${summary.failed} failed (to retry), ${summary.gaveUp} given up, ${summary.feedsFailed}/${summary.feeds} feeds failed`);
          if (opts.once || stopping) {
            if (opts.once && summary.feedsFailed === summary.feeds && summary.feeds > 0) process.exitCode = 1;
            break;
          }
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, everyMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          if (stopping) break;
        }
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await pageReader.close();
        await fetcher.close();
        await store.close();
      }
    });
}
