import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { ARTICLE_QUEUE, DEAD_LETTER_QUEUE, enqueueArticles, queueStatus, redisConnection } from '../queue/redis-queue.js';
import type { ReadItem } from '../ingest/types.js';
import { round } from '../eval/metrics.js';
import type { BenchCorpus } from './corpus.js';

export interface QueueRun {
  workers: number;
  tokensPerSecond: number;
  articlesPerSecond: number;
  /** articles that ended in the dead-letter queue (should be 0) */
  dead: number;
}

// how often the drain is polled; small against a run of several seconds
const POLL_MS = 100;
// two articles in hand per worker process, so its database writes overlap the next analysis
const WORKER_CONCURRENCY = 2;
// a worker process loads its models in a few seconds; far longer means it failed
const WORKER_START_TIMEOUT_MS = 120_000;

/** Untimed passes over the corpus the worker processes consume first (models loaded, code optimised), as in local mode. */
const WARM_UP_PASSES = 1;

/**
 * Queue mode end to end: N `tidings worker` processes consume the corpus from Redis and store it in `dbUrl` (analysis,
 * row derivation and the database writes all included), timed from the first enqueue until the queue has drained,
 * after a warm-up pass. Each pass gives the articles fresh ids so that every pass really stores them.
 */
export async function benchQueue(corpus: BenchCorpus, tokens: number, counts: number[], queueUrl: string, dbUrl: string): Promise<QueueRun[]> {
  const out: QueueRun[] = [];
  const runTag = Date.now().toString(36);
  for (const n of counts) {
    await emptyQueues(queueUrl);
    const workers = await Promise.all(Array.from({ length: n }, () => startWorker(queueUrl, dbUrl)));
    try {
      for (let w = 0; w < WARM_UP_PASSES; w++) await consumePass(corpus, queueUrl, `${runTag}-${n}-warm${w}`);
      const t0 = performance.now();
      const dead = await consumePass(corpus, queueUrl, `${runTag}-${n}`);
      const s = (performance.now() - t0) / 1000;
      out.push({ workers: n, tokensPerSecond: Math.round(tokens / s), articlesPerSecond: round(corpus.articles.length / s, 2), dead });
    } finally {
      await Promise.all(workers.map(stopWorker));
    }
  }
  await emptyQueues(queueUrl);
  return out;
}

/** Enqueues the corpus under fresh ids and waits until the workers have drained the queue; returns the dead-letter count. */
async function consumePass(corpus: BenchCorpus, queueUrl: string, tag: string): Promise<number> {
  const summary = await enqueueArticles(queueUrl, items(corpus, tag));
  if (summary.enqueued !== corpus.articles.length) throw new Error(`queue bench: enqueued ${summary.enqueued} of ${corpus.articles.length} articles`);
  let status = await queueStatus(queueUrl, 0);
  while (status.waiting + status.active + status.delayed > 0) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    status = await queueStatus(queueUrl, 0);
  }
  return status.dead;
}

async function* items(corpus: BenchCorpus, tag: string): AsyncGenerator<ReadItem> {
  for (const a of corpus.articles) yield { ok: true, origin: a.id, article: { ...a, id: `${a.id}-${tag}` } };
}

async function emptyQueues(queueUrl: string): Promise<void> {
  for (const name of [ARTICLE_QUEUE, DEAD_LETTER_QUEUE]) {
    const q = new Queue(name, { connection: redisConnection(queueUrl) });
    try {
      await q.obliterate({ force: true });
    } finally {
      await q.close();
    }
  }
}

/** Starts `tidings worker` (TypeScript with tsx's loader from source, plain JS from dist) and waits until it consumes. */
function startWorker(queueUrl: string, dbUrl: string): Promise<ChildProcess> {
  const fromSource = import.meta.url.endsWith('.ts');
  const main = fileURLToPath(new URL(fromSource ? '../cli/main.ts' : '../cli/main.js', import.meta.url));
  const loader = fromSource ? ['--import', import.meta.resolve('tsx')] : [];
  const child = spawn(process.execPath, [...loader, main, 'worker', '--queue', queueUrl, '--db', dbUrl, '--concurrency', String(WORKER_CONCURRENCY), '--quiet'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('queue bench: a worker did not start in time')), WORKER_START_TIMEOUT_MS);
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('consuming')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`queue bench: a worker exited with code ${code}: ${errors.trim().split('\n').pop() ?? ''}`));
    });
  });
}

function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
