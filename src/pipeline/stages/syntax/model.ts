import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bytesOf, decodeModelFile, encodeModelFile, modelLoader } from '../../model-file.js';
import { HashedWeights, SparseHashedWeights, sparseRows, type SparseRows } from './weights.js';
import { SentenceBuffer } from './sentence.js';
import { TAGGER_FEATURES, WordScoreCache, tagSentence } from './tagger.js';
import { PARSER_FEATURES, ParserState, StateScorer, parseSentence, TRANSITIONS } from './parser.js';
import { ContextCache, LABELLER_FEATURES, LABELLER_TAG_CONTEXT_FEATURES, LABELLER_TREE_CONTEXT_FEATURES, TreeIndex, labelSentence } from './labeller.js';
import type { LemmaExceptions } from '../../../lang/sections/syntax.js';
import { compileLemmaRules, lemmatise, type CompiledLemmaRules, type LemmaRules } from './lemma.js';
import { Candidates, type CandidateLists } from './candidates.js';
import { compileWordRules, type CompiledWordRules, type WordRules } from './words.js';

/** The committed model. */
// this file sits four levels below the repository root both in src/ and in dist/
export const DEFAULT_SYNTAX_MODEL_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'models', 'syntax.bin.gz');

/** Distinct forms a tag's lemma cache holds before it starts afresh (a few MB at most over all tags). */
const LEMMA_CACHE_SIZE = 20_000;

/** File format version; bump when features or layout change incompatibly. */
export const SYNTAX_MODEL_FORMAT = 3;

export interface WeightTableHeader {
  bits: number;
  rows: number;
  /** non-zero weights over all rows */
  nonZero: number;
  scale: number;
}

/**
 * Model file header (JSON), followed by each table: bucket ids (uint32 a row), non-zero counts (uint8 a row), their
 * classes (uint8) and quantised values (int16); each part padded to 4 bytes.
 */
export interface SyntaxModelHeader {
  format: number;
  /** tag names "UPOS|XPOS" (the tagger's classes) */
  tags: string[];
  /** relation names (the labeller's classes), UD v2 with English subtypes */
  relations: string[];
  words: WordRules;
  lemmas: LemmaRules;
  /** word hash → the tags it was seen with (words seen often enough in train) */
  tagDictionary: CandidateLists;
  /** (dependent tag, head tag, direction) key → the relations seen between them */
  relationPairs: CandidateLists;
  tagger: WeightTableHeader;
  parser: WeightTableHeader;
  labeller: WeightTableHeader;
  trainedOn: string;
  dev: Record<string, number>;
}

export interface EncodedTable {
  buckets: Uint32Array;
  /** dense quantised rows, `classes` a row */
  rows: Int16Array;
  classes: number;
  scale: number;
}

/** Serialises a model: a model file (see encodeModelFile) whose body is each table. Caller gzips. */
export function encodeSyntaxModel(header: SyntaxModelHeader, tables: EncodedTable[]): Buffer {
  const parts: Buffer[] = [];
  const padded = (a: ArrayBufferView): void => {
    const b = bytesOf(a);
    parts.push(b, Buffer.alloc((4 - (b.length % 4)) % 4));
  };
  for (const t of tables) {
    const sparse = sparseRows(t.rows, t.classes);
    padded(t.buckets);
    padded(sparse.counts);
    padded(sparse.classesOf);
    padded(sparse.values);
  }
  return encodeModelFile(header, parts);
}

/** One analysed sentence in the buffer the model filled: tags, heads and relations as indices. */
export class SyntaxModel {
  readonly tagUpos: string[];
  readonly tagXpos: string[];
  readonly wordRules: CompiledWordRules;
  readonly lemmaRules: CompiledLemmaRules;
  readonly rootRelation: number;
  readonly tagDictionary: Candidates;
  readonly relationPairs: Candidates;
  // one sentence at a time per model (a worker thread has its own)
  readonly buffer = new SentenceBuffer();
  private readonly state = new ParserState();
  private readonly stateScorer = new StateScorer();
  private readonly tree = new TreeIndex();
  private readonly tagContexts = new ContextCache(0, LABELLER_TAG_CONTEXT_FEATURES);
  private readonly treeContexts = new ContextCache(LABELLER_TAG_CONTEXT_FEATURES, LABELLER_TREE_CONTEXT_FEATURES);
  private readonly wordScores: WordScoreCache;
  private readonly keys = new Int32Array(Math.max(TAGGER_FEATURES, PARSER_FEATURES, LABELLER_FEATURES));
  private readonly scores: Float64Array;
  private readonly lemmaCache: Array<Map<string, string>> = [];
  private cachedExceptions: LemmaExceptions | null = null;

