import { declaredTableMigrations } from '../schema.js';

/**
 * PostgreSQL schema, as an ordered list of migrations: the same tables, columns and indexes as the SQLite schema
 * (src/store/sqlite/migrations.ts), with a stored tsvector for full-text search and JSONB extractions. Keep the two
 * lists in step: version N means the same tables on both backends.
 */
import { NO_SPACE_RANGES } from '../ngrams.js';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
  /** refill the layer tables from the stored extractions once all migrations have run */
  rederiveLayers?: boolean;
  /** fill these new tables from the stored extractions once all migrations have run */
  fillTables?: string[];
}

/** The migrations written by hand: the released tables. Never edit one: add one. */
const HAND_WRITTEN: PgMigration[] = [
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
  {
    version: 5,
    name: 'corpus: near-duplicate groups (MinHash LSH), stories, merged events with their mentions and claims',
    rederiveLayers: true,
    sql: `
      CREATE TABLE corpus_articles (
        article_key BIGINT PRIMARY KEY REFERENCES articles (key) ON DELETE CASCADE,
        published   TEXT NOT NULL,
        signature   BYTEA NOT NULL,
        dup_group   BIGINT NOT NULL,
        similarity  DOUBLE PRECISION,
        story_key   BIGINT
      );
      CREATE INDEX corpus_articles_group ON corpus_articles (dup_group);
      CREATE INDEX corpus_articles_story ON corpus_articles (story_key, published);
      CREATE TABLE lsh_buckets (
        band        INTEGER NOT NULL,
        hash        BIGINT NOT NULL,
        article_key BIGINT NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        PRIMARY KEY (band, hash, article_key)
      );

      CREATE TABLE stories (
        key              BIGSERIAL PRIMARY KEY,
        first_published  TEXT NOT NULL,
        last_published   TEXT NOT NULL,
        articles         INTEGER NOT NULL,
        sources          INTEGER NOT NULL,
        title            TEXT,
        last_article_key BIGINT NOT NULL
      );
      CREATE INDEX stories_last ON stories (last_published);
      CREATE TABLE story_entities (
        entity_key     BIGINT NOT NULL,
        story_key      BIGINT NOT NULL REFERENCES stories (key) ON DELETE CASCADE,
        weight         DOUBLE PRECISION NOT NULL,
        last_published TEXT NOT NULL,
        PRIMARY KEY (story_key, entity_key)
      );
      CREATE INDEX story_entities_entity ON story_entities (entity_key, last_published);

      CREATE TABLE merged_events (
        key               BIGSERIAL PRIMARY KEY,
        merge_key         TEXT NOT NULL,
        type              TEXT NOT NULL,
        mode              TEXT,
        cameo             TEXT NOT NULL,
        quad_class        INTEGER NOT NULL,
        intensity         DOUBLE PRECISION NOT NULL,
        source_key        BIGINT,
        source_name       TEXT,
        source_code       TEXT,
        source_country    TEXT,
        target_key        BIGINT,
        target_name       TEXT,
        target_code       TEXT,
        target_country    TEXT,
        "symmetric"       INTEGER NOT NULL,
        date_begin        TEXT NOT NULL,
        date_end          TEXT,
        place_name        TEXT,
        place_country     TEXT,
        lat               DOUBLE PRECISION,
        lon               DOUBLE PRECISION,
        first_published   TEXT NOT NULL,
        first_article_key BIGINT NOT NULL,
        mentions          INTEGER NOT NULL,
        sources           INTEGER NOT NULL,
        happened          INTEGER NOT NULL,
        denied            INTEGER NOT NULL,
        intended          INTEGER NOT NULL,
        tone_sum          DOUBLE PRECISION NOT NULL,
        tone_n            INTEGER NOT NULL
      );
      CREATE INDEX merged_events_key ON merged_events (merge_key, date_begin);
      CREATE INDEX merged_events_source ON merged_events (source_key, date_begin);
      CREATE INDEX merged_events_target ON merged_events (target_key, date_begin);
      CREATE INDEX merged_events_type ON merged_events (type, date_begin);
      CREATE INDEX merged_events_date ON merged_events (date_begin);
      CREATE INDEX merged_events_place ON merged_events (place_country, date_begin);
      CREATE TABLE event_links (
        event_key   BIGINT PRIMARY KEY REFERENCES events (key) ON DELETE CASCADE,
        merged_key  BIGINT NOT NULL REFERENCES merged_events (key) ON DELETE CASCADE,
        article_key BIGINT NOT NULL,
        dup_group   BIGINT NOT NULL,
        claim       TEXT NOT NULL
      );
      CREATE INDEX event_links_merged ON event_links (merged_key, dup_group);
      CREATE INDEX event_links_article ON event_links (article_key);
    `,
  },
  {
    version: 6,
    name: 'corpus: short person names ("Sullivan") resolved to the one longer name ("Jake Sullivan") they stand for',
    // the corpus was filled by migration 5 only where this one ran with it; refill so short names resolve too
    rederiveLayers: true,
    sql: `
      CREATE TABLE person_surnames (
        surname    TEXT NOT NULL,
        entity_key BIGINT NOT NULL,
        PRIMARY KEY (surname, entity_key)
      );
      CREATE TABLE entity_merges (
        alias_key   BIGINT NOT NULL,
        article_key BIGINT NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        entity_key  BIGINT NOT NULL,
        published   TEXT NOT NULL,
        surname     TEXT NOT NULL,
        basis       TEXT NOT NULL,
        PRIMARY KEY (alias_key, article_key)
      );
      CREATE INDEX entity_merges_entity ON entity_merges (entity_key, published);
      CREATE INDEX entity_merges_surname ON entity_merges (surname, basis);
    `,
  },
  {
    version: 7,
    name: 'stats: extraction schema versions counted from an index, not by reading every stored extraction',
    sql: `CREATE INDEX extractions_schema_version ON extractions (schema_version);`,
  },
  {
    version: 8,
    name: 'search: a character index for scripts written without spaces (Chinese, Japanese, Thai, ...)',
    // one token per character of each no-space run (as SQLite's tidings_ngrams, src/store/ngrams.ts), runs kept apart by "0"
    sql: `
      ALTER TABLE articles ADD COLUMN cjk_tsv TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('simple', regexp_replace(regexp_replace(coalesce(title, '') || ' ' || text, '[^${NO_SPACE_RANGES}]+', ' 0 ', 'g'), '([${NO_SPACE_RANGES}])', '\\1 ', 'g'))
      ) STORED;
      CREATE INDEX articles_cjk_tsv ON articles USING GIN (cjk_tsv);
    `,
  },
  {
    version: 9,
    name: 'events: whether the place was guessed from the article focus (no place named in the sentence)',
    rederiveLayers: true,
    sql: `
      ALTER TABLE events ADD COLUMN place_from_focus INTEGER;
      ALTER TABLE merged_events ADD COLUMN place_from_focus INTEGER;
    `,
  },
  {
    version: 10,
    name: 'stories: built from links between articles (shared entities, events, text within days), so that arrival order no longer decides them',
    rederiveLayers: true,
    sql: `
      CREATE TABLE story_article_entities (
        article_key BIGINT NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        entity_key  BIGINT NOT NULL,
        weight      DOUBLE PRECISION NOT NULL,
        published   TEXT NOT NULL,
        PRIMARY KEY (article_key, entity_key)
      );
      CREATE INDEX story_article_entities_entity ON story_article_entities (entity_key, published);
      -- the events an article reports, by merge key (type, source, target) and day: reports of one event are one development
      CREATE TABLE story_article_events (
        article_key BIGINT NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        merge_key   TEXT NOT NULL,
        day         TEXT NOT NULL,
        PRIMARY KEY (article_key, merge_key, day)
      );
      CREATE INDEX story_article_events_key ON story_article_events (merge_key, day);
    `,
  },
  {
    version: 11,
    name: 'identity: each cross-article merge stored with how the names meet (surname, variant, romanised, acronym) and a confidence; names compared by romanisation key',
    // refilled: the surname index and the merges are rebuilt with the romanisation keys and their evidence
    rederiveLayers: true,
    sql: `
      ALTER TABLE entity_merges ADD COLUMN name_match TEXT NOT NULL DEFAULT 'surname';
      ALTER TABLE entity_merges ADD COLUMN confidence DOUBLE PRECISION NOT NULL DEFAULT 0;
    `,
  },
];

/**
 * Every migration: those written by hand, then those that create the tables stages declared since (src/store/schema.ts),
 * so a new stored layer needs no migration of its own.
 */
export const PG_MIGRATIONS: PgMigration[] = [...HAND_WRITTEN, ...declaredTableMigrations('postgres', HAND_WRITTEN[HAND_WRITTEN.length - 1].version)];

export const PG_LATEST_VERSION = PG_MIGRATIONS[PG_MIGRATIONS.length - 1].version;
