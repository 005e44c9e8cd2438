import { z } from 'zod';

/** GDELT V2Tone-style fields, plus tone per entity. */
export const ToneSchema = z.object({
  tone: z.number().describe('positive minus negative, per 100 words'),
  positive: z.number().describe('share of positive words, per 100 words'),
  negative: z.number().describe('share of negative words, per 100 words'),
  polarity: z.number().describe('positive plus negative'),
  activityDensity: z.number().describe('share of activity words, per 100 words'),
  wordCount: z.number().int(),
  byEntity: z.record(z.string(), z.number()),
});
export type ToneRecord = z.infer<typeof ToneSchema>;
