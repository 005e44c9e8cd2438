import type { EventRecord } from '../../../model/layers/events.js';
import { boolean, entity, integer, nullable, real, table, text, yesNo, type RowOf } from '../../table.js';
import { daysInMonth } from '../time/calendar.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})$/;

/** First and last calendar day a TIMEX-like value covers ("2023-09-05", "2023-09", "2023"); null for others. */
export function dayRange(value: string): { begin: string; end: string } | null {
  let m = ISO_DAY.exec(value);
  if (m) return { begin: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}` };
  m = ISO_MONTH.exec(value);
  if (m) {
    const last = daysInMonth(Number(m[1]), Number(m[2]));
    return { begin: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}` };
  }
  m = ISO_YEAR.exec(value);
  if (m) return { begin: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  return null;
}

export const EVENTS_TABLE = table({
  name: 'events',
  rowIs: 'coded event',
  since: 2,
  scope: 'article',
  serial: true,
  columns: {
    eventId: text('event_id'),
    type: text('type'),
    mode: nullable(text('mode')),
    cameo: text('cameo'),
    quadClass: integer('quad_class'),
    intensity: real('intensity'),
    sourceId: nullable(entity('source_key')),
    sourceName: nullable(text('source_name')),
    sourceCode: nullable(text('source_code')),
    sourceCountry: nullable(text('source_country')),
    targetId: nullable(entity('target_key')),
    targetName: nullable(text('target_name')),
    targetCode: nullable(text('target_code')),
    targetCountry: nullable(text('target_country')),
    dateValue: text('date_value'),
    /** first and last day the event may fall on (ISO dates), null when the value is not a calendar date */
    dateBegin: nullable(text('date_begin')),
    dateEnd: nullable(text('date_end')),
    precision: text('precision'),
    placeName: nullable(text('place_name')),
    placeCountry: nullable(text('place_country')),
    lat: nullable(real('lat')),
    lon: nullable(real('lon')),
    modality: text('modality'),
    confidence: real('confidence'),
    tone: nullable(real('tone')),
    evidenceStart: integer('evidence_start'),
    evidenceEnd: integer('evidence_end'),
    /** source and target act alike (a meeting, an accord): the event belongs to both directions of a pair (store version 4) */
    symmetric: nullable(boolean('is_symmetric')),
    /** the place is the article's focus, not one the sentence names; null: no place (store version 9) */
    placeFromFocus: nullable(yesNo('place_from_focus')),
  },
  unique: ['article_key', 'event_id'],
  // the event filters of "tidings events": by actor, target, type, code, country, each then by date
  indexes: {
    events_source: ['source_key', 'date_begin'],
    events_target: ['target_key', 'date_begin'],
    events_type: ['type', 'date_begin'],
    events_cameo: ['cameo', 'date_begin'],
    events_source_code: ['source_code', 'date_begin'],
    events_target_code: ['target_code', 'date_begin'],
    events_place_country: ['place_country', 'date_begin'],
    events_date: ['date_begin'],
    events_pair: ['source_key', 'target_key', 'date_begin'],
  },
  rows: (events: EventRecord[]) =>
    events.map((ev) => {
      const fallback = dayRange(ev.date.value);
      return {
        eventId: ev.id,
        type: ev.type,
        mode: ev.mode,
        cameo: ev.cameo,
        quadClass: ev.quadClass,
        intensity: ev.intensity,
        sourceId: ev.source?.entity ?? null,
        sourceName: ev.source?.name ?? null,
        sourceCode: ev.source?.code ?? null,
        sourceCountry: ev.source?.country ?? null,
        targetId: ev.target?.entity ?? null,
        targetName: ev.target?.name ?? null,
        targetCode: ev.target?.code ?? null,
        targetCountry: ev.target?.country ?? null,
        dateValue: ev.date.value,
        dateBegin: (ev.date.begin && dayRange(ev.date.begin)?.begin) ?? fallback?.begin ?? null,
        dateEnd: (ev.date.end && dayRange(ev.date.end)?.end) ?? fallback?.end ?? null,
        precision: ev.date.precision,
        placeName: ev.place?.name ?? null,
        placeCountry: ev.place?.country ?? null,
        lat: ev.place?.lat ?? null,
        lon: ev.place?.lon ?? null,
        modality: ev.modality,
        confidence: ev.confidence,
        tone: ev.tone,
        evidenceStart: ev.evidence.start,
        evidenceEnd: ev.evidence.end,
        symmetric: ev.symmetric ?? false,
        placeFromFocus: ev.place ? ev.place.fromFocus : null,
      };
    }),
});

export type EventRow = RowOf<typeof EVENTS_TABLE.columns>;
