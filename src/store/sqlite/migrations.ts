/**
 * SQLite schema, as an ordered list of migrations. A database records the versions applied in `schema_migrations`;
 * opening it applies the missing ones in order, each in its own transaction. Never edit a released migration: add
 * one. Layer tables (entities, mentions, quotes, events, places) are derived from the stored extractions, so a
 * migration that changes them sets `rederiveLayers` and the store refills them from the extractions afterwards.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** refill the layer tables from the stored extraction JSON once all migrations have run */
  rederiveLayers?: boolean;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, extractions, full-text index',
    sql: `
      CREATE TABLE articles (
        key          INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        published    TEXT NOT NULL,
        title        TEXT,
        url          TEXT,
        source       TEXT,
        lang         TEXT NOT NULL,
        body         TEXT NOT NULL,
        text         TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        tone         REAL,
        ingested_at  TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_content_hash ON articles (content_hash);
      CREATE INDEX articles_source_published ON articles (source, published);

      CREATE TABLE extractions (
        article_key    INTEGER PRIMARY KEY REFERENCES articles (key) ON DELETE CASCADE,
        schema_version INTEGER NOT NULL,
        json           TEXT NOT NULL
      );

      -- external-content FTS5: the text lives once, in articles; triggers keep the index in step
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, text,
        content = 'articles', content_rowid = 'key',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.key, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.key, new.title, new.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'layer tables for corpus queries: entities, mentions, quotes, events, places',
    rederiveLayers: true,
    sql: `
      CREATE TABLE entities (
        key        INTEGER PRIMARY KEY,
        id         TEXT NOT NULL UNIQUE,
        name       TEXT NOT NULL,
        type       TEXT NOT NULL,
        country    TEXT,
        place_kind TEXT
      );
      -- every name and alias an entity was seen under, for "tidings entity NAME"
      CREATE TABLE entity_names (
        name_norm  TEXT NOT NULL,
        entity_key INTEGER NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
        name       TEXT NOT NULL,
        PRIMARY KEY (name_norm, entity_key)
      ) WITHOUT ROWID;
      CREATE INDEX entity_names_entity ON entity_names (entity_key);

      -- one row per (entity, article); the primary key is the entity timeline index
      CREATE TABLE entity_mentions (
        entity_key  INTEGER NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
        published   TEXT NOT NULL,
        article_key INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        count       INTEGER NOT NULL,
        roles       TEXT,
        first_start INTEGER NOT NULL,
        confidence  REAL NOT NULL,
        PRIMARY KEY (entity_key, published, article_key)
      ) WITHOUT ROWID;
      CREATE INDEX entity_mentions_article ON entity_mentions (article_key);

      CREATE TABLE quotes (
        key          INTEGER PRIMARY KEY,
        article_key  INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        quote_id     TEXT NOT NULL,
        speaker_key  INTEGER REFERENCES entities (key) ON DELETE SET NULL,
        text         TEXT NOT NULL,
        kind         TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        confidence   REAL NOT NULL,
        published    TEXT NOT NULL,
        UNIQUE (article_key, quote_id)
      );
      CREATE INDEX quotes_speaker ON quotes (speaker_key, published);
      CREATE INDEX quotes_published ON quotes (published);

      CREATE TABLE events (
        key            INTEGER PRIMARY KEY,
        article_key    INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        event_id       TEXT NOT NULL,
        type           TEXT NOT NULL,
        mode           TEXT,
        cameo          TEXT NOT NULL,
        quad_class     INTEGER NOT NULL,
        intensity      REAL NOT NULL,
        source_key     INTEGER REFERENCES entities (key) ON DELETE SET NULL,
        source_name    TEXT,
        source_code    TEXT,
        source_country TEXT,
        target_key     INTEGER REFERENCES entities (key) ON DELETE SET NULL,
        target_name    TEXT,
        target_code    TEXT,
        target_country TEXT,
        date_value     TEXT NOT NULL,
        date_begin     TEXT,
        date_end       TEXT,
        precision      TEXT NOT NULL,
        place_name     TEXT,
        place_country  TEXT,
        lat            REAL,
        lon            REAL,
        modality       TEXT NOT NULL,
        confidence     REAL NOT NULL,
        tone           REAL,
        evidence_start INTEGER NOT NULL,
        evidence_end   INTEGER NOT NULL,
        published      TEXT NOT NULL,
        UNIQUE (article_key, event_id)
      );
      -- the event filters of "tidings events": by actor, target, type, code, country, each then by date
      CREATE INDEX events_source ON events (source_key, date_begin);
      CREATE INDEX events_target ON events (target_key, date_begin);
      CREATE INDEX events_type ON events (type, date_begin);
      CREATE INDEX events_cameo ON events (cameo, date_begin);
      CREATE INDEX events_source_code ON events (source_code, date_begin);
      CREATE INDEX events_target_code ON events (target_code, date_begin);
      CREATE INDEX events_place_country ON events (place_country, date_begin);
      CREATE INDEX events_date ON events (date_begin);

      CREATE TABLE places (
        key          INTEGER PRIMARY KEY,
        article_key  INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        name         TEXT NOT NULL,
        kind         TEXT NOT NULL,
        country      TEXT,
        lat          REAL,
        lon          REAL,
        gazetteer_id TEXT,
        entity_key   INTEGER REFERENCES entities (key) ON DELETE SET NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        confidence   REAL NOT NULL,
        published    TEXT NOT NULL
      );
      CREATE INDEX places_article ON places (article_key);
      CREATE INDEX places_country ON places (country, published);
      CREATE INDEX places_name ON places (name);
    `,
  },
  {
    version: 3,
    name: 'quotes keep the words naming their speaker',
    rederiveLayers: true,
    sql: `ALTER TABLE quotes ADD COLUMN speaker_text TEXT;`,
  },
];

/** The version a database has once every migration ran. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
