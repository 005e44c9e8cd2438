import { z } from 'zod';
import { SentenceSchema } from '../../../model/layers/text.js';
import { declareStage } from '../../declare.js';
import { createSegmentStage } from './index.js';

/** segment: sentences and tokens. */
export const segmentStage = declareStage({
  name: 'segment',
  requires: ['text'],
  assigns: ['sentences', 'tokens'],
  create: () => createSegmentStage(),
  layer: { key: 'sentences', after: 'removed', schema: z.array(SentenceSchema), read: (doc) => doc.sentences },
  scorer: async () => (await import('../../../eval/segment/scorer.js')).segmentScorer,
});
