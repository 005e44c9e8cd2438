/**
 * One SQL session over either backend, so that the corpus's SQL is written once: statements use named parameters
 * (`@name`), and the few spellings the two dialects do not share come from `Dialect`. Values cross as numbers, strings,
 * Buffers and nulls on both (PostgreSQL's 64-bit integers and numerics are read as numbers).
 */
export interface SqlSession {
  readonly dialect: Dialect;
  /** every row */
  all<T>(sql: string, params?: Record<string, unknown>): Promise<T[]>;
  /** the first row, or undefined */
  get<T>(sql: string, params?: Record<string, unknown>): Promise<T | undefined>;
  /** a statement that writes: how many rows it changed (and the rows of its RETURNING clause) */
  run<T = Record<string, unknown>>(sql: string, params?: Record<string, unknown>): Promise<{ changes: number; rows: T[] }>;
}

/** The spellings that differ between SQLite and PostgreSQL. */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /** the larger of two values (SQLite's two-argument max, PostgreSQL's greatest) */
  greatest(a: string, b: string): string;
  least(a: string, b: string): string;
  /** a number rounded to `digits` decimals */
  round(expr: string, digits: number): string;
  /** the values of a group joined by a separator */
  groupConcat(expr: string, separator: string): string;
  /** `IN` over a list parameter (bound with `list`): `x ${'$'}{inList('@keys', 'BIGINT')}` */
  inList(param: string, type: 'BIGINT' | 'TEXT'): string;
  /** a derived table (i, v) of a list parameter's positions (from 0) and values */
  indexedList(param: string, type: 'BIGINT' | 'TEXT'): string;
  /** a list as the value of a list parameter */
  list(values: Array<number | string>): unknown;
}

export const SQLITE_DIALECT: Dialect = {
  name: 'sqlite',
  greatest: (a, b) => `max(${a}, ${b})`,
  least: (a, b) => `min(${a}, ${b})`,
  round: (expr, digits) => `round(${expr}, ${digits})`,
  groupConcat: (expr, separator) => `group_concat(${expr}, '${separator}')`,
  inList: (param) => `IN (SELECT value FROM json_each(${param}))`,
  indexedList: (param) => `(SELECT key AS i, value AS v FROM json_each(${param}))`,
  list: (values) => JSON.stringify(values),
};

export const POSTGRES_DIALECT: Dialect = {
  name: 'postgres',
  greatest: (a, b) => `greatest(${a}, ${b})`,
  least: (a, b) => `least(${a}, ${b})`,
  // round(double, int) does not exist: through numeric, read back as a number
  round: (expr, digits) => `round((${expr})::numeric, ${digits})`,
  groupConcat: (expr, separator) => `string_agg(${expr}, '${separator}')`,
  inList: (param, type) => `= ANY(CAST(${param} AS ${type}[]))`,
  indexedList: (param, type) => `(SELECT ord - 1 AS i, v FROM unnest(CAST(${param} AS ${type}[])) WITH ORDINALITY AS t (v, ord))`,
  list: (values) => values,
};

/** `@name` parameters as PostgreSQL's `$n`, with the order of names to bind. */
export function positional(sql: string): { text: string; names: string[] } {
  const names: string[] = [];
  const text = sql.replace(/@([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    let i = names.indexOf(name);
    if (i < 0) i = names.push(name) - 1;
    return '$' + (i + 1);
  });
  return { text, names };
}
