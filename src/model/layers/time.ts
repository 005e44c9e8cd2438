import { z } from 'zod';

export const TimexTypeSchema = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);

/** A time expression with its TIMEX3 value, anchored on the publication date. */
export const TimexSchema = z.object({
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  type: TimexTypeSchema,
  value: z.string().describe('TIMEX3 value: 2023-09-05, 2023-07, 2023-W35, P3D, PAST_REF, XXXX-09-09 ...'),
  mod: z.string().nullable().describe('TIMEX3 mod: BEFORE, AFTER, START, END, APPROX ...'),
  range: z.object({ begin: z.string(), end: z.string() }).nullable().describe('both ends of a range expression'),
  confidence: z.number().min(0).max(1),
});
export type TimexRecord = z.infer<typeof TimexSchema>;

export const PrecisionSchema = z.enum(['time', 'day', 'week', 'month', 'quarter', 'year', 'decade', 'unknown']);

/** The date an event in a sentence most likely refers to. */
export const TemporalAnchorSchema = z.object({
  value: z.string(),
  precision: PrecisionSchema,
  timex: z.string().nullable().describe('id of the time expression it came from; null when it is the publication date'),
});
export type TemporalAnchor = z.infer<typeof TemporalAnchorSchema>;
