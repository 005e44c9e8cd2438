import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readConllu, universalRelation, type ConlluDocument, type ConlluSentence } from '../eval/syntax/conllu.js';
import { scoreGoldTokens } from '../eval/syntax/score.js';
import { tokenizeOffsets } from '../pipeline/stages/segment/tokenize.js';
import { SentenceBuffer } from '../pipeline/stages/syntax/sentence.js';
import { TAGGER_FEATURES, argmax, taggerFeatures, type WeightTable } from '../pipeline/stages/syntax/tagger.js';
import { PARSER_FEATURES, ParserState, TRANSITIONS, parserFeatures } from '../pipeline/stages/syntax/parser.js';
import { Attachment, LABELLER_FEATURES, TreeIndex, labellerFeatures, relationPairKey } from '../pipeline/stages/syntax/labeller.js';
import type { CandidateLists } from '../pipeline/stages/syntax/candidates.js';
import { learnLemmaRules } from '../pipeline/stages/syntax/lemma.js';
import { hyphenKey, type WordRules } from '../pipeline/stages/syntax/words.js';
import { HashedWeights, SparseHashedWeights, TrainingWeights, sparseRows, type SparseRows } from '../pipeline/stages/syntax/weights.js';
import { SYNTAX_MODEL_FORMAT, SyntaxModel, encodeSyntaxModel, decodeSyntaxModel, type EncodedTable, type SyntaxModelHeader } from '../pipeline/stages/syntax/model.js';
import { mulberry32 } from './random.js';

