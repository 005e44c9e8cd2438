import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { StoreError } from '../../src/store/errors.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { LATEST_VERSION, MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { makeItem, tempDir } from './fixtures.js';

describe('SQLite store files', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir('sqlite'));
  });
  afterEach(() => cleanup());

  async function refusal(path: string): Promise<StoreError> {
    const error = await openStore(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    return error as StoreError;
  }

  it('refuses a file that is not a database and leaves it untouched', async () => {
    const path = join(dir, 'notes.db');
    const content = 'these are my notes, not a database\n'.repeat(200);
    writeFileSync(path, content);
    const error = await refusal(path);
    expect(error.kind).toBe('not-a-database');
    expect(error.message).toBe(`${path} is not a Tidings database: it is not an SQLite file (left untouched)`);
    expect(readFileSync(path, 'utf8')).toBe(content);
    expect(readdirSync(dir)).toEqual(['notes.db']);
  });

  it('refuses another application\'s SQLite database and leaves it untouched', async () => {
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
    other.close();
    const before = readFileSync(path);
    const error = await refusal(path);
    expect(error.kind).toBe('not-a-database');
    expect(error.message).toMatch(/is not a Tidings database: an SQLite database with other tables \(recipes\)/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['other.db']);
  });

  it('refuses a folder, and a database in a folder that does not exist', async () => {
    mkdirSync(join(dir, 'sub'));
    expect((await refusal(join(dir, 'sub'))).message).toMatch(/is a folder/);
    expect((await refusal(join(dir, 'missing', 'x.db'))).kind).toBe('cannot-open');
  });

  it('opens an empty file as a new database, in WAL mode, with every migration', async () => {
    const path = join(dir, 'empty.db');
    writeFileSync(path, '');
    const store = await openSqliteStore(path);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
    await store.close();
  });

  it('does not create a database for a query command (mustExist)', async () => {
    const path = join(dir, 'none.db');
    const error = await openStore(path, { mustExist: true }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/no database at/);
    expect(existsSync(path)).toBe(false);
  });

  it('migrates an existing database and fills the new layer tables from stored extractions', async () => {
    const path = join(dir, 'old.db');
    const old = await openSqliteStore(path, { migrations: MIGRATIONS.slice(0, 1) });
    const items = [0, 1, 2].map(makeItem);
    expect(await old.putBatch(items)).toEqual({ inserted: 3, unchanged: 0 });
    expect((await old.stats()).storeVersion).toBe(1);
    await old.close();

    const store = await openSqliteStore(path);
    const s = await store.stats();
    expect(s.storeVersion).toBe(LATEST_VERSION);
    expect(s.articles).toBe(3);
    expect(s.events).toBe(3);
    expect(s.quotes).toBe(3);
    expect(s.mentions).toBe(9);
    // the backfilled rows point at the right entities
    const speaker = store.db.prepare(`SELECT e.name FROM quotes q JOIN entities e ON e.key = q.speaker_key
      JOIN articles a ON a.key = q.article_key WHERE a.id = ?`).pluck().get(items[1].article.id);
    expect(speaker).toBe(items[1].extraction.entities[0].name);
    expect(await store.getArticle(items[2].article.id)).toEqual(items[2]);
    expect((await store.search('agreement')).length).toBe(3);
    // new articles after the migration go on as usual, and the old ones stay unchanged
    expect(await store.putBatch([makeItem(2), makeItem(3)])).toEqual({ inserted: 1, unchanged: 1 });
    await store.close();
  });

  it('refuses a database written by a newer Tidings, untouched', async () => {
    const path = join(dir, 'newer.db');
    const store = await openSqliteStore(path);
    store.db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(LATEST_VERSION + 1, 'from the future', '2030-01-01');
    await store.close();
    const before = readFileSync(path);
    const error = await refusal(path);
    expect(error.kind).toBe('newer-schema');
    expect(error.message).toMatch(/written by a newer Tidings/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('stores extraction JSON deflated, and still reads rows stored as plain JSON text', async () => {
    const store = await openSqliteStore(':memory:');
    const [a, b] = [makeItem(0), makeItem(1)];
    await store.putBatch([a, b]);
    const stored = store.db.prepare('SELECT e.json FROM extractions e JOIN articles x ON x.key = e.article_key WHERE x.id = ?').pluck();
    const blob = stored.get(a.article.id) as Buffer;
    expect(Buffer.isBuffer(blob)).toBe(true);
    const { text: _text, ...withoutText } = a.extraction;
    expect(blob.length).toBeLessThan(JSON.stringify(withoutText).length / 2);
    // a row as an uncompressed writer would have left it
    const { text: _t, ...plain } = b.extraction;
    store.db.prepare('UPDATE extractions SET json = ? WHERE article_key = (SELECT key FROM articles WHERE id = ?)').run(JSON.stringify(plain), b.article.id);
    expect(await store.getArticle(b.article.id)).toEqual(b);
    expect(await store.getArticle(a.article.id)).toEqual(a);
    await store.close();
  });

  it('keeps every layer index the corpus queries need', async () => {
    const store = await openSqliteStore(':memory:');
    await store.putBatch([makeItem(0)]);
    const plan = (sql: string) => (store.db.prepare('EXPLAIN QUERY PLAN ' + sql).all() as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    expect(plan("SELECT * FROM events WHERE source_key = 1 AND date_begin >= '2023-01-01' ORDER BY date_begin")).toMatch(/USING INDEX events_source/);
    expect(plan("SELECT * FROM events WHERE target_key = 1 AND date_begin BETWEEN '2023' AND '2024'")).toMatch(/USING INDEX events_target/);
    expect(plan("SELECT * FROM events WHERE type = 'CONSULT' AND date_begin >= '2023'")).toMatch(/USING INDEX events_type/);
    expect(plan("SELECT * FROM events WHERE date_begin BETWEEN '2023-01-01' AND '2023-02-01'")).toMatch(/USING INDEX events_date/);
    expect(plan("SELECT article_key FROM entity_mentions WHERE entity_key = 1 AND published >= '2023-01-01'")).toMatch(/USING PRIMARY KEY/);
    expect(plan('SELECT * FROM quotes WHERE speaker_key = 1')).toMatch(/USING INDEX quotes_speaker/);
    expect(plan('SELECT * FROM events WHERE source_key = 1 AND target_key = 2 ORDER BY date_begin')).toMatch(/USING INDEX events_pair/);
    await store.close();
  });
});
