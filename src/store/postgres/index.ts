import pg from 'pg';
import { isDated, UNDATED } from '../../model/article.js';
import type { PreparedItem, PutResult, ScanOptions, SearchHit, SearchOptions, Store, StoreItem, StoreStats } from '../store.js';
import { StoreError } from '../errors.js';
import { DEFAULT_SCAN_PAGE, articleOfRow, itemRows, publishedRange, rowsOf, type ItemRows, type StoredArticleColumns } from '../rows.js';
import { LAYER_TABLES, REGISTRY, postgresInsertSql, tableWriter, type TableWriter } from '../schema.js';
import { storedColumns } from '../../pipeline/table.js';
import { parseQuery, runSnippet, toTsquery, wordsQuery } from '../query.js';
import { runPhrase } from '../ngrams.js';
import { PG_MIGRATIONS, type PgMigration } from './migrations.js';
import { displayLocation } from '../location.js';
import { PgSession } from './session.js';
import { CORPUS_TABLES, SqlCorpusPort } from '../corpus/port.js';
import { SqlCorpus } from '../corpus/reader.js';
import { indexArticle } from '../../corpus/indexer.js';
import { CorpusQueryError, type Corpus } from '../../corpus/queries.js';

export interface PostgresStoreOptions {
  migrations?: PgMigration[];
  /** connections in the pool; one ingest process writes from one place, so a few suffice */
  poolSize?: number;
  /** how long an operation keeps retrying while the server is unreachable or restarting (ms, default 60 s) */
  reconnectWithinMs?: number;
  /** shown in pg_stat_activity (default "tidings") */
  applicationName?: string;
  /** drop the schema first, with every table in it (benchmarks) */
  replace?: boolean;
}

/** A handful of connections: one writer plus concurrent readers (search, stats) in a server process. */
const DEFAULT_POOL_SIZE = 4;
/** Any fixed number: the advisory lock that lets only one process migrate a database at a time. */
const MIGRATION_LOCK_ID = 7_147_001;
/**
 * Any fixed number: the advisory lock every write transaction takes first. Workers analyse in parallel and write one
 * at a time, so each article is placed in the corpus (duplicate group, merged events, story) seeing every article
 * committed before it, as a single SQLite ingest does; taken before any row is written, it cannot deadlock.
 */
const WRITE_LOCK_ID = 7_147_002;
/** 64-bit integers (counts, keys) and numerics (rounded averages) read as numbers: they stay far below 2^53. */
const NUMBER_TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === 20 || oid === 1700 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};
/** Articles re-derived per round trip when a migration refills the layer tables. */
const REDERIVE_CHUNK = 500;
const DEFAULT_SEARCH_LIMIT = 20;
/** Long enough for a PostgreSQL restart or a fail-over; a worker that waits longer should fail and be retried. */
const DEFAULT_RECONNECT_WITHIN_MS = 60_000;
/** First wait before retrying a lost connection, doubled each time up to the maximum. */
const RECONNECT_FIRST_WAIT_MS = 100;
const RECONNECT_MAX_WAIT_MS = 2_000;
/** Words in a snippet: about one sentence, as the SQLite backend's. */
const SNIPPET_WORDS = 16;

