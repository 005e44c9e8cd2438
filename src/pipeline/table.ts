/**
 * A backend-neutral table spec: the table a stored layer's rows go to, its columns with their types, and how its rows
 * are derived from the layer. Both stores derive their tables, migrations and inserts from it (src/store/schema.ts);
 * nothing here is SQL. A stage names its tables in its declaration (src/pipeline/declare.ts).
 */

/**
 * What a column holds. `entity`: an entity id in the row, stored as the integer key of that entity in the entity
 * registry (the `entities` table), so that the corpus joins on integers.
 */
export type ColumnType = 'text' | 'integer' | 'real' | 'boolean' | 'yesNo' | 'entity';

/** A column: its name in the database, what it holds, whether it may be null. `T` is the row value's type. */
export interface Column<T = unknown> {
  readonly name: string;
  readonly type: ColumnType;
  readonly nullable: boolean;
  /** never set: carries the row value's type */
  readonly value?: T;
}

export const text = (name: string): Column<string> => ({ name, type: 'text', nullable: false });
export const integer = (name: string): Column<number> => ({ name, type: 'integer', nullable: false });
export const real = (name: string): Column<number> => ({ name, type: 'real', nullable: false });
export const boolean = (name: string): Column<boolean> => ({ name, type: 'boolean', nullable: false });
/** a boolean in the row, stored as 1 or 0 in an INTEGER column on both stores (columns made so before booleans were declared) */
export const yesNo = (name: string): Column<boolean> => ({ name, type: 'yesNo', nullable: false });
/** the row holds an entity id; the column holds that entity's key (null when the entity is not stored) */
export const entity = (name: string): Column<string> => ({ name, type: 'entity', nullable: false });
export const nullable = <T>(column: Column<T>): Column<T | null> => ({ ...column, nullable: true });

/** Row fields (the names code uses) to their columns. */
export type Columns = Record<string, Column>;

/** The row a table's columns describe: each field typed as its column. */
export type RowOf<C extends Columns> = { [F in keyof C]: C[F] extends Column<infer T> ? T : never };

/**
 * Where a table's rows belong.
 * - `article`: rows of one article. The table also has `article_key` (deleted with the article) and `published`
 *   (timelines and date filters never join articles), and is written only when its article is new.
 * - `corpus`: rows shared by articles (the names an entity was seen under): written if absent.
 * - `registry`: the entity registry, one row per entity id across the corpus, whose `key` every `entity` column
 *   holds. One table only (the entities stage's).
 */
export type TableScope = 'article' | 'corpus' | 'registry';

export interface TableSpec<L = never, C extends Columns = Columns> {
  /** the table's name (a released table keeps it) */
  readonly name: string;
  /** what one row is, for people */
  readonly rowIs: string;
  /**
   * The store version whose migration creates the table. A released table names the hand-written migration that
   * made it (the schema test checks that this spec describes what it made); a new table takes the next version, and
   * both stores then create it from this spec.
   */
  readonly since: number;
  readonly scope: TableScope;
  /** an integer `key` column numbers the rows (false: `primaryKey` identifies a row) */
  readonly serial: boolean;
  readonly columns: C;
  /** columns identifying a row when it is not serial (may name the implicit `article_key` and `published`) */
  readonly primaryKey?: readonly string[];
  /** columns unique together: a row repeating them is skipped */
  readonly unique?: readonly string[];
  /** index name -> columns, for the queries that read the table */
  readonly indexes?: Readonly<Record<string, readonly string[]>>;
  /** the rows one article's layer gives */
  rows(layer: L): Array<RowOf<C>>;
}

/** Declares a table; the row type of `rows` is checked against the columns. */
export function table<L, C extends Columns>(spec: TableSpec<L, C>): TableSpec<L, C> {
  return spec;
}

/** A column the store adds to a table of its scope (`key`, `article_key`, `published`), or a declared one. */
export interface StoredColumn {
  name: string;
  type: ColumnType | 'key' | 'article';
  nullable: boolean;
  /** the row field a declared column reads; null for the implicit columns */
  field: string | null;
}

/** Every column of a table in the order the store creates and writes them: implicit ones first, `published` last. */
export function storedColumns(spec: TableSpec<never>): StoredColumn[] {
  const out: StoredColumn[] = [];
  if (spec.serial) out.push({ name: 'key', type: 'key', nullable: false, field: null });
  if (spec.scope === 'article') out.push({ name: 'article_key', type: 'article', nullable: false, field: null });
  for (const [field, c] of Object.entries(spec.columns)) out.push({ name: c.name, type: c.type, nullable: c.nullable, field });
  if (spec.scope === 'article') out.push({ name: 'published', type: 'text', nullable: false, field: null });
  return out;
}
