import { FNV_OFFSET, hashStep, hashString, mix } from './hash.js';
import { matchGazetteer, type Gazetteer } from './gazetteer.js';
import type { WordClusters } from './clusters.js';

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
}

/** Hash standing for a position before the sentence start / after its end. */
const BOUNDARY_BEFORE = hashString('<s>');
const BOUNDARY_AFTER = hashString('</s>');

/** Longest prefix and suffix used as features. */
const AFFIX_MAX = 4;

/** What feature extraction reads besides the tokens. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  clusters: WordClusters | null;
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
}

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2013': '-', '\u2014': '--', '\u2212': '-', '\u2026': '...',
};
const SPECIAL = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2013\u2014\u2212\u2026]/g;

/** Token form the features see: curly quotes and dashes made ASCII as in CoNLL, `` and '' as ", digits as 0. */
export function normaliseToken(token: string): string {
  let t = token;
  if (SPECIAL.test(t)) t = t.replace(SPECIAL, (c) => QUOTE_MAP[c] ?? c);
  SPECIAL.lastIndex = 0;
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

function hasUpper(token: string): boolean {
  return token.toLowerCase() !== token;
}

function isAllCapsWord(token: string): boolean {
  return token.length > 1 && token.toUpperCase() === token && token.toLowerCase() !== token;
}

/**
 * Static features of every sentence of one document (a list of sentences of token strings). Document-level casing
 * statistics (how a word is cased elsewhere in the document) are computed here too.
 */
export function extractDocumentFeatures(sentences: string[][], res: FeatureResources): SentenceFeatures[] {
  const forms = sentences.map((s) => s.map(normaliseToken));
  const lowers = forms.map((s) => s.map((t) => t.toLowerCase()));
  // an all-caps sentence (a headline) says nothing about how its words are normally cased
  const headline = forms.map((s) => {
    let letters = 0;
    let caps = 0;
    for (const t of s) {
      if (/[A-Za-z]/.test(t)) {
        letters++;
        if (t.toUpperCase() === t) caps++;
      }
    }
    return letters >= 2 && caps === letters ? 1 : 0;
  });
  // per lower-cased word: bit 0 seen title-cased not sentence-first, bit 1 seen lower-case
  const docCase = new Map<string, number>();
  for (let s = 0; s < forms.length; s++) {
    if (headline[s]) continue;
    for (let i = 0; i < forms[s].length; i++) {
      const f = forms[s][i];
      const l = lowers[s][i];
      let bits = 0;
      if (f === l) bits = 2;
      else if (i > 0 && !isAllCapsWord(f)) bits = 1;
      if (bits) docCase.set(l, (docCase.get(l) ?? 0) | bits);
    }
  }
  return forms.map((form, s) => sentenceFeatures(form, lowers[s], headline[s], docCase, res));
}

function sentenceFeatures(
  form: string[],
  lower: string[],
  headline: number,
  docCase: Map<string, number>,
  res: FeatureResources,
): SentenceFeatures {
  const n = form.length;
  const lowerHash = new Uint32Array(n);
  const formHash = new Uint32Array(n);
  const shapeHash = new Uint32Array(n);
  const capitalised = new Uint8Array(n);
  const clusterIds: Array<string | undefined> = new Array(n);
  for (let i = 0; i < n; i++) {
    lowerHash[i] = hashString(lower[i]);
    formHash[i] = hashString(form[i]);
    shapeHash[i] = hashString(wordShape(form[i]));
    capitalised[i] = hasUpper(form[i]) ? 1 : 0;
    clusterIds[i] = res.clusters?.get(lower[i]);
  }
  const gaz = new Uint32Array(n);
  matchGazetteer(res.gazetteer, lower, capitalised, gaz);

  // features per token: about 40 static features; grow when needed
  let keys = new Uint32Array(n * 64 + 16);
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
    push(mix(T.Bias, 0));
    push(mix(T.Lower, lowerHash[i]));
    push(mix(T.Form, formHash[i]));
    push(mix(T.LowerPrev, lp));
    push(mix(T.LowerPrev2, at(lowerHash, i - 2)));
    push(mix(T.LowerNext, ln));
    push(mix(T.LowerNext2, at(lowerHash, i + 2)));
    push(mix(T.FormPrev, at(formHash, i - 1)));
    push(mix(T.FormNext, at(formHash, i + 1)));
    push(mix(T.Shape, sh));
    push(mix(T.ShapePrev, sp));
    push(mix(T.ShapeNext, sn));
    push(mix(T.ShapePrev2, at(shapeHash, i - 2)));
    push(mix(T.ShapeNext2, at(shapeHash, i + 2)));
    push(mix(mix(T.ShapePair, sp), sh));
    push(mix(mix(T.ShapePair, sh), sn) ^ 1);
    push(mix(mix(mix(T.ShapeTriple, sp), sh), sn));
    push(mix(mix(T.BigramPrev, lp), lowerHash[i]));
    push(mix(mix(T.BigramNext, lowerHash[i]), ln));
    push(mix(mix(T.LowerPrevShape, lp), sh));
    push(mix(mix(T.LowerNextShape, ln), sh));
    // prefixes and suffixes of the lower-cased word
    let h = FNV_OFFSET;
    for (let j = 0; j < AFFIX_MAX && j < w.length; j++) {
      h = hashStep(h, w.charCodeAt(j));
      if (j + 1 < w.length) push(mix(T.Prefix, h));
    }
    h = FNV_OFFSET;
    for (let j = 0; j < AFFIX_MAX && j < w.length; j++) {
      h = hashStep(h, w.charCodeAt(w.length - 1 - j));
      if (j + 1 < w.length) push(mix(T.Suffix, h));
    }
    push(mix(T.Length, Math.min(w.length, 12)));
    if (i === 0) push(mix(mix(T.FirstToken, sh), capitalised[i]));
    if (capitalised[i]) push(mix(mix(T.DocCase, docCase.get(w) ?? 0), sh));
    if (headline) {
      push(mix(T.Headline, lowerHash[i]));
      push(mix(T.Headline, sh) ^ 2);
    }
    pushGaz(gaz[i], T.Gaz);
    if (i > 0) pushGaz(gaz[i - 1], T.GazPrev);
    if (i + 1 < n) pushGaz(gaz[i + 1], T.GazNext);
    if (res.clusters) {
      pushCluster(clusterIds[i], T.Cluster);
      pushCluster(i > 0 ? clusterIds[i - 1] : undefined, T.ClusterPrev);
      pushCluster(i + 1 < n ? clusterIds[i + 1] : undefined, T.ClusterNext);
    }
  }
  offsets[n] = k;
  return { length: n, offsets, keys: keys.subarray(0, k), lowerHash, shapeHash, capitalised, lower };

  function pushGaz(bits: number, template: number): void {
    if (!bits) return;
    for (let b = 0; b < 32; b++) if (bits & (1 << b)) push(mix(template, b + 1));
  }

  function pushCluster(path: string | undefined, template: number): void {
    if (path === undefined) return;
    // bit-string prefixes of the cluster path, as in Ratinov & Roth (2009)
    for (const len of CLUSTER_PREFIXES) {
      if (len > path.length) {
        push(mix(mix(template, len), hashString(path)));
        break;
      }
      push(mix(mix(template, len), hashString(path.slice(0, len))));
    }
  }
}

/** Cluster path prefix lengths used as features. */
const CLUSTER_PREFIXES = [4, 6, 10, 20];

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
