import { prf, type PRF } from '../metrics.js';
import { tagsToSpans } from './conll.js';

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** Entity-level counts (conlleval: a predicted chunk is right when its span and type both match a gold chunk). */
export class SpanCounter {
  private readonly tp = new Map<string, number>();
  private readonly fp = new Map<string, number>();
  private readonly fn = new Map<string, number>();

  /** Adds one sentence's gold and predicted IOB tags. */
  add(gold: string[], predicted: string[]): void {
    const g = tagsToSpans(gold);
    const p = tagsToSpans(predicted);
    const goldKeys = new Set(g.map((s) => `${s.start}:${s.end}:${s.label}`));
    const predKeys = new Set(p.map((s) => `${s.start}:${s.end}:${s.label}`));
    for (const s of p) {
      const k = `${s.start}:${s.end}:${s.label}`;
      bump(goldKeys.has(k) ? this.tp : this.fp, s.label);
    }
    for (const s of g) if (!predKeys.has(`${s.start}:${s.end}:${s.label}`)) bump(this.fn, s.label);
  }

  overall(): PRF {
    return prf(sum(this.tp), sum(this.fp), sum(this.fn));
  }

  byType(type: string): PRF {
    return prf(this.tp.get(type) ?? 0, this.fp.get(type) ?? 0, this.fn.get(type) ?? 0);
  }
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function sum(m: Map<string, number>): number {
  let t = 0;
  for (const v of m.values()) t += v;
  return t;
}
