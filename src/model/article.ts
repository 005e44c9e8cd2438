import { z } from 'zod';

/** One news article as every reader yields it; `body` is the source text that spans map back to. */
export const ArticleSchema = z.object({
  id: z.string().describe('stable id derived from the normalised content'),
  url: z.string().optional(),
  source: z.string().optional().describe('outlet or feed the article came from'),
  published: z.string().describe('ISO 8601 date or date-time of publication, or "unknown" for a page that gives none (stored and searchable, left out of every view by date until dated)'),
  title: z.string().optional(),
  body: z.string(),
  lang: z.string().describe('ISO 639-1 language code'),
  sourceHome: z
    .object({ country: z.string(), admin1: z.string(), lat: z.number(), lon: z.number() })
    .optional()
    .describe("where the source is based (ISO alpha-2, GeoNames admin1 code or '', a point): a local paper's bare town names are read near it"),
});
export type Article = z.infer<typeof ArticleSchema>;

/** `published` of an article whose date nothing gives (no date in the page, its feed, Last-Modified or --published). */
export const UNDATED = 'unknown';

/** Whether a `published` value is a date: an undated article is left out of timelines, stories, merged events and date filters. */
export function isDated(published: string): boolean {
  return published !== UNDATED;
}
