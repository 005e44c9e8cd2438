import { createWorkerPool } from '../queue/worker-pool.js';
import { median, round } from '../eval/metrics.js';
import type { BenchCorpus } from './corpus.js';

export interface WorkerRun {
  workers: number;
  tokensPerSecond: number;
  articlesPerSecond: number;
}

/**
 * End-to-end analysis rate with N worker threads (messages and copies included), median of `runs` after a warm-up
 * pass, and the speed-up of the largest N over the smallest.
 */
export async function benchWorkers(corpus: BenchCorpus, tokens: number, counts: number[], runs: number): Promise<{ runs: WorkerRun[]; speedup: number }> {
  const out: WorkerRun[] = [];
  for (const n of counts) {
    const pool = await createWorkerPool(n);
    try {
      await Promise.all(corpus.articles.map((a) => pool.analyze(a)));
      const times: number[] = [];
      for (let r = 0; r < runs; r++) {
        const t0 = performance.now();
        await Promise.all(corpus.articles.map((a) => pool.analyze(a)));
        times.push((performance.now() - t0) / 1000);
      }
      const s = median(times);
      out.push({ workers: n, tokensPerSecond: Math.round(tokens / s), articlesPerSecond: round(corpus.articles.length / s, 2) });
    } finally {
      await pool.close();
    }
  }
  const first = out[0];
  const last = out[out.length - 1];
  return { runs: out, speedup: round(last.tokensPerSecond / first.tokensPerSecond, 3) };
}
