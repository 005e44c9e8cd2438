import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, resolve as resolvePath } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { isDated, UNDATED } from '../../model/article.js';
import type { PreparedItem, PutResult, ScanOptions, SearchHit, SearchOptions, Store, StoreItem, StoreStats } from '../store.js';
import { StoreError } from '../errors.js';
import { DEFAULT_SCAN_PAGE, articleOfRow, itemRows, publishedRange, rebuildExtraction, rowsOf, type ItemRows, type StoredArticleColumns } from '../rows.js';
import { LAYER_TABLES, REGISTRY, sqliteInsertSql, tableWriter, type TableWriter } from '../schema.js';
import { deflateJson } from '../deflate.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import { parseQuery, runSnippet, toFts5, wordsQuery } from '../query.js';
import { ngramText, runPhrase } from '../ngrams.js';
import { SqliteSession } from './session.js';
import { SqlCorpusPort } from '../corpus/port.js';
import { SqlCorpus } from '../corpus/reader.js';
import { indexArticle } from '../../corpus/indexer.js';
import { CorpusQueryError, type Corpus } from '../../corpus/queries.js';

type Db = Database.Database;

export interface SqliteStoreOptions {
  /** migrations to apply (tests use a prefix to build an older database); default: all */
  migrations?: Migration[];
}

/** The 16 bytes every SQLite 3 database file starts with. */
const SQLITE_HEADER = 'SQLite format 3\0';
/** How long a writer waits for another process's lock before failing (ms): longer than any one batch takes. */
const BUSY_TIMEOUT_MS = 10_000;
/** Entity id -> key lookups kept in memory; bounded so a long ingest of a huge corpus stays flat in memory. */
const ENTITY_CACHE_LIMIT = 200_000;
/** Title matches count this many times a text match in search ranking: a word in the headline is what it is about. */
const TITLE_WEIGHT = 4;
/** Words around the match in a snippet: about one sentence. */
const SNIPPET_TOKENS = 16;
const DEFAULT_SEARCH_LIMIT = 20;

/**
 * Opens (creating if absent) a Tidings SQLite database. A file that is not one is refused and left untouched;
 * a database written by a newer Tidings is refused; missing migrations are applied.
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<SqliteStore> {
  const migrations = options.migrations ?? MIGRATIONS;
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) checkFileBeforeOpening(path);
  let db: Db;
  // a database on a read-only mount (or a file this user may not write) is opened read-only: read commands work,
  // writes are refused with one clear message (putBatch)
  const readOnly = !inMemory && existsSync(path) && !writable(path);
  try {
    db = readOnly ? openReadOnly(path) : new Database(path);
    // the character index's tokens (migration 8 and its trigger call it)
    db.function('tidings_ngrams', { deterministic: true }, (text: unknown) => ngramText(typeof text === 'string' ? text : ''));
  } catch (err) {
    throw new StoreError('cannot-open', `cannot open database ${path}: ${(err as Error).message}`);
  }
  try {
    const applied = readAppliedVersion(db, path);
    const known = migrations.length ? migrations[migrations.length - 1].version : 0;
    if (applied > known) {
      throw new StoreError('newer-schema', `${path} was written by a newer Tidings (store version ${applied}; this one knows up to ${known}): upgrade Tidings to open it`);
    }
    db.pragma('busy_timeout = ' + BUSY_TIMEOUT_MS);
    if (readOnly) {
      if (applied < known) throw new StoreError('read-only', `${path} is read-only and needs upgrading (store version ${applied} of ${known}): open it once where it can be written`);
      const store = new SqliteStore(db, path);
      store.readOnly = true;
      await store.migrate(migrations, applied);
      return store;
    }
    if (!inMemory) db.pragma('journal_mode = WAL');
    // in WAL mode NORMAL loses no committed transaction on a process crash (kill -9), only possibly on power loss
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // 64 MB of page cache (default 2 MB): keeps the layer indexes' hot pages in memory during a large ingest
    db.pragma('cache_size = -65536');
    const store = new SqliteStore(db, path);
    await store.migrate(migrations, applied);
    return store;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * A database that cannot be written. A WAL-mode file cannot be opened read-only where its -shm file cannot be created
 * (a read-only mount), so such a file is read into memory with its header set to rollback mode (bytes 18-19), and
 * queried there; any other is opened read-only in place.
 */
function openReadOnly(path: string): Db {
  const header = Buffer.alloc(20);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 20, 0);
  } finally {
    closeSync(fd);
  }
  if (header[18] !== 2 && header[19] !== 2) return new Database(path, { readonly: true, fileMustExist: true });
  const bytes = readFileSync(path);
  bytes[18] = 1;
  bytes[19] = 1;
  return new Database(bytes, { readonly: true });
}