/**
 * Opens a PostgreSQL store from a `postgres://user:pass@host:port/db[?schema=name]` URL; `schema` (default public)
 * lets several Tidings databases share one PostgreSQL database. Applies missing migrations under an advisory lock.
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? 'public';
  parsed.searchParams.delete('schema');
  if (!/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new StoreError('cannot-open', `schema name "${schema}" must be letters, digits and underscores`);
  const shown = displayLocation(url);
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    // every connection works in the store's schema
    options: `-c search_path=${schema}`,
    application_name: options.applicationName ?? 'tidings',
    types: NUMBER_TYPES,
  });
  // a connection the server drops must not crash the process: the query on it fails (and is retried), the
  // pool replaces it; without these listeners node would throw the socket's 'error' event
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  let hasLayers = false;
  let hasCorpus = false;
  try {
    const client = await pool.connect().catch((err: Error) => {
      throw new StoreError('cannot-open', `cannot connect to ${shown}: ${err.message}`);
    });
    try {
      if (options.replace) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await migrate(client, options.migrations ?? PG_MIGRATIONS, shown, schema);
      hasLayers = (await client.query('SELECT to_regclass($1) IS NOT NULL AS yes', [REGISTRY.name])).rows[0].yes === true;
      hasCorpus = (await client.query("SELECT to_regclass('entity_merges') IS NOT NULL AS yes")).rows[0].yes === true;
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end();
    throw err;
  }
  return new PostgresStore(pool, shown, hasLayers, options.reconnectWithinMs ?? DEFAULT_RECONNECT_WITHIN_MS, hasCorpus);
}


async function migrate(client: pg.PoolClient, migrations: PgMigration[], shown: string, schema: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_ID]);
    const tables = (await client.query<{ name: string }>('SELECT tablename AS name FROM pg_tables WHERE schemaname = $1', [schema])).rows.map((r) => r.name);
    if (!tables.includes('schema_migrations') && tables.length) {
      throw new StoreError('not-a-database', `${shown} is not a Tidings database: schema ${schema} holds other tables (${tables.slice(0, 3).join(', ')}) (left untouched)`);
    }
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
    const applied = Number((await client.query('SELECT coalesce(max(version), 0) AS v FROM schema_migrations')).rows[0].v);
    const known = migrations.length ? migrations[migrations.length - 1].version : 0;
    if (applied > known) {
      throw new StoreError('newer-schema', `${shown} was written by a newer Tidings (store version ${applied}; this one knows up to ${known}): upgrade Tidings to open it`);
    }
    let rederive = false;
    const fill = new Set<string>();
    for (const m of migrations) {
      if (m.version <= applied) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      rederive ||= m.rederiveLayers ?? false;
      for (const t of m.fillTables ?? []) fill.add(t);
    }
    // in the same transaction: a crash never leaves a migrated database with stale layers; a refill of every layer
    // fills the new tables too
    if (rederive && applied > 0) {
      const withCorpus = (await client.query("SELECT to_regclass('entity_merges') IS NOT NULL AS yes")).rows[0].yes === true;
      await rederiveLayers(client, withCorpus);
    } else if (fill.size && applied > 0) await refill(client, fill);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

/** SQLSTATE codes and socket errors that mean the connection was lost, not that the operation was wrong. */
function isConnectionLoss(err: unknown): boolean {
  if (!err) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    // 08: connection exception; 57P01-03: admin shutdown, crash shutdown, cannot connect now (starting up)
    if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) return true;
  }
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test((err as Error)?.message ?? '');
}

/** Error codes (SQLSTATE classes 22 and 23) caused by the content of an item rather than by the database. */
function asItemError(err: unknown): unknown {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: unknown }).code;
  const aboutItem = (typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'))) || err instanceof TypeError;
  return aboutItem ? new StoreError('bad-item', (err as Error).message) : err;
}

interface ArticleJoinRow extends StoredArticleColumns {
  key: string;
  json: Record<string, unknown>;
}

export class PostgresStore implements Store {
  readonly kind = 'postgres';

  /** @param hasLayers false only for a database held at an old migration (tests build those) */
  constructor(
    readonly pool: pg.Pool,
    readonly url: string,
    private readonly hasLayers = true,
    private readonly reconnectWithinMs = DEFAULT_RECONNECT_WITHIN_MS,
    private readonly hasCorpus = true,
  ) {}

  /** Every corpus query (duplicates, stories, merged events, entities, timelines, exports) over this database. */
  corpus(): Corpus {
    if (!this.hasCorpus) throw new CorpusQueryError('this database has no corpus tables: open it with this Tidings version to migrate it');
    return new SqlCorpus(new PgSession(this.pool));
  }

  /**
   * Runs `operation`, and again after a lost connection (server restarted, connection killed) until it succeeds
   * or `reconnectWithinMs` passes. Safe because every operation is a read or one idempotent transaction.
   */
  private async retrying<T>(operation: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.reconnectWithinMs;
    let wait = RECONNECT_FIRST_WAIT_MS;
    for (;;) {
      try {
        return await operation();
      } catch (err) {
        if (!isConnectionLoss(err) || Date.now() + wait > deadline) throw err;
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(wait * 2, RECONNECT_MAX_WAIT_MS);
      }
    }
  }