  constructor(
    readonly header: SyntaxModelHeader,
    readonly tagger: SparseHashedWeights,
    readonly parser: HashedWeights,
    readonly labeller: SparseHashedWeights,
  ) {
    this.tagUpos = header.tags.map((t) => t.slice(0, t.indexOf('|')));
    this.tagXpos = header.tags.map((t) => t.slice(t.indexOf('|') + 1));
    this.wordRules = compileWordRules(header.words);
    this.lemmaRules = compileLemmaRules(header.lemmas);
    this.rootRelation = header.relations.indexOf('root');
    this.tagDictionary = new Candidates(header.tagDictionary);
    this.relationPairs = new Candidates(header.relationPairs);
    this.wordScores = new WordScoreCache(header.tags.length);
    this.scores = new Float64Array(Math.max(header.tags.length, header.relations.length, TRANSITIONS));
  }

  /**
   * Tags, parses and labels one sentence of words; the result is in `this.buffer` (tag[i] is 1-based, head[i] is a
   * word index or -1 for the root, deprel[i] an index into header.relations). Call `lemma(i)` for lemmas.
   */
  analyse(forms: ArrayLike<string>, count: number): SentenceBuffer {
    const s = this.buffer;
    s.load(forms, count);
    tagSentence(s, this.tagger, this.tagDictionary, this.wordScores, this.keys, this.scores);
    parseSentence(s, this.state, this.stateScorer, this.parser, this.keys, this.scores);
    labelSentence(s, this.tree, this.labeller, this.relationPairs, this.tagContexts, this.treeContexts, this.keys, this.scores, this.rootRelation);
    return s;
  }

  /** Lemma of word i of the sentence last analysed, with the language's exception lists. */
  lemma(i: number, exceptions: LemmaExceptions): string {
    if (exceptions !== this.cachedExceptions) {
      this.lemmaCache.length = 0;
      this.cachedExceptions = exceptions;
    }
    const t = this.buffer.tag[i] - 1;
    const form = this.buffer.forms[i];
    const cache = (this.lemmaCache[t] ??= new Map());
    let lemma = cache.get(form);
    if (lemma === undefined) {
      lemma = lemmatise(form, t, this.tagUpos[t], this.tagXpos[t], this.lemmaRules, exceptions);
      // news repeats its words: a bounded cache per tag spares most rule look-ups
      if (cache.size >= LEMMA_CACHE_SIZE) cache.clear();
      cache.set(form, lemma);
    }
    return lemma;
  }
}

export function decodeSyntaxModel(file: Buffer): SyntaxModel {
  const { header, body: aligned } = decodeModelFile<SyntaxModelHeader>(file);
  if (header.format !== SYNTAX_MODEL_FORMAT) throw new Error(`syntax model format ${header.format}, expected ${SYNTAX_MODEL_FORMAT}: retrain with "tidings train syntax"`);
  let at = 0;
  const pad = (): void => {
    at += (4 - (at % 4)) % 4;
  };
  const table = <T>(h: WeightTableHeader, classes: number, Table: new (classes: number, buckets: Uint32Array, rows: SparseRows, bits: number, scale: number) => T): T => {
    const buckets = new Uint32Array(aligned.buffer, at, h.rows);
    at += h.rows * 4;
    const counts = new Uint8Array(aligned.buffer, at, h.rows);
    at += h.rows;
    pad();
    const classesOf = new Uint8Array(aligned.buffer, at, h.nonZero);
    at += h.nonZero;
    pad();
    const values = new Int16Array(aligned.buffer, at, h.nonZero);
    at += h.nonZero * 2;
    pad();
    return new Table(classes, buckets, { counts, classesOf, values }, h.bits, h.scale);
  };
  const tagger = table(header.tagger, header.tags.length, SparseHashedWeights);
  const parser = table(header.parser, TRANSITIONS, HashedWeights);
  const labeller = table(header.labeller, header.relations.length, SparseHashedWeights);
  return new SyntaxModel(header, tagger, parser, labeller);
}

const loadOnce = modelLoader('syntax', 'syntax', decodeSyntaxModel);

/** Loads (once per process) the model at `path`. */
export function loadSyntaxModel(path: string = DEFAULT_SYNTAX_MODEL_PATH): SyntaxModel {
  return loadOnce(path);
}