/** Whether this process may write the file and create its -wal and -shm files beside it. */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(resolvePath(path)), constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Refuses, before SQLite touches it, a path that is a folder or a file that is not an SQLite database. */
function checkFileBeforeOpening(path: string): void {
  if (!existsSync(path)) return;
  const info = statSync(path);
  if (info.isDirectory()) throw new StoreError('cannot-open', `${path} is a folder, not a database file`);
  if (info.size === 0) return; // an empty file is an empty database to SQLite
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new StoreError('not-a-database', `${path} is not a Tidings database: it is not an SQLite file (left untouched)`);
  }
}

/** The highest migration applied, 0 for a new database; refuses SQLite files that hold other applications' tables. */
function readAppliedVersion(db: Db, path: string): number {
  let tables: string[];
  try {
    tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name);
  } catch (err) {
    throw new StoreError('not-a-database', `${path} is not a Tidings database: ${(err as Error).message} (left untouched)`);
  }
  if (!tables.includes('schema_migrations')) {
    if (tables.length) throw new StoreError('not-a-database', `${path} is not a Tidings database: an SQLite database with other tables (${tables.slice(0, 3).join(', ')}) (left untouched)`);
    return 0;
  }
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

interface ArticleJoinRow extends StoredArticleColumns {
  key: number;
  /** deflated JSON (a Buffer), or plain JSON text in rows written before compression */
  json: Buffer | string;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  private readonly entityKeys = new Map<string, number>();
  private st: Statements | null = null;
  /** whether the database has the corpus tables (migration 6 on; tests build older ones) */
  private hasCorpus = false;
  private readonly session: SqliteSession;
  /** one write transaction at a time: a write awaits the corpus index, and the connection is shared */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(readonly db: Db, readonly path: string) {
    this.session = new SqliteSession(db);
  }

