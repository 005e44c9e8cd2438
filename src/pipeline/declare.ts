import type { z } from 'zod';
import type { Doc } from '../model/doc.js';
import type { Scorer } from '../eval/registry.js';
import type { PipelineOptions, Stage } from './stage.js';
import type { TableSpec } from './table.js';

/**
 * What a stage's layer is in the extraction: its key and place there, its zod schema, how it is read off the Doc, and
 * the tables it is stored in. The extraction schema, `toExtraction`, the store's rows, tables and inserts are built
 * from these (src/model/extraction.ts, src/pipeline/pipeline.ts, src/store/rows.ts, src/store/schema.ts).
 */
export interface LayerDeclaration<K extends string = string, S extends z.ZodType = z.ZodType, O extends boolean = boolean> {
  /** the layer's key in the extraction */
  readonly key: K;
  /**
   * The key this layer follows in the extraction. Extractions are stored as JSON, so the key order is part of their
   * bytes: released layers keep the order they have, and a new layer follows the last one.
   */
  readonly after: string;
  readonly schema: S;
  /** for the JSON Schema (`tidings schema`) */
  readonly description?: string;
  /** the layer as the Doc holds it after the stage ran; undefined leaves it out of the extraction */
  read(doc: Doc): z.output<S> | undefined;
  /**
   * true: in the extraction only when asked for (`PipelineOptions.withLayers`), never stored by default (the syntax
   * layer: large, and cheap to recompute). Such a layer has no tables.
   */
  readonly onRequest?: O;
  /** the tables its rows are stored in, in the order they are written; none: kept in the stored extraction only */
  readonly tables?: ReadonlyArray<TableSpec<z.output<S>, any>>;
}

/**
 * A stage declares itself in its folder (`stage.ts`), as spaCy's component factories do: its name, the Doc layers it
 * reads and writes, how it is built, its layer in the extraction and its scorer. Adding a stage is its folder plus one
 * line in `STAGES` (src/pipeline/stages/index.ts).
 */
export interface StageDeclaration<K extends string = string, S extends z.ZodType = z.ZodType, O extends boolean = boolean> {
  readonly name: string;
  /** Doc layers the stage reads: an earlier stage assigns each (`text`, the article body, is there from the start) */
  readonly requires: readonly string[];
  /** Doc layers the stage writes */
  readonly assigns: readonly string[];
  /** builds the stage; models and gazetteers load here, once per pipeline */
  create(options: PipelineOptions): Stage;
  /** its output in the extraction; none for stages whose work only later stages read (ner's raw spans) */
  readonly layer?: LayerDeclaration<K, S, O>;
  /** its scorer (`tidings eval NAME`), loaded when asked for: scorers read data sets and run pipelines of their own */
  readonly scorer?: () => Promise<Scorer>;
}

/** Declares a stage; keeps its layer's key and schema in the type, from which the `Extraction` type is built. */
export function declareStage<K extends string, S extends z.ZodType, O extends boolean = false>(d: StageDeclaration<K, S, O>): StageDeclaration<K, S, O> {
  return d;
}

/** Layers present from the start of every pipeline run. */
export const INITIAL_LAYERS: readonly string[] = ['text'];
