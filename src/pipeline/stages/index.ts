import type { StageDeclaration } from '../declare.js';
import { INITIAL_LAYERS } from '../declare.js';
import { cleanStage } from './clean/stage.js';
import { segmentStage } from './segment/stage.js';
import { syntaxStage } from './syntax/stage.js';
import { nerStage } from './ner/stage.js';
import { entitiesStage } from './entities/stage.js';
import { timeStage } from './time/stage.js';
import { placesStage } from './places/stage.js';
import { quotesStage } from './quotes/stage.js';
import { eventsStage } from './events/stage.js';
import { toneStage } from './tone/stage.js';

/**
 * The pipeline, in order: each stage declares itself in its folder (`stage.ts`) and reads only the layers of the
 * stages before it. Adding a stage is its folder plus one line here.
 */
export const STAGES = [
  cleanStage,
  segmentStage,
  syntaxStage,
  nerStage,
  entitiesStage,
  timeStage,
  placesStage,
  quotesStage,
  eventsStage,
  toneStage,
] as const satisfies readonly StageDeclaration[];

/** The stages as their common type (the list above keeps each one's layer type, for the Extraction type). */
export const STAGE_LIST: readonly StageDeclaration[] = STAGES;

export const STAGE_NAMES: readonly string[] = STAGE_LIST.map((s) => s.name);

/**
 * `name` and the stages it needs, in pipeline order: for each layer it requires, the last stage before it that assigns
 * the layer (the article's text is there from the start, so clean runs only where asked for). What a scorer runs when
 * it scores a stage on its own.
 */
export function stagesRequiredBy(name: string): string[] {
  const at = STAGE_LIST.findIndex((s) => s.name === name);
  if (at < 0) throw new Error(`unknown stage ${name}; stages are ${STAGE_NAMES.join(', ')}`);
  const needed = new Set<number>([at]);
  const visit = (i: number) => {
    for (const layer of STAGE_LIST[i].requires) {
      if (INITIAL_LAYERS.includes(layer)) continue;
      let by = -1;
      for (let j = i - 1; j >= 0 && by < 0; j--) if (STAGE_LIST[j].assigns.includes(layer)) by = j;
      if (by < 0) throw new Error(`stage ${STAGE_LIST[i].name} requires ${layer}, which no stage before it assigns`);
      if (!needed.has(by)) {
        needed.add(by);
        visit(by);
      }
    }
  };
  visit(at);
  return [...needed].sort((a, b) => a - b).map((i) => STAGE_LIST[i].name);
}
