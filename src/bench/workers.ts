import { performance } from 'node:perf_hooks';
import { createWorkerPool, type WorkerPool } from '../queue/worker-pool.js';
import { median, round } from '../eval/metrics.js';
import type { BenchCorpus } from './corpus.js';

export interface WorkerRun {
  workers: number;
  tokensPerSecond: number;
  articlesPerSecond: number;
  /** share of the time the main thread (the one that would write the store) was busy receiving results */
  mainThreadBusy: number;
}

/**
 * Passes over the corpus each thread is warmed up with before timing (a pool of N threads gets N times as many, since
 * each thread sees 1/N of a pass): V8 keeps optimising the pipeline's code for about four passes of this corpus, on
 * background threads that would otherwise take CPU from the timed passes.
 */
const WARM_UP_PASSES_PER_THREAD = 4;
/** Timed rounds at least: one pass per pool size each, the sizes taking turns. */
const MIN_ROUNDS = 7;

/**
 * End-to-end rate of `ingest --workers N` short of the database: N worker threads analyse each article and derive
 * (and deflate) the rows SQLite would write, and the main thread receives them. Every pool size is timed in each
 * round, in turn, so that a slow spell of a shared machine falls on all of them; the speed-up is the median over
 * rounds of the largest N's rate over the smallest N's.
 */
export async function benchWorkers(corpus: BenchCorpus, tokens: number, counts: number[], runs: number): Promise<{ runs: WorkerRun[]; speedup: number }> {
  const pools: WorkerPool[] = [];
  try {
    for (const n of counts) pools.push(await createWorkerPool(n));
    const pass = async (pool: WorkerPool): Promise<{ seconds: number; busy: number }> => {
      const elu = performance.eventLoopUtilization();
      const t0 = performance.now();
      // results are dropped as they arrive, as an ingest drops each batch once written
      await Promise.all(corpus.articles.map((a) => pool.prepare(a, { deflate: true }).then(() => undefined)));
      return { seconds: (performance.now() - t0) / 1000, busy: performance.eventLoopUtilization(elu).utilization };
    };
    for (const pool of pools) for (let w = 0; w < WARM_UP_PASSES_PER_THREAD * pool.size; w++) await pass(pool);
    const times: number[][] = counts.map(() => []);
    const busy: number[][] = counts.map(() => []);
    for (let r = 0; r < Math.max(runs, MIN_ROUNDS); r++) {
      for (let p = 0; p < pools.length; p++) {
        const t = await pass(pools[p]);
        times[p].push(t.seconds);
        busy[p].push(t.busy);
      }
    }
    const out: WorkerRun[] = counts.map((n, p) => {
      const s = median(times[p]);
      return { workers: n, tokensPerSecond: Math.round(tokens / s), articlesPerSecond: round(corpus.articles.length / s, 2), mainThreadBusy: round(median(busy[p]), 3) };
    });
    const last = times.length - 1;
    return { runs: out, speedup: round(median(times[0].map((t, r) => t / times[last][r])), 3) };
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
}
