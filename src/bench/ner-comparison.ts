import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { readConll, tagsToSpans } from '../eval/ner/conll.js';
import { prf } from '../eval/metrics.js';
import { loadNerModel } from '../pipeline/stages/ner/model.js';
import { bilouToIob } from '../pipeline/stages/ner/labels.js';

interface CompromiseMatch {
  offset: { start: number; length: number };
}
interface CompromiseView {
  json(options: { offset: true }): CompromiseMatch[];
}
interface CompromiseDoc {
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
}
type Compromise = (text: string) => CompromiseDoc;

/** Types both systems can produce: compromise has no MISC, so both are scored on PER, ORG and LOC only. */
const COMPARED_TYPES = new Set(['PER', 'ORG', 'LOC']);

/** One detokenised CoNLL test document: text (one sentence a line), token offsets, gold spans as "start:end:type". */
interface BenchDocument {
  text: string;
  sentences: string[][];
  /** per sentence, per token: [start, end) in text */
  offsets: Array<Array<[number, number]>>;
  gold: Set<string>;
}

function prepare(data: string, maxTokens: number): { docs: BenchDocument[]; tokens: number } {
  const conll = readConll(resolve(data, 'conll2003', 'test.txt'));
  const docs: BenchDocument[] = [];
  let tokens = 0;
  for (const d of conll) {
    if (tokens >= maxTokens) break;
    let text = '';
    const offsets: Array<Array<[number, number]>> = [];
    const gold = new Set<string>();
    for (const s of d.sentences) {
      if (text) text += '\n';
      const offs: Array<[number, number]> = [];
      s.words.forEach((w, i) => {
        if (i > 0) text += ' ';
        offs.push([text.length, text.length + w.length]);
        text += w;
      });
      for (const span of tagsToSpans(s.tags)) {
        if (COMPARED_TYPES.has(span.label)) gold.add(`${offs[span.start][0]}:${offs[span.end - 1][1]}:${span.label}`);
      }
      offsets.push(offs);
      tokens += s.words.length;
    }
    docs.push({ text, sentences: d.sentences.map((s) => s.words), offsets, gold });
  }
  return { docs, tokens };
}

function score(gold: Set<string>, predicted: Set<string>, counts: { tp: number; fp: number; fn: number }): void {
  for (const p of predicted) if (gold.has(p)) counts.tp++;
  else counts.fp++;
  for (const g of gold) if (!predicted.has(g)) counts.fn++;
}

/**
 * Our recogniser against compromise's people/places/organizations on the same detokenised CoNLL-2003 test text:
 * tokens per second on one core (CPU time of tagging alone, after one warm-up pass) and entity-level F1 on PER/ORG/LOC
 * (exact span and type).
 */
export async function benchNerComparison(opts: { data: string; maxTokens?: number }): Promise<{
  tokens: number;
  ours: { tokensPerSecond: number; f1: number };
  compromise: { tokensPerSecond: number; f1: number };
}> {
  const { docs, tokens } = prepare(opts.data, opts.maxTokens ?? Infinity);
  const model = loadNerModel();
  const nlp = createRequire(import.meta.url)('compromise') as Compromise;

  const runOurs = (): Set<string>[] =>
    docs.map((d) => {
      const decoded = model.tagDocument(d.sentences);
      const out = new Set<string>();
      decoded.forEach((sent, s) => {
        for (const span of tagsToSpans(bilouToIob(sent.labels))) {
          if (COMPARED_TYPES.has(span.label)) out.add(`${d.offsets[s][span.start][0]}:${d.offsets[s][span.end - 1][1]}:${span.label}`);
        }
      });
      return out;
    });
  const runCompromise = (): Set<string>[] =>
    docs.map((d) => {
      const doc = nlp(d.text);
      const out = new Set<string>();
      const add = (view: CompromiseView, label: string): void => {
        for (const m of view.json({ offset: true })) out.add(`${m.offset.start}:${m.offset.start + m.offset.length}:${label}`);
      };
      add(doc.people(), 'PER');
      add(doc.places(), 'LOC');
      add(doc.organizations(), 'ORG');
      return out;
    });

  const measure = (run: () => Set<string>[]): { tokensPerSecond: number; f1: number } => {
    run(); // warm-up: JIT and lazy lexicons
    // CPU time of this single-threaded run is its one-core cost, whatever else shares the machine
    const c0 = process.cpuUsage();
    const predicted = run();
    const cpu = process.cpuUsage(c0);
    const seconds = (cpu.user + cpu.system) / 1e6;
    const counts = { tp: 0, fp: 0, fn: 0 };
    docs.forEach((d, i) => score(d.gold, predicted[i], counts));
    return { tokensPerSecond: Math.round(tokens / seconds), f1: prf(counts.tp, counts.fp, counts.fn).f1 };
  };
  return { tokens, ours: measure(runOurs), compromise: measure(runCompromise) };
}
