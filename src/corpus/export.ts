import type { Writable } from 'node:stream';
import type { Store } from '../store/store.js';
import type { Corpus, MergedEventRow } from './queries.js';
import { actorCode, averageTone, claimKind, cleanValue, eventCode, fractionDate, geoType, globalEventId, intentCode, outletCount } from './gdelt/columns.js';
import { goldsteinScale } from './gdelt/goldstein.js';
import { knownGroup } from './gdelt/known-groups.js';
import { geoColumns } from './gdelt/geography.js';
import { loadGazetteer, type Gazetteer } from '../knowledge/gazetteer/index.js';

/** The country our event coder gives an international body (UN, EU, NATO): no country of GDELT's. */
const IGO_COUNTRY = 'IGO';

export type ExportFormat = 'jsonl' | 'csv' | 'gdelt' | 'geojson';
export const EXPORT_FORMATS: ExportFormat[] = ['jsonl', 'csv', 'gdelt', 'geojson'];
export type CsvTable = 'events' | 'entities' | 'quotes';
export const CSV_TABLES: CsvTable[] = ['events', 'entities', 'quotes'];

/** Writes a line, waiting for the stream to drain when its buffer is full: memory stays flat whatever the corpus size. */
export async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(line + '\n')) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/** Every stored extraction, one JSON object per line (the article without its body, as the extraction holds it). */
export async function exportJsonl(store: Store, out: Writable): Promise<number> {
  let n = 0;
  for await (const item of store.scan()) {
    await writeLine(out, JSON.stringify(item.extraction));
    n++;
  }
  return n;
}

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** One CSV table (header first); events are the merged events, counted once with their report counts. */
export async function exportCsv(corpus: Corpus, table: CsvTable, out: Writable): Promise<number> {
  let n = 0;
  const rows: AsyncIterable<Record<string, unknown>> = table === 'events' ? (corpus.events({}) as AsyncIterable<MergedEventRow & Record<string, unknown>>)
    : table === 'entities' ? corpus.entityTable() : corpus.quoteTable();
  let header: string[] | null = null;
  for await (const r of rows) {
    if (!header) {
      header = Object.keys(r);
      await writeLine(out, header.join(','));
    }
    await writeLine(out, header.map((h) => csvField(r[h])).join(','));
    n++;
  }
  return n;
}

/**
 * The GDELT 2.0 event table's 61 columns, in order (GDELT Event Codebook V2.0; the first two are also written
 * GLOBALEVENTID and SQLDATE). Fields we do not code (known group, ethnicity, religion, actor geography, ADM1/ADM2
 * divisions, gazetteer feature ids of cities) are empty, as GDELT leaves them when unknown. As in GDELT, actor country
 * codes are CAMEO (ISO alpha-3) and geography country codes FIPS 10-4 (Chile CI, Germany GM).
 */
export const GDELT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

/** The sector part of a PLOVER/CAMEO actor code (RUSGOV -> GOV; a code without a country is its type: GOV), GDELT's Type1Code. */
function sectorOf(code: string, country: string | null): string {
  if (!country) return code.slice(0, 3);
  return code.startsWith(country) ? code.slice(country.length, country.length + 3) : code.slice(3, 6);
}

/** DATEADDED: YYYYMMDDHHMMSS in UTC (a publication time with an offset is converted; an unreadable one is cut to its digits). */
export function gdeltTimestamp(iso: string): string {
  const t = Date.parse(iso);
  const utc = Number.isNaN(t) ? iso : new Date(t).toISOString();
  return utc.replace(/[-:T]/g, '').replace(/\..*|Z$/g, '').padEnd(14, '0').slice(0, 14);
}

/** What the export knows of an event's reports beyond its merged row. */
export interface EventReports {
  /** distinct articles reporting it (NumArticles) */
  articles: number;
  /** distinct outlets reporting it (NumSources) */
  outlets: number;
  /** average tone of the reporting articles (AvgTone) */
  tone: number | null;
  /** reported in some article's lead (IsRootEvent) */
  isRoot: boolean;
}

/** The identity a merged event keeps whatever the store or ingest order: what it is, between whom, when and where. */
export function mergedEventIdentity(e: MergedEventRow): string {
  return [e.cameo, e.sourceCode ?? e.source ?? '', e.targetCode ?? e.target ?? '', e.date.slice(0, 10), e.placeCountry ?? '', e.place ?? ''].join('|');
}

export interface GdeltOptions {
  /** also events their reports only deny or negate */
  includeClaims?: boolean;
  /** also events known only to a week, month or year, dated by its first day */
  includePeriods?: boolean;
  /** ActionGeo also from a place guessed from the reporting article's focus (by default only a place the sentence names) */
  includeFocusPlaces?: boolean;
}

/** Whether an event is dated only to a period longer than a day. */
export function isPeriod(e: Pick<MergedEventRow, 'date' | 'dateEnd'>): boolean {
  return e.dateEnd !== null && e.dateEnd.slice(0, 10) !== e.date.slice(0, 10);
}

