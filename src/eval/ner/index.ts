import type { EvalOptions, EvalResult, Scorer } from '../registry.js';
import { dataPath } from '../data.js';
import { round } from '../metrics.js';
import { readConll } from './conll.js';
import { NER_TYPES, SpanCounter } from './score.js';
import { loadNerModel } from '../../pipeline/stages/ner/model.js';
import { bilouToIob } from '../../pipeline/stages/ner/labels.js';
import { scoreGumNames } from './gum-score.js';

const SPLIT_FILES: Record<string, string> = { train: 'train.txt', dev: 'dev.txt', test: 'test.txt', conllpp: 'test-conllpp.txt' };

/**
 * Entity-level micro P/R/F1 (conlleval rules: exact span and type) of the recogniser on CoNLL-2003, on the gold
 * tokenisation and without gold part-of-speech, plus tagging speed. `--dataset gum`: name recall and precision on
 * another domain (UD GUM dev, 15 genres), end to end from its text (see gum-score.ts).
 */
export const nerScorer: Scorer = {
  stage: 'ner',
  description: 'named-entity recogniser: entity-level F1 on CoNLL-2003 (conlleval rules)',
  datasets: ['conll2003', 'gum'],
  splits: ['dev', 'test', 'conllpp', 'train'],
  async run(options: EvalOptions): Promise<EvalResult> {
    if (options.dataset === 'gum') return scoreGumNames(options);
    const split = options.split ?? 'test';
    const file = SPLIT_FILES[split];
    if (!file) throw new Error(`no CoNLL-2003 split "${split}"; splits: ${Object.keys(SPLIT_FILES).join(', ')}`);
    let docs = readConll(dataPath(options.data, 'conll2003', file));
    if (options.limit) docs = docs.slice(0, options.limit);
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const model = loadNerModel();
    const loadMs = performance.now() - t0;
    const loadCpu = process.cpuUsage(c0);
    const counter = new SpanCounter();
    const texts = docs.map((d) => d.sentences.map((s) => s.words));
    // first pass: scores (and a cold-start speed: JIT warm-up, empty word table)
    const cold = timeTagging(texts, (words) => model.tagDocument(words));
    cold.decoded.forEach((decoded, i) => decoded.forEach((sent, s) => counter.add(docs[i].sentences[s].tags, bilouToIob(sent.labels))));
    // second pass: the steady-state speed of a long-running process
    const warm = timeTagging(texts, (words) => model.tagDocument(words));
    const tokens = texts.reduce((n, d) => n + d.reduce((m, s) => m + s.length, 0), 0);
    const all = counter.overall();
    const perType: Record<string, { precision: number; recall: number; f1: number }> = {};
    for (const t of NER_TYPES) {
      const r = counter.byType(t);
      perType[t] = { precision: r.precision, recall: r.recall, f1: r.f1 };
    }
    return {
      stage: 'ner',
      dataset: 'conll2003',
      split,
      metrics: {
        f1: all.f1,
        precision: all.precision,
        recall: all.recall,
        perType,
        documents: docs.length,
        tokens,
        // one thread: CPU time is the one-core cost, unaffected by other processes sharing the machine
        tokensPerSecond: Math.round(tokens / warm.cpuSeconds),
        tokensPerSecondWall: Math.round(tokens / warm.wallSeconds),
        tokensPerSecondColdPass: Math.round(tokens / cold.cpuSeconds),
        modelLoadMs: round(loadMs, 1),
        modelLoadCpuMs: round((loadCpu.user + loadCpu.system) / 1000, 1),
      },
    };
  },
};

/** Tags every document, measuring CPU and wall time of the tagging alone. */
function timeTagging<T>(texts: string[][][], tag: (words: string[][]) => T): { decoded: T[]; cpuSeconds: number; wallSeconds: number } {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const decoded = texts.map(tag);
  const cpu = process.cpuUsage(c0);
  return { decoded, cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds: (performance.now() - t0) / 1000 };
}
