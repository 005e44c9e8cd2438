import pg from 'pg';
import { isDated, UNDATED, type Article } from '../../model/article.js';
import type { PreparedItem, PutResult, ScanOptions, SearchHit, SearchOptions, Store, StoreItem, StoreStats } from '../store.js';
import { StoreError } from '../errors.js';
import { normaliseName } from '../../model/names.js';
import { DEFAULT_SCAN_PAGE, flag, itemRows, publishedUpperBound, rowsOf, type ItemRows } from '../rows.js';
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
      hasLayers = (await client.query("SELECT to_regclass('events') IS NOT NULL AS yes")).rows[0].yes === true;
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
    for (const m of migrations) {
      if (m.version <= applied) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      rederive ||= m.rederiveLayers ?? false;
    }
    // in the same transaction: a crash never leaves a migrated database with stale layers
    if (rederive && applied > 0) {
      const withCorpus = (await client.query("SELECT to_regclass('entity_merges') IS NOT NULL AS yes")).rows[0].yes === true;
      await rederiveLayers(client, withCorpus);
    }
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

interface ArticleJoinRow {
  key: string;
  id: string;
  published: string;
  title: string | null;
  url: string | null;
  source: string | null;
  lang: string;
  body: string;
  text: string;
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
    if (options.from || options.to) where.push(`a.published <> '${UNDATED}'`);
    if (options.from) {
      params.push(options.from);
      where.push(`a.published >= $${params.length}`);
    }
    if (options.to) {
      const to = publishedUpperBound(options.to);
      params.push(to.value);
      where.push(`a.published ${to.inclusive ? '<=' : '<'} $${params.length}`);
    }
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
    if (options.from || options.to) where.push(`a.published <> '${UNDATED}'`);
    if (options.from) {
      params.push(options.from);
      where.push(`a.published >= $${params.length}`);
    }
    if (options.to) {
      const to = publishedUpperBound(options.to);
      params.push(to.value);
      where.push(`a.published ${to.inclusive ? '<=' : '<'} $${params.length}`);
    }
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

/** Writes the layer rows of newly inserted articles, one statement per table for the whole batch. */
async function writeLayers(client: pg.PoolClient, rows: ItemRows[], articleKeys: Map<string, number>): Promise<void> {
  if (!rows.length) return;
  const entities = new Map<string, ItemRows['entities'][number]>();
  for (const r of rows) for (const e of r.entities) if (!entities.has(e.id)) entities.set(e.id, e);
  const ents = [...entities.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  const entityKey = new Map<string, number>();
  if (ents.length) {
    await client.query(
      `INSERT INTO entities (id, name, type, country, place_kind)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) ON CONFLICT (id) DO NOTHING`,
      [ents.map((e) => e.id), ents.map((e) => e.name), ents.map((e) => e.type), ents.map((e) => e.country), ents.map((e) => e.placeKind)],
    );
  }
  // actors and speakers may name entities of other articles: look every referenced id up
  const referenced = new Set<string>(entities.keys());
  for (const r of rows) {
    for (const q of r.quotes) if (q.speakerId) referenced.add(q.speakerId);
    for (const ev of r.events) {
      if (ev.sourceId) referenced.add(ev.sourceId);
      if (ev.targetId) referenced.add(ev.targetId);
    }
    for (const p of r.places) if (p.entityId) referenced.add(p.entityId);
  }
  if (referenced.size) {
    const res = await client.query<{ key: string; id: string }>('SELECT key, id FROM entities WHERE id = ANY($1::text[])', [[...referenced]]);
    for (const row of res.rows) entityKey.set(row.id, Number(row.key));
  }
  const keyOf = (id: string | null) => (id === null ? null : entityKey.get(id) ?? null);

  const names = new Map<string, [string, number, string]>();
  for (const r of rows) {
    for (const n of r.names) {
      const norm = normaliseName(n.name);
      const key = keyOf(n.entityId)!;
      names.set(`${norm}\u0000${key}`, [norm, key, n.name]);
    }
  }
  const nameRows = [...names.values()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
  if (nameRows.length) {
    await client.query(
      `INSERT INTO entity_names (name_norm, entity_key, name) SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[]) ON CONFLICT DO NOTHING`,
      [nameRows.map((n) => n[0]), nameRows.map((n) => n[1]), nameRows.map((n) => n[2])],
    );
  }

  const col = <T, V>(list: T[], f: (x: T) => V) => list.map(f);
  const mentions = rows.flatMap((r) => r.mentions.map((m) => ({ ...m, articleKey: articleKeys.get(r.article.id)!, published: r.article.published })));
  if (mentions.length) {
    await client.query(
      `INSERT INTO entity_mentions (entity_key, published, article_key, count, roles, first_start, confidence)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::int[], $5::text[], $6::int[], $7::float8[]) ON CONFLICT DO NOTHING`,
      [col(mentions, (m) => keyOf(m.entityId)), col(mentions, (m) => m.published), col(mentions, (m) => m.articleKey), col(mentions, (m) => m.count),
        col(mentions, (m) => m.roles), col(mentions, (m) => m.firstStart), col(mentions, (m) => m.confidence)],
    );
  }
  const quotes = rows.flatMap((r) => r.quotes.map((q) => ({ ...q, articleKey: articleKeys.get(r.article.id)!, published: r.article.published })));
  if (quotes.length) {
    await client.query(
      `INSERT INTO quotes (article_key, quote_id, speaker_key, speaker_text, text, kind, start_offset, end_offset, confidence, published)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::float8[], $10::text[])
       ON CONFLICT DO NOTHING`,
      [col(quotes, (q) => q.articleKey), col(quotes, (q) => q.quoteId), col(quotes, (q) => keyOf(q.speakerId)), col(quotes, (q) => q.speakerText),
        col(quotes, (q) => q.text), col(quotes, (q) => q.kind), col(quotes, (q) => q.start), col(quotes, (q) => q.end),
        col(quotes, (q) => q.confidence), col(quotes, (q) => q.published)],
    );
  }
  const events = rows.flatMap((r) => r.events.map((e) => ({ ...e, articleKey: articleKeys.get(r.article.id)!, published: r.article.published })));
  if (events.length) {
    await client.query(
      `INSERT INTO events (article_key, event_id, type, mode, cameo, quad_class, intensity,
         source_key, source_name, source_code, source_country, target_key, target_name, target_code, target_country,
         date_value, date_begin, date_end, precision, place_name, place_country, lat, lon, modality, confidence, tone,
         evidence_start, evidence_end, published, is_symmetric, place_from_focus)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::float8[],
         $8::bigint[], $9::text[], $10::text[], $11::text[], $12::bigint[], $13::text[], $14::text[], $15::text[],
         $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[], $22::float8[], $23::float8[],
         $24::text[], $25::float8[], $26::float8[], $27::int[], $28::int[], $29::text[], $30::boolean[], $31::int[])
       ON CONFLICT DO NOTHING`,
      [col(events, (e) => e.articleKey), col(events, (e) => e.eventId), col(events, (e) => e.type), col(events, (e) => e.mode),
        col(events, (e) => e.cameo), col(events, (e) => e.quadClass), col(events, (e) => e.intensity),
        col(events, (e) => keyOf(e.sourceId)), col(events, (e) => e.sourceName), col(events, (e) => e.sourceCode), col(events, (e) => e.sourceCountry),
        col(events, (e) => keyOf(e.targetId)), col(events, (e) => e.targetName), col(events, (e) => e.targetCode), col(events, (e) => e.targetCountry),
        col(events, (e) => e.dateValue), col(events, (e) => e.dateBegin), col(events, (e) => e.dateEnd), col(events, (e) => e.precision),
        col(events, (e) => e.placeName), col(events, (e) => e.placeCountry), col(events, (e) => e.lat), col(events, (e) => e.lon),
        col(events, (e) => e.modality), col(events, (e) => e.confidence), col(events, (e) => e.tone),
        col(events, (e) => e.evidenceStart), col(events, (e) => e.evidenceEnd), col(events, (e) => e.published),
        col(events, (e) => e.symmetric), col(events, (e) => flag(e.placeFromFocus))],
    );
  }
  const places = rows.flatMap((r) => r.places.map((p) => ({ ...p, articleKey: articleKeys.get(r.article.id)!, published: r.article.published })));
  if (places.length) {
    await client.query(
      `INSERT INTO places (article_key, name, kind, country, lat, lon, gazetteer_id, entity_key, start_offset, end_offset, confidence, published)
       SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::text[], $8::bigint[],
         $9::int[], $10::int[], $11::float8[], $12::text[])`,
      [col(places, (p) => p.articleKey), col(places, (p) => p.name), col(places, (p) => p.kind), col(places, (p) => p.country),
        col(places, (p) => p.lat), col(places, (p) => p.lon), col(places, (p) => p.gazetteerId), col(places, (p) => keyOf(p.entityId)),
        col(places, (p) => p.start), col(places, (p) => p.end), col(places, (p) => p.confidence), col(places, (p) => p.published)],
    );
  }
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
  await client.query(`TRUNCATE ${[...(withCorpus ? CORPUS_TABLES : []), 'places', 'events', 'quotes', 'entity_mentions', 'entity_names', 'entities'].join(', ')}`);
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
    await writeLayers(client, rows, keys);
    if (withCorpus) await indexCorpus(client, rows.map((r) => ({ key: keys.get(r.article.id)!, rows: r })));
    after = Number(res.rows[res.rows.length - 1].key);
  }
}

/** A ts_headline option value goes between double quotes: double any quote inside. */
function quoteOption(value: string): string {
  return value.replace(/"/g, '""');
}

function toItem(row: ArticleJoinRow): StoreItem {
  const article: Article = { id: row.id, published: row.published, body: row.body, lang: row.lang };
  if (row.url !== null) article.url = row.url;
  if (row.source !== null) article.source = row.source;
  if (row.title !== null) article.title = row.title;
  const { schemaVersion, article: meta, ...rest } = row.json as Record<string, unknown>;
  return { article, extraction: { schemaVersion, article: meta, text: row.text, ...rest } as StoreItem['extraction'] };
}

/**
 * A lone surrogate made U+FFFD, as the driver's UTF-8 encoding of a text parameter does: inside a JSON document it
 * would be an escape the server refuses. (String.prototype.toWellFormed is in Node 20 but not in TypeScript's ES2023.)
 */
function wellFormed(s: string): string {
  return (s as string & { toWellFormed(): string }).toWellFormed();
}
