import { ArticleSchema } from '../../model/article.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { stagesRequiredBy } from '../../pipeline/stages/index.js';
import { round } from '../metrics.js';
import type { EvalOptions, EvalResult, Scorer } from '../registry.js';
import { readPolnear, type PolnearDocument } from './polnear.js';
import { emptyCounts, quoteMetrics, scoreDocument, type QuoteMismatch } from './score.js';

/** The stages the quotes scorer runs: those quotes requires (the parse too, as the product runs it), so no clean stage, which may delete lines and move the gold offsets. */
const SCORED_STAGES = stagesRequiredBy('quotes');

export interface PolnearScore {
  metrics: Record<string, unknown>;
  mismatches: Array<QuoteMismatch & { doc: string }>;
}

/** Runs the pipeline on each article's text and scores its quotes against the gold attributions. */
export function scorePolnear(docs: PolnearDocument[], collectMismatches = false, recordAt?: number): PolnearScore {
  const stages = SCORED_STAGES;
  const pipeline = createPipeline({ stages, timing: true });
  const counts = emptyCounts();
  const mismatches: PolnearScore['mismatches'] = [];
  let tokens = 0;
  let quotesMs = 0;
  for (const d of docs) {
    const article = ArticleSchema.parse({ id: d.name, published: d.published, body: d.text, lang: 'en', source: d.publisher });
    const doc = pipeline.run(article);
    tokens += doc.tokens.length;
    quotesMs += doc.timings.quotes ?? 0;
    const local: QuoteMismatch[] | undefined = collectMismatches ? [] : undefined;
    scoreDocument(doc, d.attributions, doc.quotes, counts, local, recordAt);
    if (local) for (const m of local) mismatches.push({ ...m, doc: d.name });
  }
  return {
    metrics: {
      ...quoteMetrics(counts),
      documents: docs.length,
      stages,
      tokens,
      quotesTokensPerSecond: quotesMs > 0 ? Math.round(tokens / (quotesMs / 1000)) : 0,
      quotesStageMs: round(quotesMs, 1),
    },
    mismatches,
  };
}

export const quotesScorer: Scorer = {
  stage: 'quotes',
  description: 'quotations and reported speech on PolNeAR (content P/R/F1 at token overlap 0.3 and 0.8, speaker and cue accuracy; direct quotes and all attributions)',
  datasets: ['polnear'],
  splits: ['dev', 'train'],
  async run(options: EvalOptions): Promise<EvalResult> {
    const split = options.split ?? 'dev';
    const docs = readPolnear(options.data, split, options.limit);
    return { stage: 'quotes', dataset: 'polnear', split, metrics: scorePolnear(docs).metrics };
  },
};
