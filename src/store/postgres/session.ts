import type pg from 'pg';
import { positional, POSTGRES_DIALECT, type SqlSession } from '../sql.js';

/** Converted statements kept per session: the corpus uses a few dozen, each run many times. */
const CONVERTED_LIMIT = 500;

/** SqlSession over one PostgreSQL client (inside a transaction) or a pool (reads). */
export class PgSession implements SqlSession {
  readonly dialect = POSTGRES_DIALECT;
  private readonly converted = new Map<string, { text: string; names: string[] }>();

  constructor(private readonly client: pg.Pool | pg.PoolClient) {}

  private async query<T extends pg.QueryResultRow>(sql: string, params: Record<string, unknown>): Promise<pg.QueryResult<T>> {
    let c = this.converted.get(sql);
    if (!c) {
      if (this.converted.size >= CONVERTED_LIMIT) this.converted.clear();
      c = positional(sql);
      this.converted.set(sql, c);
    }
    return this.client.query<T>(c.text, c.names.map((n) => {
      const v = params[n];
      if (v === undefined) throw new Error(`missing SQL parameter @${n}`);
      return typeof v === 'boolean' ? (v ? 1 : 0) : v;
    }));
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
