import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { STORED_TABLES } from '../../src/pipeline/layers.js';
import { createTableSql } from '../../src/store/schema.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { TEST_PG_URL } from './backends.js';

/**
 * The released layer tables were made by hand-written migrations; the stages' table specs must describe exactly what
 * those made (columns, types, nullability, keys, references, indexes), since the inserts are derived from the specs and
 * a new table's DDL is. Each database is compared with one made from the specs alone.
 */

type Db = Database.Database;

function sqliteCatalogue(db: Db, table: string): Record<string, unknown> {
  const columns = (db.pragma(`table_info(${table})`) as Array<{ name: string; type: string; notnull: number; pk: number }>)
    .map((c) => `${c.name} ${c.type}${c.notnull ? ' NOT NULL' : ''}${c.pk ? ` pk${c.pk}` : ''}`).sort();
  const references = (db.pragma(`foreign_key_list(${table})`) as Array<{ from: string; table: string; to: string; on_delete: string }>)
    .map((f) => `${f.from} -> ${f.table}.${f.to} on delete ${f.on_delete}`).sort();
  const indexes = (db.pragma(`index_list(${table})`) as Array<{ name: string; unique: number; origin: string }>).map((i) => {
    const cols = (db.pragma(`index_info(${i.name})`) as Array<{ seqno: number; name: string }>).sort((a, b) => a.seqno - b.seqno).map((c) => c.name);
    // indexes made by a constraint are named by SQLite in the order constraints appear: compare what they index
    return `${i.origin === 'c' ? i.name : i.origin}${i.unique ? ' unique' : ''} (${cols.join(', ')})`;
  }).sort();
  const withoutRowid = (db.pragma(`table_list(${table})`) as Array<{ wr: number }>)[0]?.wr === 1;
  return { columns, references, indexes, withoutRowid };
}

describe('the stages\' table specs describe the released tables', () => {
  it('SQLite: the migrated database and one made from the specs have the same layer tables', async () => {
    const migrated = await openSqliteStore(':memory:');
    const derived = new Database(':memory:');
    try {
      derived.exec(MIGRATIONS[0].sql);
      for (const t of STORED_TABLES) derived.exec(createTableSql(t, 'sqlite'));
      for (const t of STORED_TABLES) {
        const want = sqliteCatalogue(migrated.db, t.name);
        expect((want.columns as string[]).length, t.name).toBeGreaterThan(0);
        expect(sqliteCatalogue(derived, t.name), t.name).toEqual(want);
      }
    } finally {
      await migrated.close();
      derived.close();
    }
  });

  it.skipIf(!TEST_PG_URL)('PostgreSQL: the migrated schema and one made from the specs have the same layer tables (TIDINGS_TEST_PG)', async () => {
    const suffix = `${process.pid}_${randomBytes(4).toString('hex')}`;
    const [migratedSchema, derivedSchema] = [`decl_migrated_${suffix}`, `decl_derived_${suffix}`];
    const url = new URL(TEST_PG_URL!);
    url.searchParams.set('schema', migratedSchema);
    const admin = new pg.Client({ connectionString: TEST_PG_URL! });
    await admin.connect();
    try {
      const migrated = await openPostgresStore(url.toString());
      await migrated.close();
      await admin.query(`CREATE SCHEMA ${derivedSchema}`);
      await admin.query(`SET search_path = ${derivedSchema}`);
      await admin.query(PG_MIGRATIONS[0].sql);
      for (const t of STORED_TABLES) await admin.query(createTableSql(t, 'postgres'));
      const catalogue = async (schema: string, table: string) => {
        const columns = (await admin.query(`SELECT column_name || ' ' || data_type || CASE WHEN is_nullable = 'NO' THEN ' NOT NULL' ELSE '' END
            || CASE WHEN column_default LIKE 'nextval%' THEN ' serial' ELSE '' END AS c
          FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY column_name`, [schema, table])).rows.map((r) => r.c);
        const constraints = (await admin.query(`SELECT con.conname || ' ' || con.contype::text || ' (' || array_to_string(array(
            SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k (n, o) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n ORDER BY k.o), ', ')
            || ')' || coalesce(' -> ' || ref.relname || ' on delete ' || con.confdeltype::text, '') AS c
          FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
          LEFT JOIN pg_class ref ON ref.oid = con.confrelid WHERE n.nspname = $1 AND t.relname = $2 ORDER BY 1`, [schema, table])).rows.map((r) => r.c);
        const indexes = (await admin.query(`SELECT replace(indexdef, $1 || '.', '') AS d FROM pg_indexes WHERE schemaname = $1 AND tablename = $2 ORDER BY indexname`, [schema, table])).rows.map((r) => r.d);
        return { columns, constraints, indexes };
      };
      for (const t of STORED_TABLES) {
        const want = await catalogue(migratedSchema, t.name);
        expect(want.columns.length, t.name).toBeGreaterThan(0);
        expect(await catalogue(derivedSchema, t.name), t.name).toEqual(want);
      }
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${migratedSchema} CASCADE`);
      await admin.query(`DROP SCHEMA IF EXISTS ${derivedSchema} CASCADE`);
      await admin.end();
    }
  });
});
