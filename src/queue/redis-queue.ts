import { Queue, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { ArticleSchema, type Article } from '../model/article.js';
import type { Store } from '../store/store.js';
import type { ReadItem } from '../ingest/types.js';

/** Articles waiting to be analysed; a job's id is the article's content id, so enqueueing twice is harmless. */
export const ARTICLE_QUEUE = 'tidings-articles';
/** Articles that failed every attempt, kept with their last error for `tidings queue status`. */
export const DEAD_LETTER_QUEUE = 'tidings-dead';

/** Tries per article before it goes to the dead-letter queue: enough to ride out a database restart. */
export const DEFAULT_ATTEMPTS = 5;
/** First retry delay; it doubles each time (1, 2, 4, 8 s: about 15 s of outage covered). */
export const DEFAULT_BACKOFF_MS = 1000;
/** How long a job stays claimed by a worker that stopped answering before another worker takes it over. */
export const DEFAULT_LOCK_MS = 30_000;

/** `redis://[:password@]host[:port][/db]` to BullMQ connection options. */
export function redisConnection(url: string): ConnectionOptions {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`"${url}" is not a queue URL (expected redis://host:port)`);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`"${url}" is not a redis:// URL`);
  const db = u.pathname.length > 1 ? parseInt(u.pathname.slice(1), 10) : 0;
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? parseInt(u.port, 10) : 6379,
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    db: Number.isFinite(db) ? db : 0,
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ workers block on Redis; retrying a command forever is how they ride out a Redis restart
    maxRetriesPerRequest: null,
  };
}

export interface EnqueueSummary {
  enqueued: number;
  failed: Array<{ origin: string; error: string }>;
}

/** Puts every readable article on the queue (job id = article id), reporting the inputs that could not be read. */
export async function enqueueArticles(queueUrl: string, items: AsyncIterable<ReadItem>, onProgress?: (n: number) => void): Promise<EnqueueSummary> {
  const queue = new Queue(ARTICLE_QUEUE, { connection: redisConnection(queueUrl) });
  const failed: EnqueueSummary['failed'] = [];
  let enqueued = 0;
  let batch: Article[] = [];
  const flush = async () => {
    if (!batch.length) return;
    await queue.addBulk(batch.map((article) => ({ name: 'analyze', data: article, opts: jobOptions(article.id) })));
    enqueued += batch.length;
    batch = [];
    onProgress?.(enqueued);
  };
  try {
    for await (const item of items) {
      if (!item.ok) failed.push({ origin: item.origin, error: item.error });
      else {
        batch.push(item.article);
        if (batch.length >= 500) await flush();
      }
    }
    await flush();
  } finally {
    await queue.close();
  }
  return { enqueued, failed };
}

export function jobOptions(articleId: string) {
  return {
    jobId: articleId,
    attempts: DEFAULT_ATTEMPTS,
    backoff: { type: 'exponential', delay: DEFAULT_BACKOFF_MS },
    // done jobs leave Redis; the store's upserts make a later re-enqueue of the same article harmless
    removeOnComplete: true,
    removeOnFail: false,
  };
}

export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  dead: number;
  deadLetters: Array<{ id: string; error: string; attempts: number }>;
}

export async function queueStatus(queueUrl: string, deadLimit = 20): Promise<QueueStatus> {
  const connection = redisConnection(queueUrl);
  const queue = new Queue(ARTICLE_QUEUE, { connection });
  const dead = new Queue(DEAD_LETTER_QUEUE, { connection });
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'paused');
    const deadCount = await dead.getJobCountByTypes('waiting', 'paused');
    const letters = await dead.getJobs(['waiting', 'paused'], 0, deadLimit - 1);
    return {
      waiting: (c.waiting ?? 0) + (c.prioritized ?? 0) + (c.paused ?? 0),
      active: c.active ?? 0,
      delayed: c.delayed ?? 0,
      failed: c.failed ?? 0,
      completed: c.completed ?? 0,
      dead: deadCount,
      deadLetters: letters.map((j) => ({ id: String(j.id), error: String(j.data?.error ?? ''), attempts: Number(j.data?.attempts ?? 0) })),
    };
  } finally {
    await Promise.all([queue.close(), dead.close()]);
  }
}

export interface WorkerOptions {
  queueUrl: string;
  store: Store;
  analyze: (article: Article) => Promise<import('../model/extraction.js').Extraction> | import('../model/extraction.js').Extraction;
  /** articles analysed at once by this process */
  concurrency?: number;
  lockMs?: number;
  onEvent?: (event: { kind: 'stored' | 'unchanged' | 'retry' | 'dead'; id: string; error?: string }) => void;
}

export interface RunningWorker {
  /** stops taking jobs, finishes the ones in hand, and disconnects */
  close(): Promise<void>;
}

/**
 * A queue consumer: analyses each article and upserts it into the store. A job that throws is retried with backoff;
 * after the last attempt it is copied to the dead-letter queue with its error. A job held by a worker that died is
 * taken over by another once its lock expires.
 */
export function startQueueWorker(options: WorkerOptions): RunningWorker {
  const connection = redisConnection(options.queueUrl);
  const dead = new Queue(DEAD_LETTER_QUEUE, { connection });
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
  const worker = new Worker(
    ARTICLE_QUEUE,
    async (job: Job) => {
      const parsed = ArticleSchema.safeParse(job.data);
      if (!parsed.success) throw new Error(`not an article: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const article = parsed.data;
      const extraction = await options.analyze(article);
      const result = await options.store.putBatch([{ article, extraction }]);
      options.onEvent?.({ kind: result.inserted ? 'stored' : 'unchanged', id: article.id });
    },
    {
      connection,
      concurrency: options.concurrency ?? 1,
      lockDuration: lockMs,
      // look for jobs whose worker died at the lock's pace, so a killed worker's job waits about one lock period
      stalledInterval: lockMs,
      maxStalledCount: DEFAULT_ATTEMPTS,
    },
  );
  worker.on('failed', (job, err) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade >= attempts) {
      options.onEvent?.({ kind: 'dead', id: String(job.id), error: err.message });
      void dead.add('dead', { id: job.id, error: err.message, attempts: job.attemptsMade, article: job.data }, { jobId: String(job.id), removeOnComplete: true });
    } else options.onEvent?.({ kind: 'retry', id: String(job.id), error: err.message });
  });
  // connection trouble is retried by the client; it must not crash the process
  worker.on('error', () => {});
  return {
    async close() {
      await worker.close();
      await dead.close();
    },
  };
}
