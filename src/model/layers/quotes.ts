import { z } from 'zod';
import { SpanSchema, TextSpanSchema } from '../span.js';

/**
 * direct: the content is a quotation; partial: reported speech with quoted words inside it; indirect: reported
 * speech or a reported claim with no quotation marks.
 */
export const QuoteKindSchema = z.enum(['direct', 'partial', 'indirect']);

/** Who said what: a quotation or reported statement with its speaker. */
export const QuoteSchema = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  kind: QuoteKindSchema,
  parts: z.array(SpanSchema).describe('the content pieces in text order: one, or several when a cue interrupts the content or a quotation runs over paragraphs'),
  fragments: z.array(SpanSchema).describe('the quoted pieces (marks included) inside the content; empty for indirect speech'),
  speaker: z.string().nullable().describe('entity id of the speaker; null when it cannot be resolved'),
  speakerSpan: SpanSchema.nullable().describe('the words naming the speaker (name, title or pronoun)'),
  speakerText: z.string().nullable().describe('the text of speakerSpan'),
  cue: TextSpanSchema.nullable().describe('the reporting verb or phrase: said, told reporters, according to'),
  medium: z.object({ entity: z.string().nullable(), start: z.number().int(), end: z.number().int(), text: z.string() }).nullable()
    .describe('the channel that carried the words when it is not the speaker: "as quoted by the TASS news agency", "told CNN"'),
  confidence: z.number().min(0).max(1),
});
export type QuoteRecord = z.infer<typeof QuoteSchema>;
