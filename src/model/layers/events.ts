import { z } from 'zod';
import { SpanSchema, TextSpanSchema } from '../span.js';

export const ModalitySchema = z.enum(['asserted', 'reported', 'planned', 'hypothetical', 'threatened', 'negated', 'denied']);
export type Modality = z.infer<typeof ModalitySchema>;

/** An event participant, coded as PLOVER does: country (alpha-3, IGO) plus sector. */
export const ActorSchema = z.object({
  entity: z.string().nullable(),
  name: z.string(),
  code: z.string().describe('country plus sector, e.g. RUSGOV, PRKMIL'),
  country: z.string().nullable().describe('ISO 3166-1 alpha-3 or IGO'),
  sector: z.string().nullable(),
  span: SpanSchema.nullable(),
});

export const EventSchema = z.object({
  id: z.string(),
  type: z.string().describe('PLOVER event type'),
  mode: z.string().nullable(),
  context: z.array(z.string()),
  cameo: z.string().describe('CAMEO-compatible code'),
  quadClass: z.number().int().min(1).max(4),
  intensity: z.number().min(-10).max(10).describe('Goldstein-like scale'),
  source: ActorSchema.nullable(),
  target: ActorSchema.nullable(),
  symmetric: z.boolean().describe('a meeting, exercise or accord where source and target act alike'),
  place: z.object({ name: z.string(), country: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable(), fromFocus: z.boolean(), span: SpanSchema.nullable() }).nullable(),
  date: z.object({ value: z.string(), begin: z.string().nullable(), end: z.string().nullable(), precision: z.string(), fromPublication: z.boolean(), timex: z.string().nullable() }),
  modality: ModalitySchema,
  trigger: TextSpanSchema,
  evidence: SpanSchema.describe('the sentence or clause the event was coded from'),
  tone: z.number().nullable(),
  confidence: z.number().min(0).max(1),
});
export type EventRecord = z.infer<typeof EventSchema>;
