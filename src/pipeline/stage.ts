import type { Doc } from '../model/doc.js';

/** One named pipeline component: adds one layer to the Doc. No I/O; reads only earlier layers. */
export interface Stage {
  readonly name: string;
  run(doc: Doc): void;
}

/** Options every stage factory may read; resources (models, gazetteers) are loaded once per pipeline. */
export interface PipelineOptions {
  /** stage names to run; default: all, in order */
  stages?: string[];
  /** record per-stage CPU time (ms) on Doc.timings */
  timing?: boolean;
  /** extra PETRARCH-format actor dictionary for the events stage */
  actorsFile?: string;
  /**
   * layers given only on request to put in the extraction, e.g. ["syntax"] (tags, lemmas, dependencies); none by
   * default, so stored JSON stays small
   */
  withLayers?: readonly string[];
}
