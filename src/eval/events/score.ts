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
  /** why a source or target was wrong, by kind (see SlotError); `wrongSector`: the country right, the sector not */
  sourceErrors: Record<SlotError, number>;
  targetErrors: Record<SlotError, number>;
  /** records whose triple failed, by what failed (a record may count under several) */
  tripleErrors: { type: number; source: number; target: number };
  /** gold sector -> predicted sector, where the country was right and the sector not */
  sectorConfusion: Record<string, number>;
  /** per gold type: records, and those with the type, source or target wrong */
  byType: Map<string, { records: number; type: number; source: number; target: number }>;
}

/**
 * Why a predicted actor does not fill its gold slot:
 * - `missing`: the gold codes an actor, the product none;
 * - `spurious`: the gold codes no actor (or none with a country), the product one with a country;
 * - `swapped`: the product's actor fits the other slot's gold (source and target reversed, or the wrong one of two);
 * - `wrongEntity`: another participant of the sentence was chosen;
 * - `wrongCountry` / `noCountry`: the gold's own participant, with another country or none;
 * - `wrongSector`: the country right, the sector not (counted only for the sector figure).
 */
export const SLOT_ERRORS = ['missing', 'spurious', 'swapped', 'wrongEntity', 'wrongCountry', 'noCountry', 'wrongSector'] as const;
export type SlotError = (typeof SLOT_ERRORS)[number];

function emptySlotErrors(): Record<SlotError, number> {
  return Object.fromEntries(SLOT_ERRORS.map((k) => [k, 0])) as Record<SlotError, number>;
}

export function emptyEventCounts(): EventCounts {
  return {
    perType: new Map(), records: 0, unanswered: 0, sourceOk: 0, targetOk: 0, tripleOk: 0, sourceSectorOk: 0, targetSectorOk: 0,
    tripleSectorOk: 0, sourceErrors: emptySlotErrors(), targetErrors: emptySlotErrors(), tripleErrors: { type: 0, source: 0, target: 0 },
    sectorConfusion: {}, byType: new Map(),
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

/** Does the predicted actor's span or name cover one of the gold actors' words (the same participant)? */
function sameParticipant(p: NonNullable<Actor>, gold: PloverActor[], text: string): boolean {
  const name = p.name.toLowerCase();
  const lower = text.toLowerCase();
  for (const a of gold) {
    const g = a.text.toLowerCase().trim();
    if (!g) continue;
    if (name.includes(g) || g.includes(name)) return true;
    if (!p.span) continue;
    for (let at = lower.indexOf(g); at >= 0; at = lower.indexOf(g, at + 1)) if (at < p.span.end && p.span.start < at + g.length) return true;
  }
  return false;
}

/** The kind of error of one slot whose country does not fit (see SlotError). */
export function slotError(p: Actor, gold: PloverActor[], other: PloverActor[], text: string): SlotError {
  const coded = gold.filter((a) => a.country);
  if (!p) return 'missing';
  if (coded.length === 0) return 'spurious';
  if (countryFits(p, other) && other.some((a) => a.country)) return 'swapped';
  if (!sameParticipant(p, gold, text)) return 'wrongEntity';
  return p.country ? 'wrongCountry' : 'noCountry';
}

/**
 * The target slot a record is judged on. A symmetric record (SRC/TAR markup) with no target lists its parties once, as
 * sources, each being source and target at once: the target is then none, or a party other than the one the
 * predicted source is.
 */
export function judgedTargets(g: PloverRecord, e: EventRecord): PloverActor[] {
  if (!g.symmetric || g.targets.length > 0 || g.sources.length < 2 || !e.target) return g.targets;
  const used = g.sources.findIndex((a) => !!a.country && a.country === e.source?.country);
  return g.sources.filter((_, i) => i !== used);
}

/** Scores one gold sentence (one or more records with the same text) against the events coded from it. */
export function scoreSentence(gold: PloverRecord[], events: EventRecord[], counts: EventCounts): void {
  const paired = pairRecords(gold, events);
  gold.forEach((record, r) => {
    counts.records++;
    const e = paired[r];
    const g = e ? { ...record, targets: judgedTargets(record, e) } : record;
    if (!e) {
      counts.unanswered++;
      bump(counts, g.type, 'fn');
      if (g.sources.some((a) => a.country)) counts.sourceErrors.missing++;
      if (g.targets.some((a) => a.country)) counts.targetErrors.missing++;
      counts.tripleErrors.type++;
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
    // the straight reading of each slot, for the breakdown (a symmetric gold read swapped when that fits better)
    const swappedFits = g.symmetric && countryFits(e.target, g.sources) && countryFits(e.source, g.targets) && !(sourceOk && targetOk && countryFits(e.source, g.sources));
    const [src, tar] = swappedFits ? [e.target, e.source] : [e.source, e.target];
    const explain = (p: Actor, ok: boolean, sectorOk: boolean, goldSlot: PloverActor[], other: PloverActor[], into: Record<SlotError, number>): void => {
      if (!ok) into[slotError(p, goldSlot, other, g.text)]++;
      else if (!sectorOk) {
        into.wrongSector++;
        const want = goldSlot.find((a) => a.country === p?.country);
        const key = `${goldSector(want?.sector ?? null) ?? '-'}>${p?.sector ?? '-'}`;
        counts.sectorConfusion[key] = (counts.sectorConfusion[key] ?? 0) + 1;
      }
    };
    explain(src, sourceOk, sourceSectorOk, g.sources, g.targets, counts.sourceErrors);
    explain(tar, targetOk, targetSectorOk, g.targets, g.sources, counts.targetErrors);
    if (!(typeOk && sourceOk && targetOk)) {
      if (!typeOk) counts.tripleErrors.type++;
      if (!sourceOk) counts.tripleErrors.source++;
      if (!targetOk) counts.tripleErrors.target++;
    }
    const row = counts.byType.get(g.type) ?? { records: 0, type: 0, source: 0, target: 0 };
    row.records++;
    if (!typeOk) row.type++;
    if (!sourceOk) row.source++;
    if (!targetOk) row.target++;
    counts.byType.set(g.type, row);
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
    sourceErrors: c.sourceErrors,
    targetErrors: c.targetErrors,
    tripleErrors: c.tripleErrors,
    sectorConfusion: Object.fromEntries(Object.entries(c.sectorConfusion).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
    errorsByType: Object.fromEntries([...c.byType.entries()].sort()),
    perType,
  };
}
