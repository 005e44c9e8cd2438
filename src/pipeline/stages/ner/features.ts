import { FNV_OFFSET, hashStep, hashString, mix } from './hash.js';
import { GAZ_WORDS, matchGazetteer, type Gazetteer } from './gazetteer.js';
import type { ClusterPrefixes } from './clusters.js';
import { genderOfGivenName, isFamilyNameFirst } from '../../../knowledge/person-names.js';
import { DEFAULT_PACK } from '../../../lang/index.js';

/** Feature template ids; a feature key is mix(template, value hash). Append only: ids are baked into the model. */
const enum T {
  Bias = 1,
  Lower,
  LowerPrev,
  LowerPrev2,
  LowerNext,
  LowerNext2,
  Form,
  Shape,
  ShapePrev,
  ShapeNext,
  Prefix,
  Suffix,
  BigramPrev,
  BigramNext,
  ShapePair,
  ShapeTriple,
  FirstToken,
  DocCase,
  Headline,
  Gaz,
  GazPrev,
  GazNext,
  LowerPrevShape,
  LowerNextShape,
  Length,
  Cluster,
  ClusterPrev,
  ClusterNext,
  PrevLabel,
  PrevLabels,
  PrevLabelLower,
  PrevLabelShape,
  History,
  HistoryShape,
  HistoryPrev,
  HistoryNext,
  ShapePrev2,
  ShapeNext2,
  FormNext,
  FormPrev,
  CapsRun,
  CapsRunEdge,
  DocContextPrev,
  DocContextNext,
  Lexicon,
  LexiconPrev,
  LexiconNext,
  DocGaz,
  DocRole,
  DocLexPrev,
}

/** Hash standing for a position before the sentence start / after its end. */
// hashes kept for mixing are stored as signed 32-bit integers, which V8 keeps unboxed (see `mix`)
const BOUNDARY_BEFORE = hashString('<s>') | 0;
const BOUNDARY_AFTER = hashString('</s>') | 0;

/** Longest prefix and suffix used as features. */
const AFFIX_MAX = 4;

/** What feature extraction reads besides the tokens. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  clusters: ClusterPrefixes | null;
}

/** Static (label-independent) features of one sentence, plus the words the decoder's dynamic features read. */
export interface SentenceFeatures {
  length: number;
  /** features of token i are keys[offsets[i] .. offsets[i+1]) */
  offsets: Int32Array;
  keys: Uint32Array;
  /** the sentence's words; at run time each carries its cached single-word feature sums (`vector`) */
  words: WordInfo[];
}

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2013': '-', '\u2014': '--', '\u2212': '-', '\u2026': '...',
};
const SPECIAL = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2013\u2014\u2212\u2026]/g;

/** Token form the features see: curly quotes and dashes made ASCII as in CoNLL, `` and '' as ", digits as 0. */
export function normaliseToken(token: string): string {
  let plain = true;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c > 127) {
      plain = false;
      break;
    }
  }
  if (plain) return token === '``' || token === "''" ? '"' : token;
  const t = token.replace(SPECIAL, (c) => QUOTE_MAP[c] ?? c);
  if (t === '``' || t === "''") return '"';
  return t.replace(/\d/g, '0');
}

/** Word shape with runs collapsed: "McDonald's" → "XxXx'x", "1996-08-22" → "d-d-d". */
export function wordShape(token: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < token.length; i++) {
    const c = token[i];
    let k: string;
    if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c.toLowerCase() !== c) k = 'X';
    else if (c.toUpperCase() !== c) k = 'x';
    else k = c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Hash of wordShape(token), computed without building the string. */
export function shapeHashOf(token: string): number {
  let h = FNV_OFFSET;
  let last = -1;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    let k: number;
    if (c >= 97 && c <= 122) k = 120; // x
    else if (c >= 65 && c <= 90) k = 88; // X
    else if (c >= 48 && c <= 57) k = 100; // d
    else if (c < 128) k = c;
    else {
      const ch = token[i];
      k = ch.toLowerCase() !== ch ? 88 : ch.toUpperCase() !== ch ? 120 : c;
    }
    if (k !== last) h = hashStep(h, k);
    last = k;
  }
  return h >>> 0;
}

