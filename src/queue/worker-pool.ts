import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Article } from '../model/article.js';
import type { Extraction } from '../model/extraction.js';
import type { PipelineOptions } from '../pipeline/stage.js';

/** Articles in flight per worker: two keep a worker busy while the next message crosses the thread boundary. */
const IN_FLIGHT_PER_WORKER = 2;

export interface WorkerPool {
  readonly size: number;
  analyze(article: Article): Promise<Extraction>;
  close(): Promise<void>;
}

interface Pending {
  id: number;
  article: Article;
  resolve: (x: Extraction) => void;
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
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url);
  // from source, a bootstrap registers tsx's loader inside the thread before importing the worker module
  const spawn = (): Worker =>
    fromSource
      ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true, workerData: options })
      : new Worker(fileURLToPath(url), { workerData: options });
  const queue: Pending[] = [];
  const slots: Array<{ worker: Worker; inFlight: Map<number, Pending> }> = [];
  let nextId = 0;
  let closed = false;

  const pump = (): void => {
    for (const slot of slots) {
      while (slot.inFlight.size < IN_FLIGHT_PER_WORKER && queue.length) {
        const job = queue.shift()!;
        slot.inFlight.set(job.id, job);
        slot.worker.postMessage({ id: job.id, article: job.article });
      }
    }
  };

  await Promise.all(
    Array.from({ length: Math.max(1, size) }, () =>
      new Promise<void>((ready, fail) => {
        const worker = spawn();
        const slot = { worker, inFlight: new Map<number, Pending>() };
        slots.push(slot);
        worker.on('message', (msg: { ready?: boolean; id?: number; extraction?: Extraction; error?: string }) => {
          if (msg.ready) return ready();
          const job = slot.inFlight.get(msg.id!);
          if (!job) return;
          slot.inFlight.delete(msg.id!);
          if (msg.error !== undefined) job.reject(new Error(msg.error));
          else job.resolve(msg.extraction!);
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

  return {
    size: slots.length,
    analyze(article) {
      if (closed) return Promise.reject(new Error('the worker pool is closed'));
      return new Promise<Extraction>((resolve, reject) => {
        queue.push({ id: nextId++, article, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