  private query<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>> {
    return this.retrying(() => this.pool.query<R>(sql, params));
  }

  async putBatch(items: Array<StoreItem | PreparedItem>): Promise<PutResult> {
    let rows: ItemRows[];
    try {
      rows = items.map(rowsOf);
    } catch (err) {
      throw asItemError(err);
    }
    // the first copy of an id wins; later copies in the same batch are unchanged
    const unique = new Map<string, ItemRows>();
    for (const r of rows) if (!unique.has(r.article.id)) unique.set(r.article.id, r);
    // rows locked in id order by every writer: two workers writing overlapping batches cannot deadlock
    const ordered = [...unique.values()].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
    return this.retrying(async () => {
      const client = await this.pool.connect();
      let failure: unknown;
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK_ID]);
        const inserted = await this.writeArticles(client, ordered);
        const fresh = ordered.filter((r) => inserted.has(r.article.id));
        if (this.hasLayers) await writeLayers(client, fresh, inserted);
        if (this.hasCorpus) await indexCorpus(client, fresh.map((r) => ({ key: inserted.get(r.article.id)!, rows: r })));
        await client.query('COMMIT');
        return { inserted: inserted.size, unchanged: items.length - inserted.size };
      } catch (err) {
        failure = err;
        await client.query('ROLLBACK').catch(() => {});
        throw asItemError(err);
      } finally {
        // a lost connection is destroyed, not given back to the pool for reuse
        client.release(isConnectionLoss(failure) ? (failure as Error) : undefined);
      }
    });
  }

  /** Inserts the articles that are new, returning id -> key of those inserted. */
  private async writeArticles(client: pg.PoolClient, rows: ItemRows[]): Promise<Map<string, number>> {
    const a = rows.map((r) => r.article);
    // long texts travel as one JSON document (serialised natively) rather than as text arrays the driver escapes
    const res = await client.query<{ key: string; id: string }>(
      `INSERT INTO articles (id, published, title, url, source, lang, body, text, content_hash, tone)
       SELECT id, published, title, url, source, lang, body, text, content_hash, tone FROM json_to_recordset($1::json)
         AS t (id text, published text, title text, url text, source text, lang text, body text, text text, content_hash text, tone float8)
       ON CONFLICT (id) DO NOTHING RETURNING key, id`,
      [JSON.stringify(a.map((x) => ({ id: x.id, published: x.published, title: x.title === null ? null : wellFormed(x.title), url: x.url, source: x.source, lang: x.lang, body: wellFormed(x.body), text: wellFormed(x.text), content_hash: x.contentHash, tone: x.tone })))],
    );
    const keys = new Map(res.rows.map((r) => [r.id, Number(r.key)]));
    const fresh = a.filter((x) => keys.has(x.id));
    // pages stored undated before and dated now: their undated copies go
    const dated = fresh.filter((x) => isDated(x.published)).map((x) => x.contentHash);
    if (dated.length) await client.query(`DELETE FROM articles WHERE published = '${UNDATED}' AND content_hash = ANY($1::text[])`, [dated]);
    if (fresh.length) {
      // each extraction is already JSON: spliced in as it is, parsed once by the server
      const doc = `[${fresh.map((x) => `{"k":${keys.get(x.id)},"v":${Number(x.schemaVersion)},"j":${x.extractionJson}}`).join(',')}]`;
      await client.query(
        `INSERT INTO extractions (article_key, schema_version, json)
         SELECT (e->>'k')::bigint, (e->>'v')::int, e->'j' FROM jsonb_array_elements($1::jsonb) AS e`,
        [doc],
      );
    }
    return keys;
  }

  /** Empties the layer tables and refills them from the stored extractions. */
  async rederiveLayers(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK_ID]);
      await rederiveLayers(client, this.hasCorpus);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.query('SELECT 1 FROM articles WHERE id = $1', [id])).rowCount! > 0;
  }

  async existingIds(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const res = await this.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1::text[])', [ids]);
    return new Set(res.rows.map((r) => r.id));
  }

  async getArticle(id: string): Promise<StoreItem | null> {
    const res = await this.query<ArticleJoinRow>(
      `SELECT a.key, a.id, a.published, a.title, a.url, a.source, a.lang, a.body, a.text, e.json
       FROM articles a JOIN extractions e ON e.article_key = a.key WHERE a.id = $1`,
      [id],
    );
    return res.rows.length ? toItem(res.rows[0]) : null;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    let tsquery: string | null = null;
    let chunks: string[] = [];
    let runs: string[] = [];
    if (options.syntax === 'fts') tsquery = toTsquery(parseQuery(query.trim()));
    else {
      const words = wordsQuery(query.trim());
      if (!words.node && !words.runs.length) return [];
      // each chunk read by PostgreSQL's own parser, as the index was ("U.S." is one token there)
      chunks = words.chunks;
      runs = words.runs;
    }
    const { open, close } = options.highlight ?? { open: '[', close: ']' };
    const params: unknown[] = [options.limit ?? DEFAULT_SEARCH_LIMIT, options.offset ?? 0];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const queries = tsquery ? [`to_tsquery('english', ${param(tsquery)})`] : chunks.map((c) => `phraseto_tsquery('english', ${param(c)})`);
    const hasWords = queries.length > 0;
    // with runs alone, no word query: the snippet comes from the runs (below)
    const queryExpr = hasWords ? queries.join(' && ') : `''::tsquery`;
    const where: string[] = [];
    if (tsquery) where.push('a.tsv @@ q.query');
    else if (hasWords) {
      // words that are all stop words to PostgreSQL ("AT&T" is "at" and "t") leave an empty query: then the words
      // are looked for as typed (a scan, only for such queries)
      where.push(`((numnode(q.query) > 0 AND a.tsv @@ q.query) OR (numnode(q.query) = 0 AND strpos(lower(coalesce(a.title, '') || ' ' || a.text), lower(${param(chunks.join(' '))})) > 0))`);
    }
    // each run of a no-space script: its characters adjacent in the character index
    for (const run of runs) {
      params.push(runPhrase(run));
      where.push(`a.cjk_tsv @@ phraseto_tsquery('simple', $${params.length})`);
    }
    const score = hasWords ? 'ts_rank_cd(a.tsv, q.query)' : `ts_rank_cd(a.cjk_tsv, phraseto_tsquery('simple', $${params.length}))`;
    where.push(...publishedRange(options, (_, value) => `$${params.push(value)}`));
    const headline = (column: string) =>
      `ts_headline('english', ${column}, q.query, 'StartSel="${quoteOption(open)}", StopSel="${quoteOption(close)}", MaxWords=${SNIPPET_WORDS}, MinWords=${Math.round(SNIPPET_WORDS / 2)}, MaxFragments=1, FragmentDelimiter="…"')`;
    const sql = `
      WITH q AS (SELECT ${queryExpr} AS query),
      hits AS (
        SELECT a.key, a.id, a.title, a.published, a.url, a.source, a.text, ${score} AS score
        FROM articles a, q WHERE ${where.join(' AND ')}
        ORDER BY score DESC, a.key LIMIT $1 OFFSET $2
      )
      SELECT h.id, h.title, h.published, h.url, h.source, h.score, ${runs.length ? 'h.text' : 'NULL AS text'},
             ${headline('h.text')} AS text_snippet, ${headline("coalesce(h.title, '')")} AS title_snippet
      FROM hits h, q ORDER BY h.score DESC, h.key`;
    let res;
    try {
      res = await this.query<{ id: string; title: string | null; published: string; url: string | null; source: string | null; score: number; text: string | null; text_snippet: string; title_snippet: string }>(sql, params);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === '42601' || code === '22023') throw new StoreError('bad-query', `malformed search query ${JSON.stringify(query)}: ${(err as Error).message}`);
      throw err;
    }
    return res.rows.map((r) => {
      // the text passage, or the title when only it matched (as SQLite's snippet picks the best column)
      let snippet = (r.text_snippet.includes(open) || !r.title_snippet.includes(open) ? r.text_snippet : r.title_snippet).replace(/\s+/g, ' ').trim();
      // a hit through the character index alone: cut around its first run
      if (runs.length && !snippet.includes(open)) snippet = runSnippet(`${r.title ?? ''} ${r.text ?? ''}`, runs, open, close);
      return { id: r.id, title: r.title, published: r.published, url: r.url, source: r.source, snippet, score: Number(r.score) };
    });
  }

  async *scan(options: ScanOptions = {}): AsyncIterable<StoreItem> {
    const params: unknown[] = [0, options.pageSize ?? DEFAULT_SCAN_PAGE];
    const where = ['a.key > $1'];
    where.push(...publishedRange(options, (_, value) => `$${params.push(value)}`));
    const sql = `SELECT a.key, a.id, a.published, a.title, a.url, a.source, a.lang, a.body, a.text, e.json
      FROM articles a JOIN extractions e ON e.article_key = a.key WHERE ${where.join(' AND ')} ORDER BY a.key LIMIT $2`;
    if (options.afterId !== undefined) {
      const found = await this.query<{ key: string | number }>('SELECT key FROM articles WHERE id = $1', [options.afterId]);
      if (!found.rows.length) return;
      params[0] = found.rows[0].key;
    }
    for (;;) {
      const res = await this.query<ArticleJoinRow>(sql, params);
      if (!res.rows.length) return;
      for (const row of res.rows) yield toItem(row);
      params[0] = res.rows[res.rows.length - 1].key;
    }
  }

  async stats(): Promise<StoreStats> {
    const res = await this.query(`SELECT
        (SELECT count(*) FROM articles) AS articles,
        (SELECT count(*) FROM entities) AS entities,
        (SELECT count(*) FROM entity_mentions) AS mentions,
        (SELECT count(*) FROM quotes) AS quotes,
        (SELECT count(*) FROM events) AS events,
        (SELECT count(*) FROM places) AS places,
        (SELECT min(published) FROM articles WHERE published <> '${UNDATED}') AS first,
        (SELECT max(published) FROM articles WHERE published <> '${UNDATED}') AS last,
        (SELECT count(*) FROM articles WHERE published = '${UNDATED}') AS undated,
        (SELECT max(version) FROM schema_migrations) AS version,
        (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = current_schema() AND c.relkind = 'r') AS bytes`);
    const r = res.rows[0];
    const versions = await this.query('SELECT schema_version AS v, count(*) AS n FROM extractions GROUP BY schema_version');
    return {
      articles: Number(r.articles),
      entities: Number(r.entities),
      mentions: Number(r.mentions),
      quotes: Number(r.quotes),
      events: Number(r.events),
      places: Number(r.places),
      bytes: Number(r.bytes),
      firstPublished: r.first,
      lastPublished: r.last,
      undated: Number(r.undated),
      storeVersion: Number(r.version),
      extractionVersions: Object.fromEntries(versions.rows.map((v) => [String(v.v), Number(v.n)])),
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Writers of the registry and of every declared table, in the order rows are written. */
const REGISTRY_WRITER = tableWriter(REGISTRY, 'postgres');
const LAYER_WRITERS = LAYER_TABLES.map((spec) => {
  const writer = tableWriter(spec, 'postgres');
  return { writer, sql: postgresInsertSql(writer) };
});
const REGISTRY_SQL = postgresInsertSql(REGISTRY_WRITER);
const ENTITY_COLUMNS = new Map(LAYER_TABLES.map((spec) => [spec.name, storedColumns(spec).filter((c) => c.type === 'entity').map((c) => c.field!)]));

/**
 * Writes the layer rows of newly inserted articles, one statement per declared table for the whole batch (all tables,
 * or the `only` ones): the entity registry first, then each table with its entity ids given as keys.
 */
async function writeLayers(client: pg.PoolClient, rows: ItemRows[], articleKeys: Map<string, number>, only?: Set<string>): Promise<void> {
  if (!rows.length) return;
  const entities = new Map<string, Record<string, unknown>>();
  for (const r of rows) for (const e of r.tables[REGISTRY.name] ?? []) if (!entities.has(e.id as string)) entities.set(e.id as string, e);
  if (entities.size) await insertRows(client, REGISTRY_WRITER, REGISTRY_SQL, [...entities.values()].map((e) => REGISTRY_WRITER.values(e, () => null, 0, '')));
  // speakers, actors and places may name entities of other articles: look every referenced id up
  const referenced = new Set<string>(entities.keys());
  for (const r of rows) {
    for (const [table, fields] of ENTITY_COLUMNS) {
      for (const row of r.tables[table] ?? []) for (const f of fields) if (row[f] !== null) referenced.add(row[f] as string);
    }
  }
  const entityKey = new Map<string, number>();
  if (referenced.size) {
    const res = await client.query<{ key: string; id: string }>(`SELECT key, id FROM ${REGISTRY.name} WHERE id = ANY($1::text[])`, [[...referenced]]);
    for (const row of res.rows) entityKey.set(row.id, Number(row.key));
  }
  const keyOf = (id: string | null) => (id === null ? null : entityKey.get(id) ?? null);
  for (const { writer, sql } of LAYER_WRITERS) {
    if (only && !only.has(writer.spec.name)) continue;
    const values: unknown[][] = [];
    for (const r of rows) {
      const articleKey = articleKeys.get(r.article.id)!;
      for (const row of r.tables[writer.spec.name] ?? []) values.push(writer.values(row, keyOf, articleKey, r.article.published));
    }
    await insertRows(client, writer, sql, values);
  }
}

/** Inserts rows (each its values in column order) with one statement: a parameter array per column. */
async function insertRows(client: pg.PoolClient, writer: TableWriter, sql: string, rows: unknown[][]): Promise<void> {
  if (!rows.length) return;
  await client.query(sql, writer.columns.map((_, i) => rows.map((r) => r[i])));
}

/** Places new articles in the corpus one at a time in key order, inside the caller's transaction. */
async function indexCorpus(client: pg.PoolClient, articles: Array<{ key: number; rows: ItemRows }>): Promise<void> {
  if (!articles.length) return;
  const port = new SqlCorpusPort(new PgSession(client));
  for (const a of [...articles].sort((x, y) => x.key - y.key)) await indexArticle(port, a.key, a.rows.article.published, a.rows);
}

/** Empties the layer (and corpus) tables and refills them from the stored extractions, inside the caller's transaction. */
async function rederiveLayers(client: pg.PoolClient, withCorpus: boolean): Promise<void> {
  // one statement: the corpus tables refer to the layer tables
  await client.query(`TRUNCATE ${[...(withCorpus ? CORPUS_TABLES : []), ...LAYER_TABLES.map((t) => t.name), REGISTRY.name].join(', ')}`);
  await refill(client, null, withCorpus);
}

/** Writes the layer rows of every stored article (into all tables, or the `only` ones, which a migration just made). */
async function refill(client: pg.PoolClient, only: Set<string> | null, withCorpus = false): Promise<void> {
  let after = 0;
  for (;;) {
    const res = await client.query<ArticleJoinRow>(
      `SELECT a.key, a.id, a.published, a.title, a.url, a.source, a.lang, a.body, a.text, e.json
       FROM articles a JOIN extractions e ON e.article_key = a.key WHERE a.key > $1 ORDER BY a.key LIMIT $2`,
      [after, REDERIVE_CHUNK],
    );
    if (!res.rows.length) break;
    const rows = res.rows.map((r) => itemRows(toItem(r)));
    const keys = new Map(res.rows.map((r) => [r.id, Number(r.key)]));
    await writeLayers(client, rows, keys, only ?? undefined);
    if (withCorpus) await indexCorpus(client, rows.map((r) => ({ key: keys.get(r.article.id)!, rows: r })));
    after = Number(res.rows[res.rows.length - 1].key);
  }
}

/** A ts_headline option value goes between double quotes: double any quote inside. */
function quoteOption(value: string): string {
  return value.replace(/"/g, '""');
}

function toItem(row: ArticleJoinRow): StoreItem {
  const { schemaVersion, article: meta, ...rest } = row.json as Record<string, unknown>;
  return { article: articleOfRow(row), extraction: { schemaVersion, article: meta, text: row.text, ...rest } as StoreItem['extraction'] };
}

/**
 * A lone surrogate made U+FFFD, as the driver's UTF-8 encoding of a text parameter does: inside a JSON document it
 * would be an escape the server refuses. (String.prototype.toWellFormed is in Node 20 but not in TypeScript's ES2023.)
 */
function wellFormed(s: string): string {
  return (s as string & { toWellFormed(): string }).toWellFormed();
}
