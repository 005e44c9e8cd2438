import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleSchema } from '../../model/article.js';
import type { Doc } from '../../model/doc.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { stagesRequiredBy } from '../../pipeline/stages/index.js';
import { dataPath } from '../data.js';
import { round } from '../metrics.js';
import type { EvalOptions, EvalResult, Scorer } from '../registry.js';
import { emptyCounts, scoreDocument, timexMetrics, type TimexMismatch } from './score.js';
import { readTimeML, type TimeMLDocument } from './timeml.js';

/** TBAQ-cleaned sub-corpora by split name. */
const SPLITS: Record<string, string[]> = { timebank: ['TimeBank'], aquaint: ['AQUAINT'], all: ['TimeBank', 'AQUAINT'] };

/** Reads the TimeML documents of a split (sorted by file name, so `limit` picks the same ones every run). */
export function readTempEval(dataDir: string, split: string, limit?: number): TimeMLDocument[] {
  const folders = SPLITS[split];
  if (!folders) throw new Error(`unknown split "${split}"; splits: ${Object.keys(SPLITS).join(', ')}`);
  const docs: TimeMLDocument[] = [];
  for (const folder of folders) {
    const dir = dataPath(dataDir, 'tempeval3', 'TBAQ-cleaned', folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()) {
      docs.push(readTimeML(readFileSync(join(dir, file), 'utf8'), file.replace(/\.tml$/, '')));
    }
  }
  return limit ? docs.slice(0, limit) : docs;
}

export interface TempEvalScore {
  metrics: Record<string, unknown>;
  mismatches: Array<TimexMismatch & { doc: string; dct: string }>;
}

/** Passes over the corpus when measuring throughput; the fastest counts (the first one pays for JIT warm-up). */
const SPEED_PASSES = 3;

/**
 * Runs segment + time on each document's TEXT with its creation time as the publication date (no cleaning: it could
 * delete lines) and scores the TIMEX3s inside TEXT. Throughput is the time stage alone, in tokens per CPU second, on
 * the fastest of SPEED_PASSES passes over the already segmented documents.
 */
export function scoreTempEval(docs: TimeMLDocument[], collectMismatches = false): TempEvalScore {
  const pipeline = createPipeline({ stages: stagesRequiredBy('time') });
  const timeStage = pipeline.stages.find((s) => s.name === 'time')!;
  const counts = emptyCounts();
  const mismatches: TempEvalScore['mismatches'] = [];
  const segmented: Doc[] = [];
  let tokens = 0;
  for (const d of docs) {
    const article = ArticleSchema.parse({ id: d.id, published: d.dct, body: d.text, lang: 'en', source: 'TimeML' });
    const doc = pipeline.run(article);
    segmented.push(doc);
    tokens += doc.tokens.length;
    const local: TimexMismatch[] | undefined = collectMismatches ? [] : undefined;
    scoreDocument(d.timexes, doc.timexes, counts, local);
    if (local) for (const m of local) mismatches.push({ ...m, doc: d.id, dct: d.dct });
  }
  let fastestMs = Infinity;
  for (let pass = 0; pass < SPEED_PASSES; pass++) {
    // CPU time of this process, not wall time: on a shared machine other jobs would otherwise count against the stage
    const cpu0 = process.cpuUsage();
    for (const doc of segmented) timeStage.run(doc);
    const cpu = process.cpuUsage(cpu0);
    fastestMs = Math.min(fastestMs, (cpu.user + cpu.system) / 1000);
  }
  return {
    metrics: { ...timexMetrics(counts), documents: docs.length, tokens, tokensPerSecond: fastestMs > 0 ? Math.round(tokens / (fastestMs / 1000)) : 0, timeStageMs: round(fastestMs, 1) },
    mismatches,
  };
}

export const timeScorer: Scorer = {
  stage: 'time',
  description: 'TIMEX3 recognition and normalisation on TempEval-3 TBAQ-cleaned (strict/relaxed span F1, type accuracy, value F1)',
  datasets: ['tempeval3'],
  splits: ['all', 'timebank', 'aquaint'],
  async run(options: EvalOptions): Promise<EvalResult> {
    const split = options.split ?? 'all';
    const docs = readTempEval(options.data, split, options.limit);
    const perSplit: Record<string, unknown> = {};
    const { metrics } = scoreTempEval(docs);
    if (split === 'all' && !options.limit) {
      for (const sub of ['timebank', 'aquaint']) {
        const m = scoreTempEval(readTempEval(options.data, sub)).metrics;
        perSplit[sub] = { valueF1: m.valueF1, relaxedF1: m.relaxedF1, strictF1: m.strictF1, typeAccuracy: m.typeAccuracy };
      }
    }
    return { stage: 'time', dataset: 'tempeval3', split, metrics: Object.keys(perSplit).length ? { ...metrics, bySplit: perSplit } : metrics };
  },
};
