import { z } from 'zod';
import { SpanSchema, TextSpanSchema } from '../span.js';

export const QuoteKindSchema = z.enum(['direct', 'partial', 'indirect']);

/** Who said what: a quotation or reported statement with its speaker. */
export const QuoteSchema = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  kind: QuoteKindSchema,
  speaker: z.string().nullable().describe('entity id of the speaker; null when it cannot be resolved'),
  speakerSpan: SpanSchema.nullable().describe('the words naming the speaker (name, title or pronoun)'),
  cue: TextSpanSchema.nullable().describe('the reporting verb or phrase: said, told reporters, according to'),
  medium: z.object({ entity: z.string().nullable(), start: z.number().int(), end: z.number().int(), text: z.string() }).nullable(),
  confidence: z.number().min(0).max(1),
});
export type QuoteRecord = z.infer<typeof QuoteSchema>;