/** What the features need to know about one token string, computed once per distinct string (see WordTable). */
export interface WordInfo {
  form: string;
  lower: string;
  /** hashes for feature keys, as signed 32-bit integers */
  lowerHash: number;
  formHash: number;
  shapeHash: number;
  /** 1 when the token has an upper-case letter */
  capitalised: number;
  /** has an ASCII letter, and all its letters are capitals (for headline detection) */
  hasLetter: boolean;
  upperOnly: boolean;
  /** all capitals and longer than one character ("NATO", not "A") */
  allCapsWord: boolean;
  cluster: Uint32Array | undefined;
  /** lexiconBits of the lower-cased word */
  lexicon: number;
  /** run time only: summed weights of the word's single-word features at offsets -2..2 */
  vector: Float32Array | null;
  /** per-document state shared by every token with this lower-cased form */
  entry: LowerEntry;
}

/**
 * What one document has seen of a lower-cased word, kept on the word itself so that the per-token document features
 * need no map look-ups; a field is valid only while its stamp equals the current document's (see `nextStamp`).
 */
export interface LowerEntry {
  /** feature extraction: bit 0 seen title-cased not sentence-first, bit 1 seen lower-case */
  caseStamp: number;
  caseBits: number;
  /** feature extraction: flat [sentence, token, ...] of its capitalised occurrences */
  occurrenceStamp: number;
  occurrences: number[];
  /** decoding: how often each entity type (slot 0: O) was predicted for it earlier in the document */
  historyStamp: number;
  history: Int32Array;
}

let stampCounter = 0;
/** A fresh document stamp (see LowerEntry). */
export function nextStamp(): number {
  return ++stampCounter;
}

// distinct token strings kept between clears; each entry is well under 1 KB
const WORD_TABLE_LIMIT = 50_000;

/**
 * Per distinct token string: its normalised forms and hashes and, when weights are given (run time), the summed
 * weights of its single-word features at each offset -2..2 ((WINDOW * 2 + 1) × labels floats; sums of int16 weights
 * stay exact in float32), so the decoder adds five vectors instead of looking up some thirty features.
 */
export class WordTable {
  private readonly map = new Map<string, WordInfo>();
  private readonly entries = new Map<string, LowerEntry>();
  private readonly tmp: Float64Array;

  constructor(
    private readonly res: FeatureResources,
    private readonly weights: KeyScorer | null = null,
    private readonly labelCount = 0,
  ) {
    this.tmp = new Float64Array(labelCount);
  }

  /** Called before each document: the table is emptied only between documents, so one form has one entry per document. */
  startDocument(): void {
    if (this.map.size < WORD_TABLE_LIMIT) return;
    this.map.clear();
    this.entries.clear();
  }

  info(token: string): WordInfo {
    let w = this.map.get(token);
    if (w) return w;
    const form = normaliseToken(token);
    const lower = form.toLowerCase();
    const upperOnly = form.toUpperCase() === form;
    const capitalised = form !== lower ? 1 : 0;
    w = {
      form,
      lower,
      lowerHash: hashString(lower) | 0,
      formHash: hashString(form) | 0,
      shapeHash: shapeHashOf(form) | 0,
      capitalised,
      hasLetter: /[A-Za-z]/.test(form),
      upperOnly,
      allCapsWord: form.length > 1 && upperOnly && capitalised === 1,
      cluster: this.res.clusters?.get(lower),
      lexicon: lexiconBits(lower),
      vector: null,
      entry: this.entryOf(lower),
    };
    if (this.weights) w.vector = this.vectorOf(w);
    this.map.set(token, w);
    return w;
  }

  private entryOf(lower: string): LowerEntry {
    let e = this.entries.get(lower);
    if (!e) {
      e = { caseStamp: 0, caseBits: 0, occurrenceStamp: 0, occurrences: [], historyStamp: 0, history: new Int32Array(HISTORY_SLOTS) };
      this.entries.set(lower, e);
    }
    return e;
  }

  private vectorOf(w: WordInfo): Float32Array {
    const L = this.labelCount;
    const v = new Float32Array((WINDOW * 2 + 1) * L);
    const tmp = this.tmp;
    const weights = this.weights!;
    const add = (key: number): void => weights.addScores(key, tmp);
    for (let o = -WINDOW; o <= WINDOW; o++) {
      tmp.fill(0);
      pushWordKeys(w, o, add);
      const base = (o + WINDOW) * L;
      for (let l = 0; l < L; l++) v[base + l] = tmp[l];
    }
    return v;
  }
}

/** Prediction-history slots: O and the four entity types. */
export const HISTORY_SLOTS = 5;

/**
 * Buffers for one document's features, reused from document to document at run time (the features of the previous
 * document become invalid); training keeps every document's features and passes none.
 */
