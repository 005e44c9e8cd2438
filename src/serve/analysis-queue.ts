import type { Article } from '../model/article.js';
import type { Extraction } from '../model/extraction.js';
import type { WorkerPool } from '../queue/worker-pool.js';
import { ApiError } from './api/errors.js';
import type { ArticleAnalyzer } from './api/routes.js';

/** Analyses waiting or running at once: a few clients' worth; more get a 503 with Retry-After instead of a long wait. */
export const DEFAULT_MAX_QUEUED = 8;

/**
 * The server's analyser: articles go to a worker thread (so reads are answered while one is analysed), one at a time,
 * with at most `maxQueued` waiting; the thread starts on the first analysis, so a server that only reads never loads
 * the models.
 */
export class QueuedAnalyzer implements ArticleAnalyzer {
  private pool: Promise<WorkerPool> | null = null;
  private inFlight = 0;

  constructor(private readonly startPool: () => Promise<WorkerPool>, readonly maxQueued = DEFAULT_MAX_QUEUED) {}

  analyze(article: Article): Promise<Extraction> {
    return this.run((pool) => pool.analyze(article));
  }

  /** The extraction as JSON text, serialised in the worker: a large one never stalls this thread. */
  analyzeJson(article: Article): Promise<string> {
    return this.run((pool) => pool.analyzeJson(article));
  }

  private async run<T>(job: (pool: WorkerPool) => Promise<T>): Promise<T> {
    if (this.inFlight >= this.maxQueued) throw new ApiError(503, `the server is analysing ${this.inFlight} articles already: try again shortly`);
    this.inFlight++;
    try {
      this.pool ??= this.startPool();
      return await job(await this.pool);
    } catch (err) {
      // a pool that failed to start is started again on the next request
      if (this.pool && (await this.pool.catch(() => null)) === null) this.pool = null;
      throw err;
    } finally {
      this.inFlight--;
    }
  }

  async close(): Promise<void> {
    const pool = await this.pool?.catch(() => null);
    await pool?.close();
  }
}
