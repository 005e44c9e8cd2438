import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesOf, decodeModelFile, encodeModelFile, modelLoader } from '../../model-file.js';
import { LABEL_COUNT, LABELS } from './labels.js';
import { buildGazetteer, type NameLists } from './gazetteer.js';
import { extractDocumentFeatures, FeatureBuffers, WordTable, type FeatureResources } from './features.js';
import { decodeDocument, type DecodedSentence, type WeightTable } from './decode.js';
import { prepareClusterPrefixes } from './clusters.js';

/** The committed model. */
// this file sits four levels below the repository root both in src/ and in dist/
export const DEFAULT_NER_MODEL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'models', 'ner.bin.gz');

/** File format version; bump when features or layout change incompatibly. */
export const NER_MODEL_FORMAT = 2;

/** Model file header (JSON), followed by the bucket ids (uint32) and the quantised weights (int16, label-major rows). */
export interface NerModelHeader {
  format: number;
  labels: string[];
  /** feature keys are reduced to `bits` low bits (the hash bucket) */
  bits: number;
  rows: number;
  /** weight = int16 value × scale */
  scale: number;
  firstNames: string[];
  /** organisation and person names compiled from the Phoenix actor dictionaries (MIT), for the gazetteer */
  names: NameLists | null;
  clusters: Record<string, string> | null;
  trainedOn: string;
  epochs: number;
  dev: { f1: number };
}

/** Serialises a model: a model file (see encodeModelFile) whose body is the buckets, then the weights. Caller gzips. */
export function encodeNerModel(header: NerModelHeader, buckets: Uint32Array, weights: Int16Array): Buffer {
  return encodeModelFile(header, [bytesOf(buckets), bytesOf(weights)]);
}

/** int16 cells per slot of the run-time table: the bucket (two cells) and one weight per label. */
const SLOT_CELLS = 2 + LABEL_COUNT;

/**
 * Sparse run-time weights: an open-addressing table from hash bucket to that bucket's row of LABEL_COUNT weights,
 * stored inline in the slot so that a lookup touches one place in memory (a lookup is a cache miss on most tokens;
 * a separate index and row table made two). The table holds at least 1.5 slots per row so probes stay short.
 */
export class SparseWeights implements WeightTable {
  private readonly keyMask: number;
  private readonly slotMask: number;
  /** per slot: bucket low 16 bits, bucket high bits + 1 (0 = empty), then the row's int16 weights */
  private readonly cells: Int16Array;

  constructor(
    buckets: Uint32Array,
    /** quantised weights, label-major rows; scores are summed in these units and scaled once per token by the decoder */
    rows: Int16Array,
    bits: number,
    readonly scale: number,
  ) {
    if (bits > 30) throw new Error(`NER model hash bits ${bits} exceed the run-time table's 30`);
    this.keyMask = (1 << bits) - 1;
    let capacity = 1024;
    while (capacity < buckets.length * 1.5) capacity *= 2;
    this.slotMask = capacity - 1;
    const cells = (this.cells = new Int16Array(capacity * SLOT_CELLS));
    for (let r = 0; r < buckets.length; r++) {
      let s = buckets[r] & this.slotMask;
      while (cells[s * SLOT_CELLS + 1] !== 0) s = (s + 1) & this.slotMask;
      const at = s * SLOT_CELLS;
      cells[at] = buckets[r] & 0xffff;
      cells[at + 1] = (buckets[r] >>> 16) + 1;
      cells.set(rows.subarray(r * LABEL_COUNT, (r + 1) * LABEL_COUNT), at + 2);
    }
  }

  addScores(key: number, scores: Float64Array): void {
    const bucket = key & this.keyMask;
    const low = (bucket << 16) >> 16; // as stored in an Int16Array cell
    const high = (bucket >>> 16) + 1;
    const cells = this.cells;
    let at = (bucket & this.slotMask) * SLOT_CELLS;
    for (;;) {
      const h = cells[at + 1];
      if (h === 0) return;
      if (h === high && cells[at] === low) break;
      at = at + SLOT_CELLS === cells.length ? 0 : at + SLOT_CELLS;
    }
    at += 2;
    for (let l = 0; l < LABEL_COUNT; l++) scores[l] += cells[at + l];
  }
}

/** A loaded recogniser: feature resources plus weights. */
export class NerModel {
  private readonly words: WordTable;
  // one document at a time per model (a worker thread has its own)
  private readonly buffers = new FeatureBuffers();

  constructor(
    readonly header: NerModelHeader,
    readonly resources: FeatureResources,
    readonly weights: WeightTable,
  ) {
    this.words = new WordTable(resources, weights, LABEL_COUNT);
  }

  /**
   * BILOU label indices and margins for each sentence of a document given as token strings. `skipLowerAfterOutside`
   * (see DecodeOptions) is on at run time; tests turn it off to show that it changes no label.
   */
  tagDocument(sentences: string[][], skipLowerAfterOutside = true): DecodedSentence[] {
    const feats = extractDocumentFeatures(sentences, this.resources, this.words, this.buffers);
    return decodeDocument(feats, this.weights, { constrained: true, skipLowerAfterOutside });
  }
}

export function decodeNerModel(file: Buffer): NerModel {
  const { header, body: aligned } = decodeModelFile<NerModelHeader>(file);
  if (header.format !== NER_MODEL_FORMAT) throw new Error(`NER model format ${header.format}, expected ${NER_MODEL_FORMAT}: retrain with "tidings train ner"`);
  if (header.labels.join(',') !== LABELS.join(',')) throw new Error('NER model labels differ from this build: retrain with "tidings train ner"');
  const buckets = new Uint32Array(aligned.buffer, 0, header.rows);
  const quantised = new Int16Array(aligned.buffer, header.rows * 4, header.rows * LABEL_COUNT);
  const clusters = header.clusters ? prepareClusterPrefixes(new Map(Object.entries(header.clusters))) : null;
  const resources: FeatureResources = { gazetteer: buildGazetteer(header.firstNames, header.names), clusters };
  return new NerModel(header, resources, new SparseWeights(buckets, quantised, header.bits, header.scale));
}

const loadOnce = modelLoader('NER', 'ner', decodeNerModel);

/** Loads (once per process) the model at `path`. */
export function loadNerModel(path: string = DEFAULT_NER_MODEL_PATH): NerModel {
  return loadOnce(path);
}
