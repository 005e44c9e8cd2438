/** One page's outcome as htmldate's evaluation counts it. */
export interface DateCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function emptyCounts(): DateCounts {
  return { tp: 0, fp: 0, tn: 0, fn: 0 };
}

/**
 * htmldate's `evaluate_result`: a page given a date is tp when it equals the gold day, else fp; a page given none is
 * fn, and also tn where the gold date is null.
 */
export function countPage(predicted: string | undefined, gold: string | null): DateCounts {
  if (predicted === undefined) return gold === null ? { tp: 0, fp: 0, tn: 1, fn: 1 } : { tp: 0, fp: 0, tn: 0, fn: 1 };
  return predicted === gold ? { tp: 1, fp: 0, tn: 0, fn: 0 } : { tp: 0, fp: 1, tn: 0, fn: 0 };
}

export function addCounts(a: DateCounts, b: DateCounts): DateCounts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, tn: a.tn + b.tn, fn: a.fn + b.fn };
}

export interface DateMetrics extends DateCounts {
  pages: number;
  precision: number;
  recall: number;
  accuracy: number;
  f1: number;
}

/** htmldate's figures: precision tp/(tp+fp), recall tp/(tp+fn), accuracy (tp+tn)/(tp+tn+fp+fn), F 2tp/(2tp+fp+fn). */
export function dateMetrics(c: DateCounts, pages: number, digits = 4): DateMetrics {
  const r = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    pages,
    ...c,
    precision: r(div(c.tp, c.tp + c.fp)),
    recall: r(div(c.tp, c.tp + c.fn)),
    accuracy: r(div(c.tp + c.tn, c.tp + c.tn + c.fp + c.fn)),
    f1: r(div(2 * c.tp, 2 * c.tp + c.fp + c.fn)),
  };
}
