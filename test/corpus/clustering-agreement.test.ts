import { describe, expect, it } from 'vitest';
import { clusteringAgreement } from '../../src/bench/clustering-agreement.js';

const clusters = (...groups: string[][]) => new Map(groups.flatMap((g, i) => g.map((x) => [x, i] as const)));

describe('agreement of two clusterings (the story-order bench)', () => {
  it('is 1 for the same partition under other labels, and below 1 when a cluster is split or merged', () => {
    const a = clusters(['a', 'b', 'c'], ['d', 'e'], ['f']);
    const same = new Map([...a].map(([k, v]) => [k, `s${v + 7}`]));
    expect(clusteringAgreement(a, same)).toMatchObject({ ari: 1, bcubedF1: 1, pairJaccard: 1 });
    const split = clusteringAgreement(a, clusters(['a', 'b'], ['c'], ['d', 'e'], ['f']));
    expect(split.pairJaccard).toBeCloseTo(2 / 4, 5);
    expect(split.ari).toBeLessThan(1);
    expect(split.bcubedF1).toBeLessThan(1);
    const merged = clusteringAgreement(a, clusters(['a', 'b', 'c', 'd', 'e', 'f']));
    expect(merged.ari).toBeLessThan(split.ari);
  });
});
