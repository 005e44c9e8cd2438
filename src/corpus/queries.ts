import type Database from 'better-sqlite3';
import type { Store } from '../store/store.js';
import { normaliseName } from '../store/rows.js';
import { SqliteStore } from '../store/sqlite/index.js';

type Db = Database.Database;

/** A query the corpus cannot answer as asked (unknown entity, bad filter): one clear line for the user. */
export class CorpusQueryError extends Error {}

/** The SQLite database behind a store, with its corpus tables; other backends do not have them yet. */
export function corpusDb(store: Store): Db {
  if (!(store instanceof SqliteStore)) throw new CorpusQueryError(`corpus queries need an SQLite database (this is ${store.kind})`);
  if (!store.corpusIndex()) throw new CorpusQueryError('this database has no corpus tables: open it with this Tidings version to migrate it');
  return store.db;
}

export interface EntityRef { key: number; id: string; name: string; type: string; country: string | null; articles: number }

/** Entities known under a name or alias (exact, accent- and case-free), most mentioned first; else those whose name starts with it. */
export function findEntities(db: Db, name: string): EntityRef[] {
  const norm = normaliseName(name);
  const merged = hasMerges(db) ? ' + (SELECT count(*) FROM entity_merges g WHERE g.entity_key = e.key)' : '';
  const sql = (where: string) => `SELECT e.key, e.id, e.name, e.type, e.country,
      (SELECT count(*) FROM entity_mentions m WHERE m.entity_key = e.key)${merged} AS articles
    FROM entities e WHERE e.key IN (SELECT entity_key FROM entity_names WHERE ${where}) ORDER BY articles DESC, e.key LIMIT 10`;
  let rows = db.prepare(sql('name_norm = ?')).all(norm) as EntityRef[];
  // a prefix range on the primary key, not LIKE: stays an index range scan
  if (!rows.length) rows = db.prepare(sql('name_norm >= ? AND name_norm < ?')).all(norm, norm + '\uffff') as EntityRef[];
  // last, a whole word of a longer name ("Blinken" for "Antony Blinken"): a scan of the names, fine for one look-up
  if (!rows.length) rows = db.prepare(sql("(' ' || name_norm || ' ') LIKE ?")).all(`% ${norm.replace(/[%_]/g, '')} %`) as EntityRef[];
  return rows;
}

const mergeTables = new WeakMap<Db, boolean>();

/** Whether the database resolves short person names (migration 6 on). */
function hasMerges(db: Db): boolean {
  let has = mergeTables.get(db);
  if (has === undefined) {
    has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entity_merges'").get() !== undefined;
    mergeTables.set(db, has);
  }
  return has;
}

/**
 * The (article, published, count, roles) rows of an entity: its own mentions, and those of a short name ("Sullivan")
 * resolved to it in an article. Takes the entity key as @k.
 */
function entityArticlesSql(db: Db): string {
  const own = 'SELECT article_key, published, count, roles, entity_key FROM entity_mentions WHERE entity_key = @k';
  if (!hasMerges(db)) return own;
  return `${own} UNION ALL SELECT m.article_key, m.published, m.count, m.roles, m.entity_key FROM entity_merges g
    JOIN entity_mentions m ON m.entity_key = g.alias_key AND m.published = g.published AND m.article_key = g.article_key WHERE g.entity_key = @k`;
}

/** Quotes by an entity, including those by a short name resolved to it, as (key) rows; takes @k. */
function quotesBySql(db: Db): string {
  const own = 'SELECT key FROM quotes WHERE speaker_key = @k';
  if (!hasMerges(db)) return own;
  return `${own} UNION SELECT q.key FROM entity_merges g JOIN quotes q ON q.article_key = g.article_key AND q.speaker_key = g.alias_key WHERE g.entity_key = @k`;
}

/** The one entity a name means (the most mentioned of those it names); throws when none has it. */
export function resolveEntity(db: Db, name: string): EntityRef {
  const found = findEntities(db, name);
  if (!found.length) throw new CorpusQueryError(`no entity named "${name}" in this database`);
  return found[0];
}

