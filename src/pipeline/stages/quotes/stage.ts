import { z } from 'zod';
import { QuoteSchema } from '../../../model/layers/quotes.js';
import { declareStage } from '../../declare.js';
import { createQuotesStage } from './index.js';
import { QUOTES_TABLE } from './table.js';

/** quotes: who said what, direct, partial and indirect, with speaker, cue and medium. */
export const quotesStage = declareStage({
  name: 'quotes',
  requires: ['text', 'sentences', 'tokens', 'syntax', 'entities'],
  assigns: ['quotes'],
  create: () => createQuotesStage(),
  layer: { key: 'quotes', after: 'entities', schema: z.array(QuoteSchema), read: (doc) => doc.quotes, tables: [QUOTES_TABLE] },
  scorer: async () => (await import('../../../eval/quotes/index.js')).quotesScorer,
});