  /** Runs `write` inside BEGIN IMMEDIATE ... COMMIT, after any write in progress; rolls back on failure. */
  private exclusive<T>(write: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await write();
        this.db.exec('COMMIT');
        return result;
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        // keys cached inside the rolled-back transaction may not exist
        this.entityKeys.clear();
        throw err;
      }
    };
    const next = this.writing.then(run, run);
    this.writing = next.catch(() => {});
    return next;
  }

  /**
   * Applies the migrations above the database's version and, when one asks, refills the layer tables: all in one
   * transaction that holds the write lock from the start, so two processes opening a new database at once do not
   * both migrate, and a crash leaves the database as it was, never half-migrated.
   */
  async migrate(migrations: Migration[], applied: number): Promise<void> {
    const known = migrations.length ? migrations[migrations.length - 1].version : 0;
    if (applied < known) {
      await this.exclusive(async () => {
        this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
        // read again under the lock: another process may have migrated since we looked
        const current = (this.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
        let rederive = false;
        const fill = new Set<string>();
        for (const m of migrations) {
          if (m.version <= current) continue;
          this.db.exec(m.sql);
          this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
          rederive ||= m.rederiveLayers ?? false;
          for (const t of m.fillTables ?? []) fill.add(t);
        }
        this.st = prepareStatements(this.db);
        this.hasCorpus = hasTable(this.db, 'entity_merges');
        // a new database has nothing to refill; a refill of every layer fills the new tables too
        if (rederive && current > 0) await this.rederiveInTransaction();
        else if (fill.size && current > 0) await this.fillTables(fill);
      });
    }
    this.st ??= prepareStatements(this.db);
    this.hasCorpus = hasTable(this.db, 'entity_merges');
  }

  private statements() {
    if (!this.st) throw new Error('store used before migration');
    return this.st;
  }

  /** Writes a batch in one transaction: the articles, their layers, then each new article's place in the corpus. */
  /** opened read-only (a read-only mount or file): every write is refused */
  readOnly = false;

  async putBatch(items: Array<StoreItem | PreparedItem>): Promise<PutResult> {
    if (this.readOnly) throw new StoreError('read-only', `${this.path} is read-only (a read-only mount or a file this user cannot write): this command writes, so copy the database somewhere writable`);
    const st = this.statements();
    let rows: ItemRows[];
    try {
      rows = items.map(rowsOf);
    } catch (err) {
      throw asItemError(err);
    }
    const ingestedAt = new Date().toISOString();
    try {
      return await this.exclusive(async (): Promise<PutResult> => {
        const fresh: Array<{ key: number; rows: ItemRows }> = [];
        for (const r of rows) {
          const info = st.insertArticle.run({ ...r.article, ingestedAt });
          if (info.changes === 0) continue;
          const articleKey = Number(info.lastInsertRowid);
          // a page stored undated before is dated now: its undated copy goes
          if (isDated(r.article.published)) st.deleteUndatedCopy.run(r.article.contentHash);
          st.insertExtraction.run(articleKey, r.article.schemaVersion, r.deflatedJson ?? deflateJson(r.article.extractionJson));
          if (st.layers) this.writeLayers(st.layers, articleKey, r.article.published, r);
          fresh.push({ key: articleKey, rows: r });
        }
        await this.indexCorpus(fresh);
        return { inserted: fresh.length, unchanged: rows.length - fresh.length };
      });
    } catch (err) {
      throw asItemError(err);
    }
  }

  /** Places new articles in the corpus, in key order, inside the caller's transaction. */
  private async indexCorpus(articles: Array<{ key: number; rows: ItemRows }>): Promise<void> {
    if (!this.hasCorpus) return;
    const port = new SqlCorpusPort(this.session);
    for (const a of articles) await indexArticle(port, a.key, a.rows.article.published, a.rows);
  }

  /**
   * Writes the layer rows of one article, table by table as the stages declare them (all, or the `only` ones); runs
   * inside the caller's transaction. Entities go to the registry first, so every entity column finds its key.
   */
  private writeLayers(st: LayerStatements, articleKey: number, published: string, r: ItemRows, only?: Set<string>): void {
    const keyOf = (id: string | null): number | null => {
      if (id === null) return null;
      return this.entityKeys.get(id) ?? (st.entityKey.get(id) as number | undefined) ?? null;
    };
    for (const e of r.tables[REGISTRY.name] ?? []) {
      const id = e.id as string;
      let key = keyOf(id);
      if (key === null) key = Number(st.insertEntity.run(st.registry.values(e, keyOf, articleKey, published)).lastInsertRowid);
      if (this.entityKeys.size >= ENTITY_CACHE_LIMIT) this.entityKeys.clear();
      this.entityKeys.set(id, key);
    }
    for (const t of st.tables) {
      if (only && !only.has(t.writer.spec.name)) continue;
      for (const row of r.tables[t.writer.spec.name] ?? []) t.insert.run(t.writer.values(row, keyOf, articleKey, published));
    }
  }

  /** Every corpus query (duplicates, stories, merged events, entities, timelines, exports) over this database. */
  corpus(): Corpus {
    if (!this.hasCorpus) throw new CorpusQueryError('this database has no corpus tables: open it with this Tidings version to migrate it');
    return new SqlCorpus(this.session);
  }

  /** Empties the layer and corpus tables and refills them from the stored extractions (after a migration changed them). */
  rederiveLayers(): Promise<void> {
    return this.exclusive(() => this.rederiveInTransaction());
  }

  private async rederiveInTransaction(): Promise<void> {
    const st = this.statements().layers;
    if (!st) return;
    const db = this.db;
    this.entityKeys.clear();
    if (this.hasCorpus) await new SqlCorpusPort(this.session).clear();
    // the tables that refer to others first
    for (const t of [...LAYER_TABLES].reverse()) db.exec(`DELETE FROM ${t.name}`);
    db.exec(`DELETE FROM ${REGISTRY.name}`);
    // page by key: SQLite forbids writing while a statement iterates the same connection
    const page = db.prepare(`SELECT a.key, a.id, a.published, a.title, a.url, a.source, a.lang, a.body, a.text, e.json
      FROM articles a JOIN extractions e ON e.article_key = a.key WHERE a.key > ? ORDER BY a.key LIMIT ${DEFAULT_SCAN_PAGE}`);
    for (let after = 0; ;) {
      const rows = page.all(after) as ArticleJoinRow[];
      if (!rows.length) break;
      const derived = rows.map((row) => ({ key: row.key, rows: itemRows(toItem(row)) }));
      for (const d of derived) this.writeLayers(st, d.key, d.rows.article.published, d.rows);
      await this.indexCorpus(derived);
      after = rows[rows.length - 1].key;
    }
  }

  /** Fills tables a migration just made from the stored extractions (their layers were stored before the tables were). */
  private async fillTables(tables: Set<string>): Promise<void> {
    const st = this.statements().layers;
    if (!st) return;
    const page = this.db.prepare(`SELECT a.key, a.id, a.published, a.title, a.url, a.source, a.lang, a.body, a.text, e.json
      FROM articles a JOIN extractions e ON e.article_key = a.key WHERE a.key > ? ORDER BY a.key LIMIT ${DEFAULT_SCAN_PAGE}`);
    for (let after = 0; ;) {
      const rows = page.all(after) as ArticleJoinRow[];
      if (!rows.length) break;
      for (const row of rows) this.writeLayers(st, row.key, row.published, itemRows(toItem(row)), tables);
      after = rows[rows.length - 1].key;
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.statements().hasArticle.get(id) !== undefined;
  }

  async existingIds(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    return new Set(this.statements().existingIds.all(JSON.stringify(ids)) as string[]);
  }

  async getArticle(id: string): Promise<StoreItem | null> {
    const row = this.statements().getArticle.get(id) as ArticleJoinRow | undefined;
    return row ? toItem(row) : null;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const q = query.trim();
    let match: string | null;
    let runs: string[] = [];
    if (options.syntax === 'fts') {
      // the shared parser refuses what PostgreSQL would, so both backends accept the same queries
      parseQuery(q);
      match = q;
    } else {
      const words = wordsQuery(q);
      if (!words.node && !words.runs.length) return [];
      match = words.node ? toFts5(words.node) : null;
      runs = words.runs;
    }
    const { open, close } = options.highlight ?? { open: '[', close: ']' };
    const where: string[] = [];
    if (match) where.push('articles_fts MATCH @q');
    // each run of a no-space script: its characters adjacent in the character index
    const cjk = runs.map((r) => `"${runPhrase(r)}"`).join(' AND ');
    if (cjk) where.push('a.key IN (SELECT rowid FROM articles_cjk WHERE articles_cjk MATCH @cjk)');
    const range = publishedRangeParams(options, where);
    const sql = match
      ? `SELECT a.id, a.title, a.published, a.url, a.source, a.text,
          snippet(articles_fts, -1, @open, @close, '…', ${SNIPPET_TOKENS}) AS snippet,
          -bm25(articles_fts, ${TITLE_WEIGHT}, 1) AS score
        FROM articles_fts JOIN articles a ON a.key = articles_fts.rowid
        WHERE ${where.join(' AND ')}
        ORDER BY bm25(articles_fts, ${TITLE_WEIGHT}, 1) LIMIT @limit OFFSET @offset`
      : `SELECT a.id, a.title, a.published, a.url, a.source, a.text, NULL AS snippet, -bm25(articles_cjk) AS score
        FROM articles_cjk JOIN articles a ON a.key = articles_cjk.rowid
        WHERE articles_cjk MATCH @cjk AND ${where.join(' AND ')}
        ORDER BY bm25(articles_cjk) LIMIT @limit OFFSET @offset`;
    try {
      const rows = this.db.prepare(sql).all({
        q: match, cjk: cjk || null, open, close, ...range,
        limit: options.limit ?? DEFAULT_SEARCH_LIMIT, offset: options.offset ?? 0,
      }) as Array<SearchHit & { text: string; snippet: string | null }>;
      return rows.map(({ text, snippet, ...hit }) => ({
        ...hit,
        // a snippet is one line of display text; a hit through the character index is cut around its first run
        snippet: snippet !== null && (!runs.length || snippet.includes(open)) ? snippet.replace(/\s+/g, ' ').trim() : runSnippet(`${hit.title ?? ''} ${text}`, runs, open, close),
      }));
    } catch (err) {
      const message = (err as Error).message;
      if (/fts5|no such column|unterminated|malformed MATCH/i.test(message)) {
        throw new StoreError('bad-query', `malformed search query ${JSON.stringify(q)}: ${message} (put phrases and words with punctuation in double quotes; operators are AND, OR, NOT, NEAR)`);
      }
      throw err;
    }
  }

  async *scan(options: ScanOptions = {}): AsyncIterable<StoreItem> {
    const where = ['a.key > @after'];
    const range = publishedRangeParams(options, where);
    const page = this.db.prepare(`SELECT a.key, a.id, a.published, a.title, a.url, a.source, a.lang, a.body, a.text, e.json
      FROM articles a JOIN extractions e ON e.article_key = a.key WHERE ${where.join(' AND ')} ORDER BY a.key LIMIT @limit`);
    let after = 0;
    if (options.afterId !== undefined) {
      const key = this.db.prepare('SELECT key FROM articles WHERE id = ?').pluck().get(options.afterId) as number | undefined;
      if (key === undefined) return;
      after = key;
    }
    for (;;) {
      // one page at a time, no statement left open between pages: writers are never blocked by a slow consumer
      const rows = page.all({ after, ...range, limit: options.pageSize ?? DEFAULT_SCAN_PAGE }) as ArticleJoinRow[];
      if (!rows.length) return;
      for (const row of rows) yield toItem(row);
      after = rows[rows.length - 1].key;
    }
  }

  async stats(): Promise<StoreStats> {
    const db = this.db;
    const count = (table: string): number =>
      this.statements().layers || table === 'articles' ? (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) : 0;
    const range = db.prepare(`SELECT min(published) AS first, max(published) AS last FROM articles WHERE published <> '${UNDATED}'`).get() as { first: string | null; last: string | null };
    const undated = db.prepare(`SELECT count(*) FROM articles WHERE published = '${UNDATED}'`).pluck().get() as number;
    const versions = db.prepare('SELECT schema_version AS v, count(*) AS n FROM extractions GROUP BY schema_version').all() as Array<{ v: number; n: number }>;
    const pageCount = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    return {
      articles: count('articles'),
      entities: count('entities'),
      mentions: count('entity_mentions'),
      quotes: count('quotes'),
      events: count('events'),
      places: count('places'),
      bytes: pageCount * pageSize,
      firstPublished: range.first,
      lastPublished: range.last,
      undated,
      storeVersion: db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number,
      extractionVersions: Object.fromEntries(versions.map((r) => [String(r.v), r.n])),
    };
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // fold the WAL back into the file so a closed database is one self-contained file
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // another connection holds the database; its own close will checkpoint
    }
    this.db.close();
  }
}

