import type { Article } from '../model/article.js';
import type { Extraction } from '../model/extraction.js';

/** One analysed article to write. */
export interface StoreItem {
  article: Article;
  extraction: Extraction;
}

export interface PutResult {
  inserted: number;
  /** already stored with the same content: nothing written */
  unchanged: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string;
  snippet: string;
  score: number;
}

export interface StoreStats {
  articles: number;
  entities: number;
  quotes: number;
  events: number;
  places: number;
  bytes: number;
}

/**
 * The one storage interface; SQLite (embedded default) and PostgreSQL implement it. Nothing outside src/store
 * writes SQL. Methods are async so that both backends share callers.
 */
export interface Store {
  /** writes a batch in one transaction; re-putting a stored article changes nothing */
  putBatch(items: StoreItem[]): Promise<PutResult>;
  hasArticle(id: string): Promise<boolean>;
  getArticle(id: string): Promise<StoreItem | null>;
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
