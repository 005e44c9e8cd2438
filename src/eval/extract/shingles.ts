/**
 * The article-extraction benchmark's body metric (scrapinghub/article-extraction-benchmark, evaluate.py), re-implemented:
 * tokens are runs of word characters (case kept), shingles are 4 consecutive tokens, and each page's TP/FP/FN over the
 * multisets of shingles is normalised by their sum so that long pages do not weigh more. Precision and recall are then
 * averaged over pages, and F1 is taken from the two averages.
 */

/** Python's `\w` in Unicode mode: letters, numbers and the underscore (combining marks are not word characters there). */
const WORD = /[\p{L}\p{N}_]+/gu;
/** The benchmark compares 4-word shingles. */
export const SHINGLE_SIZE = 4;

export function benchmarkTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Multiset of shingles; a text shorter than the shingle size gives one shorter shingle, as in the benchmark. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = benchmarkTokens(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's shares of true positives, false positives and false negatives (summing to 1, or all 0 for two empty texts). */
export interface PageMatch {
  tp: number;
  fp: number;
  fn: number;
}

export function matchShingles(gold: string, predicted: string): PageMatch {
  const g = shingles(gold);
  const p = shingles(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const [key, gc] of g) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(gc, pc);
    fn += Math.max(0, gc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (g.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export function pageF1(m: PageMatch): number {
  const p = pagePrecision(m), r = pageRecall(m);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The benchmark's accuracy: the page's token sequence equals the gold one exactly. */
export function exactTokens(gold: string, predicted: string): boolean {
  const a = benchmarkTokens(gold), b = benchmarkTokens(predicted);
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

export interface ExtractionScore {
  f1: number;
  precision: number;
  recall: number;
  /** share of pages whose tokens equal the gold tokens exactly (the benchmark's accuracy) */
  accuracy: number;
  /** share of pages with a page F1 of at least NEAR_PERFECT_F1 */
  nearPerfect: number;
  pages: number;
}

/** A page at 0.98 shingle F1 differs from the gold by a sentence or two of a long article. */
export const NEAR_PERFECT_F1 = 0.98;

export function scorePages(pairs: Array<{ gold: string; predicted: string }>): ExtractionScore {
  const matches = pairs.map((p) => matchShingles(p.gold, p.predicted));
  const ps = matches.filter((m) => m.tp + m.fp > 0).map(pagePrecision);
  const rs = matches.filter((m) => m.tp + m.fn > 0).map(pageRecall);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(ps), recall = mean(rs);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const accuracy = mean(pairs.map((p) => (exactTokens(p.gold, p.predicted) ? 1 : 0)));
  const nearPerfect = mean(matches.map((m) => (pageF1(m) >= NEAR_PERFECT_F1 ? 1 : 0)));
  return { f1, precision, recall, accuracy, nearPerfect, pages: pairs.length };
}
