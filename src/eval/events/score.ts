import type { EventRecord } from '../../model/layers/events.js';
import { prf, round } from '../metrics.js';
import type { PloverActor, PloverRecord } from './plover.js';

/**
 * PLOVER scoring, one predicted event per gold record. A sentence with k gold records is answered by the k events the
 * product ranks first (highest confidence, then text order); gold records and those events are paired one to one
 * (an event of the record's type first). Everything a record is judged on comes from its one paired event: no
 * actors pooled over several events, and only the gold's own symmetry (SRC/TAR markup) lets the direction swap.
 */
export interface EventCounts {
  perType: Map<string, { tp: number; fp: number; fn: number }>;
  records: number;
  /** gold records the product answered with no event at all */
  unanswered: number;
  sourceOk: number;
  targetOk: number;
  tripleOk: number;
  sourceSectorOk: number;
  targetSectorOk: number;
  tripleSectorOk: number;
}

export function emptyEventCounts(): EventCounts {
  return {
    perType: new Map(), records: 0, unanswered: 0, sourceOk: 0, targetOk: 0, tripleOk: 0, sourceSectorOk: 0, targetSectorOk: 0,
    tripleSectorOk: 0,
  };
}

function bump(c: EventCounts, type: string, key: 'tp' | 'fp' | 'fn'): void {
  const row = c.perType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  row[key]++;
  c.perType.set(type, row);
}

/** The product's own order of importance: most confident first, then text order. */
export function rankEvents(events: EventRecord[]): EventRecord[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.confidence - a.e.confidence || a.e.trigger.start - b.e.trigger.start || a.i - b.i)
    .map((x) => x.e);
}

/** Pairs each gold record with one of the first k ranked events (k = number of records), an event of its type first. */
export function pairRecords(gold: PloverRecord[], events: EventRecord[]): Array<EventRecord | null> {
  const pool = rankEvents(events).slice(0, gold.length);
  const taken = new Set<number>();
  const out: Array<EventRecord | null> = gold.map(() => null);
  gold.forEach((g, r) => {
    const k = pool.findIndex((e, i) => !taken.has(i) && e.type === g.type);
    if (k >= 0) {
      taken.add(k);
      out[r] = pool[k];
    }
  });
  gold.forEach((_, r) => {
    if (out[r]) return;
    const k = pool.findIndex((_e, i) => !taken.has(i));
    if (k >= 0) {
      taken.add(k);
      out[r] = pool[k];
    }
  });
  return out;
}

type Actor = EventRecord['source'];

/** Sector codes the gold writes in more than one way, mapped to the code the product uses. */
const SECTOR_ALIASES: Record<string, string> = { CIV: 'CVL', JRN: 'MED' };

export function goldSector(raw: string | null): string | null {
  if (!raw || raw === '***') return null;
  const s = raw.slice(0, 3).toUpperCase();
  return SECTOR_ALIASES[s] ?? s;
}

/** The predicted actor fills the gold slot: its country is one of the gold actors' (none when the gold has none). */
function countryFits(p: Actor, gold: PloverActor[]): boolean {
  const countries = gold.map((a) => a.country).filter((c): c is string => !!c);
  if (countries.length === 0) return !p?.country;
  return !!p?.country && countries.includes(p.country);
}

/** ... and its sector is that same gold actor's sector (no sector where the gold codes the state itself). */
function sectorFits(p: Actor, gold: PloverActor[]): boolean {
  const coded = gold.filter((a) => a.country);
  if (coded.length === 0) return !p?.country;
  return !!p?.country && coded.some((a) => a.country === p.country && goldSector(a.sector) === (p.sector ?? null));
}

/** Scores one gold sentence (one or more records with the same text) against the events coded from it. */
export function scoreSentence(gold: PloverRecord[], events: EventRecord[], counts: EventCounts): void {
  const paired = pairRecords(gold, events);
  gold.forEach((g, r) => {
    counts.records++;
    const e = paired[r];
    if (!e) {
      counts.unanswered++;
      bump(counts, g.type, 'fn');
      return;
    }
    const typeOk = e.type === g.type;
    if (typeOk) bump(counts, g.type, 'tp');
    else {
      bump(counts, e.type, 'fp');
      bump(counts, g.type, 'fn');
    }
    const judge = (fits: (p: Actor, gold: PloverActor[]) => boolean): [boolean, boolean] => {
      const straight: [boolean, boolean] = [fits(e.source, g.sources), fits(e.target, g.targets)];
      if (straight[0] && straight[1]) return straight;
      if (g.symmetric) {
        const swapped: [boolean, boolean] = [fits(e.target, g.sources), fits(e.source, g.targets)];
        if (swapped[0] && swapped[1]) return swapped;
      }
      return straight;
    };
    const [sourceOk, targetOk] = judge(countryFits);
    const [sourceSectorOk, targetSectorOk] = judge(sectorFits);
    if (sourceOk) counts.sourceOk++;
    if (targetOk) counts.targetOk++;
    if (typeOk && sourceOk && targetOk) counts.tripleOk++;
    if (sourceSectorOk) counts.sourceSectorOk++;
    if (targetSectorOk) counts.targetSectorOk++;
    if (typeOk && sourceSectorOk && targetSectorOk) counts.tripleSectorOk++;
  });
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
  const share = (x: number): number => round(c.records ? x / c.records : 0);
  return {
    typeMacroF1: round(n ? macro / n : 0),
    typeMicroF1: round(micro.f1),
    typeMicroPrecision: round(micro.precision),
    typeMicroRecall: round(micro.recall),
    tripleAccuracy: share(c.tripleOk),
    tripleAccuracySector: share(c.tripleSectorOk),
    sourceAccuracy: share(c.sourceOk),
    targetAccuracy: share(c.targetOk),
    sourceSectorAccuracy: share(c.sourceSectorOk),
    targetSectorAccuracy: share(c.targetSectorOk),
    records: c.records,
    unanswered: c.unanswered,
    perType,
  };
}
