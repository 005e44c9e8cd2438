import { z } from 'zod';
import { EntitySchema } from '../../../model/layers/entities.js';
import { declareStage } from '../../declare.js';
import { createEntitiesStage } from './index.js';
import { ENTITIES_TABLE, ENTITY_MENTIONS_TABLE, ENTITY_NAMES_TABLE } from './tables.js';

/** entities: canonical people, organisations, places and groups with their mentions, aliases, roles and countries. */
export const entitiesStage = declareStage({
  name: 'entities',
  requires: ['text', 'sentences', 'tokens', 'mentions'],
  assigns: ['entities'],
  create: () => createEntitiesStage(),
  layer: {
    key: 'entities',
    after: 'sentences',
    schema: z.array(EntitySchema),
    read: (doc) => doc.entities,
    tables: [ENTITIES_TABLE, ENTITY_NAMES_TABLE, ENTITY_MENTIONS_TABLE],
  },
  scorer: async () => (await import('../../../eval/entities/index.js')).entitiesScorer,
});