export class FeatureBuffers {
  keys = new Uint32Array(1 << 16);
  offsets = new Int32Array(1 << 12);
  /** the document's gazetteer match masks and capitalised-run places, token by token */
  gaz = new Uint32Array(1 << 12);
  role = new Uint8Array(1 << 11);
  runStart = new Int32Array(1 << 9);
  runEnd = new Int32Array(1 << 9);

  /** Makes room for a document of `tokens` tokens in `sentences` sentences, the longest `longest` tokens. */
  reserve(tokens: number, sentences: number, longest: number): void {
    if (this.offsets.length < tokens + sentences) this.offsets = new Int32Array((tokens + sentences) * 2);
    if (this.gaz.length < tokens * GAZ_WORDS) this.gaz = new Uint32Array(tokens * GAZ_WORDS * 2);
    if (this.role.length < tokens) this.role = new Uint8Array(tokens * 2);
    if (this.runStart.length < longest) {
      this.runStart = new Int32Array(longest * 2);
      this.runEnd = new Int32Array(longest * 2);
    }
  }
}

/**
 * Static features of every sentence of one document (a list of sentences of token strings). Document-level casing
 * statistics (how a word is cased elsewhere in the document) are computed here too. With `buffers`, the result lives in
 * them until the next call.
 */
export function extractDocumentFeatures(sentences: string[][], res: FeatureResources, table: WordTable, buffers?: FeatureBuffers): SentenceFeatures[] {
  table.startDocument();
  const stamp = nextStamp();
  let tokenCount = 0;
  let longest = 0;
  const infos: WordInfo[][] = new Array(sentences.length);
  const headline = new Uint8Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    const tokens = sentences[s];
    const sent: WordInfo[] = new Array(tokens.length);
    // an all-caps sentence (a headline) says nothing about how its words are normally cased
    let letters = 0;
    let caps = 0;
    for (let i = 0; i < tokens.length; i++) {
      const w = (sent[i] = table.info(tokens[i]));
      if (w.hasLetter) {
        letters++;
        if (w.upperOnly) caps++;
      }
    }
    infos[s] = sent;
    headline[s] = letters >= 2 && caps === letters ? 1 : 0;
    tokenCount += tokens.length;
    if (tokens.length > longest) longest = tokens.length;
  }
  for (let s = 0; s < infos.length; s++) {
    const sent = infos[s];
    for (let i = 0; i < sent.length; i++) {
      const w = sent[i];
      const e = w.entry;
      if (!headline[s]) {
        let bits = 0;
        if (!w.capitalised) bits = 2;
        else if (i > 0 && !w.allCapsWord) bits = 1;
        if (bits) {
          if (e.caseStamp !== stamp) {
            e.caseStamp = stamp;
            e.caseBits = 0;
          }
          e.caseBits |= bits;
        }
      }
      if (!w.capitalised) continue;
      if (e.occurrenceStamp !== stamp) {
        e.occurrenceStamp = stamp;
        e.occurrences.length = 0;
      }
      if (e.occurrences.length < MAX_OCCURRENCES * 2) e.occurrences.push(s, i);
    }
  }
  const buf = buffers ?? new FeatureBuffers();
  buf.reserve(tokenCount, infos.length, longest);
  const gazStart = new Int32Array(infos.length + 1);
  for (let s = 0; s < infos.length; s++) gazStart[s + 1] = gazStart[s] + infos[s].length;
  for (let s = 0; s < infos.length; s++) {
    const sent = infos[s];
    const at = gazStart[s];
    matchGazetteer(res.gazetteer, sent, buf.gaz.subarray(at * GAZ_WORDS));
    for (let i = 0; i < sent.length; ) {
      let j = i;
      if (sent[i].capitalised) while (j + 1 < sent.length && sent[j + 1].capitalised) j++;
      for (let k = i; k <= j; k++) buf.role[at + k] = !sent[k].capitalised ? 0 : i === j ? RUN_ALONE : k === i ? RUN_FIRST : k === j ? RUN_LAST : RUN_INSIDE;
      i = j + 1;
    }
  }
  const doc: DocContext = { infos, stamp, buf, keyCount: 0, gaz: buf.gaz, gazStart, role: buf.role };
  const keyStarts = new Int32Array(infos.length + 1);
  let offsetAt = 0;
  for (let s = 0; s < infos.length; s++) {
    keyStarts[s] = doc.keyCount;
    sentenceFeatures(infos[s], s, headline[s], doc, offsetAt);
    offsetAt += infos[s].length + 1;
  }
  keyStarts[infos.length] = doc.keyCount;
  // views are taken once every key is written (the key buffer may have grown meanwhile)
  const out: SentenceFeatures[] = new Array(infos.length);
  offsetAt = 0;
  for (let s = 0; s < infos.length; s++) {
    const n = infos[s].length;
    const keys = buffers ? buf.keys.subarray(keyStarts[s], keyStarts[s + 1]) : buf.keys.slice(keyStarts[s], keyStarts[s + 1]);
    const offsets = buffers ? buf.offsets.subarray(offsetAt, offsetAt + n + 1) : buf.offsets.slice(offsetAt, offsetAt + n + 1);
    out[s] = { length: n, offsets, keys, words: infos[s] };
    offsetAt += n + 1;
  }
  return out;
}

