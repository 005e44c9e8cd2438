import { createHash } from 'node:crypto';
import { isDated } from '../model/article.js';
import type { Extraction } from '../model/extraction.js';
import type { PreparedItem, StoreItem } from './store.js';
import { StoreError } from './errors.js';
import { deflateJson } from './deflate.js';
import { normaliseName } from '../model/names.js';
import { dayRange } from '../pipeline/stages/events/table.js';

/**
 * Backend-neutral rows derived from one analysed article: what every backend writes, so SQLite and PostgreSQL
 * cannot disagree on what a layer becomes. Entities are referred to by their stable string id; each backend maps
 * them to its own integer keys.
 */
export interface ArticleRow {
  id: string;
  published: string;
  title: string | null;
  url: string | null;
  source: string | null;
  lang: string;
  body: string;
  /** cleaned text (what FTS indexes and every span points into) */
  text: string;
  /** hash of the whitespace-normalised cleaned text: equal for copies that differ only in page furniture */
  contentHash: string;
  tone: number | null;
  schemaVersion: number;
  /** the extraction without `text` (stored once, in the article row) */
  extractionJson: string;
}

export interface EntityRow {
  id: string;
  name: string;
  type: string;
  country: string | null;
  placeKind: string | null;
}

export interface MentionRow {
  entityId: string;
  count: number;
  /** distinct role titles the article gives the entity, JSON array or null */
  roles: string | null;
  /** offset of the first mention in the text, for ordering an article's entities */
  firstStart: number;
  confidence: number;
}

export interface QuoteRow {
  quoteId: string;
  speakerId: string | null;
  /** the words naming the speaker, kept for speakers no entity was resolved for */
  speakerText: string | null;
  text: string;
  kind: string;
  start: number;
  end: number;
  confidence: number;
}

export interface EventRow {
  eventId: string;
  type: string;
  mode: string | null;
  cameo: string;
  quadClass: number;
  intensity: number;
  sourceId: string | null;
  sourceName: string | null;
  sourceCode: string | null;
  sourceCountry: string | null;
  targetId: string | null;
  targetName: string | null;
  targetCode: string | null;
  targetCountry: string | null;
  /** source and target act alike (a meeting, an accord): the event belongs to both directions of a pair */
  symmetric: boolean;
  dateValue: string;
  /** first and last day the event may fall on (ISO dates), null when the value is not a calendar date */
  dateBegin: string | null;
  dateEnd: string | null;
  precision: string;
  placeName: string | null;
  placeCountry: string | null;
  /** the place is the article's focus, not one the sentence names (null: no place) */
  placeFromFocus: boolean | null;
  lat: number | null;
  lon: number | null;
  modality: string;
  confidence: number;
  tone: number | null;
  evidenceStart: number;
  evidenceEnd: number;
}

export interface PlaceRow {
  name: string;
  kind: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  gazetteerId: string | null;
  entityId: string | null;
  start: number;
  end: number;
  confidence: number;
}

export interface ItemRows {
  article: ArticleRow;
  entities: EntityRow[];
  /** (entity id, name) pairs: the canonical name and every alias, for lookup by any of them */
  names: Array<{ entityId: string; name: string }>;
  mentions: MentionRow[];
  quotes: QuoteRow[];
  events: EventRow[];
  places: PlaceRow[];
  /**
   * the extraction JSON deflated for SQLite, when prepared in a worker thread (see `prepareItem`); `extractionJson`
   * is then empty, so that the text crosses between threads once, compressed
   */
  deflatedJson?: Uint8Array;
}

/** A yes/no column as both stores hold it: 1, 0, or null when it does not apply. */
export function flag(value: boolean | null): number | null {
  return value === null ? null : value ? 1 : 0;
}

export function contentHash(text: string): string {
  // 128 bits: collisions are out of reach for any corpus, and the index stays small
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 32);
}

/** The rows of an item: derived now, or already by `prepareItem`. */
export function rowsOf(item: StoreItem | PreparedItem): ItemRows {
  return 'rows' in item ? item.rows : itemRows(item);
}

/**
 * Derives an item's rows ahead of the store (in a worker thread, so that the thread that writes only writes), with
 * the extraction JSON deflated too when the store is SQLite.
 */
export function prepareItem(item: StoreItem, options: { deflate: boolean }): PreparedItem {
  const rows = itemRows(item);
  if (options.deflate) {
    rows.deflatedJson = deflateJson(rows.article.extractionJson);
    rows.article.extractionJson = '';
  }
  return { rows };
}

