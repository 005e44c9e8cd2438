import { z } from 'zod';
import { RemovedRangeSchema } from '../../../model/layers/text.js';
import { declareStage } from '../../declare.js';
import { createCleanStage } from './index.js';

/** clean: takes page furniture and credits out of the body; the text every later span indexes into. */
export const cleanStage = declareStage({
  name: 'clean',
  requires: ['text'],
  assigns: ['text', 'sourceMap', 'removed'],
  create: () => createCleanStage(),
  layer: { key: 'removed', after: 'sourceMap', schema: z.array(RemovedRangeSchema), read: (doc) => doc.removed },
});
