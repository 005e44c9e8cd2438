import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readConll, tagsToSpans, type ConllDocument } from '../eval/ner/conll.js';
import { SpanCounter } from '../eval/ner/score.js';
import { buildGazetteer } from '../pipeline/stages/ner/gazetteer.js';
import { extractDocumentFeatures, WordTable, type FeatureResources, type SentenceFeatures } from '../pipeline/stages/ner/features.js';
import { decodeDocument, type WeightTable } from '../pipeline/stages/ner/decode.js';
import { LABEL_COUNT, LABELS, bilouToIob, iobToBilou } from '../pipeline/stages/ner/labels.js';
import { NER_MODEL_FORMAT, SparseWeights, encodeNerModel, type NerModelHeader } from '../pipeline/stages/ner/model.js';
import { prepareClusterPrefixes, type WordClusters } from '../pipeline/stages/ner/clusters.js';
import { buildWordClusters, readUnlabelledText } from './clusters.js';
import { mulberry32 } from './random.js';
import { compileNameLists } from './ner-gazetteer.js';

export interface TrainNerOptions {
  /** folder holding conll2003/{train,dev}.txt */
  data: string;
  /** model file to write (.bin.gz) */
  out: string;
  /** most passes over the training data; the pass with the best dev F1 is kept */
  epochs: number;
  /**
   * what the shipped model is trained on: 'train' ships the selection run's best epoch; 'train+dev' (the default)
   * trains again on train and dev together for exactly the epochs the selection run chose (test stays untouched)
   */
  final?: 'train' | 'train+dev';
  /** word clusters to use; undefined builds them from the unlabelled text under `data`, null trains without */
  clusters?: WordClusters | null;
  /** perceptrons trained on differently shuffled data whose weights are averaged into the model */
  members?: number;
  /** hash buckets = 2^bits */
  bits?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface TrainNerResult {
  /** dev F1 of the selection run (trained on train only) at its best epoch */
  devF1: number;
  bestEpoch: number;
  seconds: number;
  rows: number;
  bytes: number;
}

// 2^20 buckets × 17 labels keeps training memory near 200 MB with few harmful collisions
const DEFAULT_BITS = 20;
// a first name must start at least this many multi-token PER names in training to enter the gazetteer
const MIN_FIRST_NAME_COUNT = 2;
// perceptrons whose weights are averaged (see runEpochs); with the document-level features, on CoNLL dev four gave
// 0.9234 against 0.9201 for one, and a steadier curve over the epochs
const DEFAULT_MEMBERS = 4;
// rows whose largest averaged weight is below this change almost no decision; measured on dev, pruning at 1.0 halves
// the rows but costs 0.2-0.3 F1, while 0.3 keeps the F1 and drops the long tail of one-off updates
const PRUNE_BELOW = 0.3;

/** Averaged perceptron weights over hashed buckets (Collins 2002, with the lazy "w - u/c" averaging trick). */
class AveragedWeights implements WeightTable {
  readonly w: Float32Array;
  private readonly u: Float64Array;
  private readonly mask: number;
  readonly scale = 1;
  c = 1;
  constructor(bits: number) {
    this.w = new Float32Array((1 << bits) * LABEL_COUNT);
    this.u = new Float64Array((1 << bits) * LABEL_COUNT);
    this.mask = (1 << bits) - 1;
  }

  addScores(key: number, scores: Float64Array): void {
    const base = (key & this.mask) * LABEL_COUNT;
    const w = this.w;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] += w[base + l];
  }

  update(key: number, label: number, delta: number): void {
    const j = (key & this.mask) * LABEL_COUNT + label;
    this.w[j] += delta;
    this.u[j] += this.c * delta;
  }

  averaged(): Float32Array {
    const out = new Float32Array(this.w.length);
    for (let j = 0; j < out.length; j++) out[j] = this.w[j] - this.u[j] / this.c;
    return out;
  }
}


