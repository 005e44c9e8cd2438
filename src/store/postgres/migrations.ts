/**
 * PostgreSQL schema, as an ordered list of migrations: the same tables, columns and indexes as the SQLite schema
 * (src/store/sqlite/migrations.ts), with a stored tsvector for full-text search and JSONB extractions. Keep the two
 * lists in step: version N means the same tables on both backends.
 */
export interface PgMigration {
  version: number;
  name: string;
  sql: string;
  /** refill the layer tables from the stored extractions once all migrations have run */
  rederiveLayers?: boolean;
}

export const PG_MIGRATIONS: PgMigration[] = [
  {
    version: 1,
    name: 'articles, extractions, full-text index',
    sql: `
      CREATE TABLE articles (
        key          BIGSERIAL PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        published    TEXT NOT NULL,
        title        TEXT,
        url          TEXT,
        source       TEXT,
        lang         TEXT NOT NULL,
        body         TEXT NOT NULL,
        text         TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        tone         DOUBLE PRECISION,
        ingested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
        -- title words weigh A, text words B: a word in the headline is what the article is about
        tsv          TSVECTOR GENERATED ALWAYS AS (
                       setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
                     ) STORED
      );
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_content_hash ON articles (content_hash);
      CREATE INDEX articles_source_published ON articles (source, published);
      CREATE INDEX articles_tsv ON articles USING GIN (tsv);

      CREATE TABLE extractions (
        article_key    BIGINT PRIMARY KEY REFERENCES articles (key) ON DELETE CASCADE,
        schema_version INTEGER NOT NULL,
        json           JSONB NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'layer tables for corpus queries: entities, mentions, quotes, events, places',
    rederiveLayers: true,
    sql: `
      CREATE TABLE entities (
        key        BIGSERIAL PRIMARY KEY,
        id         TEXT NOT NULL UNIQUE,
        name       TEXT NOT NULL,
        type       TEXT NOT NULL,
        country    TEXT,
        place_kind TEXT
      );
      CREATE TABLE entity_names (
        name_norm  TEXT NOT NULL,
        entity_key BIGINT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
        name       TEXT NOT NULL,
        PRIMARY KEY (name_norm, entity_key)
      );
      CREATE INDEX entity_names_entity ON entity_names (entity_key);

      CREATE TABLE entity_mentions (
        entity_key  BIGINT NOT NULL REFERENCES entities (key) ON DELETE CASCADE,
        published   TEXT NOT NULL,
        article_key BIGINT NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        count       INTEGER NOT NULL,
        roles       TEXT,
        first_start INTEGER NOT NULL,
        confidence  DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (entity_key, published, article_key)
      );
      CREATE INDEX entity_mentions_article ON entity_mentions (article_key);

      CREATE TABLE quotes (
        key          BIGSERIAL PRIMARY KEY,
        article_key  BIGINT NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        quote_id     TEXT NOT NULL,
        speaker_key  BIGINT REFERENCES entities (key) ON DELETE SET NULL,
        text         TEXT NOT NULL,
        kind         TEXT NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        confidence   DOUBLE PRECISION NOT NULL,
        published    TEXT NOT NULL,
        UNIQUE (article_key, quote_id)
      );
      CREATE INDEX quotes_speaker ON quotes (speaker_key, published);
      CREATE INDEX quotes_published ON quotes (published);

      CREATE TABLE events (
        key            BIGSERIAL PRIMARY KEY,
        article_key    BIGINT NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        event_id       TEXT NOT NULL,
        type           TEXT NOT NULL,
        mode           TEXT,
        cameo          TEXT NOT NULL,
        quad_class     INTEGER NOT NULL,
        intensity      DOUBLE PRECISION NOT NULL,
        source_key     BIGINT REFERENCES entities (key) ON DELETE SET NULL,
        source_name    TEXT,
        source_code    TEXT,
        source_country TEXT,
        target_key     BIGINT REFERENCES entities (key) ON DELETE SET NULL,
        target_name    TEXT,
        target_code    TEXT,
        target_country TEXT,
        date_value     TEXT NOT NULL,
        date_begin     TEXT,
        date_end       TEXT,
        precision      TEXT NOT NULL,
        place_name     TEXT,
        place_country  TEXT,
        lat            DOUBLE PRECISION,
        lon            DOUBLE PRECISION,
        modality       TEXT NOT NULL,
        confidence     DOUBLE PRECISION NOT NULL,
        tone           DOUBLE PRECISION,
        evidence_start INTEGER NOT NULL,
        evidence_end   INTEGER NOT NULL,
        published      TEXT NOT NULL,
        UNIQUE (article_key, event_id)
      );
      CREATE INDEX events_source ON events (source_key, date_begin);
      CREATE INDEX events_target ON events (target_key, date_begin);
      CREATE INDEX events_type ON events (type, date_begin);
      CREATE INDEX events_cameo ON events (cameo, date_begin);
      CREATE INDEX events_source_code ON events (source_code, date_begin);
      CREATE INDEX events_target_code ON events (target_code, date_begin);
      CREATE INDEX events_place_country ON events (place_country, date_begin);
      CREATE INDEX events_date ON events (date_begin);

      CREATE TABLE places (
        key          BIGSERIAL PRIMARY KEY,
        article_key  BIGINT NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        name         TEXT NOT NULL,
        kind         TEXT NOT NULL,
        country      TEXT,
        lat          DOUBLE PRECISION,
        lon          DOUBLE PRECISION,
        gazetteer_id TEXT,
        entity_key   BIGINT REFERENCES entities (key) ON DELETE SET NULL,
        start_offset INTEGER NOT NULL,
        end_offset   INTEGER NOT NULL,
        confidence   DOUBLE PRECISION NOT NULL,
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
  {
    version: 4,
    name: 'events: symmetric flag (meetings, accords), index for a pair of actors by date',
    rederiveLayers: true,
    sql: `
      ALTER TABLE events ADD COLUMN is_symmetric BOOLEAN;
      CREATE INDEX events_pair ON events (source_key, target_key, date_begin);
    `,
  },
];

export const PG_LATEST_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;
