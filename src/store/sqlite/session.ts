import type Database from 'better-sqlite3';
import { SQLITE_DIALECT, type SqlSession } from '../sql.js';

/** Statements kept prepared per connection: the corpus uses a few dozen, each run many times. */
const STATEMENT_CACHE_LIMIT = 500;

/** SqlSession over a better-sqlite3 connection: synchronous underneath, so each call costs one microtask. */
export class SqliteSession implements SqlSession {
  readonly dialect = SQLITE_DIALECT;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear();
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  allSync<T>(sql: string, params: Record<string, unknown> = {}): T[] {
    return this.prepare(sql).all(bindable(params)) as T[];
  }

  async all<T>(sql: string, params?: Record<string, unknown>): Promise<T[]> {
    return this.allSync<T>(sql, params);
  }

  async get<T>(sql: string, params: Record<string, unknown> = {}): Promise<T | undefined> {
    return this.prepare(sql).get(bindable(params)) as T | undefined;
  }

  async run<T>(sql: string, params: Record<string, unknown> = {}): Promise<{ changes: number; rows: T[] }> {
    const st = this.prepare(sql);
    if (st.reader) {
      const rows = st.all(bindable(params)) as T[];
      return { changes: rows.length, rows };
    }
    return { changes: st.run(bindable(params)).changes, rows: [] };
  }
}

/** SQLite binds no booleans: true and false are stored as 1 and 0, as PostgreSQL's integer columns take them. */
function bindable(params: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'boolean') (out ??= { ...params })[k] = v ? 1 : 0;
  }
  return out ?? params;
}
