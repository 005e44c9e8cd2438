import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { SourceSegmentSchema } from './span.js';

/** Bump on any change that a consumer of stored extractions would notice. */
export const SCHEMA_VERSION = 1;

/** Why an article was stored without analysis (its layers are then empty and its text is its body). */
export const AnalysisNoteSchema = z.object({
  status: z.literal('skipped'),
  language: z.string().describe('the article\'s language, for which no language pack exists'),
  reason: z.string().describe('one line for people: "language fr"'),
});
export type AnalysisNote = z.infer<typeof AnalysisNoteSchema>;

/** What every extraction has before its layers: the version, the article without its body, the text and its map. */
export const FRAME_SHAPE = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  article: ArticleSchema.omit({ body: true }),
  text: z.string().describe('the cleaned text; every span indexes into it'),
  sourceMap: z.array(SourceSegmentSchema).describe('copied runs [textStart, sourceStart, length] mapping text offsets back to the source body (a line break inside a hard-wrapped paragraph reads as a space in the text)'),
};

/** What every extraction may have after its layers. */
export const CLOSING_SHAPE = {
  analysis: AnalysisNoteSchema.optional().describe('present only when the article was not analysed'),
};
