import type { EventRecord } from '../../model/layers/events.js';
import { prf, round } from '../metrics.js';
import type { PloverRecord } from './plover.js';

export interface EventCounts {
  perType: Map<string, { tp: number; fp: number; fn: number }>;
  records: number;
  sourceOk: number;
  targetOk: number;
  tripleOk: number;
  sourceCodeOk: number;
  sourceCodeGold: number;
}

export function emptyEventCounts(): EventCounts {
  return { perType: new Map(), records: 0, sourceOk: 0, targetOk: 0, tripleOk: 0, sourceCodeOk: 0, sourceCodeGold: 0 };
}

function bump(c: EventCounts, type: string, key: 'tp' | 'fp' | 'fn'): void {
  const row = c.perType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  row[key]++;
  c.perType.set(type, row);
}

function countries(actors: Array<EventRecord['source']>): Set<string> {
  return new Set(actors.filter((a) => a?.country).map((a) => a!.country!));
}

function matches(predicted: Set<string>, gold: Set<string>): boolean {
  if (gold.size === 0) return predicted.size === 0;
  for (const p of predicted) if (gold.has(p)) return true;
  return false;
}

/**
 * Scores one gold sentence (one or more records with the same text) against the events coded from it.
 * The gold codes the sentence's main event(s), so our first events in text order (as many as gold records) are the
 * prediction: event type P/R/F1 per type. Actors are compared by country code on our events of the gold type
 * (or on our first event when we coded a different type); symmetric gold events accept either direction.
 */
export function scoreSentence(gold: PloverRecord[], events: EventRecord[], counts: EventCounts): void {
  const predictedTypes = [...new Set(events.map((e) => e.type))].slice(0, gold.length);
  const goldTypes = new Set(gold.map((g) => g.type));
  for (const t of predictedTypes) bump(counts, t, goldTypes.has(t) ? 'tp' : 'fp');
  for (const t of goldTypes) if (!predictedTypes.includes(t)) bump(counts, t, 'fn');
  for (const g of gold) {
    counts.records++;
    const ofType = events.filter((e) => e.type === g.type);
    const pool = ofType.length ? ofType : events.slice(0, 1);
    let sources = countries(pool.map((e) => e.source));
    let targets = countries(pool.map((e) => e.target));
    const goldSources = new Set(g.sources.map((a) => a.country).filter((c): c is string => !!c));
    const goldTargets = new Set(g.targets.map((a) => a.country).filter((c): c is string => !!c));
    if (g.symmetric || pool.some((e) => e.symmetric)) {
      const both = new Set([...sources, ...targets]);
      const goldBoth = new Set([...goldSources, ...goldTargets]);
      sources = both;
      targets = new Set([...both].filter((c) => !goldSources.has(c) || goldTargets.has(c)));
      if (goldTargets.size === 0 && [...both].every((c) => goldBoth.has(c))) targets = new Set();
    }
    const sourceOk = matches(sources, goldSources);
    const targetOk = matches(targets, goldTargets);
    if (sourceOk) counts.sourceOk++;
    if (targetOk) counts.targetOk++;
    if (sourceOk && targetOk && ofType.length > 0) counts.tripleOk++;
    const goldCodes = g.sources.filter((a) => a.country && a.sector).map((a) => a.country! + a.sector!);
    if (goldCodes.length) {
      counts.sourceCodeGold++;
      if (pool.some((e) => e.source && goldCodes.includes(e.source.code))) counts.sourceCodeOk++;
    }
  }
}

export function eventMetrics(c: EventCounts): Record<string, unknown> {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perType: Record<string, { p: number; r: number; f1: number; support: number }> = {};
  let macro = 0;
  let n = 0;
  for (const [type, row] of [...c.perType.entries()].sort()) {
    tp += row.tp;
    fp += row.fp;
    fn += row.fn;
    const m = prf(row.tp, row.fp, row.fn);
    perType[type] = { p: round(m.precision), r: round(m.recall), f1: round(m.f1), support: row.tp + row.fn };
    // macro average over the types the gold has
    if (row.tp + row.fn > 0) {
      macro += m.f1;
      n++;
    }
  }
  const micro = prf(tp, fp, fn);
  return {
    typeMacroF1: round(n ? macro / n : 0),
    typeMicroF1: round(micro.f1),
    typeMicroPrecision: round(micro.precision),
    typeMicroRecall: round(micro.recall),
    sourceAccuracy: round(c.records ? c.sourceOk / c.records : 0),
    targetAccuracy: round(c.records ? c.targetOk / c.records : 0),
    tripleAccuracy: round(c.records ? c.tripleOk / c.records : 0),
    sourceCodeAccuracy: round(c.sourceCodeGold ? c.sourceCodeOk / c.sourceCodeGold : 0),
    records: c.records,
    perType,
  };
}
