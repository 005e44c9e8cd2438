import { z } from 'zod';
import type { StageDeclaration } from '../pipeline/declare.js';
import type { STAGES } from '../pipeline/stages/index.js';
import { EXTRACTION_LAYERS } from '../pipeline/layers.js';
import { CLOSING_SHAPE, FRAME_SHAPE } from './frame.js';

export { SCHEMA_VERSION, AnalysisNoteSchema, type AnalysisNote } from './frame.js';
export { RemovedRangeSchema, SentenceSchema, type RemovedRange, type SentenceRecord } from './layers/text.js';

/**
 * A declared layer's entry in the extraction's shape: its schema, optional when it is given only on request. A stage
 * without a layer has no key of its own (its key type stays `string`).
 */
type LayerEntry<D> = D extends StageDeclaration<infer K, infer S, infer O>
  ? string extends K ? object : { [key in K]: O extends true ? z.ZodOptional<S> : S }
  : object;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type LayersShape = Intersection<LayerEntry<(typeof STAGES)[number]>>;
type ExtractionShape = typeof FRAME_SHAPE & LayersShape & typeof CLOSING_SHAPE;

/**
 * The extraction's schema: the frame, every stored stage's layer in its declared place, the analysis note, then the
 * layers given only on request.
 */
function buildSchema(): z.ZodObject<ExtractionShape> {
  const shape: Record<string, z.ZodType> = { ...FRAME_SHAPE };
  const described = (schema: z.ZodType, description?: string) => (description ? schema.describe(description) : schema);
  for (const l of EXTRACTION_LAYERS) if (!l.onRequest) shape[l.key] = described(l.schema, l.description);
  Object.assign(shape, CLOSING_SHAPE);
  for (const l of EXTRACTION_LAYERS) if (l.onRequest) shape[l.key] = described(l.schema.optional(), l.description);
  return z.object(shape) as unknown as z.ZodObject<ExtractionShape>;
}

/**
 * The pipeline's output: plain JSON with a versioned schema, the one contract between the pipeline and everything
 * after it. Built from the stages' declarations (src/pipeline/stages/<stage>/stage.ts).
 */
export const ExtractionSchema = buildSchema();
export type Extraction = z.infer<typeof ExtractionSchema>;

/** JSON Schema of the extraction (`tidings schema`). */
export function extractionJsonSchema(): unknown {
  return z.toJSONSchema(ExtractionSchema, { target: 'draft-2020-12' });
}
