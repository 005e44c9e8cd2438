import type { Command } from 'commander';
import type { BenchReport } from '../../bench/run.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR } from '../../eval/data.js';
import { parseSize, printJson } from '../options.js';
import { UserError } from '../errors.js';

interface BenchOptions {
  data: string;
  runs: string;
  workers?: string;
  json?: boolean;
  corpus?: string;
  corpusDb: string;
  queue?: string;
  queueDb?: string;
  large?: string;
  storyOrder?: string;
  storySet: string;
}

/** What `tidings bench` measures against: development dependencies, absent from a production install. */
const BASELINE_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model', 'compromise'];

/** Runs `load`; a baseline package missing from this install becomes one clear message instead of a stack. */
export async function withBaselines<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const missing = BASELINE_PACKAGES.find((p) => (err as Error).message?.includes(`'${p}'`));
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && missing) {
      throw new UserError(`tidings bench measures against ${BASELINE_PACKAGES.join(', ')}: development dependencies this install lacks ("${missing}"); run it from a clone after \`npm install\`, or install with --include=dev`);
    }
    throw err;
  }
}

/** Enough CoNLL test text for a stable rate; compromise is slow, so the whole test set would dominate the run. */
const NER_COMPARISON_TOKENS = 50_000;

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure pipeline and per-stage speed on >= 2 MB of news text, against wink-nlp tokenisation')
    .option('--data <dir>', 'folder holding the public data sets', DEFAULT_DATA_DIR)
    .option('--runs <n>', 'timed runs (the median is reported)', '3')
    .option('--workers <list>', 'also measure N worker threads end to end, e.g. 1,2 (reports the speed-up)')
    .option('--queue <url>', 'with --workers: also measure queue mode, N `tidings worker` processes consuming from this Redis')
    .option('--queue-db <url>', 'store the queue-mode workers write to (a postgres:// URL); required with --queue')
    .option('--json', 'print one JSON object')
    .option('--corpus <n>', 'instead: ingest a synthetic corpus of N articles (SQLite, or PostgreSQL with a postgres:// --corpus-db) and measure ingest rate, memory, size and query latency')
    .option('--large <sizes>', 'instead: CPU seconds to analyse one generated article of each size, e.g. 250KB,500KB,1MB,5MB')
    .option('--story-order <shuffles>', 'instead: store one analysed article set in date order, reversed and N shuffled orders, and compare their stories (adjusted Rand index, B-cubed F1)')
    .option('--story-set <name>', 'articles for --story-order: polnear (924 dated articles from --data) or reports (2,000 of our meeting reports)', 'polnear')
    .option('--corpus-db <file>', 'database file or postgres:// URL for --corpus (replaced: SQLite file removed, PostgreSQL schema dropped)', '/tmp/tidings-corpus-bench.db')
    .action(async (opts: BenchOptions) => {
      if (opts.large !== undefined) return benchLarge(opts.large, Boolean(opts.json));
      if (opts.storyOrder !== undefined) return benchStories(opts);
      if (opts.corpus !== undefined) {
        const articles = Number(opts.corpus);
        if (!Number.isInteger(articles) || articles < 1) throw new UserError(`--corpus wants a whole number of articles, not "${opts.corpus}"`);
        const { runCorpusBenchCli } = await import('../../bench/corpus-scale.js');
        return runCorpusBenchCli(articles, opts.corpusDb, Boolean(opts.json));
      }
      const { loadBenchCorpus } = await import('../../bench/corpus.js');
      const { benchPipeline } = await withBaselines(() => import('../../bench/run.js'));
      const { benchWorkers } = await import('../../bench/workers.js');
      const { benchNerComparison } = await import('../../bench/ner-comparison.js');
      if (opts.queue && !opts.workers) throw new UserError('--queue needs --workers, e.g. --workers 1,2');
      if (opts.queue && !opts.queueDb) throw new UserError('--queue needs --queue-db, the postgres:// URL the workers store into');
      const corpus = await loadBenchCorpus(opts.data);
      const runs = Math.max(1, parseInt(opts.runs, 10) || 3);
      const report = benchPipeline(corpus, runs);
      // the recogniser next to compromise on the same CoNLL-2003 test text (skipped where the data set is absent)
      if (existsSync(join(opts.data, 'conll2003', 'test.txt'))) report.nerComparison = await withBaselines(() => benchNerComparison({ data: opts.data, maxTokens: NER_COMPARISON_TOKENS }));
      if (opts.workers) {
        const counts = opts.workers.split(',').map((n) => parseInt(n, 10));
        if (counts.some((n) => !(n >= 1))) throw new UserError(`--workers takes whole numbers such as 1,2; got "${opts.workers}"`);
        const w = await benchWorkers(corpus, report.tokens, counts, runs);
        report.workerRuns = w.runs;
        report.speedup = w.speedup;
        if (opts.queue) {
          const { benchQueue } = await import('../../bench/queue.js');
          report.queueRuns = await benchQueue(corpus, report.tokens, counts, opts.queue, opts.queueDb!);
        }
      }
      if (opts.json) printJson(report);
      else printReport(report);
    });
}

