import { z } from 'zod';
import { TimexSchema } from '../../../model/layers/time.js';
import { declareStage } from '../../declare.js';
import { createTimeStage } from './index.js';

/** time: time expressions normalised against the publication date, and each sentence's temporal anchor. */
export const timeStage = declareStage({
  name: 'time',
  requires: ['text', 'sentences', 'tokens'],
  assigns: ['timexes', 'anchors'],
  create: () => createTimeStage(),
  layer: { key: 'timexes', after: 'quotes', schema: z.array(TimexSchema), read: (doc) => doc.timexes },
  scorer: async () => (await import('../../../eval/time/index.js')).timeScorer,
});
