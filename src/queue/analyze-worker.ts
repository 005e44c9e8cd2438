import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline } from '../pipeline/pipeline.js';
import type { PipelineOptions } from '../pipeline/stage.js';
import { prepareItem } from '../store/rows.js';
import type { WorkerReply, WorkerRequest } from './worker-pool.js';

/** A worker thread: builds one pipeline (models loaded once) and analyses the articles it is sent. */
const pipeline = createPipeline((workerData ?? {}) as PipelineOptions);
const reply = (msg: WorkerReply): void => parentPort!.postMessage(msg);
parentPort?.on('message', ({ id, article, prepare, json }: WorkerRequest) => {
  try {
    const extraction = pipeline.analyze(article);
    if (prepare) reply({ id, prepared: prepareItem({ article, extraction }, prepare) });
    else if (json) reply({ id, json: JSON.stringify(extraction) });
    else reply({ id, extraction });
  } catch (err) {
    reply({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
reply({ ready: true });
