import { declaredTableMigrations } from '../schema.js';

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
  /** fill these new tables from the stored extractions once all migrations have run */
  fillTables?: string[];
}

/** The migrations written by hand: the released tables. Never edit one: add one. */
const HAND_WRITTEN: Migration[] = [
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
  {
    version: 4,
    name: 'events: symmetric flag (meetings, accords), index for a pair of actors by date',
    rederiveLayers: true,
    sql: `
      ALTER TABLE events ADD COLUMN is_symmetric INTEGER;
      CREATE INDEX events_pair ON events (source_key, target_key, date_begin);
    `,
  },
  {
    version: 5,
    name: 'corpus: near-duplicate groups (MinHash LSH), stories, merged events with their mentions and claims',
    rederiveLayers: true,
    sql: `
      -- one row per article: its MinHash signature, its duplicate group (key of the first copy stored) and story
      CREATE TABLE corpus_articles (
        article_key INTEGER PRIMARY KEY REFERENCES articles (key) ON DELETE CASCADE,
        published   TEXT NOT NULL,
        signature   BLOB NOT NULL,
        dup_group   INTEGER NOT NULL,
        similarity  REAL,
        story_key   INTEGER
      );
      CREATE INDEX corpus_articles_group ON corpus_articles (dup_group);
      CREATE INDEX corpus_articles_story ON corpus_articles (story_key, published);
      -- LSH buckets of each group's first copy: candidates for a new article are those sharing a band hash
      CREATE TABLE lsh_buckets (
        band        INTEGER NOT NULL,
        hash        INTEGER NOT NULL,
        article_key INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        PRIMARY KEY (band, hash, article_key)
      ) WITHOUT ROWID;

      CREATE TABLE stories (
        key              INTEGER PRIMARY KEY,
        first_published  TEXT NOT NULL,
        last_published   TEXT NOT NULL,
        articles         INTEGER NOT NULL,
        sources          INTEGER NOT NULL,
        title            TEXT,
        last_article_key INTEGER NOT NULL
      );
      CREATE INDEX stories_last ON stories (last_published);
      -- entities of a story with their weight; (entity, last seen) finds open stories about an entity
      CREATE TABLE story_entities (
        entity_key     INTEGER NOT NULL,
        story_key      INTEGER NOT NULL REFERENCES stories (key) ON DELETE CASCADE,
        weight         REAL NOT NULL,
        last_published TEXT NOT NULL,
        PRIMARY KEY (story_key, entity_key)
      ) WITHOUT ROWID;
      CREATE INDEX story_entities_entity ON story_entities (entity_key, last_published);

      -- one row per real event; reports of it are event_links
      CREATE TABLE merged_events (
        key               INTEGER PRIMARY KEY,
        merge_key         TEXT NOT NULL,
        type              TEXT NOT NULL,
        mode              TEXT,
        cameo             TEXT NOT NULL,
        quad_class        INTEGER NOT NULL,
        intensity         REAL NOT NULL,
        source_key        INTEGER,
        source_name       TEXT,
        source_code       TEXT,
        source_country    TEXT,
        target_key        INTEGER,
        target_name       TEXT,
        target_code       TEXT,
        target_country    TEXT,
        symmetric         INTEGER NOT NULL,
        date_begin        TEXT NOT NULL,
        date_end          TEXT,
        place_name        TEXT,
        place_country     TEXT,
        lat               REAL,
        lon               REAL,
        first_published   TEXT NOT NULL,
        first_article_key INTEGER NOT NULL,
        mentions          INTEGER NOT NULL,
        sources           INTEGER NOT NULL,
        happened          INTEGER NOT NULL,
        denied            INTEGER NOT NULL,
        intended          INTEGER NOT NULL,
        tone_sum          REAL NOT NULL,
        tone_n            INTEGER NOT NULL
      );
      CREATE INDEX merged_events_key ON merged_events (merge_key, date_begin);
      CREATE INDEX merged_events_source ON merged_events (source_key, date_begin);
      CREATE INDEX merged_events_target ON merged_events (target_key, date_begin);
      CREATE INDEX merged_events_type ON merged_events (type, date_begin);
      CREATE INDEX merged_events_date ON merged_events (date_begin);
      CREATE INDEX merged_events_place ON merged_events (place_country, date_begin);
      CREATE TABLE event_links (
        event_key   INTEGER PRIMARY KEY REFERENCES events (key) ON DELETE CASCADE,
        merged_key  INTEGER NOT NULL REFERENCES merged_events (key) ON DELETE CASCADE,
        article_key INTEGER NOT NULL,
        dup_group   INTEGER NOT NULL,
        claim       TEXT NOT NULL
      );
      CREATE INDEX event_links_merged ON event_links (merged_key, dup_group);
      CREATE INDEX event_links_article ON event_links (article_key);
    `,
  },
  {
    version: 6,
    name: 'corpus: short person names ("Sullivan") resolved to the one longer name ("Jake Sullivan") they stand for',
    // no refill: articles stored from now on are resolved as they arrive; a short name seen again later resolves then
    sql: `
      -- person entities with a name of two or more words, by the normalised last word of that name
      CREATE TABLE person_surnames (
        surname    TEXT NOT NULL,
        entity_key INTEGER NOT NULL,
        PRIMARY KEY (surname, entity_key)
      ) WITHOUT ROWID;
      -- a short-name person entity (alias_key) in one article stands for a longer-name person (entity_key);
      -- basis 'story': the only such longer name in the article's story; 'corpus': the only one in the corpus
      CREATE TABLE entity_merges (
        alias_key   INTEGER NOT NULL,
        article_key INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        entity_key  INTEGER NOT NULL,
        published   TEXT NOT NULL,
        surname     TEXT NOT NULL,
        basis       TEXT NOT NULL,
        PRIMARY KEY (alias_key, article_key)
      ) WITHOUT ROWID;
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
    // tidings_ngrams() is registered on every connection the store opens (see ngrams.ts): one token per character
    sql: `
      CREATE VIRTUAL TABLE articles_cjk USING fts5 (text, content = '', contentless_delete = 1, tokenize = 'unicode61');
      INSERT INTO articles_cjk (rowid, text)
        SELECT key, tidings_ngrams(coalesce(title, '') || char(10) || text) FROM articles
        WHERE tidings_ngrams(coalesce(title, '') || char(10) || text) <> '';
      CREATE TRIGGER articles_cjk_insert AFTER INSERT ON articles
        WHEN tidings_ngrams(coalesce(new.title, '') || char(10) || new.text) <> '' BEGIN
        INSERT INTO articles_cjk (rowid, text) VALUES (new.key, tidings_ngrams(coalesce(new.title, '') || char(10) || new.text));
      END;
      CREATE TRIGGER articles_cjk_delete AFTER DELETE ON articles BEGIN
        DELETE FROM articles_cjk WHERE rowid = old.key;
      END;
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
      -- the entities an article is most about, with their weight: finds the articles of the same days it may share a story with
      CREATE TABLE story_article_entities (
        article_key INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        entity_key  INTEGER NOT NULL,
        weight      REAL NOT NULL,
        published   TEXT NOT NULL,
        PRIMARY KEY (article_key, entity_key)
      ) WITHOUT ROWID;
      CREATE INDEX story_article_entities_entity ON story_article_entities (entity_key, published);
      -- the events an article reports, by merge key (type, source, target) and day: reports of one event are one development
      CREATE TABLE story_article_events (
        article_key INTEGER NOT NULL REFERENCES articles (key) ON DELETE CASCADE,
        merge_key   TEXT NOT NULL,
        day         TEXT NOT NULL,
        PRIMARY KEY (article_key, merge_key, day)
      ) WITHOUT ROWID;
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
      ALTER TABLE entity_merges ADD COLUMN confidence REAL NOT NULL DEFAULT 0;
    `,
  },
];

/**
 * Every migration: those written by hand, then those that create the tables stages declared since (src/store/schema.ts),
 * so a new stored layer needs no migration of its own.
 */
export const MIGRATIONS: Migration[] = [...HAND_WRITTEN, ...declaredTableMigrations('sqlite', HAND_WRITTEN[HAND_WRITTEN.length - 1].version)];

/** The version a database has once every migration ran. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;
