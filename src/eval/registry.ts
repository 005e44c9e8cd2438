/** What `tidings eval STAGE` passes to a scorer. */
export interface EvalOptions {
  /** folder holding the public data sets; default ../shared/data */
  data: string;
  split?: string;
  dataset?: string;
  mode?: string;
  /** score only the first N documents (quick runs) */
  limit?: number;
}

/** `--json` prints exactly this object. */
export interface EvalResult {
  stage: string;
  dataset: string;
  split: string;
  metrics: Record<string, unknown>;
}

/** One scorer per stage, with the data sets it reads (as spaCy's per-component `score`). */
export interface Scorer {
  stage: string;
  description: string;
  datasets: string[];
  splits: string[];
  run(options: EvalOptions): Promise<EvalResult>;
}
