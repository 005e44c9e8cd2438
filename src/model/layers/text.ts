import { z } from 'zod';
import { TemporalAnchorSchema } from './time.js';

/** A range of the source body that cleaning took out of the text, with the rule that took it (clean's layer). */
export const RemovedRangeSchema = z.object({
  start: z.number().int().describe('offset into the source body'),
  end: z.number().int(),
  text: z.string(),
  rule: z.string(),
  kind: z.enum(['furniture', 'credit']),
});
export type RemovedRange = z.infer<typeof RemovedRangeSchema>;

/** A sentence of the cleaned text (segment's layer); the time stage gives it the date its events most likely refer to. */
export const SentenceSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  tokenStart: z.number().int().describe('index of the first token'),
  tokenEnd: z.number().int().describe('index after the last token'),
  paragraph: z.number().int(),
  anchor: TemporalAnchorSchema.nullable(),
});
export type SentenceRecord = z.infer<typeof SentenceSchema>;
