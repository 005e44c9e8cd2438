import { Doc } from '../model/doc.js';
import type { Article } from '../model/article.js';
import { SCHEMA_VERSION, type Extraction } from '../model/extraction.js';
import { primaryLanguage } from '../lang/index.js';
import type { PipelineOptions, Stage } from './stage.js';
import { STAGE_FACTORIES } from './stages/index.js';

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
    const known = new Set(STAGE_FACTORIES.map((f) => f.name));
    const unknown = wanted.filter((n) => !known.has(n));
    if (unknown.length) throw new Error(`unknown stage ${unknown.join(', ')}; stages are ${[...known].join(', ')}`);
  }
  const stages = STAGE_FACTORIES.filter((f) => !wanted || wanted.includes(f.name)).map((f) => f.create(options));
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
  const withSyntax = options.withSyntax ?? false;
  return { stages, run, analyze: (article, observe) => toExtraction(run(article, observe), { withSyntax }) };
}

/** The pipeline's output contract: plain JSON; the syntax layer only when asked for. */
export function toExtraction(doc: Doc, options: { withSyntax?: boolean } = {}): Extraction {
  const { body: _body, ...article } = doc.article;
  const extraction: Extraction = {
    schemaVersion: SCHEMA_VERSION,
    article,
    text: doc.text,
    sourceMap: doc.offsetMap.segments,
    removed: doc.removed,
    sentences: doc.sentences,
    entities: doc.entities,
    quotes: doc.quotes,
    timexes: doc.timexes,
    places: doc.places,
    events: doc.events,
    tone: doc.tone,
    ...(doc.analysis ? { analysis: doc.analysis } : {}),
  };
  if (options.withSyntax && doc.syntax) extraction.syntax = doc.syntax.toJSON();
  return extraction;
}
