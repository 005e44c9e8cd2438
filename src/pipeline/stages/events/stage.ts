import { z } from 'zod';
import { EventSchema } from '../../../model/layers/events.js';
import { declareStage } from '../../declare.js';
import { createEventsStage } from './index.js';
import { EVENTS_TABLE } from './table.js';

/** events: who did what to whom, when and where, coded in PLOVER with CAMEO-compatible codes. */
export const eventsStage = declareStage({
  name: 'events',
  requires: ['text', 'sentences', 'tokens', 'syntax', 'entities', 'timexes', 'anchors', 'places', 'quotes'],
  assigns: ['events'],
  create: (options) => createEventsStage(options),
  layer: { key: 'events', after: 'places', schema: z.array(EventSchema), read: (doc) => doc.events, tables: [EVENTS_TABLE] },
  scorer: async () => (await import('../../../eval/events/index.js')).eventsScorer,
});
