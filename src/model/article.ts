import { z } from 'zod';

/** One news article as every reader yields it; `body` is the source text that spans map back to. */
export const ArticleSchema = z.object({
  id: z.string().describe('stable id derived from the normalised content'),
  url: z.string().optional(),
  source: z.string().optional().describe('outlet or feed the article came from'),
  published: z.string().describe('ISO 8601 date or date-time of publication'),
  title: z.string().optional(),
  body: z.string(),
  lang: z.string().describe('ISO 639-1 language code'),
});
export type Article = z.infer<typeof ArticleSchema>;