export interface TrainSyntaxOptions {
  /** folder holding ud-english-ewt/ */
  data: string;
  /** model file to write (.bin.gz) */
  out: string;
  taggerEpochs?: number;
  parserEpochs?: number;
  labellerEpochs?: number;
  /** folds for jackknifed training tags (the parser learns from tags as wrong as the tagger's at run time) */
  folds?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface TrainSyntaxResult {
  dev: Record<string, number>;
  seconds: number;
  bytes: number;
}

// a "UPOS|XPOS" pair seen fewer times is folded into its UPOS's most frequent pair (typos, GW and AFX leftovers)
const MIN_TAG_COUNT = 50;
// a relation subtype seen fewer times is written as its universal relation
const MIN_RELATION_COUNT = 20;
// a word convention seen fewer times in train is more likely a typo or a file name than a convention
const MIN_WORD_RULE_COUNT = 3;
// hash buckets = 2^bits per table: enough that collisions cost little, small enough to train in memory
const TAGGER_BITS = 19;
const PARSER_BITS = 22;
const LABELLER_BITS = 19;
// rows whose largest averaged weight is below this change almost no decision (as in the NER model)
const PRUNE_BELOW = 0.5;
// after this many passes the parser follows its own (possibly wrong) transitions, learning to recover from them
const EXPLORE_AFTER = 1;
// how often it follows its own prediction rather than the best correct transition, once exploring
const EXPLORE_PROBABILITY = 0.9;

export interface Prepared {
  forms: string[];
  tags: Int32Array;
  heads: Int32Array;
  deprels: Int32Array;
  projective: boolean;
}

/** "UPOS|XPOS" tags with their counts; rare pairs map to the most frequent pair of their UPOS. */
export function buildTagSet(docs: ConlluDocument[]): { tags: string[]; index: (upos: string, xpos: string) => number } {
  const counts = new Map<string, number>();
  for (const d of docs) for (const s of d.sentences) for (const w of s.words) counts.set(`${w.upos}|${w.xpos}`, (counts.get(`${w.upos}|${w.xpos}`) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const tags = sorted.filter(([, c]) => c >= MIN_TAG_COUNT).map(([t]) => t);
  const byUpos = new Map<string, number>();
  tags.forEach((t, i) => {
    const u = t.slice(0, t.indexOf('|'));
    if (!byUpos.has(u)) byUpos.set(u, i);
  });
  const at = new Map(tags.map((t, i) => [t, i]));
  return { tags, index: (upos, xpos) => at.get(`${upos}|${xpos}`) ?? byUpos.get(upos) ?? 0 };
}

export function buildRelationSet(docs: ConlluDocument[]): { relations: string[]; index: (deprel: string) => number } {
  const counts = new Map<string, number>();
  for (const d of docs) for (const s of d.sentences) for (const w of s.words) counts.set(w.deprel, (counts.get(w.deprel) ?? 0) + 1);
  const relations = [...counts].filter(([r, c]) => c >= MIN_RELATION_COUNT || !r.includes(':')).map(([r]) => r).filter((r) => r !== '_').sort();
  const at = new Map(relations.map((r, i) => [r, i]));
  return { relations, index: (r) => at.get(r) ?? at.get(universalRelation(r)) ?? at.get('dep') ?? 0 };
}

/** Treebank word conventions our tokens lack: hyphenated words kept whole, and contractions written as several words. */
function learnWordRules(docs: ConlluDocument[]): WordRules {
  const hyphen = new Map<string, { whole: number; split: number }>();
  const vote = (key: string, whole: boolean): void => {
    const v = hyphen.get(key) ?? { whole: 0, split: 0 };
    if (whole) v.whole++;
    else v.split++;
    hyphen.set(key, v);
  };
  const multi = new Map<string, { lengths: number[]; count: number }>();
  const plain = new Map<string, number>();
  for (const d of docs) {
    for (const s of d.sentences) {
      const inMulti = new Set<number>();
      for (const m of s.multiwords) {
        for (let i = m.first; i <= m.last; i++) inMulti.add(i);
        const words = s.words.slice(m.first, m.last + 1).map((w) => w.form);
        const lower = m.form.toLowerCase();
        if (words.join('').toLowerCase() !== lower || tokenizeOffsets(m.form).length !== 1) continue;
        const e = multi.get(lower) ?? { lengths: words.map((w) => w.length), count: 0 };
        e.count++;
        multi.set(lower, e);
      }
      s.words.forEach((w, i) => {
        if (!inMulti.has(i)) plain.set(w.form.toLowerCase(), (plain.get(w.form.toLowerCase()) ?? 0) + 1);
        const h = w.form.indexOf('-', 1);
        if (h > 0 && h < w.form.length - 1 && /[\p{L}\p{N}]/u.test(w.form[h - 1]) && /[\p{L}\p{N}]/u.test(w.form[h + 1])) vote(hyphenKey(w.form, 0, h, h + 1, w.form.length), true);
        // "15 - year": a hyphen word written against the words on both sides
        if (w.form === '-' && i > 0 && i + 1 < s.words.length && !s.words[i - 1].spaceAfter && w.spaceAfter === false) {
          const left = s.words[i - 1].form;
          const right = s.words[i + 1].form;
          if (/[\p{L}\p{N}]$/u.test(left) && /^[\p{L}\p{N}]/u.test(right)) {
            const joined = `${left}-${right}`;
            vote(hyphenKey(joined, 0, left.length, left.length + 1, joined.length), false);
          }
        }
      });
    }
  }
  // word prefixes and digit runs only: file names and addresses in the web text teach nothing about news
  const hyphenWhole = [...hyphen].filter(([k, v]) => /^(?:[a-z]+|#)$/.test(k) && v.whole >= MIN_WORD_RULE_COUNT && v.whole > v.split).map(([k]) => k).sort();
  const splits: Record<string, number[]> = {};
  for (const [form, e] of [...multi].sort()) {
    // a last word "s" is a possessive written without its apostrophe ("jacks"), a typo rather than a convention
    if (form.endsWith('s') && e.lengths[e.lengths.length - 1] === 1) continue;
    if (e.count >= MIN_WORD_RULE_COUNT && e.count > (plain.get(form) ?? 0)) splits[form] = e.lengths;
  }
  return { hyphenWhole, splits };
}

/** Keeps a class seen this often with a key, or this share of the key's examples (one-offs are mostly annotation noise). */
const MIN_CANDIDATE_COUNT = 2;
const MIN_CANDIDATE_SHARE = 0.1;
// a word seen fewer times in train is scored over every tag: a rarer word's few uses (eight of "resume", all nouns in
// web reviews) would shut out its other tags
const MIN_DICTIONARY_WORD_COUNT = 20;

function candidateLists(counts: Map<number, Map<number, number>>, minTotal: number): CandidateLists {
  const out: CandidateLists = {};
  for (const [key, m] of counts) {
    let total = 0;
    for (const c of m.values()) total += c;
    if (total < minTotal) continue;
    out[String(key)] = [...m].filter(([, c]) => c >= MIN_CANDIDATE_COUNT || c >= MIN_CANDIDATE_SHARE * total).sort((a, b) => b[1] - a[1]).map(([cls]) => cls);
  }
  return out;
}

function bump(counts: Map<number, Map<number, number>>, key: number, cls: number): void {
  let m = counts.get(key);
  if (!m) counts.set(key, (m = new Map()));
  m.set(cls, (m.get(cls) ?? 0) + 1);
}

/** The tag dictionary (word hash → tags) and the relations seen between tag pairs, from training sentences. */
export function learnCandidates(sents: Prepared[], predicted: Int32Array[]): { tagDictionary: CandidateLists; relationPairs: CandidateLists } {
  const words = new Map<number, Map<number, number>>();
  const pairs = new Map<number, Map<number, number>>();
  const s = new SentenceBuffer();
  const attachment = new Attachment();
  sents.forEach((p, i) => {
    const n = p.forms.length;
    s.load(p.forms, n);
    for (let k = 0; k < n; k++) {
      bump(words, s.lower[k], p.tags[k]);
      s.tag[k] = predicted[i][k] + 1;
      s.head[k] = p.heads[k];
    }
    for (let d = 0; d < n; d++) if (s.head[d] >= 0) bump(pairs, relationPairKey(attachment.read(s, d)), p.deprels[d]);
  });
  return { tagDictionary: candidateLists(words, MIN_DICTIONARY_WORD_COUNT), relationPairs: candidateLists(pairs, 1) };
}

function isProjective(heads: Int32Array): boolean {
  const n = heads.length;
  for (let d = 0; d < n; d++) {
    const h = heads[d];
    if (h < 0) continue;
    const [a, b] = d < h ? [d, h] : [h, d];
    for (let k = a + 1; k < b; k++) {
      // every word between a head and its dependent must descend from the head
      let x = k;
      while (x >= 0 && x !== h) x = heads[x];
      if (x !== h) return false;
    }
  }
  return true;
}

export function prepare(s: ConlluSentence, tagIndex: (u: string, x: string) => number, relIndex: (r: string) => number): Prepared {
  const n = s.words.length;
  const heads = new Int32Array(n);
  const tags = new Int32Array(n);
  const deprels = new Int32Array(n);
  s.words.forEach((w, i) => {
    heads[i] = w.head - 1;
    tags[i] = tagIndex(w.upos, w.xpos);
    deprels[i] = relIndex(w.deprel);
  });
  return { forms: s.words.map((w) => w.form), tags, heads, deprels, projective: isProjective(heads) };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/** A dense table of folded (averaged) weights, to score a held-out set between passes as cheaply as training does. */
class FoldedTable implements WeightTable {
  constructor(
    readonly classes: number,
    private readonly w: Float32Array,
    private readonly mask: number,
  ) {}
  add(key: number, scores: Float64Array): void {
    const base = (key & this.mask) * this.classes;
    for (let l = 0; l < this.classes; l++) scores[l] += this.w[base + l];
  }
}

function toRunTime<T>(w: TrainingWeights, Table: new (classes: number, buckets: Uint32Array, rows: SparseRows, bits: number, scale: number) => T): { table: T; encoded: EncodedTable } {
  const encoded = w.fold(PRUNE_BELOW);
  return { table: new Table(w.classes, encoded.buckets, sparseRows(encoded.rows, w.classes), w.bits, encoded.scale), encoded };
}

/** Trains a tagger on `train` for `epochs` passes; returns its weights (the epoch with the best accuracy on `held`). */
function trainTagger(train: Prepared[], held: Prepared[], tagCount: number, epochs: number, random: () => number, log: (l: string) => void): TrainingWeights {
  const w = new TrainingWeights(tagCount, TAGGER_BITS);
  const s = new SentenceBuffer();
  const keys = new Int32Array(TAGGER_FEATURES);
  const scores = new Float64Array(tagCount);
  const order = train.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    let right = 0;
    let total = 0;
    for (const i of order) {
      const p = train[i];
      s.load(p.forms, p.forms.length);
      let prev = -1;
      let prev2 = -1;
      for (let k = 0; k < s.n; k++) {
        const count = taggerFeatures(s, k, prev, prev2, keys);
        scores.fill(0);
        for (let f = 0; f < count; f++) w.add(keys[f], scores);
        const guess = argmax(scores, tagCount);
        const gold = p.tags[k];
        if (guess !== gold) for (let f = 0; f < count; f++) {
          w.update(keys[f], gold, 1);
          w.update(keys[f], guess, -1);
        }
        else right++;
        total++;
        w.c++;
        prev2 = prev;
        prev = guess;
      }
    }
    log(`  tagger pass ${epoch}: train ${(right / total).toFixed(4)}${held.length ? '' : ''}`);
  }
  return w;
}

/** Predicted tags (0-based) of `sents` from a tagger's weights. */
function predictTags(weights: WeightTable, sents: Prepared[]): Int32Array[] {
  const s = new SentenceBuffer();
  const keys = new Int32Array(TAGGER_FEATURES);
  const scores = new Float64Array(weights.classes);
  return sents.map((p) => {
    s.load(p.forms, p.forms.length);
    const out = new Int32Array(s.n);
    let prev = -1;
    let prev2 = -1;
    for (let k = 0; k < s.n; k++) {
      const count = taggerFeatures(s, k, prev, prev2, keys);
      scores.fill(0);
      for (let f = 0; f < count; f++) weights.add(keys[f], scores);
      const t = argmax(scores, weights.classes);
      out[k] = t;
      prev2 = prev;
      prev = t;
    }
    return out;
  });
}

function folded(w: TrainingWeights): FoldedTable {
  const f = w.fold(0);
  const dense = new Float32Array((w.mask + 1) * w.classes);
  for (let r = 0; r < f.buckets.length; r++) for (let l = 0; l < w.classes; l++) dense[f.buckets[r] * w.classes + l] = f.rows[r * w.classes + l] * f.scale;
  return new FoldedTable(w.classes, dense, w.mask);
}

/** One pass of the parser over the training sentences with the dynamic oracle. */
function parserPass(w: TrainingWeights, sents: Prepared[], predicted: Int32Array[], explore: boolean, random: () => number): number {
  const s = new SentenceBuffer();
  const st = new ParserState();
  const keys = new Int32Array(PARSER_FEATURES);
  const scores = new Float64Array(TRANSITIONS);
  const costs = new Int32Array(TRANSITIONS);
  const order = sents.map((_, i) => i);
  shuffle(order, random);
  let right = 0;
  let total = 0;
  const gold = new Int32Array(512);
  for (const i of order) {
    const p = sents[i];
    if (!p.projective) continue;
    const n = p.forms.length;
    s.load(p.forms, n);
    for (let k = 0; k < n; k++) {
      s.tag[k] = predicted[i][k] + 1;
      gold[k] = p.heads[k] < 0 ? n : p.heads[k];
    }
    st.reset(n);
    while (!st.terminal()) {
      const count = parserFeatures(s, st, keys);
      scores.fill(0);
      for (let f = 0; f < count; f++) w.add(keys[f], scores);
      let guess = -1;
      let best = -1;
      for (let t = 0; t < TRANSITIONS; t++) {
        if (!st.valid(t)) {
          costs[t] = -1;
          continue;
        }
        costs[t] = st.cost(t, gold);
        if (guess < 0 || scores[t] > scores[guess]) guess = t;
        if (costs[t] === 0 && (best < 0 || scores[t] > scores[best])) best = t;
      }
      if (best < 0) best = guess; // no zero-cost move: a non-projective remainder; follow the model
      total++;
      if (costs[guess] === 0) right++;
      else {
        for (let f = 0; f < count; f++) {
          w.update(keys[f], best, 1);
          w.update(keys[f], guess, -1);
        }
      }
      w.c++;
      st.apply(explore && costs[guess] !== 0 && random() < EXPLORE_PROBABILITY ? guess : costs[guess] === 0 ? guess : best);
    }
  }
  return right / total;
}

function labellerPass(w: TrainingWeights, sents: Prepared[], predicted: Int32Array[], rootLabel: number, random: () => number): number {
  const s = new SentenceBuffer();
  const tree = new TreeIndex();
  const attachment = new Attachment();
  const keys = new Int32Array(LABELLER_FEATURES);
  const scores = new Float64Array(w.classes);
  const order = sents.map((_, i) => i);
  shuffle(order, random);
  let right = 0;
  let total = 0;
  for (const i of order) {
    const p = sents[i];
    const n = p.forms.length;
    s.load(p.forms, n);
    for (let k = 0; k < n; k++) {
      s.tag[k] = predicted[i][k] + 1;
      s.head[k] = p.heads[k];
    }
    tree.build(s);
    for (let d = 0; d < n; d++) {
      const gold = p.deprels[d];
      if (s.head[d] < 0) {
        s.deprel[d] = rootLabel;
        continue;
      }
      const count = labellerFeatures(s, tree, attachment.read(s, d), keys);
      scores.fill(0);
      for (let f = 0; f < count; f++) w.add(keys[f], scores);
      scores[rootLabel] = -Infinity;
      const guess = argmax(scores, w.classes);
      total++;
      if (guess === gold) right++;
      else for (let f = 0; f < count; f++) {
        w.update(keys[f], gold, 1);
        w.update(keys[f], guess, -1);
      }
      w.c++;
      // later words see their earlier siblings' gold relations, as they see the labeller's own at run time
      s.deprel[d] = gold;
    }
  }
  return right / total;
}

/** Trains the tagger, parser and labeller on EWT train, picks passes on dev, and writes the model file. */
export function trainSyntax(options: TrainSyntaxOptions): TrainSyntaxResult {
  const t0 = performance.now();
  const log = options.log ?? (() => {});
  const elapsed = (): string => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
  const random = mulberry32(options.seed ?? 1);
  const trainDocs = readConllu(resolve(options.data, 'ud-english-ewt', 'en_ewt-ud-train.conllu'));
  const devDocs = readConllu(resolve(options.data, 'ud-english-ewt', 'en_ewt-ud-dev.conllu'));
  const { tags, index: tagIndex } = buildTagSet(trainDocs);
  const { relations, index: relIndex } = buildRelationSet(trainDocs);
  const rootLabel = relations.indexOf('root');
  const words = learnWordRules(trainDocs);
  const train = trainDocs.flatMap((d) => d.sentences.map((s) => prepare(s, tagIndex, relIndex)));
  const lemmas = learnLemmaRules(
    trainDocs.flatMap((d) => d.sentences.flatMap((s) => s.words.map((w) => ({ form: w.form, tag: tagIndex(w.upos, w.xpos), lemma: w.lemma })))),
    tags.length,
    (t) => tags[t].startsWith('PROPN|'),
  );
  log(`${train.length} train sentences, ${tags.length} tags, ${relations.length} relations, ${Object.keys(lemmas.rules).length} lemma rules, ${words.hyphenWhole.length} whole-hyphen keys, ${Object.keys(words.splits).length} split contractions (${elapsed()})`);

  const taggerEpochs = options.taggerEpochs ?? 8;
  const folds = options.folds ?? 3;
  // jackknifed tags: each fold tagged by a tagger that never saw it
  const predicted: Int32Array[] = new Array(train.length);
  for (let f = 0; f < folds; f++) {
    const inFold = (i: number): boolean => i % folds === f;
    const w = trainTagger(train.filter((_, i) => !inFold(i)), [], tags.length, taggerEpochs, random, () => {});
    const held = train.filter((_, i) => inFold(i));
    const tagged = predictTags(folded(w), held);
    let j = 0;
    for (let i = 0; i < train.length; i++) if (inFold(i)) predicted[i] = tagged[j++];
    log(`fold ${f + 1}/${folds} tagged (${elapsed()})`);
  }
  let right = 0;
  let total = 0;
  train.forEach((p, i) => p.tags.forEach((t, k) => { total++; if (predicted[i][k] === t) right++; }));
  log(`jackknifed train tag accuracy ${(right / total).toFixed(4)}`);
  const taggerWeights = trainTagger(train, [], tags.length, taggerEpochs, random, log);
  const tagger = toRunTime(taggerWeights, SparseHashedWeights);
  log(`tagger trained (${elapsed()})`);

  const parserEpochs = options.parserEpochs ?? 12;
  const labellerEpochs = options.labellerEpochs ?? 8;
  const labellerWeights = new TrainingWeights(relations.length, LABELLER_BITS);
  for (let e = 1; e <= labellerEpochs; e++) log(`  labeller pass ${e}: train ${labellerPass(labellerWeights, train, predicted, rootLabel, random).toFixed(4)}`);
  const labeller = toRunTime(labellerWeights, SparseHashedWeights);
  log(`labeller trained (${elapsed()})`);

  const header: SyntaxModelHeader = {
    format: SYNTAX_MODEL_FORMAT,
    tags,
    relations,
    words,
    lemmas,
    ...learnCandidates(train, predicted),
    tagger: { bits: TAGGER_BITS, rows: 0, nonZero: 0, scale: 1 },
    parser: { bits: PARSER_BITS, rows: 0, nonZero: 0, scale: 1 },
    labeller: { bits: LABELLER_BITS, rows: 0, nonZero: 0, scale: 1 },
    trainedOn: 'UD English EWT train (CC BY-SA 4.0)',
    dev: {},
  };
  const parserWeights = new TrainingWeights(TRANSITIONS, PARSER_BITS);
  let best: { las: number; model: SyntaxModel | null; encoded: EncodedTable | null; epoch: number; dev: Record<string, number> } = { las: -1, model: null, encoded: null, epoch: 0, dev: {} };
  const dev = devDocs;
  for (let e = 1; e <= parserEpochs; e++) {
    const acc = parserPass(parserWeights, train, predicted, e > EXPLORE_AFTER, random);
    const parser = toRunTime(parserWeights, HashedWeights);
    const model = new SyntaxModel(header, tagger.table, parser.table, labeller.table);
    const m = scoreGoldTokens(model, dev).metrics();
    log(`  parser pass ${e}: train ${acc.toFixed(4)}; dev UPOS ${m.upos} UAS ${m.uas} LAS ${m.las} (${elapsed()})`);
    if (m.las > best.las) best = { las: m.las, model, encoded: parser.encoded, epoch: e, dev: m };
  }
  const tables = [tagger.encoded, best.encoded!, labeller.encoded];
  const nonZero = (t: EncodedTable): number => t.rows.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0);
  header.tagger.nonZero = nonZero(tagger.encoded);
  header.parser.nonZero = nonZero(best.encoded!);
  header.labeller.nonZero = nonZero(labeller.encoded);
  header.tagger.rows = tagger.encoded.buckets.length;
  header.tagger.scale = tagger.encoded.scale;
  header.parser.rows = best.encoded!.buckets.length;
  header.parser.scale = best.encoded!.scale;
  header.labeller.rows = labeller.encoded.buckets.length;
  header.labeller.scale = labeller.encoded.scale;
  header.dev = { ...best.dev, parserEpoch: best.epoch };
  const file = gzipSync(encodeSyntaxModel(header, tables), { level: 9 });
  // the file must load back to the same scores
  const reloaded = scoreGoldTokens(decodeSyntaxModel(file), dev).metrics();
  if (reloaded.las !== best.dev.las) throw new Error(`reloaded model scores LAS ${reloaded.las}, trained ${best.dev.las}`);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, file);
  const seconds = (performance.now() - t0) / 1000;
  log(`wrote ${options.out}: ${(file.length / 1e6).toFixed(1)} MB, parser pass ${best.epoch}, dev ${JSON.stringify(best.dev)}, ${seconds.toFixed(0)} s`);
  return { dev: header.dev, seconds, bytes: file.length };
}
