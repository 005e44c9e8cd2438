import type pg from 'pg';
import { positional, POSTGRES_DIALECT, type SqlSession } from '../sql.js';

/**
 * Statements by text, named once per process: PostgreSQL parses and plans a named statement once per connection, not
 * on every run (the corpus index runs a few dozen statements for every article). Bounded: texts built with inline
 * limits stay few.
 */
const NAMED = new Map<string, { name: string; text: string; names: string[] }>();
const NAMED_LIMIT = 2000;

/** SqlSession over one PostgreSQL client (inside a transaction) or a pool (reads). */
export class PgSession implements SqlSession {
  readonly dialect = POSTGRES_DIALECT;
  constructor(private readonly client: pg.Pool | pg.PoolClient) {}

  private async query<T extends pg.QueryResultRow>(sql: string, params: Record<string, unknown>): Promise<pg.QueryResult<T>> {
    let c = NAMED.get(sql);
    if (!c && NAMED.size < NAMED_LIMIT) {
      c = { name: `tidings_${NAMED.size}`, ...positional(sql) };
      NAMED.set(sql, c);
    }
    const { text, names } = c ?? positional(sql);
    const values = names.map((n) => {
      const v = params[n];
      if (v === undefined) throw new Error(`missing SQL parameter @${n}`);
      return typeof v === 'boolean' ? (v ? 1 : 0) : v;
    });
    return this.client.query<T>(c ? { name: c.name, text, values } : { text, values });
  }

  async all<T>(sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return (await this.query<T & pg.QueryResultRow>(sql, params)).rows;
  }

  async get<T>(sql: string, params: Record<string, unknown> = {}): Promise<T | undefined> {
    return (await this.query<T & pg.QueryResultRow>(sql, params)).rows[0];
  }

  async run<T>(sql: string, params: Record<string, unknown> = {}): Promise<{ changes: number; rows: T[] }> {
    const res = await this.query<T & pg.QueryResultRow>(sql, params);
    return { changes: res.rowCount ?? 0, rows: res.rows };
  }
}