/**
 * One merged event as a GDELT 2.0 event row (61 values), or null when GDELT would not have it: an event its reports
 * only deny or negate (unless `includeClaims`), or one dated only to a period (unless `includePeriods`). An event only
 * planned or announced is coded as the intention (03x/13x). A place guessed from the article's focus, not named in the
 * sentence, is no ActionGeo (the columns stay empty, as for an event with no place) unless `includeFocusPlaces`.
 */
export function gdeltRow(e: MergedEventRow, reports: EventReports, gazetteer: Gazetteer, options: GdeltOptions = {}): string[] | null {
  const claim = claimKind(e);
  if (claim === 'denied' && !options.includeClaims) return null;
  // "in January" as 20240101 makes a false spike on the 1st: a period is written only when asked for, as its first day
  if (isPeriod(e) && !options.includePeriods) return null;
  const day = e.date.slice(0, 10);
  const ymd = day.replace(/-/g, '');
  const actor = (code: string | null, name: string | null, country: string | null) => {
    const upper = (name ?? '').toUpperCase();
    // an international body has no country: its known group and type say what it is
    if (country === IGO_COUNTRY) {
      const body = knownGroup(name);
      return [body.code, upper, '', body.group, '', '', '', body.type, '', ''];
    }
    const c = actorCode(code);
    return [c, upper, country ?? '', '', '', '', '', c ? sectorOf(c, country) : '', '', ''];
  };
  const code = eventCode(claim === 'intended' ? intentCode(e.cameo) : e.cameo);
  const noGeo = [geoType(null), '', '', '', '', '', '', ''];
  const row = [
    globalEventId(mergedEventIdentity(e)), ymd, ymd.slice(0, 6), ymd.slice(0, 4), fractionDate(day),
    ...actor(e.sourceCode, e.source, e.sourceCountry), ...actor(e.targetCode, e.target, e.targetCountry),
    reports.isRoot ? '1' : '0', code, code.slice(0, 3), code.slice(0, 2), String(e.quadClass), String(goldsteinScale(code) ?? ''),
    String(e.mentions), String(reports.outlets), String(reports.articles), reports.tone === null ? '' : String(reports.tone),
    ...noGeo, ...noGeo,
    ...(e.placeFromFocus && !options.includeFocusPlaces ? noGeo : geoColumns(gazetteer, { name: e.place, country: e.placeCountry, lat: e.lat, lon: e.lon })),
    gdeltTimestamp(e.firstPublished), e.url ?? '',
  ];
  return row.map(cleanValue);
}

/** Characters of an article's start counted as its lead: an event reported there is a root event (GDELT's IsRootEvent). */
const LEAD_CHARS = 400;

/** Merged events in the GDELT 2.0 event-table layout: tab-separated, no header, as GDELT's export files. */
export async function exportGdelt(corpus: Corpus, out: Writable, options: GdeltOptions & { header?: boolean } = {}): Promise<number> {
  if (options.header) await writeLine(out, GDELT_COLUMNS.join('\t'));
  let n = 0;
  const gazetteer = loadGazetteer();
  for await (const e of corpus.events({})) {
    const mentions = await corpus.eventMentions(e.key);
    const reach = await corpus.eventReach(e.key);
    const byArticle = new Map(mentions.map((m) => [m.article, m]));
    const reports: EventReports = {
      articles: reach.articles,
      outlets: outletCount([...byArticle.values()]),
      tone: averageTone([...byArticle.values()].map((m) => m.articleTone)),
      isRoot: (reach.firstStart ?? Infinity) < LEAD_CHARS,
    };
    const row = gdeltRow(e, reports, gazetteer, options);
    if (!row) continue;
    await writeLine(out, row.join('\t'));
    n++;
  }
  return n;
}

/** Events (merged, with a point) and places (one feature per named place, with its article count) as a GeoJSON FeatureCollection, streamed. */
export async function exportGeojson(corpus: Corpus, out: Writable): Promise<number> {
  await writeLine(out, '{"type":"FeatureCollection","features":[');
  let n = 0;
  const feature = async (lon: number, lat: number, properties: Record<string, unknown>) => {
    await writeLine(out, (n ? ',' : '') + JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties }));
    n++;
  };
  for await (const e of corpus.events({})) {
    if (e.lat === null || e.lon === null) continue;
    await feature(e.lon, e.lat, { kind: 'event', id: e.key, type: e.type, cameo: e.cameo, date: e.date, source: e.source, target: e.target, place: e.place, placeFromFocus: e.placeFromFocus, mentions: e.mentions, denied: e.denied, tone: e.tone, url: e.url });
  }
  for (const p of await corpus.places({})) {
    await feature(p.lon, p.lat, { kind: 'place', name: p.name, placeKind: p.kind, country: p.country, gazetteerId: p.gazetteerId, articles: p.articles, first: p.first, last: p.last });
  }
  await writeLine(out, ']}');
  return n;
}
