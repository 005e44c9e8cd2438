import type { Scorer } from './registry.js';

/** Every registered scorer; `tidings eval` with no stage lists them. Add one line per stage. */
export const SCORERS: Scorer[] = [
];

export function findScorer(stage: string): Scorer | undefined {
  return SCORERS.find((s) => s.stage === stage);
}
