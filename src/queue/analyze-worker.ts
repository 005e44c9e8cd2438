import { parentPort, workerData } from 'node:worker_threads';
import { createPipeline } from '../pipeline/pipeline.js';
import type { PipelineOptions } from '../pipeline/stage.js';
import type { Article } from '../model/article.js';

/** A worker thread: builds one pipeline (models loaded once) and analyses the articles it is sent. */
const pipeline = createPipeline((workerData ?? {}) as PipelineOptions);
parentPort?.on('message', (msg: { id: number; article: Article }) => {
  try {
    parentPort!.postMessage({ id: msg.id, extraction: pipeline.analyze(msg.article) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort?.postMessage({ ready: true });
