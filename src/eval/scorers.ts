import type { Scorer } from './registry.js';
import { segmentScorer } from './segment/scorer.js';
import { timeScorer } from './time/index.js';
import { geoScorer } from './geo/index.js';
import { nerScorer } from './ner/index.js';
import { entitiesScorer } from './entities/index.js';
import { extractScorer } from './extract/index.js';
import { datesScorer } from './dates/index.js';
import { quotesScorer } from './quotes/index.js';
import { eventsScorer } from './events/index.js';
import { syntaxScorer } from './syntax/index.js';

/** Every registered scorer; `tidings eval` with no stage lists them. Add one line per stage. */
export const SCORERS: Scorer[] = [
  segmentScorer,
  syntaxScorer,
  timeScorer,
  geoScorer,
  nerScorer,
  entitiesScorer,
  extractScorer,
  datesScorer,
  quotesScorer,
  eventsScorer,
];

export function findScorer(stage: string): Scorer | undefined {
  return SCORERS.find((s) => s.stage === stage);
}
