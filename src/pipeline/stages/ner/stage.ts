import { declareStage } from '../../declare.js';
import { createNerStage } from './index.js';

/** ner: the recogniser's raw spans (PER, ORG, LOC, MISC), which the entities stage makes canonical entities of. */
export const nerStage = declareStage({
  name: 'ner',
  requires: ['text', 'sentences', 'tokens'],
  assigns: ['mentions'],
  create: () => createNerStage(),
  scorer: async () => (await import('../../../eval/ner/index.js')).nerScorer,
});
