import { createHash } from 'node:crypto';
import { isDated, UNDATED, type Article } from '../model/article.js';
import type { Extraction } from '../model/extraction.js';
import type { PreparedItem, StoreItem } from './store.js';
import { StoreError } from './errors.js';
import { deflateJson } from './deflate.js';
import { STORED_TABLES, layerOfTable } from '../pipeline/layers.js';
import type { Columns, RowOf, TableSpec } from '../pipeline/table.js';

/**
 * Backend-neutral rows derived from one analysed article: what every backend writes, so SQLite and PostgreSQL
 * cannot disagree on what a layer becomes. The article row is the store's own; the layer tables' rows are derived as
 * their stages declare (src/pipeline/table.ts). Entities are referred to by their stable string id; each backend maps
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

/** The columns of an article row every backend reads back to rebuild the article and its extraction. */
export type StoredArticleColumns = Pick<ArticleRow, 'id' | 'published' | 'title' | 'url' | 'source' | 'lang' | 'body' | 'text'>;

/** The Article an article row holds: a column that is null is a field the article did not have. */
export function articleOfRow(row: StoredArticleColumns): Article {
  const article: Article = { id: row.id, published: row.published, body: row.body, lang: row.lang };
  if (row.url !== null) article.url = row.url;
  if (row.source !== null) article.source = row.source;
  if (row.title !== null) article.title = row.title;
  return article;
}

/** One table's rows of an article, as its spec derives them: fields named as the spec's columns. */
export type TableRows = Array<Record<string, unknown>>;

export interface ItemRows {
  article: ArticleRow;
  /** table name -> the article's rows of that declared table (src/pipeline/layers.ts `STORED_TABLES`) */
  tables: Record<string, TableRows>;
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

/** The rows of one declared table in an item's rows, typed as its columns. */
export function tableRows<C extends Columns>(rows: ItemRows, table: TableSpec<any, C>): Array<RowOf<C>> {
  return (rows.tables[table.name] ?? []) as Array<RowOf<C>>;
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

/** Each declared table with the extraction key of the layer its rows come from. */
const TABLE_LAYERS = STORED_TABLES.map((table) => ({ table, layer: layerOfTable(table).key }));

/** Derives every row an item becomes: its article row and each declared table's rows of its layers. Throws StoreError("bad-item") when article and extraction disagree. */
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
  const dated = isDated(article.published);
  const tables: ItemRows['tables'] = {};
  for (const { table, layer } of TABLE_LAYERS) {
    const value = (extraction as Record<string, unknown>)[layer];
    // an extraction stored before its layer existed has no rows of it
    tables[table.name] = !dated || value === undefined ? [] : (table.rows(value as never) as TableRows);
  }
  return { article: articleRow, tables };
}

/** Puts the stored extraction back together (its text lives in the article row). */
export function rebuildExtraction(json: string, text: string): Extraction {
  const stored = JSON.parse(json) as Omit<Extraction, 'text'>;
  const { schemaVersion, article, ...rest } = stored;
  return { schemaVersion, article, text, ...rest } as Extraction;
}

/** Upper bound for `published <= to` comparisons: a bare day includes every time of that day. */
function publishedUpperBound(to: string): { value: string; inclusive: boolean } {
  // 'T~' sorts after any time of the day ("2023-09-06T23:59:59Z") and before the next day
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? { value: to + 'T~', inclusive: false } : { value: to, inclusive: true };
}

/**
 * SQL conditions on `a.published` for a from/to range (a range leaves undated articles out). `bind` gives the
 * backend's placeholder for a value it must pass with the query.
 */
export function publishedRange(range: { from?: string; to?: string }, bind: (name: 'from' | 'to', value: string) => string): string[] {
  const conditions: string[] = [];
  if (range.from || range.to) conditions.push(`a.published <> '${UNDATED}'`);
  if (range.from) conditions.push(`a.published >= ${bind('from', range.from)}`);
  if (range.to) {
    const to = publishedUpperBound(range.to);
    conditions.push(`a.published ${to.inclusive ? '<=' : '<'} ${bind('to', to.value)}`);
  }
  return conditions;
}

/** Articles read per query by Store.scan. */
export const DEFAULT_SCAN_PAGE = 500;
