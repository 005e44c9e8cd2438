import { z } from 'zod';
import { SyntaxWordSchema } from '../../../model/layers/syntax.js';
import { declareStage } from '../../declare.js';
import { createSyntaxStage } from './index.js';

/** syntax: tags, lemmas and the dependency parse; in the extraction only when asked for (analyze --with-syntax). */
export const syntaxStage = declareStage({
  name: 'syntax',
  requires: ['text', 'sentences', 'tokens'],
  assigns: ['syntax'],
  create: () => createSyntaxStage(),
  layer: {
    key: 'syntax',
    after: 'tone',
    schema: z.array(SyntaxWordSchema),
    description: 'the dependency parse, word by word; present only when asked for (analyze --with-syntax)',
    read: (doc) => doc.syntax?.toJSON(),
    onRequest: true,
  },
  scorer: async () => (await import('../../../eval/syntax/index.js')).syntaxScorer,
});
