import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readConll } from '../eval/ner/conll.js';
import { tokenizeOffsets } from '../pipeline/stages/segment/tokenize.js';
import { normaliseToken } from '../pipeline/stages/ner/features.js';
import type { WordClusters } from '../pipeline/stages/ner/clusters.js';
import { mulberry32 } from './random.js';

/**
 * Word clusters for the recogniser, induced from unlabelled text by our own code: each word's left and right
 * neighbour distribution (PPMI-weighted, randomly projected to a dense vector) is split recursively with spherical
 * 2-means, giving a binary path per word as Brown clustering does (a cheaper stand-in for Brown et al. 1992).
 */
export interface ClusterOptions {
  /** words seen fewer times get no cluster */
  minCount?: number;
  /** most frequent words used as context features */
  contextWords?: number;
  /** dense dimensions after random projection */
  dimensions?: number;
  /** depth of the binary tree (path length) */
  depth?: number;
  seed?: number;
}

// below 3 occurrences the neighbour counts are too sparse to place a word
const DEFAULT_MIN_COUNT = 3;
// the 2,000 most frequent words cover most neighbour positions in news text
const DEFAULT_CONTEXT_WORDS = 2000;
// 128 random dimensions keep inner products of the sparse PPMI vectors within a few percent
const DEFAULT_DIMENSIONS = 128;
// 2^14 leaves is finer than needed; features use path prefixes
const DEFAULT_DEPTH = 14;
// spherical k-means converges in a handful of passes at this size
const KMEANS_ITERATIONS = 8;

/** Lower-cased normalised word, the key clusters are stored under. */
export function clusterKey(token: string): string {
  return normaliseToken(token).toLowerCase();
}

function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p, suffix));
    else if (name.endsWith(suffix)) out.push(p);
  }
  return out;
}

function tokeniseLines(text: string, out: string[][]): void {
  for (const line of text.split(/\n+/)) {
    const toks = tokenizeOffsets(line).map((t) => line.slice(t.start, t.end));
    if (toks.length > 1) out.push(toks);
  }
}

/**
 * Unlabelled sentences for clustering: CoNLL-2003 train and dev tokens (labels ignored; never test), PolNeAR article
 * texts, TempEval-3 document texts and the geoparsing corpora's article texts, when present under `dataDir`.
 */
export function readUnlabelledText(dataDir: string): string[][] {
  const out: string[][] = [];
  for (const split of ['train.txt', 'dev.txt']) {
    const p = resolve(dataDir, 'conll2003', split);
    if (!existsSync(p)) continue;
    for (const d of readConll(p)) for (const s of d.sentences) out.push(s.words);
  }
  for (const f of listFiles(resolve(dataDir, 'polnear'), '.txt')) tokeniseLines(readFileSync(f, 'utf8'), out);
  for (const f of listFiles(resolve(dataDir, 'tempeval3'), '.tml')) {
    const xml = readFileSync(f, 'utf8');
    const m = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
    if (m) tokeniseLines(m[1].replace(/<[^>]+>/g, ''), out);
  }
  for (const f of listFiles(resolve(dataDir, 'geoparsing'), '.xml')) {
    const xml = readFileSync(f, 'utf8');
    const re = /<text>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/text>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(xml))) tokeniseLines(m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'), out);
  }
  return out;
}