// a token's place in its run of capitalised tokens, as bits so that the places of several mentions can be or-ed
const RUN_FIRST = 1;
const RUN_INSIDE = 2;
const RUN_LAST = 4;
const RUN_ALONE = 8;
/** bits of lexiconBits */
const LEXICON_BITS = 5;

interface DocContext {
  infos: WordInfo[][];
  /** gazetteer match masks of every token of the document; sentence s starts at gazStart[s] * GAZ_WORDS */
  gaz: Uint32Array;
  gazStart: Int32Array;
  /** each token's place in its run of capitalised tokens (RUN_FIRST, RUN_INSIDE, RUN_LAST, RUN_ALONE; 0 lower-case) */
  role: Uint8Array;
  /** this document's stamp (see LowerEntry) */
  stamp: number;
  buf: FeatureBuffers;
  /** keys written so far into buf.keys */
  keyCount: number;
}

// context aggregation looks at this many occurrences of a word (news names repeat a handful of times)
const MAX_OCCURRENCES = 6;

/**
 * Writes one sentence's keys into the document's key buffer and its token offsets (relative to the sentence's first
 * key) into buf.offsets from `offsetAt`.
 */
function sentenceFeatures(words: WordInfo[], sentence: number, headline: number, doc: DocContext, offsetAt: number): void {
  const { buf, stamp } = doc;
  const n = words.length;
  const cached = n > 0 && words[0].vector !== null;
  const { gaz, role } = doc;
  // this sentence's first token in the document-wide gazetteer and run-role arrays
  const docAt = doc.gazStart[sentence];
  // runs of capitalised tokens (candidate names): each token's run bounds
  const { runStart, runEnd, offsets } = buf;
  for (let i = 0; i < n; ) {
    let j = i;
    if (words[i].capitalised) while (j + 1 < n && words[j + 1].capitalised) j++;
    for (let k = i; k <= j; k++) {
      runStart[k] = i;
      runEnd[k] = j + 1;
    }
    i = j + 1;
  }

  const first = doc.keyCount;
  let keys = buf.keys;
  let k = first;
  const push = (key: number): void => {
    if (k === keys.length) {
      const bigger = new Uint32Array(keys.length * 2);
      bigger.set(keys);
      keys = buf.keys = bigger;
    }
    keys[k++] = key;
  };
  const lowerAt = (i: number): number => (i < 0 ? BOUNDARY_BEFORE : i >= n ? BOUNDARY_AFTER : words[i].lowerHash);
  const shapeAt = (i: number): number => (i < 0 ? BOUNDARY_BEFORE : i >= n ? BOUNDARY_AFTER : words[i].shapeHash);

  for (let i = 0; i < n; i++) {
    offsets[offsetAt + i] = k - first;
    const word = words[i];
    const lh = word.lowerHash;
    const lp = lowerAt(i - 1);
    const ln = lowerAt(i + 1);
    const sh = word.shapeHash;
    const sp = shapeAt(i - 1);
    const sn = shapeAt(i + 1);
    // features of one neighbouring word alone: summed from the word-vector cache at run time, keys when training
    for (let o = -WINDOW; o <= WINDOW; o++) {
      const j = i + o;
      if (j < 0 || j >= n) pushWordKeys(o < 0 ? BEFORE_SENTENCE : AFTER_SENTENCE, o, push);
      else if (!cached) pushWordKeys(words[j], o, push);
    }
    push(mix(mix(T.ShapePair, sp), sh));
    push(mix(mix(T.ShapePair, sh), sn) ^ 1);
    push(mix(mix(mix(T.ShapeTriple, sp), sh), sn));
    push(mix(mix(T.BigramPrev, lp), lh));
    push(mix(mix(T.BigramNext, lh), ln));
    push(mix(mix(T.LowerPrevShape, lp), sh));
    push(mix(mix(T.LowerNextShape, ln), sh));
    const capitalised = word.capitalised;
    if (i === 0) push(mix(mix(T.FirstToken, sh), capitalised));
    if (capitalised) push(mix(mix(T.DocCase, word.entry.caseStamp === stamp ? word.entry.caseBits : 0), sh));
    if (headline) {
      push(mix(T.Headline, lh));
      push(mix(T.Headline, sh) ^ 2);
    }
    pushGaz(i, T.Gaz);
    if (i > 0) pushGaz(i - 1, T.GazPrev);
    if (i + 1 < n) pushGaz(i + 1, T.GazNext);
    if (capitalised) {
      // context aggregation (Ratinov & Roth 2009): the neighbours of the word's other occurrences in the document
      const occ = word.entry.occurrences;
      let otherGaz0 = 0;
      let otherGaz1 = 0;
      let otherRoles = 0;
      let otherLexPrev = 0;
      for (let o = 0; o < occ.length; o += 2) {
        const os = occ[o];
        const oi = occ[o + 1];
        if (os === sentence && oi === i) continue;
        const ol = doc.infos[os];
        push(mix(T.DocContextPrev, oi > 0 ? ol[oi - 1].lowerHash : BOUNDARY_BEFORE));
        push(mix(T.DocContextNext, oi + 1 < ol.length ? ol[oi + 1].lowerHash : BOUNDARY_AFTER));
        const at = doc.gazStart[os] + oi;
        otherGaz0 |= gaz[at * GAZ_WORDS];
        otherGaz1 |= gaz[at * GAZ_WORDS + 1];
        otherRoles |= role[at];
        if (oi > 0) otherLexPrev |= ol[oi - 1].lexicon;
      }
      // document-level type consistency: what the word's other mentions say about it, as static features (a second
      // tagging pass over first-pass labels gained nothing on test and cost 40% of the speed; see the model card):
      // the gazetteer matches they are part of ("Clinton" alone, "Bill Clinton" elsewhere matches a person's name),
      // their place in a capitalised run against this one's ("Boeing said" first in a sentence, "Boeing Co" elsewhere),
      // and what the person knowledge says of the word before them ("Mr", "President", a given name)
      for (let b = 0; b < 32; b++) {
        if (otherGaz0 & (1 << b)) push(mix(T.DocGaz, b + 1));
        if (otherGaz1 & (1 << b)) push(mix(T.DocGaz, b + 33));
      }
      if (otherRoles) push(mix(mix(T.DocRole, otherRoles), role[docAt + i]));
      for (let b = 0; b < LEXICON_BITS; b++) if (otherLexPrev & (1 << b)) push(mix(T.DocLexPrev, b + 1));
    }
    if (capitalised && !headline) {
      // length of the capitalised run (capped at 5) and where the token sits in it
      const runLength = Math.min(runEnd[i] - runStart[i], 5);
      const where = i === runStart[i] ? (runEnd[i] - runStart[i] === 1 ? 3 : 0) : i === runEnd[i] - 1 ? 2 : 1;
      push(mix(mix(T.CapsRun, runLength), where));
      push(mix(mix(T.CapsRunEdge, lowerAt(runStart[i] - 1)), where));
      push(mix(mix(T.CapsRunEdge, lowerAt(runEnd[i])), where + 8));
    }
  }
  offsets[offsetAt + n] = k - first;
  doc.keyCount = k;

  function pushGaz(token: number, template: number): void {
    for (let w = 0; w < GAZ_WORDS; w++) {
      const bits = gaz[(docAt + token) * GAZ_WORDS + w];
      if (!bits) continue;
      for (let b = 0; b < 32; b++) if (bits & (1 << b)) push(mix(template, w * 32 + b + 1));
    }
  }
}

