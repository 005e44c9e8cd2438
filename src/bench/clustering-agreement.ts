/**
 * How far two clusterings of the same items agree (stories of one article set ingested in two orders). Each is a map
 * item -> cluster label; both must hold the same items. Computed from the contingency table of the two, so the cost
 * is linear in the items.
 */
export interface ClusteringAgreement {
  /** adjusted Rand index: 1 identical, about 0 as alike as chance */
  ari: number;
  /** B-cubed F1 of `b` against `a` taken as the reference (Bagga and Baldwin): per-item precision and recall */
  bcubedF1: number;
  /** pairs put together by both / pairs put together by either (1 when neither puts any pair together) */
  pairJaccard: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export function clusteringAgreement(a: ReadonlyMap<string, string | number>, b: ReadonlyMap<string, string | number>): ClusteringAgreement {
  if (a.size !== b.size) throw new Error(`the clusterings hold ${a.size} and ${b.size} items: not the same items`);
  const cells = new Map<string, { n: number; la: string; lb: string }>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (const [item, labelA] of a) {
    const labelB = b.get(item);
    if (labelB === undefined) throw new Error(`${item} is in one clustering only`);
    const la = String(labelA), lb = String(labelB);
    const key = `${la}\u0000${lb}`;
    const cell = cells.get(key) ?? cells.set(key, { n: 0, la, lb }).get(key)!;
    cell.n++;
    rows.set(la, (rows.get(la) ?? 0) + 1);
    cols.set(lb, (cols.get(lb) ?? 0) + 1);
  }
  let together = 0, precision = 0, recall = 0;
  for (const { n, la, lb } of cells.values()) {
    together += pairs(n);
    // each of the n items in this cell: n of its b-cluster's items share its a-cluster, and the reverse
    precision += (n * n) / cols.get(lb)!;
    recall += (n * n) / rows.get(la)!;
  }
  const inA = [...rows.values()].reduce((s, n) => s + pairs(n), 0);
  const inB = [...cols.values()].reduce((s, n) => s + pairs(n), 0);
  const total = pairs(a.size);
  const expected = total ? (inA * inB) / total : 0;
  const maxIndex = (inA + inB) / 2;
  const ari = maxIndex === expected ? 1 : (together - expected) / (maxIndex - expected);
  const p = a.size ? precision / a.size : 1;
  const r = a.size ? recall / a.size : 1;
  const union = inA + inB - together;
  return { ari, bcubedF1: p + r ? (2 * p * r) / (p + r) : 0, pairJaccard: union ? together / union : 1 };
}
