import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../../ingest/html/index.js';
import { dataPath } from '../data.js';
import { round } from '../metrics.js';
import type { EvalOptions, EvalResult, Scorer } from '../registry.js';
import { scorePages, type ExtractionScore } from './shingles.js';

export const EXTRACTION_DATASET = 'article-extraction';

interface GoldPage {
  articleBody: string;
  url?: string;
}

function rounded(score: ExtractionScore): Record<string, number> {
  return {
    f1: round(score.f1),
    precision: round(score.precision),
    recall: round(score.recall),
    accuracy: round(score.accuracy),
    nearPerfect: round(score.nearPerfect),
    pages: score.pages,
  };
}

/** Scores the published outputs of reference extractors (reference-outputs/NAME.json) with the same metric. */
function scoreReferences(dir: string, gold: Record<string, GoldPage>, ids: string[]): Record<string, Record<string, number>> {
  const refDir = join(dir, 'reference-outputs');
  if (!existsSync(refDir)) return {};
  const out: Record<string, Record<string, number>> = {};
  for (const file of readdirSync(refDir).filter((f) => f.endsWith('.json')).sort()) {
    const raw = JSON.parse(readFileSync(join(refDir, file), 'utf8')) as { output?: Record<string, { articleBody?: string }> } & Record<string, { articleBody?: string }>;
    const outputs = (raw.output ?? raw) as Record<string, { articleBody?: string }>;
    if (!ids.every((id) => id in outputs)) continue;
    out[file.replace(/\.json$/, '')] = rounded(scorePages(ids.map((id) => ({ gold: gold[id].articleBody ?? '', predicted: outputs[id].articleBody ?? '' }))));
  }
  return out;
}

/**
 * `tidings eval extract`: our HTML reader's main text against the gold article bodies of the article-extraction
 * benchmark (181 pages), with the benchmark's shingle metric, next to the reference extractors' published outputs.
 */
export async function runExtractEval(options: EvalOptions): Promise<EvalResult> {
  const mode = options.mode ?? 'full';
  if (mode !== 'full' && mode !== 'readability') throw new Error(`extract has modes "full" (default) and "readability" (Readability alone, the baseline), not "${mode}"`);
  const dir = dataPath(options.data, EXTRACTION_DATASET);
  const gold = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, GoldPage>;
  let ids = Object.keys(gold);
  if (options.limit && options.limit > 0) ids = ids.slice(0, options.limit);
  const pairs: Array<{ gold: string; predicted: string }> = [];
  const methods: Record<string, number> = {};
  /** where each page's publication date came from (no gold dates here: a coverage figure, not accuracy) */
  const dateSources: Record<string, number> = {};
  let failures = 0;
  const started = performance.now();
  for (const id of ids) {
    const html = gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)));
    let predicted = '';
    try {
      // the benchmark stores every page re-encoded as UTF-8, whatever its <meta charset> still says
      const page = extractHtml(html, { url: gold[id].url, contentType: 'text/html; charset=utf-8', extractor: mode });
      predicted = page.text;
      methods[page.method] = (methods[page.method] ?? 0) + 1;
      const source = page.published?.source ?? 'none';
      dateSources[source] = (dateSources[source] ?? 0) + 1;
    } catch {
      failures++;
    }
    pairs.push({ gold: gold[id].articleBody ?? '', predicted });
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    stage: 'extract',
    dataset: EXTRACTION_DATASET,
    split: 'all',
    metrics: {
      mode,
      ...rounded(scorePages(pairs)),
      failures,
      methods,
      dateSources,
      msPerPage: round((seconds * 1000) / Math.max(1, ids.length), 1),
      references: scoreReferences(dir, gold, ids),
    },
  };
}

export const extractScorer: Scorer = {
  stage: 'extract',
  description: 'HTML main-text extraction: shingle P/R/F1 and exact-token accuracy vs gold bodies (article-extraction benchmark)',
  datasets: [EXTRACTION_DATASET],
  splits: ['all'],
  run: runExtractEval,
};