/** Builds word → binary path clusters from tokenised sentences. Deterministic for a given input and seed. */
export function buildWordClusters(sentences: string[][], options: ClusterOptions = {}): WordClusters {
  const minCount = options.minCount ?? DEFAULT_MIN_COUNT;
  const contextWords = options.contextWords ?? DEFAULT_CONTEXT_WORDS;
  const dims = options.dimensions ?? DEFAULT_DIMENSIONS;
  const depth = options.depth ?? DEFAULT_DEPTH;
  const random = mulberry32(options.seed ?? 7);

  const keyed = sentences.map((s) => s.map(clusterKey));
  const counts = new Map<string, number>();
  for (const s of keyed) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const vocab = [...counts].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const index = new Map(vocab.map((w, i) => [w, i]));
  const contextSize = Math.min(contextWords, vocab.length);
  // context feature ids: left neighbour c → c, right neighbour c → contextSize + c, plus sentence boundaries
  const boundary = 2 * contextSize;
  const featureCount = boundary + 2;

  const cooc: Array<Map<number, number>> = vocab.map(() => new Map());
  const featureTotals = new Float64Array(featureCount);
  let total = 0;
  for (const s of keyed) {
    for (let i = 0; i < s.length; i++) {
      const wi = index.get(s[i]);
      if (wi === undefined) continue;
      const left = i > 0 ? index.get(s[i - 1]) : -1;
      const right = i + 1 < s.length ? index.get(s[i + 1]) : -1;
      const feats: number[] = [];
      if (left === -1) feats.push(boundary);
      else if (left !== undefined && left < contextSize) feats.push(left);
      if (right === -1) feats.push(boundary + 1);
      else if (right !== undefined && right < contextSize) feats.push(contextSize + right);
      for (const f of feats) {
        const m = cooc[wi];
        m.set(f, (m.get(f) ?? 0) + 1);
        featureTotals[f]++;
        total++;
      }
    }
  }

  // random ±1 projection of PPMI vectors
  const projection = new Float32Array(featureCount * dims);
  for (let j = 0; j < projection.length; j++) projection[j] = random() < 0.5 ? -1 : 1;
  const vectors = new Float32Array(vocab.length * dims);
  for (let w = 0; w < vocab.length; w++) {
    let wordTotal = 0;
    for (const c of cooc[w].values()) wordTotal += c;
    const base = w * dims;
    for (const [f, c] of cooc[w]) {
      const pmi = Math.log((c * total) / (wordTotal * featureTotals[f]));
      if (pmi <= 0) continue;
      const pb = f * dims;
      for (let d = 0; d < dims; d++) vectors[base + d] += pmi * projection[pb + d];
    }
    normalise(vectors, base, dims);
  }

  const paths: string[] = new Array(vocab.length).fill('');
  const split = (members: Int32Array, level: number): void => {
    if (level >= depth || members.length < 2) return;
    const [left, right] = twoMeans(vectors, dims, members);
    if (left.length === 0 || right.length === 0) return;
    for (const m of left) paths[m] += '0';
    for (const m of right) paths[m] += '1';
    split(left, level + 1);
    split(right, level + 1);
  };
  split(Int32Array.from(vocab.keys()), 0);
  const clusters: WordClusters = new Map();
  for (let w = 0; w < vocab.length; w++) if (paths[w]) clusters.set(vocab[w], paths[w]);
  return clusters;
}

function normalise(v: Float32Array, base: number, dims: number): void {
  let n = 0;
  for (let d = 0; d < dims; d++) n += v[base + d] * v[base + d];
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < dims; d++) v[base + d] /= n;
}

/**
 * Spherical 2-means over `members` (sorted by frequency, most frequent first). Seeds: the most frequent member and the
 * member least similar to it, so the split is deterministic.
 */
function twoMeans(vectors: Float32Array, dims: number, members: Int32Array): [Int32Array, Int32Array] {
  const a = new Float32Array(dims);
  const b = new Float32Array(dims);
  const first = members[0];
  for (let d = 0; d < dims; d++) a[d] = vectors[first * dims + d];
  let far = members[1];
  let farSim = Infinity;
  for (const m of members) {
    let sim = 0;
    for (let d = 0; d < dims; d++) sim += vectors[m * dims + d] * a[d];
    if (sim < farSim) {
      farSim = sim;
      far = m;
    }
  }
  for (let d = 0; d < dims; d++) b[d] = vectors[far * dims + d];
  const side = new Uint8Array(members.length);
  for (let iter = 0; iter < KMEANS_ITERATIONS; iter++) {
    let changed = false;
    for (let i = 0; i < members.length; i++) {
      const base = members[i] * dims;
      let sa = 0;
      let sb = 0;
      for (let d = 0; d < dims; d++) {
        sa += vectors[base + d] * a[d];
        sb += vectors[base + d] * b[d];
      }
      const s = sb > sa ? 1 : 0;
      if (s !== side[i] || iter === 0) changed = true;
      side[i] = s;
    }
    if (!changed) break;
    a.fill(0);
    b.fill(0);
    for (let i = 0; i < members.length; i++) {
      const base = members[i] * dims;
      const c = side[i] ? b : a;
      for (let d = 0; d < dims; d++) c[d] += vectors[base + d];
    }
    normalise(a, 0, dims);
    normalise(b, 0, dims);
  }
  const left: number[] = [];
  const right: number[] = [];
  for (let i = 0; i < members.length; i++) (side[i] ? right : left).push(members[i]);
  return [Int32Array.from(left), Int32Array.from(right)];
}
