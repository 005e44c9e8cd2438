import type { Doc } from '../../../model/doc.js';
import type { EventRecord, Modality } from '../../../model/layers/events.js';
import type { PlaceMentionRecord } from '../../../model/layers/places.js';
import type { Span } from '../../../model/span.js';
import type { TimexRecord } from '../../../model/layers/time.js';
import { cachedIndex, SpanIndex } from '../../../model/span-index.js';
import type { EventsLanguage } from '../../../lang/types.js';

/** The PLOVER contexts of an event: those of its CAMEO code, then any the sentence's words support. */
export function contextOf(lang: EventsLanguage, sentence: string, fromCode: string[]): string[] {
  const out = new Set(fromCode.filter((c) => c));
  for (const [name, re] of lang.contexts) if (re.test(sentence)) out.add(name);
  return [...out];
}

const PLACE_INDEXES = new WeakMap<PlaceMentionRecord[], { size: number; index: SpanIndex<PlaceMentionRecord> }>();

/** The place mentions by span, built once per places layer. */
function placesIndex(doc: Doc): SpanIndex<PlaceMentionRecord> {
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

const WHERE = ' where ';

const KIND_RANK: Record<string, number> = { city: 3, other: 2, region: 1, country: 0 };

/** The event's place: a place named in the sentence (not one of its actors), else the article's focus, marked so. */
export function eventPlace(doc: Doc, s: number, triggerStart: number, actors: Span[]): EventRecord['place'] {
  const sentence = doc.sentences[s];
  const inSentence = placesIndex(doc).within(sentence.start, sentence.end).filter(
    (p) => !p.standsFor && !actors.some((a) => a.start < p.end && p.start < a.end),
  );
  const text = doc.text;
  let chosen: PlaceMentionRecord | null = null;
  // "..., where he is set to meet": the place named just before "where"
  // (searched within the sentence: a search back through the whole text made each event cost the article's length)
  const inText = text.slice(sentence.start, triggerStart + WHERE.length).lastIndexOf(WHERE, triggerStart - sentence.start);
  const where = inText < 0 ? -1 : sentence.start + inText;
  if (where >= sentence.start) chosen = inSentence.filter((p) => p.end <= where + 1).pop() ?? null;
  if (!chosen) {
    const after = inSentence.filter((p) => p.start > triggerStart && doc.pack.events.placePreposition.test(text.slice(Math.max(sentence.start, p.start - 12), p.start)));
    const pool = after.length ? after : inSentence;
    chosen = [...pool].sort((a, b) => (KIND_RANK[b.kind] ?? 0) - (KIND_RANK[a.kind] ?? 0) || Math.abs(a.start - triggerStart) - Math.abs(b.start - triggerStart))[0] ?? null;
  }
  if (chosen) {
    return { name: chosen.name, country: chosen.country, lat: chosen.lat, lon: chosen.lon, fromFocus: false, span: { start: chosen.start, end: chosen.end } };
  }
  const focus = doc.places.focus;
  if (focus.city) return { name: focus.city.name, country: focus.city.country, lat: focus.city.lat, lon: focus.city.lon, fromFocus: true, span: null };
  if (focus.countries.length) return { name: focus.countries[0].country, country: focus.countries[0].country, lat: null, lon: null, fromFocus: true, span: null };
  return null;
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
  return new Set(placesIndex(doc).within(sentence.start, sentence.end).filter((p) => p.kind !== 'country').map((p) => p.name));
}
