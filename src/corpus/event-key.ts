import type { EventRow } from '../pipeline/stages/events/table.js';
import { normaliseName } from '../model/names.js';

/** How far apart (days) two reports' dates may be and still be one event: outlets date by publication or by "yesterday". */
export const EVENT_DATE_TOLERANCE_DAYS = 1;

/**
 * A claim a report makes about an event: it happened (asserted or reported), it was denied (denied, negated), or it is
 * only intended or possible (planned, threatened, hypothetical). Conflicting claims stay separate on one event.
 */
export type Claim = 'happened' | 'denied' | 'intended';

export function claimOf(modality: string): Claim {
  if (modality === 'denied' || modality === 'negated') return 'denied';
  if (modality === 'planned' || modality === 'threatened' || modality === 'hypothetical') return 'intended';
  return 'happened';
}

/** Who an actor is across articles: the stable entity id, else the coded actor, else its normalised words. */
function actorIdentity(id: string | null, code: string | null, name: string | null): string {
  if (id) return 'e:' + id;
  if (code) return 'c:' + code;
  if (name) return 'n:' + normaliseName(name);
  return '-';
}

/**
 * The key reports of one event share: event type plus source and target identity (the pair sorted for symmetric events,
 * a meeting of A and B is a meeting of B and A). Date and place are compared separately, with a tolerance.
 */
export function eventMergeKey(ev: Pick<EventRow, 'type' | 'sourceId' | 'sourceCode' | 'sourceName' | 'targetId' | 'targetCode' | 'targetName' | 'symmetric'>): string {
  let a = actorIdentity(ev.sourceId, ev.sourceCode, ev.sourceName);
  let b = actorIdentity(ev.targetId, ev.targetCode, ev.targetName);
  if (ev.symmetric && b < a) [a, b] = [b, a];
  return `${ev.type}|${a}|${b}`;
}

/** ISO day shifted by whole days. */
export function shiftDay(day: string, days: number): string {
  const d = new Date(day.slice(0, 10) + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Two places are compatible unless both are known and name different countries, or both name different places in one. */
export function placesAgree(a: { placeName: string | null; placeCountry: string | null }, b: { placeName: string | null; placeCountry: string | null }): boolean {
  if (a.placeCountry && b.placeCountry && a.placeCountry !== b.placeCountry) return false;
  return true;
}