/** `--story-order`: the stories of one set stored in several orders, against the date-ordered run. */
async function benchStories(opts: BenchOptions): Promise<void> {
  const shuffles = Number(opts.storyOrder);
  if (!Number.isInteger(shuffles) || shuffles < 0) throw new UserError(`--story-order wants a whole number of shuffled orders, not "${opts.storyOrder}"`);
  const { benchStoryOrder, storyOrderArticles } = await import('../../bench/story-order.js');
  const { createPipeline } = await import('../../pipeline/pipeline.js');
  let set;
  try {
    set = storyOrderArticles(opts.storySet, opts.data);
  } catch (err) {
    throw new UserError(`--story-set: ${(err as Error).message}`);
  }
  const pipeline = createPipeline();
  const items = set.articles.map((article) => ({ article, extraction: pipeline.analyze(article) }));
  const report = await benchStoryOrder(opts.storySet, items, shuffles, set.truth);
  if (opts.json) return printJson(report);
  const f = (x: number) => x.toFixed(4);
  process.stdout.write(`stories of ${report.articles} ${report.set} articles stored in ${report.runs.length} orders, against the date-ordered run\n`);
  for (const r of report.runs) {
    process.stdout.write(`  ${r.order.padEnd(10)} ${String(r.stories).padStart(5)} stories (largest ${r.largest}, ${r.singletons} of one article)  ` +
      `ARI ${f(r.ari)}  B-cubed F1 ${f(r.bcubedF1)}  pair Jaccard ${f(r.pairJaccard)}  ${r.cpuSeconds.toFixed(1)} CPU s\n`);
  }
  process.stdout.write(`  worst: ARI ${f(report.worst.ari)}, B-cubed F1 ${f(report.worst.bcubedF1)}, pair Jaccard ${f(report.worst.pairJaccard)}\n`);
  if (report.truth) process.stdout.write(`  date order against the meetings reported: ARI ${f(report.truth.ari)}, B-cubed F1 ${f(report.truth.bcubedF1)}, pair Jaccard ${f(report.truth.pairJaccard)}\n`);
}

/** `--large`: one article of each size, analysed in turn by one warmed pipeline; the last size against 500 KB. */
async function benchLarge(list: string, json: boolean): Promise<void> {
  let sizes: number[];
  try {
    sizes = list.split(',').map((s) => parseSize(s));
  } catch (err) {
    throw new UserError(`--large: ${(err as Error).message}`);
  }
  const { createPipeline } = await import('../../pipeline/pipeline.js');
  const { benchLargeArticles } = await import('../../bench/large-article.js');
  const runs = benchLargeArticles(createPipeline(), sizes, (r) => {
    if (!json) process.stdout.write(`${(r.bytes / 1024).toFixed(0).padStart(6)} KB  ${r.cpuSeconds.toFixed(2).padStart(7)} CPU s  ${r.wallSeconds.toFixed(2).padStart(7)} s wall  ${r.entities} entities, ${r.events} events\n`);
  });
  const base = runs.find((r) => r.bytes === 500 * 1024) ?? runs[0];
  const last = runs[runs.length - 1];
  const ratio = Math.round((last.cpuSeconds / base.cpuSeconds) * 100) / 100;
  if (json) printJson({ runs, ratio: { of: last.bytes, to: base.bytes, cpu: ratio } });
  else process.stdout.write(`CPU ratio ${(last.bytes / 1024).toFixed(0)} KB / ${(base.bytes / 1024).toFixed(0)} KB: ${ratio} (text ratio ${(last.bytes / base.bytes).toFixed(1)})\n`);
}

function printReport(r: BenchReport): void {
  const out = (s: string) => process.stdout.write(s + '\n');
  out(`corpus ${r.corpus}: ${r.articles} articles, ${(r.bytes / 1048576).toFixed(2)} MB, ${r.tokens} tokens; ${r.runs} runs, 1 worker`);
  out(`pipeline  ${r.pipeline.tokensPerSecond.toLocaleString('en')} tokens/s, ${r.pipeline.articlesPerSecond} articles/s`);
  for (const [name, s] of Object.entries(r.stages)) {
    out(`  ${name.padEnd(9)} ${s.tokensPerSecond.toLocaleString('en').padStart(12)} tokens/s  ${(s.share * 100).toFixed(1).padStart(5)}% of time`);
  }
  out(`baseline  ${r.baseline.name}: ${r.baseline.tokensPerSecond.toLocaleString('en')} tokens/s; ratio ${r.ratioToBaseline}`);
  for (const w of (r.workerRuns as Array<{ workers: number; tokensPerSecond: number; articlesPerSecond: number; mainThreadBusy: number }> | undefined) ?? []) {
    out(`workers ${w.workers}: ${w.tokensPerSecond.toLocaleString('en')} tokens/s, ${w.articlesPerSecond} articles/s (analysis and store rows; main thread ${(w.mainThreadBusy * 100).toFixed(0)}% busy)`);
  }
  if (r.speedup !== undefined) out(`speed-up ${r.speedup}x`);
  for (const q of (r.queueRuns as Array<{ workers: number; tokensPerSecond: number; articlesPerSecond: number; dead: number }> | undefined) ?? []) {
    out(`queue mode, ${q.workers} worker processes (analyse + store): ${q.tokensPerSecond.toLocaleString('en')} tokens/s, ${q.articlesPerSecond} articles/s, ${q.dead} dead`);
  }
  const ner = r.nerComparison as { tokens: number; ours: { tokensPerSecond: number; f1: number }; compromise: { tokensPerSecond: number; f1: number } } | undefined;
  if (ner) {
    out(`recogniser on ${ner.tokens} CoNLL test tokens (PER/ORG/LOC F1, tokens per CPU second):`);
    out(`  ours        F1 ${ner.ours.f1}  ${ner.ours.tokensPerSecond.toLocaleString('en')} tokens/s`);
    out(`  compromise  F1 ${ner.compromise.f1}  ${ner.compromise.tokensPerSecond.toLocaleString('en')} tokens/s`);
  }
  out(`peak RSS  ${r.peakRssMb} MB`);
}
