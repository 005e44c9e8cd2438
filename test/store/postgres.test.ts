import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { StoreError } from '../../src/store/errors.js';
import { openPostgresStore } from '../../src/store/postgres/index.js';
import { PG_LATEST_VERSION, PG_MIGRATIONS } from '../../src/store/postgres/migrations.js';
import { TEST_PG_URL } from './backends.js';
import { makeItem } from './fixtures.js';

// Runs where a PostgreSQL server is given (TIDINGS_TEST_PG=postgres://...); the shared suite in store.test.ts covers the rest.
describe.skipIf(!TEST_PG_URL)('PostgreSQL store specifics (TIDINGS_TEST_PG)', () => {
  let schema: string;
  let url: string;
  let admin: pg.Client;
  beforeEach(async () => {
    schema = `tidings_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const u = new URL(TEST_PG_URL!);
    u.searchParams.set('schema', schema);
    url = u.toString();
    admin = new pg.Client({ connectionString: TEST_PG_URL! });
    await admin.connect();
  });
  afterEach(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it('migrates an existing database and fills the new layer tables from stored extractions', async () => {
    const old = await openPostgresStore(url, { migrations: PG_MIGRATIONS.slice(0, 1) });
    const items = [0, 1, 2].map(makeItem);
    expect(await old.putBatch(items)).toEqual({ inserted: 3, unchanged: 0 });
    await old.close();

    const store = await openPostgresStore(url);
    const s = await store.stats();
    expect(s.storeVersion).toBe(PG_LATEST_VERSION);
    expect([s.articles, s.events, s.quotes, s.mentions]).toEqual([3, 3, 3, 9]);
    const speaker = await store.pool.query(`SELECT e.name FROM quotes q JOIN entities e ON e.key = q.speaker_key
      JOIN articles a ON a.key = q.article_key WHERE a.id = $1`, [items[1].article.id]);
    expect(speaker.rows[0].name).toBe(items[1].extraction.entities[0].name);
    expect(await store.getArticle(items[2].article.id)).toEqual(items[2]);
    await store.close();
  });

  it('refuses a schema that holds another application\'s tables, untouched', async () => {
    await admin.query(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.recipes (name TEXT); INSERT INTO ${schema}.recipes VALUES ('soup')`);
    const error = await openStore(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('not-a-database');
    expect((error as Error).message).toMatch(/is not a Tidings database: schema \w+ holds other tables \(recipes\)/);
    const tables = await admin.query('SELECT tablename FROM pg_tables WHERE schemaname = $1', [schema]);
    expect(tables.rows.map((r) => r.tablename)).toEqual(['recipes']);
  });

  it('refuses a database written by a newer Tidings', async () => {
    const store = await openPostgresStore(url);
    await store.pool.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [PG_LATEST_VERSION + 1, 'from the future']);
    await store.close();
    const error = await openStore(url).catch((e: unknown) => e);
    expect((error as StoreError).kind).toBe('newer-schema');
  });

  it('says clearly when the server cannot be reached, without the password', async () => {
    const error = await openStore('postgres://someone:secret@127.0.0.1:1/nowhere').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/^cannot connect to postgres:\/\/someone:\*\*\*@127\.0\.0\.1:1\/nowhere: /);
    expect((error as Error).message).not.toContain('secret');
  });

  it('reconnects when the server drops its connections mid-run, and stores every article once', async () => {
    const name = `tidings_test_${randomBytes(4).toString('hex')}`;
    const store = await openPostgresStore(url, { applicationName: name, poolSize: 2 });
    const items = Array.from({ length: 30 }, (_, i) => makeItem(i));
    await store.putBatch(items.slice(0, 10));
    // what a server restart does to a client: every connection it holds is terminated
    const killed = await admin.query('SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE application_name = $1', [name]);
    expect(Number(killed.rows[0].n)).toBeGreaterThan(0);
    expect(await store.putBatch(items.slice(5, 20))).toEqual({ inserted: 10, unchanged: 5 });
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [name]);
    expect((await store.existingIds(items.map((i) => i.article.id))).size).toBe(20);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [name]);
    expect(await store.putBatch(items.slice(20))).toEqual({ inserted: 10, unchanged: 0 });
    expect((await store.stats()).articles).toBe(30);
    await store.close();
  });

  it('stores each article once when two writers put overlapping batches at the same time', async () => {
    const a = await openPostgresStore(url);
    const b = await openPostgresStore(url);
    const items = Array.from({ length: 40 }, (_, i) => makeItem(i));
    // the same articles in opposite orders, in batches of 10, from two connections at once
    const put = async (store: typeof a, list: typeof items) => {
      let inserted = 0;
      for (let i = 0; i < list.length; i += 10) inserted += (await store.putBatch(list.slice(i, i + 10))).inserted;
      return inserted;
    };
    const [ia, ib] = await Promise.all([put(a, items), put(b, [...items].reverse())]);
    expect(ia + ib).toBe(40);
    const s = await a.stats();
    expect([s.articles, s.events, s.quotes]).toEqual([40, 40, 40]);
    const dup = await a.pool.query('SELECT count(*) AS n FROM (SELECT id FROM entities GROUP BY id HAVING count(*) > 1) d');
    expect(Number(dup.rows[0].n)).toBe(0);
    await a.close();
    await b.close();
  });
});
