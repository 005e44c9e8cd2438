import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { createPipeline } from '../pipeline/pipeline.js';
import { median, round } from '../eval/metrics.js';
import type { BenchCorpus } from './corpus.js';

export interface StageSpeed {
  tokensPerSecond: number;
  msPerArticle: number;
  share: number;
}

export interface BenchReport {
  corpus: string;
  bytes: number;
  articles: number;
  tokens: number;
  runs: number;
  workers: number;
  pipeline: { tokensPerSecond: number; articlesPerSecond: number; cpuSeconds: number; wallSeconds: number };
  stages: Record<string, StageSpeed>;
  baseline: { name: string; tokensPerSecond: number };
  ratioToBaseline: number;
  peakRssMb: number;
  [extra: string]: unknown;
}

/** Passes over the corpus before timing (see benchPipeline). */
const WARM_UP_PASSES = 4;

/** CPU milliseconds (user + system) since `start`: the cost on one core, steady on a busy machine. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/**
 * Runs the whole pipeline over the corpus `runs` times on one core (after warm-up passes) and reports medians,
 * next to a baseline measured in the same run: wink-nlp tokenisation alone. Rates are per CPU second of this thread.
 * The whole-pipeline rate comes from untimed passes (reading the CPU clock around every stage costs about 5%); the
 * per-stage rates come from timed passes in between.
 */
export function benchPipeline(corpus: BenchCorpus, runs = 3): BenchReport {
  const pipeline = createPipeline();
  const timed = createPipeline({ timing: true });
  let tokens = 0;
  for (const a of corpus.articles) tokens += timed.run(a).tokens.length; // warm-up, and the token count
  // V8 keeps optimising the pipeline's code for about four passes of this corpus
  for (let w = 0; w < WARM_UP_PASSES - 1; w++) for (const a of corpus.articles) pipeline.run(a);
  const totals: number[] = [];
  const walls: number[] = [];
  const perStage: Record<string, number[]> = {};
  for (let r = 0; r < runs; r++) {
    const t0 = process.cpuUsage();
    const w0 = performance.now();
    for (const a of corpus.articles) pipeline.run(a);
    totals.push(cpuMs(t0));
    walls.push(performance.now() - w0);
    const stageMs: Record<string, number> = {};
    for (const a of corpus.articles) {
      const doc = timed.run(a);
      for (const [name, ms] of Object.entries(doc.timings)) stageMs[name] = (stageMs[name] ?? 0) + ms;
    }
    for (const [name, ms] of Object.entries(stageMs)) (perStage[name] ??= []).push(ms);
  }
  const totalMs = median(totals);
  const stageTotal = timed.stages.reduce((sum, stage) => sum + median(perStage[stage.name] ?? [0]), 0);
  const stages: Record<string, StageSpeed> = {};
  for (const stage of timed.stages) {
    const ms = median(perStage[stage.name] ?? [0]);
    stages[stage.name] = {
      tokensPerSecond: Math.round(tokens / Math.max(ms / 1000, 1e-9)),
      msPerArticle: round(ms / corpus.articles.length, 4),
      share: round(ms / stageTotal, 4),
    };
  }
  const baseline = benchWinkTokenisation(corpus, runs);
  const tokensPerSecond = Math.round(tokens / (totalMs / 1000));
  return {
    corpus: corpus.name,
    bytes: corpus.bytes,
    articles: corpus.articles.length,
    tokens,
    runs,
    workers: 1,
    pipeline: { tokensPerSecond, articlesPerSecond: round(corpus.articles.length / (totalMs / 1000), 2), cpuSeconds: round(totalMs / 1000, 3), wallSeconds: round(median(walls) / 1000, 3) },
    stages,
    baseline: { name: 'wink-nlp tokenisation', tokensPerSecond: baseline },
    ratioToBaseline: round(tokensPerSecond / baseline, 3),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** Tokens per second of wink-nlp's tokeniser alone, counting OUR tokens so that the two rates compare like for like. */
function benchWinkTokenisation(corpus: BenchCorpus, runs: number): number {
  const nlp = winkNLP(model, ['sbd']);
  const ours = createPipeline({ stages: ['segment'] });
  let tokens = 0;
  for (const a of corpus.articles) tokens += ours.run(a).tokens.length;
  const times: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    const t0 = process.cpuUsage();
    for (const a of corpus.articles) nlp.readDoc(a.body).tokens().length();
    if (r > 0) times.push(cpuMs(t0)); // the first pass is a warm-up
  }
  return Math.round(tokens / (median(times) / 1000));
}
