import { storedColumns, type StoredColumn, type TableSpec } from '../pipeline/table.js';
import { STORED_TABLES } from '../pipeline/layers.js';

/**
 * The layer tables as both stores make and write them, derived from the stages' table specs (src/pipeline/table.ts):
 * DDL for a table no hand-written migration made, and the insert of a table's rows. The hand-written migrations made
 * the released tables; test/store/declared-schema.test.ts checks that the specs describe exactly what they made.
 */
export type DialectName = 'sqlite' | 'postgres';

const COLUMN_TYPES: Record<DialectName, Record<StoredColumn['type'], string>> = {
  sqlite: { text: 'TEXT', integer: 'INTEGER', real: 'REAL', boolean: 'INTEGER', yesNo: 'INTEGER', entity: 'INTEGER', article: 'INTEGER', key: 'INTEGER PRIMARY KEY' },
  postgres: { text: 'TEXT', integer: 'INTEGER', real: 'DOUBLE PRECISION', boolean: 'BOOLEAN', yesNo: 'INTEGER', entity: 'BIGINT', article: 'BIGINT', key: 'BIGSERIAL PRIMARY KEY' },
};

/** PostgreSQL array types of the columns, for inserts of many rows as one `unnest` of arrays. */
const PG_ARRAY_TYPES: Record<StoredColumn['type'], string> = {
  text: 'text[]', integer: 'int[]', real: 'float8[]', boolean: 'boolean[]', yesNo: 'int[]', entity: 'bigint[]', article: 'bigint[]', key: 'bigint[]',
};

/** The entity registry: the table whose `key` every entity column holds. */
export const REGISTRY: TableSpec<any> = STORED_TABLES.find((t) => t.scope === 'registry')!;

/** The declared tables other than the registry, in the order they are written. */
export const LAYER_TABLES: ReadonlyArray<TableSpec<any>> = STORED_TABLES.filter((t) => t !== REGISTRY);

/** CREATE TABLE and CREATE INDEX statements for a declared table. */
export function createTableSql(spec: TableSpec<any>, dialect: DialectName): string {
  const lines = storedColumns(spec).map((c) => {
    let def = `${c.name} ${COLUMN_TYPES[dialect][c.type]}`;
    if (c.type === 'key') return def;
    if (!c.nullable) def += ' NOT NULL';
    if (c.type === 'article') def += ' REFERENCES articles (key) ON DELETE CASCADE';
    // a row that cannot be without its entity goes with it; an optional reference is cleared
    if (c.type === 'entity') def += ` REFERENCES ${REGISTRY.name} (key) ON DELETE ${c.nullable ? 'SET NULL' : 'CASCADE'}`;
    return def;
  });
  if (spec.primaryKey) lines.push(`PRIMARY KEY (${spec.primaryKey.join(', ')})`);
  if (spec.unique) lines.push(`UNIQUE (${spec.unique.join(', ')})`);
  // SQLite keeps a table with its own primary key and no integer key in that key's order (no hidden rowid)
  const rowid = dialect === 'sqlite' && !spec.serial && spec.primaryKey ? ' WITHOUT ROWID' : '';
  const statements = [`CREATE TABLE ${spec.name} (\n  ${lines.join(',\n  ')}\n)${rowid};`];
  for (const [name, columns] of Object.entries(spec.indexes ?? {})) statements.push(`CREATE INDEX ${name} ON ${spec.name} (${columns.join(', ')});`);
  return statements.join('\n');
}

/** A migration that creates the declared tables of one store version. */
export interface DeclaredTablesMigration {
  version: number;
  name: string;
  sql: string;
  /** tables to fill from the stored extractions once the migrations ran */
  fillTables: string[];
}

/**
 * Migrations for the declared tables newer than the hand-written migrations, one per store version, so that a new
 * stored layer needs no migration written by hand. Throws on a version a hand-written migration has, or a gap.
 */
export function declaredTableMigrations(dialect: DialectName, lastHandWritten: number): DeclaredTablesMigration[] {
  const byVersion = new Map<number, Array<TableSpec<any>>>();
  for (const t of STORED_TABLES) if (t.since > lastHandWritten) byVersion.set(t.since, [...(byVersion.get(t.since) ?? []), t]);
  const versions = [...byVersion.keys()].sort((a, b) => a - b);
  versions.forEach((v, i) => {
    if (v !== lastHandWritten + 1 + i) throw new Error(`declared tables of store version ${v}: versions follow ${lastHandWritten} without gaps`);
  });
  return versions.map((version) => {
    const tables = byVersion.get(version)!;
    return {
      version,
      name: `layer tables ${tables.map((t) => t.name).join(', ')} (declared by their stages)`,
      sql: tables.map((t) => createTableSql(t, dialect)).join('\n'),
      fillTables: tables.map((t) => t.name),
    };
  });
}

/** How a table's rows are written: its columns in order, and each row's values in that order. */
export interface TableWriter {
  spec: TableSpec<any>;
  /** the written columns (all but `key`) */
  columns: StoredColumn[];
  /** a row's values in column order, entity ids given as keys (`keyOf`) and booleans as the dialect binds them */
  values(row: Record<string, unknown>, keyOf: (id: string | null) => number | null, articleKey: number, published: string): unknown[];
}

/**
 * `present`: the table's columns in the database, when it may be older than the spec (a test's database kept at an
 * earlier migration): columns it lacks are not written.
 */
export function tableWriter(spec: TableSpec<any>, dialect: DialectName, present?: ReadonlySet<string>): TableWriter {
  const columns = storedColumns(spec).filter((c) => c.type !== 'key' && (!present || present.has(c.name)));
  const fields = columns.map((c) => c.field);
  const types = columns.map((c) => c.type);
  const boolAsInteger = dialect === 'sqlite';
  return {
    spec,
    columns,
    values(row, keyOf, articleKey, published) {
      const out = new Array<unknown>(fields.length);
      for (let i = 0; i < fields.length; i++) {
        const type = types[i];
        if (type === 'article') out[i] = articleKey;
        else if (fields[i] === null) out[i] = published;
        else {
          const v = row[fields[i]!];
          out[i] = type === 'entity' ? keyOf(v as string | null) : (type === 'yesNo' || (type === 'boolean' && boolAsInteger)) && v !== null ? (v ? 1 : 0) : v;
        }
      }
      return out;
    },
  };
}

/**
 * SQLite: insert one row, skipping a row whose unique columns or primary key are taken; a registry row is inserted only
 * after its id was looked up, so a clash there is an error, never a silently wrong key.
 */
export function sqliteInsertSql(w: TableWriter): string {
  const skip = w.spec.scope === 'registry' ? '' : ' ON CONFLICT DO NOTHING';
  return `INSERT INTO ${w.spec.name} (${w.columns.map((c) => c.name).join(', ')}) VALUES (${w.columns.map(() => '?').join(', ')})${skip}`;
}

/** PostgreSQL: insert many rows at once, one array parameter a column, skipping rows whose unique columns are taken. */
export function postgresInsertSql(w: TableWriter): string {
  const arrays = w.columns.map((c, i) => `$${i + 1}::${PG_ARRAY_TYPES[c.type]}`);
  return `INSERT INTO ${w.spec.name} (${w.columns.map((c) => c.name).join(', ')}) SELECT * FROM unnest(${arrays.join(', ')}) ON CONFLICT DO NOTHING`;
}