/** Derives every row an item becomes. Throws StoreError("bad-item") when article and extraction disagree. */
export function itemRows(item: StoreItem): ItemRows {
  const { article, extraction } = item;
  if (extraction.article.id !== article.id) {
    throw new StoreError('bad-item', `extraction of ${extraction.article.id} stored under article ${article.id}`);
  }
  const { text, ...withoutText } = extraction;
  const articleRow: ArticleRow = {
    id: article.id,
    published: article.published,
    title: article.title ?? null,
    url: article.url ?? null,
    source: article.source ?? null,
    lang: article.lang,
    body: article.body,
    text,
    contentHash: contentHash(text),
    tone: extraction.tone?.tone ?? null,
    schemaVersion: extraction.schemaVersion,
    extractionJson: JSON.stringify(withoutText),
  };
  // an undated article is stored and searchable; its layers join the views by date once it is dated
  if (!isDated(article.published)) return { article: articleRow, entities: [], names: [], mentions: [], quotes: [], events: [], places: [] };

  const entities: EntityRow[] = [];
  const names: ItemRows['names'] = [];
  const mentions: MentionRow[] = [];
  for (const e of extraction.entities) {
    entities.push({ id: e.id, name: e.name, type: e.type, country: e.country, placeKind: e.placeKind });
    const seen = new Set<string>();
    for (const n of [e.name, ...e.aliases]) {
      const key = normaliseName(n);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      names.push({ entityId: e.id, name: n });
    }
    const roles = [...new Set(e.roles.map((r) => r.title))];
    mentions.push({
      entityId: e.id,
      count: e.mentions.length,
      roles: roles.length ? JSON.stringify(roles) : null,
      firstStart: e.mentions.length ? Math.min(...e.mentions.map((m) => m.start)) : 0,
      confidence: e.confidence,
    });
  }

  const quotes: QuoteRow[] = extraction.quotes.map((q) => ({
    quoteId: q.id,
    speakerId: q.speaker,
    speakerText: q.speakerText ?? null,
    text: q.text,
    kind: q.kind,
    start: q.start,
    end: q.end,
    confidence: q.confidence,
  }));

  const events: EventRow[] = extraction.events.map((ev) => {
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
      symmetric: ev.symmetric ?? false,
      dateValue: ev.date.value,
      dateBegin: (ev.date.begin && dayRange(ev.date.begin)?.begin) ?? fallback?.begin ?? null,
      dateEnd: (ev.date.end && dayRange(ev.date.end)?.end) ?? fallback?.end ?? null,
      precision: ev.date.precision,
      placeName: ev.place?.name ?? null,
      placeCountry: ev.place?.country ?? null,
      placeFromFocus: ev.place ? ev.place.fromFocus : null,
      lat: ev.place?.lat ?? null,
      lon: ev.place?.lon ?? null,
      modality: ev.modality,
      confidence: ev.confidence,
      tone: ev.tone,
      evidenceStart: ev.evidence.start,
      evidenceEnd: ev.evidence.end,
    };
  });

  // demonyms ("Russian troops") stay in the extraction; place rows hold the places named
  const places: PlaceRow[] = extraction.places.mentions.filter((p) => !p.adjectival).map((p) => ({
    name: p.name,
    kind: p.kind,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    gazetteerId: p.gazetteerId,
    entityId: p.entity,
    start: p.start,
    end: p.end,
    confidence: p.confidence,
  }));

  return { article: articleRow, entities, names, mentions, quotes, events, places };
}

/** Puts the stored extraction back together (its text lives in the article row). */
export function rebuildExtraction(json: string, text: string): Extraction {
  const stored = JSON.parse(json) as Omit<Extraction, 'text'>;
  const { schemaVersion, article, ...rest } = stored;
  return { schemaVersion, article, text, ...rest } as Extraction;
}

/** Upper bound for `published <= to` comparisons: a bare day includes every time of that day. */
export function publishedUpperBound(to: string): { value: string; inclusive: boolean } {
  // 'T~' sorts after any time of the day ("2023-09-06T23:59:59Z") and before the next day
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? { value: to + 'T~', inclusive: false } : { value: to, inclusive: true };
}

/** Articles read per query by Store.scan. */
export const DEFAULT_SCAN_PAGE = 500;
