import { mix } from '../ner/hash.js';
import { NONE, type SentenceBuffer } from './sentence.js';
import { argmax } from './tagger.js';
import type { SparseHashedWeights } from './weights.js';
import type { Candidates } from './candidates.js';

/**
 * Relation labeller: given the unlabelled tree, picks each word's relation from features of the word, its head, the
 * words between and around them, and their children (a separate classifier, so the parser scores three transitions
 * rather than one per labelled move). Left to right, so a word sees the relations of its earlier siblings.
 */
const enum L {
  Bias = 1, DepT, DepW, HeadT, HeadW, DepT_HeadT_Dir, DepW_HeadT_Dir, DepT_HeadW_Dir, DepW_HeadW,
  Dist_DepT_HeadT, FirstChildW_Dir, FirstChildW_DepT_HeadT, LastChildT_DepT, BeforeHeadW_DepT_Dir,
  GrandT_HeadT_DepT, Children_DepT, EarlierSibling_DepT_Dir, BeforeDepW_DepT, AfterDepT_DepT_HeadT, HeadFirstChildW_DepT_Dir,
}

export const LABELLER_FEATURES = 20;

/** Distances above this share one value. */
const MAX_DISTANCE = 6;

/** Per-sentence child lists for the labeller (first/last child and child count of each word). */
export class TreeIndex {
  first = new Int32Array(128);
  last = new Int32Array(128);
  count = new Int32Array(128);
  /** the nearest earlier word with the same head, or -1 */
  previousSibling = new Int32Array(128);

  build(s: SentenceBuffer): void {
    const n = s.n;
    if (n > this.first.length) {
      let size = this.first.length;
      while (size < n) size *= 2;
      this.first = new Int32Array(size);
      this.last = new Int32Array(size);
      this.count = new Int32Array(size);
      this.previousSibling = new Int32Array(size);
    }
    this.first.fill(-1, 0, n);
    this.last.fill(-1, 0, n);
    this.count.fill(0, 0, n);
    for (let d = 0; d < n; d++) {
      const h = s.head[d];
      this.previousSibling[d] = -1;
      if (h < 0) continue;
      this.previousSibling[d] = this.last[h];
      if (this.first[h] < 0) this.first[h] = d;
      this.last[h] = d;
      this.count[h]++;
    }
  }
}

/**
 * Word d's attachment as the labeller reads it: worked out once per word, then read by its keys, its two contexts and
 * its candidate relations.
 */
export class Attachment {
  /** the dependent */
  dep = 0;
  /** its head, -1 for the root */
  head = -1;
  depTag = 0;
  /** 0 for the root */
  headTag = 0;
  /** 1: the dependent stands before its head, 2: after it, 3: the root */
  dir = 3;
  /** words from the head, capped at MAX_DISTANCE; 0 for the root */
  distance = 0;

  /** Reads word d's attachment from the parsed sentence. */
  read(s: SentenceBuffer, d: number): this {
    const h = s.head[d];
    this.dep = d;
    this.head = h;
    this.depTag = s.tag[d];
    const root = h < 0;
    this.headTag = root ? 0 : s.tag[h];
    this.dir = root ? 3 : d < h ? 1 : 2;
    this.distance = root ? 0 : Math.min(Math.abs(h - d), MAX_DISTANCE);
    return this;
  }
}

/**
 * The tag-context of a dependent: its tag, its head's tag, direction, distance and the next word's tag. The features
 * that read only these (the first LABELLER_TAG_CONTEXT_FEATURES keys) are summed once per context and cached.
 */
export function labellerTagContext(s: SentenceBuffer, a: Attachment): number {
  const d = a.dep;
  // tags are below 64 (63 pairs, 0 = none)
  return ((((a.depTag * 64 + a.headTag) * 4 + a.dir) * 8 + a.distance) * 64) + (d + 1 < s.n ? s.tag[d + 1] : 0);
}

/** How many of labellerFeatures' keys come first and read only labellerTagContext. */
export const LABELLER_TAG_CONTEXT_FEATURES = 6;

