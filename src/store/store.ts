import type { Article } from '../model/article.js';
import type { Extraction } from '../model/extraction.js';
import type { ItemRows } from './rows.js';
import type { Corpus } from '../corpus/queries.js';

/** One analysed article to write. */
export interface StoreItem {
  article: Article;
  extraction: Extraction;
}

/**
 * An item whose rows were derived already (in a worker thread, see `prepareItem`): the store only writes them. The
 * rows hold the article, so it is not sent between threads a second time.
 */
export interface PreparedItem {
  rows: ItemRows;
}

export interface PutResult {
  inserted: number;
  /** already stored with the same id (same normalised content and day): nothing written */
  unchanged: number;
}

export interface SearchOptions {
  /** most hits returned (default 20) */
  limit?: number;
  /** hits skipped first, for paging */
  offset?: number;
  /** markers put around matched words in the snippet (default "[" and "]") */
  highlight?: { open: string; close: string };
  /** only articles published on or after this ISO date (either bound leaves undated articles out) */
  from?: string;
  /** only articles published on or before this ISO date (a bare day includes the whole day) */
  to?: string;
  /**
   * "words" (default): the query is the user's words, punctuation and all, each word required (never a syntax error);
   * "fts": the full-text syntax (phrases in double quotes, AND, OR, NOT, NEAR, prefix*), where a malformed query
   * throws StoreError "bad-query"
   */
  syntax?: 'words' | 'fts';
}

export interface ScanOptions {
  /** only articles published on or after this ISO date */
  from?: string;
  /** only articles published on or before this ISO date (a bare day includes the whole day) */
  to?: string;
  /** articles read per query (default 500) */
  pageSize?: number;
  /** start after the article with this id, in stored order (keyset paging); nothing when no such article is stored */
  afterId?: string;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string;
  url: string | null;
  source: string | null;
  /** a short passage of the text (or the title when only it matched) with matched words between the markers */
  snippet: string;
  /** higher is better (negated BM25, title matches weigh more) */
  score: number;
}

export interface StoreStats {
  articles: number;
  entities: number;
  mentions: number;
  quotes: number;
  events: number;
  places: number;
  /** size of the database on disk (SQLite: the file; PostgreSQL: the database) */
  bytes: number;
  /** earliest and latest publication dates stored, null when empty (undated articles aside) */
  firstPublished: string | null;
  lastPublished: string | null;
  /** articles stored as `published: "unknown"`: searchable, left out of every view by date until dated */
  undated: number;
  /** schema version of the code that wrote the database's tables */
  storeVersion: number;
  /** number of stored extractions per extraction schemaVersion */
  extractionVersions: Record<string, number>;
}

/**
 * The one storage interface; SQLite (embedded default) and PostgreSQL implement it. Nothing outside src/store
 * writes SQL. Methods are async so that both backends share callers.
 */
export interface Store {
  /** "sqlite" or "postgres" */
  readonly kind: string;
  /** writes a batch in one transaction; re-putting a stored article (same id) changes nothing */
  putBatch(items: Array<StoreItem | PreparedItem>): Promise<PutResult>;
  hasArticle(id: string): Promise<boolean>;
  /** the subset of `ids` already stored (lets an ingest skip analysis of articles it already has) */
  existingIds(ids: string[]): Promise<Set<string>>;
  getArticle(id: string): Promise<StoreItem | null>;
  /** full-text search over title and cleaned text; a malformed query throws StoreError with kind "bad-query" */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /**
   * Every stored article, batch by batch in the order stored (the same order on every scan), read in pages so a corpus of any size streams in flat memory
   * (exports, re-analysis). Optional publication-date bounds as in search.
   */
  scan(options?: ScanOptions): AsyncIterable<StoreItem>;
  stats(): Promise<StoreStats>;
  /**
   * Every query across articles: duplicate groups, stories, merged events with their claims, entity profiles and
   * timelines, places, and the tables the exports stream. Throws CorpusQueryError on a database without corpus tables.
   */
  corpus(): Corpus;
  close(): Promise<void>;
}
