/** The typed library API; the CLI is a thin layer over it. */
export * from './model/index.js';
export { createPipeline, toExtraction, type Pipeline } from './pipeline/pipeline.js';
export type { Stage, PipelineOptions } from './pipeline/stage.js';