/**
 * The tree-context of a dependent (not the root): its and its head's tags, direction, the grandparent's tag, its last
 * child's tag and its count of children. The three features that read only these follow the tag-context ones.
 */
export function labellerTreeContext(s: SentenceBuffer, tree: TreeIndex, a: Attachment): number {
  const g = s.head[a.head];
  const lc = tree.last[a.dep];
  const pair = (a.depTag * 64 + a.headTag) * 4 + a.dir;
  return ((pair * 64 + (g >= 0 ? s.tag[g] : 0)) * 64 + (lc >= 0 ? s.tag[lc] : 0)) * 5 + Math.min(tree.count[a.dep], 4);
}

export const LABELLER_TREE_CONTEXT_FEATURES = 3;

/** Writes the keys of word d's relation features (a: its attachment), returns their count; `deprel` holds the relations of words before d. */
export function labellerFeatures(s: SentenceBuffer, tree: TreeIndex, a: Attachment, keys: Int32Array): number {
  const d = a.dep;
  const h = a.head;
  const dt = a.depTag;
  const ht = a.headTag;
  const dir = a.dir;
  const root = h < 0;
  let k = 0;
  keys[k++] = L.Bias;
  keys[k++] = mix(L.DepT, dt);
  keys[k++] = mix(L.HeadT, ht);
  keys[k++] = mix(L.DepT_HeadT_Dir, (dt * 256 + ht) * 4 + dir);
  keys[k++] = mix(L.Dist_DepT_HeadT, ((a.distance * 4 + dir) * 256 + dt) * 256 + ht);
  keys[k++] = mix(L.AfterDepT_DepT_HeadT, ((d + 1 < s.n ? s.tag[d + 1] : 0) * 256 + dt) * 256 + ht);
  const lc = tree.last[d];
  const g = root ? -1 : s.head[h];
  keys[k++] = mix(L.LastChildT_DepT, (lc >= 0 ? s.tag[lc] : 0) * 256 + dt);
  keys[k++] = mix(L.GrandT_HeadT_DepT, ((g >= 0 ? s.tag[g] : root ? 1023 : 0) * 256 + ht) * 256 + dt);
  keys[k++] = mix(L.Children_DepT, Math.min(tree.count[d], 4) * 256 + dt);
  // beyond the tag and tree contexts: the words around, the children and the siblings
  const dw = s.lower[d];
  const hw = root ? NONE : s.lower[h];
  const fc = tree.first[d];
  const fcw = fc >= 0 ? s.lower[fc] : NONE;
  // the nearest earlier sibling, and its relation (already labelled)
  const sib = tree.previousSibling[d];
  const hfc = root ? -1 : tree.first[h];
  keys[k++] = mix(L.DepW, dw);
  keys[k++] = mix(L.HeadW, hw);
  keys[k++] = mix(mix(L.DepW_HeadT_Dir, dw), ht * 4 + dir);
  keys[k++] = mix(mix(L.DepT_HeadW_Dir, hw), dt * 4 + dir);
  keys[k++] = mix(mix(L.DepW_HeadW, dw), hw);
  keys[k++] = mix(mix(L.FirstChildW_Dir, fcw), fc >= 0 && fc < d ? dir : dir + 4);
  keys[k++] = mix(mix(L.FirstChildW_DepT_HeadT, fcw), dt * 256 + ht);
  keys[k++] = mix(mix(L.BeforeHeadW_DepT_Dir, root || h === 0 ? NONE : s.lower[h - 1]), dt * 4 + dir);
  keys[k++] = mix(L.EarlierSibling_DepT_Dir, ((sib >= 0 ? s.deprel[sib] + 1 : 0) * 256 + dt) * 4 + dir);
  keys[k++] = mix(mix(L.BeforeDepW_DepT, d > 0 ? s.lower[d - 1] : NONE), dt);
  keys[k++] = mix(mix(L.HeadFirstChildW_DepT_Dir, hfc >= 0 ? s.lower[hfc] : NONE), dt * 4 + dir);
  return k;
}

/** The key of the relations seen between a dependent's and a head's tags in one direction (see Candidates). */
export function relationPairKey(a: Attachment): number {
  return (a.depTag * 256 + a.headTag) * 4 + a.dir;
}