export interface EntityProfile {
  entity: EntityRef;
  /** other entities the name could mean */
  alsoNamed: EntityRef[];
  names: string[];
  /** short names resolved to this entity in some articles ("Sullivan"), with how many and on what evidence */
  alsoAs: Array<{ name: string; articles: number; basis: 'story' | 'corpus' }>;
  roles: Array<{ title: string; first: string; last: string; articles: number }>;
  mentionsByMonth: Array<{ month: string; articles: number; mentions: number }>;
  coOccurring: Array<{ name: string; type: string; articles: number }>;
  quotesBy: Array<{ text: string; published: string; article: string }>;
  quotesAbout: Array<{ text: string; speaker: string | null; published: string; article: string }>;
  /** the actor graph around the entity: merged events grouped by counterpart, direction and type */
  edges: Array<{ direction: 'out' | 'in'; other: string | null; type: string; events: number; mentions: number; tone: number | null }>;
}

/** Most rows of each list in a profile. */
const PROFILE_LIST = 15;

export function entityProfile(db: Db, name: string): EntityProfile {
  const all = findEntities(db, name);
  if (!all.length) throw new CorpusQueryError(`no entity named "${name}" in this database`);
  const entity = all[0];
  const k = entity.key;
  const alsoAs = hasMerges(db)
    ? (db.prepare(`SELECT a.name, count(*) AS articles, g.basis FROM entity_merges g JOIN entities a ON a.key = g.alias_key
        WHERE g.entity_key = ? GROUP BY a.name, g.basis ORDER BY articles DESC, a.name`).all(k) as EntityProfile['alsoAs'])
    : [];
  const names = [...new Set([...(db.prepare('SELECT name FROM entity_names WHERE entity_key = ?').pluck().all(k) as string[]), ...alsoAs.map((a) => a.name)])].sort();
  const ea = entityArticlesSql(db);
  const roleRows = db.prepare(`SELECT roles, published FROM (${ea}) WHERE roles IS NOT NULL ORDER BY published`).all({ k }) as Array<{ roles: string; published: string }>;
  const roles = new Map<string, { title: string; first: string; last: string; articles: number }>();
  for (const r of roleRows) {
    for (const title of JSON.parse(r.roles) as string[]) {
      const cur = roles.get(title) ?? { title, first: r.published, last: r.published, articles: 0 };
      cur.last = r.published;
      cur.articles++;
      roles.set(title, cur);
    }
  }
  const mentionsByMonth = db.prepare(`SELECT substr(published, 1, 7) AS month, count(DISTINCT article_key) AS articles, sum(count) AS mentions
    FROM (${ea}) GROUP BY month ORDER BY month`).all({ k }) as EntityProfile['mentionsByMonth'];
  // co-occurrence counted once per duplicate group, so a syndicated story does not inflate it
  const coOccurring = db.prepare(`SELECT e.name, e.type, count(DISTINCT coalesce(c.dup_group, m2.article_key)) AS articles
    FROM (${ea}) m1 JOIN entity_mentions m2 ON m2.article_key = m1.article_key AND m2.entity_key <> m1.entity_key AND m2.entity_key <> @k
    JOIN entities e ON e.key = m2.entity_key LEFT JOIN corpus_articles c ON c.article_key = m1.article_key
    GROUP BY m2.entity_key ORDER BY articles DESC, e.name LIMIT ${PROFILE_LIST}`).all({ k }) as EntityProfile['coOccurring'];
  const quotesBy = db.prepare(`SELECT q.text, q.published, a.id AS article FROM quotes q JOIN articles a ON a.key = q.article_key
    WHERE q.key IN (${quotesBySql(db)}) ORDER BY q.published DESC LIMIT ${PROFILE_LIST}`).all({ k }) as EntityProfile['quotesBy'];
  const quotesAbout = quotesMentioning(db, k, names, PROFILE_LIST);
  const edges = db.prepare(`SELECT direction, other, type, count(*) AS events, sum(mentions) AS mentions,
      round(sum(tone_sum) / nullif(sum(tone_n), 0), 2) AS tone FROM (
      SELECT 'out' AS direction, coalesce(t.name, m.target_name) AS other, m.type, m.mentions, m.tone_sum, m.tone_n
        FROM merged_events m LEFT JOIN entities t ON t.key = m.target_key WHERE m.source_key = @k
      UNION ALL
      SELECT 'in', coalesce(s.name, m.source_name), m.type, m.mentions, m.tone_sum, m.tone_n
        FROM merged_events m LEFT JOIN entities s ON s.key = m.source_key WHERE m.target_key = @k)
    GROUP BY direction, other, type ORDER BY events DESC, mentions DESC LIMIT ${PROFILE_LIST * 2}`).all({ k }) as EntityProfile['edges'];
  return { entity, alsoNamed: all.slice(1), names, alsoAs, roles: [...roles.values()], mentionsByMonth, coOccurring, quotesBy, quotesAbout, edges };
}

