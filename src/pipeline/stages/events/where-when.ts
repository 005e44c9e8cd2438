import type { Doc } from '../../../model/doc.js';
import type { EventRecord, Modality } from '../../../model/layers/events.js';
import type { PlaceMentionRecord } from '../../../model/layers/places.js';
import { placeOfClause } from '../places/clause.js';
import type { Span } from '../../../model/span.js';
import type { TimexRecord } from '../../../model/layers/time.js';
import { cachedIndex, SpanIndex } from '../../../model/span-index.js';
import type { EventsLanguage } from '../../../lang/types.js';

/** The PLOVER contexts of an event: those of its CAMEO code, then any the sentence's words support. */
export function contextOf(lang: EventsLanguage, sentence: string, fromCode: string[]): string[] {
  // a sentence's events follow one another: its word contexts are read once
  if (!lastContexts || lastContexts.sentence !== sentence || lastContexts.lang !== lang) {
    lastContexts = { lang, sentence, names: lang.contexts.filter(([, re]) => re.test(sentence)).map(([name]) => name) };
  }
  const out = new Set(fromCode.filter((c) => c));
  for (const name of lastContexts.names) out.add(name);
  return [...out];
}

let lastContexts: { lang: EventsLanguage; sentence: string; names: string[] } | null = null;

const PLACE_INDEXES = new WeakMap<PlaceMentionRecord[], { size: number; index: SpanIndex<PlaceMentionRecord> }>();

/** The place mentions by span, built once per places layer. */
export function placesIndex(doc: Doc): SpanIndex<PlaceMentionRecord> {
  return cachedIndex(PLACE_INDEXES, doc.places.mentions, doc.places.mentions.length, () => doc.places.mentions);
}

const TIMEX_MAPS = new WeakMap<TimexRecord[], { size: number; map: Map<string, TimexRecord> }>();

/** The time expression with this id (the first, as a linear find would), through a map built once per layer. */
function timexById(doc: Doc, id: string): TimexRecord | undefined {
  let found = TIMEX_MAPS.get(doc.timexes);
  if (!found || found.size !== doc.timexes.length) {
    const map = new Map<string, TimexRecord>();
    for (const t of doc.timexes) if (!map.has(t.id)) map.set(t.id, t);
    TIMEX_MAPS.set(doc.timexes, (found = { size: doc.timexes.length, map }));
  }
  return found.map.get(id);
}

/** The event's place: the place of its sentence as the places stage reads it (see placeOfClause), marked when a guess. */
export function eventPlace(doc: Doc, s: number, triggerStart: number, actors: Span[]): EventRecord['place'] {
  const p = placeOfClause(doc, doc.sentences[s], { anchor: triggerStart, exclude: actors });
  return p && { name: p.name, country: p.country, lat: p.lat, lon: p.lon, fromFocus: p.fromFocus, span: p.span };
}

function precisionOf(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}$/.test(value)) return 'year';
  return 'unknown';
}

/** A date of a sentence's own time expression, with the range when the expression is one. */
function dateFromTimex(doc: Doc, s: number): EventRecord['date'] | null {
  const anchor = doc.sentences[s].anchor;
  if (!anchor || !anchor.timex) return null;
  const timex = timexById(doc, anchor.timex);
  return {
    value: anchor.value,
    begin: timex?.range?.begin ?? null,
    end: timex?.range?.end ?? null,
    precision: anchor.precision,
    fromPublication: false,
    timex: anchor.timex,
  };
}

/**
 * The event's date: its sentence's time expression (or anchor); a planned event with none takes the future date of
 * a neighbouring sentence in the same or next paragraph that names the same place ("where he is set to meet" /
 * "the forum in that city runs from September 10 to 13"); otherwise the publication date, marked as such.
 */
export function eventDate(doc: Doc, s: number, modality: Modality): EventRecord['date'] {
  const own = dateFromTimex(doc, s);
  if (own) return own;
  const published = doc.article.published.slice(0, 10);
  if (modality === 'planned') {
    const here = placeNames(doc, s);
    for (const n of [s + 1, s - 1]) {
      if (n < 0 || n >= doc.sentences.length) continue;
      if (Math.abs(doc.sentences[n].paragraph - doc.sentences[s].paragraph) > 1) continue;
      const there = placeNames(doc, n);
      if (![...here].some((p) => there.has(p))) continue;
      const d = dateFromTimex(doc, n);
      if (d && (d.begin ?? d.value) >= published) return d;
    }
  }
  const anchor = doc.sentences[s].anchor;
  if (anchor) return { value: anchor.value, begin: null, end: null, precision: anchor.precision, fromPublication: anchor.timex === null, timex: anchor.timex };
  return { value: published, begin: null, end: null, precision: precisionOf(published), fromPublication: true, timex: null };
}

function placeNames(doc: Doc, s: number): Set<string> {
  const sentence = doc.sentences[s];
  return new Set(placesIndex(doc).within(sentence.start, sentence.end).filter((p) => p.kind !== 'country' && !p.adjectival && !p.inOrganisation).map((p) => p.name));
}
