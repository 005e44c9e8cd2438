import { ToneSchema } from '../../../model/layers/tone.js';
import { declareStage } from '../../declare.js';
import { createToneStage } from './index.js';

/** tone: GDELT-style tone of the article and of each entity. */
export const toneStage = declareStage({
  name: 'tone',
  requires: ['sentences', 'tokens', 'entities', 'events'],
  assigns: ['tone'],
  create: () => createToneStage(),
  layer: { key: 'tone', after: 'events', schema: ToneSchema.nullable(), read: (doc) => doc.tone },
});