/** Quotes by others, in articles naming the entity, whose words name it (by any of its names). */
function quotesMentioning(db: Db, entityKey: number, names: string[], limit: number): EntityProfile['quotesAbout'] {
  const rows = db.prepare(`SELECT q.text, coalesce(s.name, q.speaker_text) AS speaker, q.published, a.id AS article
    FROM (${entityArticlesSql(db)}) m JOIN quotes q ON q.article_key = m.article_key JOIN articles a ON a.key = q.article_key
    LEFT JOIN entities s ON s.key = q.speaker_key
    WHERE (q.speaker_key IS NULL OR (q.speaker_key <> m.entity_key AND q.speaker_key <> @k)) ORDER BY q.published DESC LIMIT 2000`).all({ k: entityKey }) as EntityProfile['quotesAbout'];
  const lower = names.map((n) => n.toLowerCase()).filter((n) => n.length > 2);
  return rows.filter((q) => lower.some((n) => q.text.toLowerCase().includes(n))).slice(0, limit);
}

export interface EventFilter {
  actor?: string;
  target?: string;
  type?: string;
  from?: string;
  to?: string;
  place?: string;
  limit?: number;
  /** latest first (default: earliest first) */
  newestFirst?: boolean;
}

export interface MergedEventRow {
  key: number;
  type: string;
  cameo: string;
  quadClass: number;
  intensity: number;
  source: string | null;
  sourceCode: string | null;
  sourceCountry: string | null;
  target: string | null;
  targetCode: string | null;
  targetCountry: string | null;
  date: string;
  place: string | null;
  placeCountry: string | null;
  lat: number | null;
  lon: number | null;
  mentions: number;
  sources: number;
  happened: number;
  denied: number;
  intended: number;
  tone: number | null;
  firstPublished: string;
  url: string | null;
  firstArticle: string;
}

const MERGED_COLUMNS = `m.key, m.type, m.cameo, m.quad_class AS quadClass, m.intensity,
  coalesce(se.name, m.source_name) AS source, m.source_code AS sourceCode, m.source_country AS sourceCountry,
  coalesce(te.name, m.target_name) AS target, m.target_code AS targetCode, m.target_country AS targetCountry,
  m.date_begin AS date, m.place_name AS place, m.place_country AS placeCountry, m.lat, m.lon,
  m.mentions, m.sources, m.happened, m.denied, m.intended, round(m.tone_sum / nullif(m.tone_n, 0), 3) AS tone,
  m.first_published AS firstPublished, fa.url, fa.id AS firstArticle`;
const MERGED_FROM = `merged_events m LEFT JOIN entities se ON se.key = m.source_key LEFT JOIN entities te ON te.key = m.target_key
  JOIN articles fa ON fa.key = m.first_article_key`;

/** A calendar day (YYYY, YYYY-MM or YYYY-MM-DD) as filters take it. */
const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function checkDay(flag: string, value: string | undefined): void {
  if (value !== undefined && (!DAY.test(value) || Number.isNaN(Date.parse(value)))) throw new CorpusQueryError(`${flag} wants a date like 2024-05-01, not "${value}"`);
}