/** First tokens of multi-token PER names in the training data (a derived first-name list). */
export function deriveFirstNames(docs: ConllDocument[]): string[] {
  const counts = new Map<string, number>();
  for (const d of docs) {
    for (const s of d.sentences) {
      for (const span of tagsToSpans(s.tags)) {
        if (span.label !== 'PER' || span.end - span.start < 2) continue;
        const w = s.words[span.start];
        if (!/^\p{Lu}\p{Ll}+$/u.test(w)) continue;
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  return [...counts].filter(([, c]) => c >= MIN_FIRST_NAME_COUNT).map(([w]) => w).sort();
}

interface PreparedDoc {
  words: string[][];
  feats: SentenceFeatures[];
  gold: number[][];
  tags: string[][];
}

function prepare(docs: ConllDocument[], res: FeatureResources): PreparedDoc[] {
  const table = new WordTable(res);
  return docs.map((d) => ({
    words: d.sentences.map((s) => s.words),
    feats: extractDocumentFeatures(d.sentences.map((s) => s.words), res, table),
    gold: d.sentences.map((s) => iobToBilou(s.tags)),
    tags: d.sentences.map((s) => s.tags),
  }));
}

/** Entity-level F1 of run-time `weights` on documents (features rebuilt with the run-time word table). */
function evaluate(docs: PreparedDoc[], weights: SparseWeights, res: FeatureResources): number {
  const counter = new SpanCounter();
  const table = new WordTable(res, weights, LABEL_COUNT);
  for (const d of docs) {
    const decoded = decodeDocument(extractDocumentFeatures(d.words, res, table), weights, { constrained: true });
    for (let s = 0; s < decoded.length; s++) counter.add(d.tags[s], bilouToIob(decoded[s].labels));
  }
  return counter.overall().f1;
}

/** Trains the recogniser on CoNLL-2003 train, keeps the epoch with the best dev F1, and writes the model file. */
export function trainNer(options: TrainNerOptions): TrainNerResult {
  const t0 = performance.now();
  const log = options.log ?? (() => {});
  const bits = options.bits ?? DEFAULT_BITS;
  const train = readConll(resolve(options.data, 'conll2003', 'train.txt'));
  const dev = readConll(resolve(options.data, 'conll2003', 'dev.txt'));
  const firstNames = deriveFirstNames(train);
  const names = compileNameLists(options.data);
  log(`name lists: ${names.organisations.length} organisations, ${names.people.length} people`);
  const clusters = options.clusters === undefined ? buildWordClusters(readUnlabelledText(options.data)) : options.clusters;
  if (clusters) log(`${clusters.size} word clusters from unlabelled text (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const res: FeatureResources = { gazetteer: buildGazetteer(firstNames, names), clusters: clusters ? prepareClusterPrefixes(clusters) : null };
  const trainDocs = prepare(train, res);
  const devDocs = prepare(dev, res);
  log(`features ready in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${trainDocs.length} train, ${devDocs.length} dev documents`);

  const members = options.members ?? DEFAULT_MEMBERS;
  const selection = runEpochs(trainDocs, options.epochs, bits, options.seed ?? 1, members, (epoch, shipped) => {
    const f1 = evaluate(devDocs, new SparseWeights(shipped.buckets, shipped.quantised, bits, shipped.scale), res);
    log(`epoch ${epoch}: dev F1 ${f1.toFixed(4)}, ${shipped.buckets.length} rows (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    return f1;
  });
  let shipped = selection.shipped;
  let shippedFirstNames = firstNames;
  const final = options.final ?? 'train+dev';
  if (final === 'train+dev') {
    // the final model reads train and dev alike: its derived first names come from both, its features are rebuilt
    const both = [...train, ...dev];
    shippedFirstNames = deriveFirstNames(both);
    const finalRes: FeatureResources = { gazetteer: buildGazetteer(shippedFirstNames, names), clusters: res.clusters };
    const finalDocs = prepare(both, finalRes);
    log(`final model: ${finalDocs.length} train+dev documents, ${selection.epoch} epochs`);
    shipped = runEpochs(finalDocs, selection.epoch, bits, options.seed ?? 1, members, null).shipped;
    log(`final model trained (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }

  const { buckets, quantised, scale } = shipped;
  const header: NerModelHeader = {
    format: NER_MODEL_FORMAT,
    labels: [...LABELS],
    bits,
    rows: buckets.length,
    scale,
    firstNames: shippedFirstNames,
    names,
    clusters: clusters ? Object.fromEntries(clusters) : null,
    trainedOn: final === 'train+dev' ? 'CoNLL-2003 English train and dev (Reuters RCV1, research use only)' : 'CoNLL-2003 English train (Reuters RCV1, research use only)',
    epochs: selection.epoch,
    dev: { f1: selection.f1 },
  };
  const file = gzipSync(encodeNerModel(header, buckets, quantised), { level: 9 });
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, file);
  const seconds = (performance.now() - t0) / 1000;
  log(`wrote ${options.out}: ${buckets.length} rows, ${(file.length / 1e6).toFixed(1)} MB, epoch ${selection.epoch}, selection dev F1 ${selection.f1.toFixed(4)}, trained on ${final}, ${seconds.toFixed(0)} s`);
  return { devF1: selection.f1, bestEpoch: selection.epoch, seconds, rows: buckets.length, bytes: file.length };
}

type Shipped = ReturnType<typeof sparsify>;

/**
 * `epochs` shuffled perceptron passes over `docs` by each of `members` perceptrons (seeds seed, seed + 1, ...: the
 * same data in other orders); the model after an epoch is the mean of their averaged weights (parameter mixing: the
 * mean of models that differ only in the order they saw the data varies less than any one of them). After each
 * epoch the pruned, quantised weights that would ship are given to `score`, and the epoch with the highest score is
 * returned (ties keep the earlier epoch). Without `score`, the last epoch's weights are returned.
 */
function runEpochs(docs: PreparedDoc[], epochs: number, bits: number, seed: number, members: number, score: ((epoch: number, shipped: Shipped) => number) | null): { f1: number; epoch: number; shipped: Shipped } {
  const perceptrons = Array.from({ length: members }, (_, m) => ({ weights: new AveragedWeights(bits), random: mulberry32(seed + m), order: docs.map((_, i) => i) }));
  let best = { f1: -Infinity, epoch: 0, shipped: null as Shipped | null };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const { weights, random, order } of perceptrons) {
      const learn = (staticKeys: Uint32Array, dyn: Uint32Array, dynCount: number, guess: number, gold: number): void => {
        if (guess !== gold) {
          for (let j = 0; j < staticKeys.length; j++) {
            weights.update(staticKeys[j], gold, 1);
            weights.update(staticKeys[j], guess, -1);
          }
          for (let j = 0; j < dynCount; j++) {
            weights.update(dyn[j], gold, 1);
            weights.update(dyn[j], guess, -1);
          }
        }
        weights.c++;
      };
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const i of order) decodeDocument(docs[i].feats, weights, { constrained: false, gold: docs[i].gold, learn });
    }
    if (!score && epoch < epochs) continue;
    const mean = perceptrons[0].weights.averaged();
    for (let m = 1; m < members; m++) {
      const other = perceptrons[m].weights.averaged();
      for (let j = 0; j < mean.length; j++) mean[j] += other[j];
    }
    if (members > 1) for (let j = 0; j < mean.length; j++) mean[j] /= members;
    // score exactly what would ship: pruned, quantised, through the run-time weight table and word cache
    const shipped = sparsify(mean, bits);
    const f1 = score ? score(epoch, shipped) : 0;
    if (f1 > best.f1) best = { f1, epoch, shipped };
  }
  return { f1: best.f1, epoch: best.epoch, shipped: best.shipped! };
}

/** Keeps the buckets with any weight of magnitude ≥ PRUNE_BELOW and quantises them to int16. */
function sparsify(avg: Float32Array, bits: number): { buckets: Uint32Array; quantised: Int16Array; scale: number } {
  const size = 1 << bits;
  const kept: number[] = [];
  let maxAbs = 0;
  for (let b = 0; b < size; b++) {
    let keep = false;
    for (let l = 0; l < LABEL_COUNT; l++) {
      const v = Math.abs(avg[b * LABEL_COUNT + l]);
      if (v >= PRUNE_BELOW) keep = true;
      if (v > maxAbs) maxAbs = v;
    }
    if (keep) kept.push(b);
  }
  // int16 range
  const scale = maxAbs / 32767 || 1;
  const buckets = Uint32Array.from(kept);
  const quantised = new Int16Array(kept.length * LABEL_COUNT);
  for (let r = 0; r < kept.length; r++) {
    for (let l = 0; l < LABEL_COUNT; l++) quantised[r * LABEL_COUNT + l] = Math.round(avg[kept[r] * LABEL_COUNT + l] / scale);
  }
  return { buckets, quantised, scale };
}
