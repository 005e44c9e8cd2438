import type { Worker } from 'node:worker_threads';
import type { Article } from '../../model/article.js';
import { spawnWorker } from '../../queue/spawn-worker.js';
import type { HtmlOptions } from './index.js';

/** A page that takes longer than this to read is given up: ten times the slowest real page we have seen. */
export const DEFAULT_PAGE_TIMEOUT_MS = 10_000;

interface Job {
  id: number;
  html: Buffer | string;
  options: HtmlOptions;
  resolve: (a: Article) => void;
  reject: (e: Error) => void;
}

/**
 * Reads HTML pages into articles in a worker thread, one at a time, each within `timeoutMs`: a page over the budget
 * is refused with one clear message and the thread is replaced, so one hostile page cannot hold up `ingest` or
 * `watch`. The thread starts on the first page and does not keep the process alive while idle.
 */
export class TimedPageReader {
  private worker: Worker | null = null;
  private queue: Job[] = [];
  private current: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 0;

  constructor(public timeoutMs = DEFAULT_PAGE_TIMEOUT_MS) {}

  read(html: Buffer | string, options: HtmlOptions = {}): Promise<Article> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, html, options, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    for (const job of this.queue.splice(0)) job.reject(new Error('the page reader is closed'));
    await w?.terminate();
  }

  private start(): Worker {
    const worker = spawnWorker(import.meta.url, 'page-worker');
    worker.on('message', (msg: { id: number; article?: Article; error?: string }) => {
      const job = this.current;
      if (!job || job.id !== msg.id) return;
      this.finish();
      if (msg.error !== undefined) job.reject(new Error(msg.error));
      else job.resolve(msg.article!);
      this.pump();
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    return worker;
  }

  private pump(): void {
    if (this.current || this.queue.length === 0) return;
    const job = (this.current = this.queue.shift()!);
    this.worker ??= this.start();
    this.worker.ref();
    this.timer = setTimeout(() => {
      const seconds = (this.timeoutMs / 1000).toFixed(this.timeoutMs % 1000 ? 1 : 0);
      this.fail(new Error(`reading the page took more than ${seconds} s (the per-page limit, --page-timeout): given up`));
    }, this.timeoutMs);
    this.worker.postMessage({ id: job.id, html: job.html, options: job.options });
  }

  /** The current job fails and its thread is replaced (a page still being read cannot be stopped any other way). */
  private fail(err: Error): void {
    const job = this.current;
    this.finish();
    const w = this.worker;
    this.worker = null;
    void w?.terminate();
    job?.reject(err);
    this.pump();
  }

  private finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
    if (this.queue.length === 0) this.worker?.unref();
  }
}
