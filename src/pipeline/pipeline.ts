import { Doc } from '../model/doc.js';
import type { Article } from '../model/article.js';
import { SCHEMA_VERSION, type Extraction } from '../model/extraction.js';
import { primaryLanguage } from '../lang/index.js';
import type { PipelineOptions, Stage } from './stage.js';
import { STAGE_LIST, STAGE_NAMES } from './stages/index.js';
import { EXTRACTION_LAYERS } from './layers.js';

/** Told as each stage starts (index from 0 of `total`): a progress line for a long article. */
export type StageObserver = (stage: string, index: number, total: number) => void;

export interface Pipeline {
  readonly stages: Stage[];
  run(article: Article, observe?: StageObserver): Doc;
  analyze(article: Article, observe?: StageObserver): Extraction;
}

/** Builds the ordered list of stages (all, or the named ones in pipeline order). */
export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const wanted = options.stages;
  if (wanted) {
    const unknown = wanted.filter((n) => !STAGE_NAMES.includes(n));
    if (unknown.length) throw new Error(`unknown stage ${unknown.join(', ')}; stages are ${STAGE_NAMES.join(', ')}`);
  }
  const optional = new Set(EXTRACTION_LAYERS.filter((l) => l.onRequest).map((l) => l.key));
  const notOptional = (options.withLayers ?? []).filter((k) => !optional.has(k));
  if (notOptional.length) throw new Error(`layer ${notOptional.join(', ')} is not given on request; such layers are ${[...optional].join(', ') || 'none'}`);
  const stages = STAGE_LIST.filter((s) => !wanted || wanted.includes(s.name)).map((s) => s.create(options));
  const timing = options.timing ?? false;
  const run = (article: Article, observe?: StageObserver): Doc => {
    const doc = new Doc(article);
    if (!doc.languagePack) {
      // no pack for its language: stored and searchable as it came, never analysed with another language's rules
      const language = primaryLanguage(article.lang);
      doc.analysis = { status: 'skipped', language, reason: `language ${language}` };
      return doc;
    }
    for (const [i, stage] of stages.entries()) {
      observe?.(stage.name, i, stages.length);
      if (timing) {
        // CPU time, not wall time: a stage's cost on its core, whatever else the machine is doing
        const t0 = process.cpuUsage();
        stage.run(doc);
        const d = process.cpuUsage(t0);
        doc.timings[stage.name] = (doc.timings[stage.name] ?? 0) + (d.user + d.system) / 1000;
      } else stage.run(doc);
    }
    return doc;
  };
  const withLayers = options.withLayers;
  return { stages, run, analyze: (article, observe) => toExtraction(run(article, observe), { withLayers }) };
}

/**
 * The pipeline's output contract: plain JSON, built from the stages' declarations: the frame, every stored layer in
 * its declared place, the note of an unanalysed article, then the layers given on request that `withLayers` names.
 */
export function toExtraction(doc: Doc, options: { withLayers?: readonly string[] } = {}): Extraction {
  const { body: _body, ...article } = doc.article;
  const extraction: Record<string, unknown> = {
    schemaVersion: SCHEMA_VERSION,
    article,
    text: doc.text,
    sourceMap: doc.offsetMap.segments,
  };
  const add = (layer: (typeof EXTRACTION_LAYERS)[number]) => {
    const value = layer.read(doc);
    if (value !== undefined) extraction[layer.key] = value;
  };
  for (const layer of EXTRACTION_LAYERS) if (!layer.onRequest) add(layer);
  if (doc.analysis) extraction.analysis = doc.analysis;
  for (const layer of EXTRACTION_LAYERS) if (layer.onRequest && options.withLayers?.includes(layer.key)) add(layer);
  return extraction as Extraction;
}
