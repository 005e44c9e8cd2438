import type { Scorer } from './registry.js';
import { STAGE_LIST } from '../pipeline/stages/index.js';
import { extractScorer } from './extract/index.js';
import { datesScorer } from './dates/index.js';

/** Scorers of the HTML reader, which is no pipeline stage: the article body (`extract`) and its publication date (`dates`). */
const READER_SCORERS: Scorer[] = [extractScorer, datesScorer];

/**
 * Every scorer: each stage's, as its declaration names it (src/pipeline/stages/<stage>/stage.ts), in pipeline order,
 * then the HTML reader's. `tidings eval` with no stage lists them.
 */
export async function loadScorers(): Promise<Scorer[]> {
  const declared = await Promise.all(STAGE_LIST.flatMap((s) => (s.scorer ? [s.scorer()] : [])));
  return [...declared, ...READER_SCORERS];
}