const CONTEXT_SLOTS = 1 << 12;
/** candidate lists longer than this are scored without the cache */
const CONTEXT_WIDTH = 16;

/**
 * The summed rows of the features that read only a few tags, per context, for the candidate relations of its tag
 * pair: the tag-context's six and the tree-context's three features, each answered by one probe (the contexts repeat). Sums are in
 * int16 units, so they are exact.
 */
export class ContextCache {
  /** direct-mapped: per slot the context + 1 (0 = empty) */
  private readonly keys = new Int32Array(CONTEXT_SLOTS);
  private readonly sums = new Int32Array(CONTEXT_SLOTS * CONTEXT_WIDTH);

  /** Caches the sum of the features keys[first..first + count), which read only the context. */
  constructor(private readonly first: number, private readonly count: number) {}

  /**
   * Adds to scores[c], for the candidates c = lists[from..to), the sum of the context's features (their keys written
   * by labellerFeatures). The candidates follow from the context (both read the two tags and the direction).
   */
  add(context: number, weights: SparseHashedWeights, keys: Int32Array, lists: Int32Array, from: number, to: number, scores: Float64Array): void {
    const slot = mix(context, 0) & (CONTEXT_SLOTS - 1);
    const at = slot * CONTEXT_WIDTH;
    const sums = this.sums;
    if (this.keys[slot] === context + 1) {
      for (let j = from; j < to; j++) scores[lists[j]] += sums[at + j - from];
      return;
    }
    for (let j = from; j < to; j++) sums[at + j - from] = -scores[lists[j]];
    for (let f = this.first, end = this.first + this.count; f < end; f++) weights.add(keys[f], scores);
    for (let j = from; j < to; j++) sums[at + j - from] += scores[lists[j]];
    this.keys[slot] = context + 1;
  }
}

// the word being labelled (one sentence at a time; a worker thread has its own module): one object reused, as a
// new one per sentence measured slower
const labelled = new Attachment();

/**
 * Labels every word of a parsed sentence: fills s.deprel[0..n) with relation indices, scoring only the relations
 * seen between the two words' tags in that direction (all of them, for a pair never seen).
 */
export function labelSentence(s: SentenceBuffer, tree: TreeIndex, weights: SparseHashedWeights, pairs: Candidates, tagContexts: ContextCache, treeContexts: ContextCache, keys: Int32Array, scores: Float64Array, rootLabel: number): void {
  tree.build(s);
  const k = weights.classes;
  const lists = pairs.lists;
  const a = labelled;
  for (let d = 0; d < s.n; d++) {
    if (s.head[d] < 0) {
      s.deprel[d] = rootLabel;
      continue;
    }
    a.read(s, d);
    const at = pairs.find(relationPairKey(a));
    if (at >= 0 && lists[at] === 1) {
      s.deprel[d] = lists[at + 1];
      continue;
    }
    if (at < 0) {
      const count = labellerFeatures(s, tree, a, keys);
      scores.fill(0, 0, k);
      for (let f = 0; f < count; f++) weights.add(keys[f], scores);
      scores[rootLabel] = -Infinity;
      s.deprel[d] = argmax(scores, k);
    } else {
      const to = at + 1 + lists[at];
      // the tag-context keys are only read when the cache misses, but writing them costs little beside a look-up
      const count = labellerFeatures(s, tree, a, keys);
      for (let j = at + 1; j < to; j++) scores[lists[j]] = 0;
      let f = 0;
      if (lists[at] <= CONTEXT_WIDTH) {
        tagContexts.add(labellerTagContext(s, a), weights, keys, lists, at + 1, to, scores);
        treeContexts.add(labellerTreeContext(s, tree, a), weights, keys, lists, at + 1, to, scores);
        f = LABELLER_TAG_CONTEXT_FEATURES + LABELLER_TREE_CONTEXT_FEATURES;
      }
      for (; f < count; f++) weights.add(keys[f], scores);
      let best = lists[at + 1];
      for (let j = at + 2; j < to; j++) if (scores[lists[j]] > scores[best]) best = lists[j];
      s.deprel[d] = best;
    }
  }
}