function prepareStatements(db: Db) {
  const hasLayers = hasTable(db, REGISTRY.name);
  return {
    deleteUndatedCopy: db.prepare(`DELETE FROM articles WHERE content_hash = ? AND published = '${UNDATED}'`),
    insertArticle: db.prepare(`INSERT INTO articles (id, published, title, url, source, lang, body, text, content_hash, tone, ingested_at)
      VALUES (@id, @published, @title, @url, @source, @lang, @body, @text, @contentHash, @tone, @ingestedAt)
      ON CONFLICT (id) DO NOTHING`),
    insertExtraction: db.prepare('INSERT INTO extractions (article_key, schema_version, json) VALUES (?, ?, ?)'),
    hasArticle: db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck(),
    existingIds: db.prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))').pluck(),
    getArticle: db.prepare(`SELECT a.key, a.id, a.published, a.title, a.url, a.source, a.lang, a.body, a.text, e.json
      FROM articles a JOIN extractions e ON e.article_key = a.key WHERE a.id = ?`),
    layers: hasLayers ? prepareLayerStatements(db) : null,
  };
}

/** The registry's look-up and insert, and the insert of each declared table the database has (tests build older ones). */
function prepareLayerStatements(db: Db) {
  const registry = tableWriter(REGISTRY, 'sqlite');
  const tables: Array<{ writer: TableWriter; insert: Database.Statement }> = [];
  for (const spec of LAYER_TABLES) {
    if (!hasTable(db, spec.name)) continue;
    const present = new Set((db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(spec.name) as string[]));
    const writer = tableWriter(spec, 'sqlite', present);
    tables.push({ writer, insert: db.prepare(sqliteInsertSql(writer)) });
  }
  return {
    registry,
    entityKey: db.prepare(`SELECT key FROM ${REGISTRY.name} WHERE id = ?`).pluck(),
    insertEntity: db.prepare(sqliteInsertSql(registry)),
    tables,
  };
}

type Statements = ReturnType<typeof prepareStatements>;

function hasTable(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
type LayerStatements = ReturnType<typeof prepareLayerStatements>;

/** Errors caused by the content of an item (a constraint, a value SQLite cannot bind) become StoreError "bad-item". */
function asItemError(err: unknown): unknown {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: unknown }).code;
  const aboutItem = (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) || err instanceof TypeError || err instanceof RangeError;
  return aboutItem ? new StoreError('bad-item', (err as Error).message) : err;
}

function toItem(row: ArticleJoinRow): StoreItem {
  const json = typeof row.json === 'string' ? row.json : inflateRawSync(row.json).toString('utf8');
  return { article: articleOfRow(row), extraction: rebuildExtraction(json, row.text) };
}

/** Adds the published-range conditions to `where` with named placeholders; returns the values to bind (null when unused). */
function publishedRangeParams(range: { from?: string; to?: string }, where: string[]): { from: string | null; to: string | null } {
  const values: { from: string | null; to: string | null } = { from: null, to: null };
  where.push(...publishedRange(range, (name, value) => {
    values[name] = value;
    return `@${name}`;
  }));
  return values;
}