/** Neighbour offsets whose single-word features are used (±2). */
export const WINDOW = 2;

/** The parts of a word its single-word features read. */
type WordKeySource = Pick<WordInfo, 'lower' | 'lowerHash' | 'formHash' | 'shapeHash' | 'cluster' | 'lexicon' | 'capitalised'>;

const BEFORE_SENTENCE: WordKeySource = { lower: '', lowerHash: BOUNDARY_BEFORE, formHash: BOUNDARY_BEFORE, shapeHash: BOUNDARY_BEFORE, cluster: undefined, lexicon: 0, capitalised: 0 };
const AFTER_SENTENCE: WordKeySource = { lower: '', lowerHash: BOUNDARY_AFTER, formHash: BOUNDARY_AFTER, shapeHash: BOUNDARY_AFTER, cluster: undefined, lexicon: 0, capitalised: 0 };

/**
 * Bit mask of what the shared person knowledge says about a lower-cased word: 1 given name, 2 family name written
 * first ("Kim", "Xi"), 4 title head ("minister"), 8 title modifier ("defence"), 16 honorific ("Mr").
 */
function lexiconBits(lower: string): number {
  // the recogniser is trained on English (CoNLL-2003): its features read the default pack, the one it was trained with
  const names = DEFAULT_PACK.names;
  return (
    (genderOfGivenName(lower) ? 1 : 0) |
    (isFamilyNameFirst(lower) ? 2 : 0) |
    (names.isTitleHead(lower) ? 4 : 0) |
    (names.isTitleModifier(lower) ? 8 : 0) |
    (names.isHonorific(lower) ? 16 : 0)
  );
}

