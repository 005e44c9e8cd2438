import type { PipelineOptions, Stage } from '../stage.js';
import { createCleanStage } from './clean/index.js';
import { createSegmentStage } from './segment/index.js';
import { createSyntaxStage } from './syntax/index.js';
import { createNerStage } from './ner/index.js';
import { createEntitiesStage } from './entities/index.js';
import { createTimeStage } from './time/index.js';
import { createPlacesStage } from './places/index.js';
import { createQuotesStage } from './quotes/index.js';
import { createEventsStage } from './events/index.js';
import { createToneStage } from './tone/index.js';

export interface StageFactory {
  name: string;
  create(options: PipelineOptions): Stage;
}

/**
 * The pipeline, in order: clean → segment → syntax → ner → entities → coreference/aliases → time → places → quotes → events → tone.
 * Each stage reads only the layers of the stages before it.
 */
export const STAGE_FACTORIES: StageFactory[] = [
  { name: 'clean', create: () => createCleanStage() },
  { name: 'segment', create: () => createSegmentStage() },
  { name: 'syntax', create: () => createSyntaxStage() },
  { name: 'ner', create: () => createNerStage() },
  { name: 'entities', create: () => createEntitiesStage() },
  { name: 'time', create: () => createTimeStage() },
  { name: 'places', create: () => createPlacesStage() },
  { name: 'quotes', create: () => createQuotesStage() },
  { name: 'events', create: (options) => createEventsStage(options) },
  { name: 'tone', create: () => createToneStage() },
];
