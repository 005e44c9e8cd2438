import { FNV_OFFSET, hashStep, hashString, mix } from './hash.js';
import { GAZ_WORDS, matchGazetteer, type Gazetteer } from './gazetteer.js';
import type { ClusterPrefixes } from './clusters.js';
import { genderOfGivenName, isFamilyNameFirst } from '../../../knowledge/person-names.js';
import { isHonorific, isTitleHead, isTitleModifier } from '../../../knowledge/titles.js';

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
}

/** Hash standing for a position before the sentence start / after its end. */
const BOUNDARY_BEFORE = hashString('<s>');
const BOUNDARY_AFTER = hashString('</s>');

/** Longest prefix and suffix used as features. */
const AFFIX_MAX = 4;

/** What feature extraction reads besides the tokens. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  clusters: ClusterPrefixes | null;
}

/** Static (label-independent) features of one sentence, plus per-token values the decoder's dynamic features use. */
export interface SentenceFeatures {
  length: number;
  /** features of token i are keys[offsets[i] .. offsets[i+1]) */
  offsets: Int32Array;
  keys: Uint32Array;
  lowerHash: Uint32Array;
  shapeHash: Uint32Array;
  /** 1 when the token has an upper-case letter (candidate for prediction history) */
  capitalised: Uint8Array;
  lower: string[];
  /** run time only: per token, its word's cached single-word feature sums (see WordVectorCache) */
  vectors?: Float32Array[];
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
  return h;
}

/** What the features need to know about one token string, computed once per distinct string (see WordTable). */
export interface WordInfo {
  form: string;
  lower: string;
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
  private readonly tmp: Float64Array;

  constructor(
    private readonly res: FeatureResources,
    private readonly weights: KeyScorer | null = null,
    private readonly labelCount = 0,
  ) {
    this.tmp = new Float64Array(labelCount);
  }

  info(token: string): WordInfo {
    let w = this.map.get(token);
    if (w) return w;
    if (this.map.size >= WORD_TABLE_LIMIT) this.map.clear();
    const form = normaliseToken(token);
    const lower = form.toLowerCase();
    const upperOnly = form.toUpperCase() === form;
    const capitalised = form !== lower ? 1 : 0;
    w = {
      form,
      lower,
      lowerHash: hashString(lower),
      formHash: hashString(form),
      shapeHash: shapeHashOf(form),
      capitalised,
      hasLetter: /[A-Za-z]/.test(form),
      upperOnly,
      allCapsWord: form.length > 1 && upperOnly && capitalised === 1,
      cluster: this.res.clusters?.get(lower),
      lexicon: lexiconBits(lower),
      vector: null,
    };
    if (this.weights) w.vector = this.vectorOf(w);
    this.map.set(token, w);
    return w;
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

/**
 * Static features of every sentence of one document (a list of sentences of token strings). Document-level casing
 * statistics (how a word is cased elsewhere in the document) are computed here too.
 */
export function extractDocumentFeatures(sentences: string[][], res: FeatureResources, table: WordTable): SentenceFeatures[] {
  const infos = sentences.map((s) => s.map((t) => table.info(t)));
  // an all-caps sentence (a headline) says nothing about how its words are normally cased
  const headline = infos.map((s) => {
    let letters = 0;
    let caps = 0;
    for (const w of s) {
      if (w.hasLetter) {
        letters++;
        if (w.upperOnly) caps++;
      }
    }
    return letters >= 2 && caps === letters ? 1 : 0;
  });
  // per lower-cased word: bit 0 seen title-cased not sentence-first, bit 1 seen lower-case
  const docCase = new Map<string, number>();
  // other occurrences of each capitalised word in the document, for context aggregation
  const occurrences = new Map<string, number[]>();
  for (let s = 0; s < infos.length; s++) {
    const sent = infos[s];
    for (let i = 0; i < sent.length; i++) {
      const w = sent[i];
      if (!headline[s]) {
        let bits = 0;
        if (!w.capitalised) bits = 2;
        else if (i > 0 && !w.allCapsWord) bits = 1;
        if (bits) docCase.set(w.lower, (docCase.get(w.lower) ?? 0) | bits);
      }
      if (!w.capitalised) continue;
      const list = occurrences.get(w.lower);
      if (!list) occurrences.set(w.lower, [s, i]);
      else if (list.length < MAX_OCCURRENCES * 2) list.push(s, i);
    }
  }
  const docContext: DocContext = { infos, occurrences, docCase };
  return infos.map((words, s) => sentenceFeatures(words, s, headline[s], docContext, res));
}

interface DocContext {
  infos: WordInfo[][];
  /** lower-cased word → flat [sentence, token, ...] of its capitalised occurrences */
  occurrences: Map<string, number[]>;
  docCase: Map<string, number>;
}

// context aggregation looks at this many occurrences of a word (news names repeat a handful of times)
const MAX_OCCURRENCES = 6;

function sentenceFeatures(
  words: WordInfo[],
  sentence: number,
  headline: number,
  doc: DocContext,
  res: FeatureResources,
): SentenceFeatures {
  const docCase = doc.docCase;
  const n = words.length;
  const lower: string[] = new Array(n);
  const lowerHash = new Uint32Array(n);
  const shapeHash = new Uint32Array(n);
  const capitalised = new Uint8Array(n);
  let vectors: Float32Array[] | undefined;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    lower[i] = w.lower;
    lowerHash[i] = w.lowerHash;
    shapeHash[i] = w.shapeHash;
    capitalised[i] = w.capitalised;
    if (w.vector) (vectors ??= new Array(n))[i] = w.vector;
  }
  const cached = vectors !== undefined;
  const gaz = new Uint32Array(n * GAZ_WORDS);
  matchGazetteer(res.gazetteer, lower, capitalised, gaz);
  // runs of capitalised tokens (candidate names): each token's run length and position in its run
  const runStart = new Int32Array(n);
  const runEnd = new Int32Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    if (capitalised[i]) while (j + 1 < n && capitalised[j + 1]) j++;
    for (let k = i; k <= j; k++) {
      runStart[k] = i;
      runEnd[k] = j + 1;
    }
    i = j + 1;
  }

