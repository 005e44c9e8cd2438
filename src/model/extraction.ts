import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { SourceSegmentSchema } from './span.js';
import { EntitySchema } from './layers/entities.js';
import { TimexSchema, TemporalAnchorSchema } from './layers/time.js';
import { PlacesLayerSchema } from './layers/places.js';
import { QuoteSchema } from './layers/quotes.js';
import { EventSchema } from './layers/events.js';
import { ToneSchema } from './layers/tone.js';
import { SyntaxWordSchema } from './layers/syntax.js';

/** Bump on any change that a consumer of stored extractions would notice. */
export const SCHEMA_VERSION = 1;

/** A range of the source body that cleaning took out of the text, with the rule that took it. */
export const RemovedRangeSchema = z.object({
  start: z.number().int().describe('offset into the source body'),
  end: z.number().int(),
  text: z.string(),
  rule: z.string(),
  kind: z.enum(['furniture', 'credit']),
});
export type RemovedRange = z.infer<typeof RemovedRangeSchema>;

export const SentenceSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  tokenStart: z.number().int().describe('index of the first token'),
  tokenEnd: z.number().int().describe('index after the last token'),
  paragraph: z.number().int(),
  anchor: TemporalAnchorSchema.nullable(),
});
export type SentenceRecord = z.infer<typeof SentenceSchema>;

/** Why an article was stored without analysis (its layers are then empty and its text is its body). */
export const AnalysisNoteSchema = z.object({
  status: z.literal('skipped'),
  language: z.string().describe('the article\'s language, for which no language pack exists'),
  reason: z.string().describe('one line for people: "language fr"'),
});
export type AnalysisNote = z.infer<typeof AnalysisNoteSchema>;

export const ExtractionSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: ArticleSchema.omit({ body: true }),
  text: z.string().describe('the cleaned text; every span indexes into it'),
  sourceMap: z.array(SourceSegmentSchema).describe('copied runs [textStart, sourceStart, length] mapping text offsets back to the source body (a line break inside a hard-wrapped paragraph reads as a space in the text)'),
  removed: z.array(RemovedRangeSchema),
  sentences: z.array(SentenceSchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
  timexes: z.array(TimexSchema),
  places: PlacesLayerSchema,
  events: z.array(EventSchema),
  tone: ToneSchema.nullable(),
  analysis: AnalysisNoteSchema.optional().describe('present only when the article was not analysed'),
  syntax: z.array(SyntaxWordSchema).optional().describe('the dependency parse, word by word; present only when asked for (analyze --with-syntax)'),
});
export type Extraction = z.infer<typeof ExtractionSchema>;

/** JSON Schema of the extraction (`tidings schema`). */
export function extractionJsonSchema(): unknown {
  return z.toJSONSchema(ExtractionSchema, { target: 'draft-2020-12' });
}