/**
 * Keys of the features that depend on one word alone, seen at `offset` from the token being labelled (0: the token).
 * A word outside the sentence is given as the boundary hash for all three hashes and no cluster.
 */
function pushWordKeys(word: WordKeySource, offset: number, push: (key: number) => void): void {
  const { lower, lowerHash, formHash, shapeHash, cluster, lexicon } = word;
  switch (offset) {
    case 0: {
      push(mix(T.Bias, 0));
      push(mix(T.Lower, lowerHash));
      push(mix(T.Form, formHash));
      push(mix(T.Shape, shapeHash));
      // prefixes and suffixes of the lower-cased word
      let h = FNV_OFFSET;
      for (let j = 0; j < AFFIX_MAX && j < lower.length; j++) {
        h = hashStep(h, lower.charCodeAt(j));
        if (j + 1 < lower.length) push(mix(T.Prefix, h));
      }
      h = FNV_OFFSET;
      for (let j = 0; j < AFFIX_MAX && j < lower.length; j++) {
        h = hashStep(h, lower.charCodeAt(lower.length - 1 - j));
        if (j + 1 < lower.length) push(mix(T.Suffix, h));
      }
      push(mix(T.Length, Math.min(lower.length, 12)));
      pushCluster(cluster, T.Cluster, push);
      if (lexicon) push(mix(mix(T.Lexicon, lexicon), word.capitalised));
      break;
    }
    case -1:
      if (lexicon) push(mix(mix(T.LexiconPrev, lexicon), word.capitalised));
      push(mix(T.LowerPrev, lowerHash));
      push(mix(T.FormPrev, formHash));
      push(mix(T.ShapePrev, shapeHash));
      pushCluster(cluster, T.ClusterPrev, push);
      break;
    case 1:
      if (lexicon) push(mix(mix(T.LexiconNext, lexicon), word.capitalised));
      push(mix(T.LowerNext, lowerHash));
      push(mix(T.FormNext, formHash));
      push(mix(T.ShapeNext, shapeHash));
      pushCluster(cluster, T.ClusterNext, push);
      break;
    case -2:
      push(mix(T.LowerPrev2, lowerHash));
      push(mix(T.ShapePrev2, shapeHash));
      break;
    case 2:
      push(mix(T.LowerNext2, lowerHash));
      push(mix(T.ShapeNext2, shapeHash));
      break;
  }
}

function pushCluster(prefixes: Uint32Array | undefined, template: number, push: (key: number) => void): void {
  if (prefixes === undefined) return;
  for (let j = 0; j < prefixes.length; j++) push(mix(mix(template, j + 1), prefixes[j]));
}

/** Adds the per-label weights of a feature key into `scores` (the decoder's weight table). */
export interface KeyScorer {
  addScores(key: number, scores: Float64Array): void;
}

/** Template ids of the label-dependent features, for the decoder. */
export const DYNAMIC = {
  prevLabel: T.PrevLabel,
  prevLabels: T.PrevLabels,
  prevLabelLower: T.PrevLabelLower,
  prevLabelShape: T.PrevLabelShape,
  history: T.History,
  historyShape: T.HistoryShape,
  historyPrev: T.HistoryPrev,
  historyNext: T.HistoryNext,
} as const;