/** Merged events matching the filters, by date (earliest or latest first); every filter is an indexed condition. */
export function* queryEvents(db: Db, f: EventFilter): Generator<MergedEventRow> {
  checkDay('--from', f.from);
  checkDay('--to', f.to);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.actor) {
    params.actor = resolveEntity(db, f.actor).key;
    where.push(f.target === undefined ? '(m.source_key = @actor OR m.target_key = @actor)' : 'm.source_key = @actor');
  }
  if (f.target) {
    params.target = resolveEntity(db, f.target).key;
    where.push('m.target_key = @target');
  }
  if (f.type) {
    params.type = f.type.toUpperCase();
    where.push('(m.type = @type OR m.cameo = @type)');
  }
  if (f.from) {
    params.from = f.from;
    where.push('m.date_begin >= @from');
  }
  if (f.to) {
    // a bare year or month includes all of it
    params.to = f.to.length === 10 ? f.to : f.to + '-99';
    where.push('m.date_begin <= @to');
  }
  if (f.place) {
    params.place = f.place;
    params.placeCode = f.place.toUpperCase();
    where.push('(m.place_name = @place COLLATE NOCASE OR m.place_country = @placeCode)');
  }
  const sql = `SELECT ${MERGED_COLUMNS} FROM ${MERGED_FROM} ${where.length ? 'WHERE ' + where.join(' AND ') : ''}
    ORDER BY m.date_begin ${f.newestFirst ? 'DESC' : ''}, m.key ${f.newestFirst ? 'DESC' : ''} ${f.limit ? 'LIMIT ' + Math.floor(f.limit) : ''}`;
  yield* db.prepare(sql).iterate(params) as Iterable<MergedEventRow>;
}

export interface Mention { article: string; source: string | null; url: string | null; published: string; claim: string; modality: string; confidence: number; start: number; end: number; evidence: string }

/** The reports of one merged event: article, span, modality, claim, confidence (GDELT's Mentions table, without duplicates). */
export function eventMentions(db: Db, mergedKey: number): Mention[] {
  return db.prepare(`SELECT a.id AS article, a.source, a.url, a.published, l.claim, e.modality, e.confidence,
      e.evidence_start AS start, e.evidence_end AS end, substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence
    FROM event_links l JOIN events e ON e.key = l.event_key JOIN articles a ON a.key = l.article_key
    WHERE l.merged_key = ? ORDER BY a.published, a.key`).all(mergedKey) as Mention[];
}

export interface QuoteFilter { speaker?: string; about?: string; limit?: number }
export interface QuoteRow { text: string; kind: string; speaker: string | null; published: string; article: string; source: string | null }

export function queryQuotes(db: Db, f: QuoteFilter): QuoteRow[] {
  const limit = f.limit ?? 50;
  const cols = `q.text, q.kind, coalesce(s.name, q.speaker_text) AS speaker, q.published, a.id AS article, a.source`;
  const from = `quotes q JOIN articles a ON a.key = q.article_key LEFT JOIN entities s ON s.key = q.speaker_key`;
  if (f.about) {
    const about = resolveEntity(db, f.about);
    const names = db.prepare('SELECT name FROM entity_names WHERE entity_key = ?').pluck().all(about.key) as string[];
    let rows = quotesMentioning(db, about.key, names, 100_000);
    if (f.speaker) {
      const sp = resolveEntity(db, f.speaker);
      rows = rows.filter((q) => q.speaker === sp.name);
    }
    const full = db.prepare(`SELECT ${cols} FROM ${from} WHERE a.id = ? AND q.text = ?`);
    return rows.slice(0, limit).map((q) => full.get(q.article, q.text) as QuoteRow);
  }
  if (f.speaker) {
    const sp = resolveEntity(db, f.speaker);
    return db.prepare(`SELECT ${cols} FROM ${from} WHERE q.speaker_key = ? ORDER BY q.published DESC LIMIT ?`).all(sp.key, limit) as QuoteRow[];
  }
  return db.prepare(`SELECT ${cols} FROM ${from} ORDER BY q.published DESC LIMIT ?`).all(limit) as QuoteRow[];
}

export interface TimelineEntry { date: string; kind: 'event' | 'quote'; text: string; mentions: number; article: string }