  // features per token: about 30 static features; grow when needed
  let keys = new Uint32Array(n * 40 + 16);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  const push = (key: number): void => {
    if (k === keys.length) {
      const bigger = new Uint32Array(keys.length * 2);
      bigger.set(keys);
      keys = bigger;
    }
    keys[k++] = key;
  };
  const at = (arr: Uint32Array, i: number): number => (i < 0 ? BOUNDARY_BEFORE : i >= n ? BOUNDARY_AFTER : arr[i]);

  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const w = lower[i];
    const lp = at(lowerHash, i - 1);
    const ln = at(lowerHash, i + 1);
    const sh = shapeHash[i];
    const sp = at(shapeHash, i - 1);
    const sn = at(shapeHash, i + 1);
    // features of one neighbouring word alone: summed from the word-vector cache at run time, keys when training
    for (let o = -WINDOW; o <= WINDOW; o++) {
      const j = i + o;
      if (j < 0 || j >= n) pushWordKeys(o < 0 ? BEFORE_SENTENCE : AFTER_SENTENCE, o, push);
      else if (!cached) pushWordKeys(words[j], o, push);
    }
    push(mix(mix(T.ShapePair, sp), sh));
    push(mix(mix(T.ShapePair, sh), sn) ^ 1);
    push(mix(mix(mix(T.ShapeTriple, sp), sh), sn));
    push(mix(mix(T.BigramPrev, lp), lowerHash[i]));
    push(mix(mix(T.BigramNext, lowerHash[i]), ln));
    push(mix(mix(T.LowerPrevShape, lp), sh));
    push(mix(mix(T.LowerNextShape, ln), sh));
    if (i === 0) push(mix(mix(T.FirstToken, sh), capitalised[i]));
    if (capitalised[i]) push(mix(mix(T.DocCase, docCase.get(w) ?? 0), sh));
    if (headline) {
      push(mix(T.Headline, lowerHash[i]));
      push(mix(T.Headline, sh) ^ 2);
    }
    pushGaz(i, T.Gaz);
    if (i > 0) pushGaz(i - 1, T.GazPrev);
    if (i + 1 < n) pushGaz(i + 1, T.GazNext);
    if (capitalised[i]) {
      // context aggregation (Ratinov & Roth 2009): the neighbours of the word's other occurrences in the document
      const occ = doc.occurrences.get(w);
      if (occ) {
        for (let o = 0; o < occ.length; o += 2) {
          const os = occ[o];
          const oi = occ[o + 1];
          if (os === sentence && oi === i) continue;
          const ol = doc.infos[os];
          push(mix(T.DocContextPrev, oi > 0 ? ol[oi - 1].lowerHash : BOUNDARY_BEFORE));
          push(mix(T.DocContextNext, oi + 1 < ol.length ? ol[oi + 1].lowerHash : BOUNDARY_AFTER));
        }
      }
    }
    if (capitalised[i] && !headline) {
      // length of the capitalised run (capped at 5) and where the token sits in it
      const runLength = Math.min(runEnd[i] - runStart[i], 5);
      const where = i === runStart[i] ? (runEnd[i] - runStart[i] === 1 ? 3 : 0) : i === runEnd[i] - 1 ? 2 : 1;
      push(mix(mix(T.CapsRun, runLength), where));
      push(mix(mix(T.CapsRunEdge, at(lowerHash, runStart[i] - 1)), where));
      push(mix(mix(T.CapsRunEdge, at(lowerHash, runEnd[i])), where + 8));
    }
  }
  offsets[n] = k;
  return { length: n, offsets, keys: keys.subarray(0, k), lowerHash, shapeHash, capitalised, lower, vectors };

  function pushGaz(token: number, template: number): void {
    for (let w = 0; w < GAZ_WORDS; w++) {
      const bits = gaz[token * GAZ_WORDS + w];
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
  return (
    (genderOfGivenName(lower) ? 1 : 0) |
    (isFamilyNameFirst(lower) ? 2 : 0) |
    (isTitleHead(lower) ? 4 : 0) |
    (isTitleModifier(lower) ? 8 : 0) |
    (isHonorific(lower) ? 16 : 0)
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
