import type { Doc } from '../../../model/doc.js';
import type { PlaceMentionRecord } from '../../../model/layers/places.js';
import { cachedIndex, type SpanIndex } from '../../../model/span-index.js';

/** Where a clause's report happens, and how the places stage knows it. */
export interface ClausePlace {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  /** true when no place is named in the clause and the article's focus stands in: a guess */
  fromFocus: boolean;
  /** the place mention in the clause, null for a guess from the focus */
  span: { start: number; end: number } | null;
  confidence: number;
}

/** A guess from the article's focus is this sure at most: the clause names no place. */
const FOCUS_CONFIDENCE = 0.3;

const PLACE_INDEXES = new WeakMap<PlaceMentionRecord[], { size: number; index: SpanIndex<PlaceMentionRecord> }>();

/** The place mentions by span, built once per places layer (a clause asks for its own without scanning them all). */
function placesIndex(doc: Doc): SpanIndex<PlaceMentionRecord> {
  return cachedIndex(PLACE_INDEXES, doc.places.mentions, doc.places.mentions.length, () => doc.places.mentions);
}

const WHERE = ' where ';

/** Kinds by how precisely they place a clause: a city before an area, a region, a country. */
const KIND_RANK: Record<string, number> = { city: 3, other: 2, region: 1, country: 0 };

/**
 * The place of a clause (or sentence) [start, end): a place named in it that is not one of its actors, standing for a
 * government, a demonym or part of an organisation's name; the one named just before "where" first, then those after
 * the anchor (an event's trigger) introduced by "in", "at", "near", "to"; among several, the most precise kind, then
 * the nearest to the anchor. Else the article's focus city or country, marked `fromFocus` and low-confidence.
 */
export function placeOfClause(doc: Doc, clause: { start: number; end: number }, options: { anchor?: number; exclude?: { start: number; end: number }[] } = {}): ClausePlace | null {
  const anchor = options.anchor ?? clause.start;
  const exclude = options.exclude ?? [];
  const inClause = placesIndex(doc).within(clause.start, clause.end).filter(
    (p) => !p.standsFor && !p.adjectival && !p.inOrganisation && !exclude.some((a) => a.start < p.end && p.start < a.end),
  );
  const text = doc.text;
  let chosen: PlaceMentionRecord | null = null;
  // "..., where he is set to meet": the place named just before "where"
  // (searched within the clause: a search back through the whole text would make each clause cost the article's length)
  const inText = text.slice(clause.start, anchor + WHERE.length).lastIndexOf(WHERE, anchor - clause.start);
  const where = inText < 0 ? -1 : clause.start + inText;
  if (where >= clause.start) chosen = inClause.filter((p) => p.end <= where + 1).pop() ?? null;
  if (!chosen) {
    const after = inClause.filter((p) => p.start > anchor && doc.pack.places.clausePreposition.test(text.slice(Math.max(clause.start, p.start - 12), p.start)));
    const pool = after.length ? after : inClause;
    chosen = [...pool].sort((a, b) => (KIND_RANK[b.kind] ?? 0) - (KIND_RANK[a.kind] ?? 0) || Math.abs(a.start - anchor) - Math.abs(b.start - anchor))[0] ?? null;
  }
  if (chosen) {
    return { name: chosen.name, country: chosen.country, lat: chosen.lat, lon: chosen.lon, fromFocus: false, span: { start: chosen.start, end: chosen.end }, confidence: chosen.confidence };
  }
  const focus = doc.places.focus;
  if (focus.city) return { name: focus.city.name, country: focus.city.country, lat: focus.city.lat, lon: focus.city.lon, fromFocus: true, span: null, confidence: FOCUS_CONFIDENCE };
  if (focus.countries.length) {
    const top = focus.countries[0];
    return { name: top.country, country: top.country, lat: null, lon: null, fromFocus: true, span: null, confidence: Math.min(FOCUS_CONFIDENCE, top.score) };
  }
  return null;
}