/** What one entity did, or what passed between two, by date: merged events, and quotes for one entity. */
export function timeline(db: Db, names: string[], limit = 500): { entities: EntityRef[]; entries: TimelineEntry[] } {
  const ents = names.map((n) => resolveEntity(db, n));
  const entries: TimelineEntry[] = [];
  const describe = (e: MergedEventRow) => `${e.source ?? '?'} ${e.type}${e.target ? ' ' + e.target : ''}${e.place ? ' in ' + e.place : ''}${e.denied ? ` (${e.denied} denial${e.denied > 1 ? 's' : ''})` : ''}`;
  let sql: string;
  let params: Record<string, number>;
  if (ents.length === 1) {
    // each side is an index range scan stopped at the limit, so the cost does not grow with the entity's history
    sql = `SELECT ${MERGED_COLUMNS} FROM ${MERGED_FROM} WHERE m.key IN (
      SELECT key FROM (SELECT key FROM merged_events WHERE source_key = @a ORDER BY date_begin LIMIT ${limit})
      UNION SELECT key FROM (SELECT key FROM merged_events WHERE target_key = @a ORDER BY date_begin LIMIT ${limit})) ORDER BY m.date_begin LIMIT ${limit}`;
    params = { a: ents[0].key };
  } else {
    sql = `SELECT ${MERGED_COLUMNS} FROM ${MERGED_FROM} WHERE m.key IN (
      SELECT key FROM (SELECT key FROM merged_events WHERE source_key = @a AND target_key = @b ORDER BY date_begin LIMIT ${limit})
      UNION SELECT key FROM (SELECT key FROM merged_events WHERE source_key = @b AND target_key = @a ORDER BY date_begin LIMIT ${limit}))
      ORDER BY m.date_begin LIMIT ${limit}`;
    params = { a: ents[0].key, b: ents[1].key };
  }
  for (const e of db.prepare(sql).iterate(params) as Iterable<MergedEventRow>) entries.push({ date: e.date, kind: 'event', text: describe(e), mentions: e.mentions, article: e.firstArticle });
  if (ents.length === 1) {
    for (const q of db.prepare(`SELECT q.text, q.published, a.id AS article FROM quotes q JOIN articles a ON a.key = q.article_key
        WHERE q.key IN (${quotesBySql(db)}) ORDER BY q.published LIMIT ${limit}`).iterate({ k: ents[0].key }) as Iterable<{ text: string; published: string; article: string }>) {
      entries.push({ date: q.published.slice(0, 10), kind: 'quote', text: /^["“”'‘]/.test(q.text) ? q.text : `"${q.text}"`, mentions: 1, article: q.article });
    }
  }
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { entities: ents, entries };
}

export interface StoryRow { key: number; title: string | null; first: string; last: string; articles: number; sources: number; entities: string[] }

export function listStories(db: Db, opts: { limit?: number; minArticles?: number } = {}): StoryRow[] {
  const rows = db.prepare(`SELECT key, title, first_published AS first, last_published AS last, articles, sources FROM stories
    WHERE articles >= ? ORDER BY last_published DESC, key DESC LIMIT ?`).all(opts.minArticles ?? 1, opts.limit ?? 50) as Array<Omit<StoryRow, 'entities'>>;
  const ents = db.prepare(`SELECT e.name FROM story_entities s JOIN entities e ON e.key = s.entity_key WHERE s.story_key = ? ORDER BY s.weight DESC, e.name LIMIT 6`).pluck();
  return rows.map((r) => ({ ...r, entities: ents.all(r.key) as string[] }));
}

/** Articles of a story, copies marked with their group's first copy. */
export function storyArticles(db: Db, storyKey: number): Array<{ id: string; title: string | null; source: string | null; published: string; duplicateOf: string | null }> {
  return db.prepare(`SELECT a.id, a.title, a.source, a.published, CASE WHEN c.dup_group <> c.article_key THEN g.id END AS duplicateOf
    FROM corpus_articles c JOIN articles a ON a.key = c.article_key JOIN articles g ON g.key = c.dup_group
    WHERE c.story_key = ? ORDER BY a.published, a.key`).all(storyKey) as ReturnType<typeof storyArticles>;
}
