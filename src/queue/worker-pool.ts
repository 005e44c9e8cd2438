import type { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { spawnWorker } from './spawn-worker.js';
import type { Article } from '../model/article.js';
import type { Extraction } from '../model/extraction.js';
import type { PipelineOptions } from '../pipeline/stage.js';
import type { PreparedItem } from '../store/store.js';

/**
 * Articles in flight per worker: enough that a whole ingest batch (100 articles) is handed out before this thread
 * starts writing the batch before it, which blocks it for about a second in SQLite (nothing more can be handed out
 * meanwhile, so fewer would leave the workers idle during the write).
 */
const IN_FLIGHT_PER_WORKER = 64;

export interface WorkerPool {
  readonly size: number;
  /** the article's extraction */
  analyze(article: Article): Promise<Extraction>;
  /** the rows the store writes for the article, derived in the worker (and deflated there for SQLite) */
  prepare(article: Article, options: { deflate: boolean }): Promise<PreparedItem>;
  /** the extraction as JSON text, serialised in the worker (a server sends it on without parsing a large object) */
  analyzeJson(article: Article): Promise<string>;
  close(): Promise<void>;
}

/** What a worker is asked: analyse only, or analyse and derive the store rows. */
export interface WorkerRequest {
  id: number;
  article: Article;
  prepare?: { deflate: boolean };
  /** reply with the extraction as JSON text */
  json?: boolean;
}

export type WorkerReply =
  | { ready: true }
  | { id: number; extraction: Extraction }
  | { id: number; prepared: PreparedItem }
  | { id: number; json: string }
  | { id: number; error: string };

interface Pending {
  request: WorkerRequest;
  resolve: (x: Extraction | PreparedItem | string) => void;
  reject: (e: Error) => void;
}

/** The default number of workers: one per core. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/**
 * A pool of worker threads, each running the whole pipeline; `analyze` resolves as any worker finishes the article.
 * Under tsx or vitest the worker is TypeScript source and is started with tsx's loader; from dist/ it is plain JS.
 */
export async function createWorkerPool(size: number, options: PipelineOptions = {}): Promise<WorkerPool> {
  const spawn = (): Worker => spawnWorker(import.meta.url, 'analyze-worker', options);
  const queue: Pending[] = [];
  const slots: Array<{ worker: Worker; inFlight: Map<number, Pending> }> = [];
  let nextId = 0;
  let closed = false;

  const pump = (): void => {
    for (const slot of slots) {
      while (slot.inFlight.size < IN_FLIGHT_PER_WORKER && queue.length) {
        const job = queue.shift()!;
        slot.inFlight.set(job.request.id, job);
        slot.worker.postMessage(job.request);
      }
    }
  };

  await Promise.all(
    Array.from({ length: Math.max(1, size) }, () =>
      new Promise<void>((ready, fail) => {
        const worker = spawn();
        const slot = { worker, inFlight: new Map<number, Pending>() };
        slots.push(slot);
        worker.on('message', (msg: WorkerReply) => {
          if ('ready' in msg) return ready();
          const job = slot.inFlight.get(msg.id);
          if (!job) return;
          slot.inFlight.delete(msg.id);
          if ('error' in msg) job.reject(new Error(msg.error));
          else job.resolve('prepared' in msg ? msg.prepared : 'json' in msg ? msg.json : msg.extraction);
          pump();
        });
        worker.on('error', (err) => {
          fail(err);
          for (const job of slot.inFlight.values()) job.reject(err);
          slot.inFlight.clear();
        });
        worker.on('exit', (code) => {
          const i = slots.indexOf(slot);
          if (i >= 0) slots.splice(i, 1);
          if (!closed && code !== 0) for (const job of slot.inFlight.values()) job.reject(new Error(`analysis worker exited with code ${code}`));
        });
      }),
    ),
  );

  const submit = (article: Article, prepare?: { deflate: boolean }, json?: boolean): Promise<Extraction | PreparedItem | string> => {
    if (closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      queue.push({ request: { id: nextId++, article, ...(prepare ? { prepare } : {}), ...(json ? { json } : {}) }, resolve, reject });
      pump();
    });
  };

  return {
    size: slots.length,
    analyze: (article) => submit(article) as Promise<Extraction>,
    prepare: (article, options) => submit(article, options) as Promise<PreparedItem>,
    analyzeJson: (article) => submit(article, undefined, true) as Promise<string>,
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
