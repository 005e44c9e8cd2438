import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

/**
 * Starts a worker thread running the module `name` (without extension) beside `base` (the caller's import.meta.url).
 * Under tsx or vitest the module is TypeScript source: a bootstrap registers tsx's loader inside the thread first.
 */
export function spawnWorker(base: string, name: string, workerData?: unknown): Worker {
  const fromSource = base.endsWith('.ts');
  const url = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, base);
  return fromSource
    ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true, workerData })
    : new Worker(fileURLToPath(url), { workerData });
}
