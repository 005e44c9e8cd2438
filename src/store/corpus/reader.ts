import type { SqlSession } from '../sql.js';
import { normaliseName } from '../../model/names.js';
import {
  checkDay, CorpusQueryError, describeEvent, quoted, quotesNaming, rolesOverTime,
  type Corpus, type CorpusSummary, type EntityMerge, type EntityProfile, type EntityRef, type EventFilter, type MergedEventRow,
  type Mention, type PlaceRow, type QuoteFilter, type QuoteRow, type StoryArticle, type StoryRow, type TimelineEntry,
} from '../../corpus/queries.js';

/** Most rows of each list in a profile. */
const PROFILE_LIST = 15;
/** Rows read per query when a result is streamed (events, export tables): memory stays flat. */
const PAGE = 500;
/** Quotes in articles naming an entity read to find those that name it in their words. */
const QUOTES_ABOUT_SCAN = 2000;

/**
 * The (article, published, count, roles, entity) rows of an entity: its own mentions, and those of a short name
 * ("Sullivan") resolved to it in an article. Takes the entity key as @k.
 */
const ENTITY_ARTICLES = `SELECT article_key, published, count, roles, entity_key FROM entity_mentions WHERE entity_key = @k
  UNION ALL SELECT m.article_key, m.published, m.count, m.roles, m.entity_key FROM entity_merges g
  JOIN entity_mentions m ON m.entity_key = g.alias_key AND m.published = g.published AND m.article_key = g.article_key WHERE g.entity_key = @k`;

/** Quotes by an entity, including those by a short name resolved to it, as (key) rows; takes @k. */
const QUOTES_BY = `SELECT key FROM quotes WHERE speaker_key = @k
  UNION SELECT q.key FROM entity_merges g JOIN quotes q ON q.article_key = g.article_key AND q.speaker_key = g.alias_key WHERE g.entity_key = @k`;

/**
 * A quote with its speaker as every view names it: the person a short name was resolved to in that article (an entity
 * merge), else the resolved speaker, else the words naming it. Tables: q (quotes), a (articles), s (the speaker).
 */
const QUOTES_WITH_SPEAKER = `quotes q JOIN articles a ON a.key = q.article_key
  LEFT JOIN entity_merges qg ON qg.alias_key = q.speaker_key AND qg.article_key = q.article_key
  LEFT JOIN entities s ON s.key = coalesce(qg.entity_key, q.speaker_key)`;

const MERGED_FROM = `merged_events m LEFT JOIN entities se ON se.key = m.source_key LEFT JOIN entities te ON te.key = m.target_key
  JOIN articles fa ON fa.key = m.first_article_key`;

/** A merged event as read: the 0/1 column of a focus place as a yes/no (null: no place). */
function mergedRow(r: MergedEventRow): MergedEventRow {
  const raw = r.placeFromFocus as unknown;
  return { ...r, placeFromFocus: raw === null || raw === undefined ? null : Number(raw) === 1 };
}

/** Every corpus query in SQL, one text for both stores (the session's dialect spells what differs). */
export class SqlCorpus implements Corpus {
  private readonly mergedColumns: string;

  constructor(private readonly sql: SqlSession) {
    this.mergedColumns = `m.key, m.type, m.cameo, m.quad_class AS "quadClass", m.intensity,
      coalesce(se.name, m.source_name) AS source, m.source_code AS "sourceCode", m.source_country AS "sourceCountry",
      coalesce(te.name, m.target_name) AS target, m.target_code AS "targetCode", m.target_country AS "targetCountry",
      m.date_begin AS date, m.date_end AS "dateEnd", m.place_name AS place, m.place_country AS "placeCountry", m.place_from_focus AS "placeFromFocus", m.lat, m.lon,
      m.mentions, m.sources, m.happened, m.denied, m.intended, ${sql.dialect.round('m.tone_sum / nullif(m.tone_n, 0)', 3)} AS tone,
      m.first_published AS "firstPublished", fa.url, fa.id AS "firstArticle"`;
  }

  async findEntities(name: string): Promise<EntityRef[]> {
    const norm = normaliseName(name);
    // nothing left to match (punctuation or control characters only): no entity, never every entity
    if (!norm) return [];
    const query = (where: string, params: Record<string, unknown>) => this.sql.all<EntityRef>(`SELECT e.key, e.id, e.name, e.type, e.country,
        (SELECT count(*) FROM entity_mentions m WHERE m.entity_key = e.key) + (SELECT count(*) FROM entity_merges g WHERE g.entity_key = e.key) AS articles
      FROM entities e WHERE e.key IN (SELECT entity_key FROM entity_names WHERE ${where}) ORDER BY articles DESC, e.key LIMIT 10`, params);
    let rows = await query('name_norm = @n', { n: norm });
    // a prefix range on the primary key, not LIKE: stays an index range scan
    if (!rows.length) rows = await query('name_norm >= @lo AND name_norm < @hi', { lo: norm, hi: norm + '\uffff' });
    // last, a whole word of a longer name ("Blinken" for "Antony Blinken"): a scan of the names, fine for one look-up
    if (!rows.length) rows = await query(`(' ' || name_norm || ' ') LIKE @w`, { w: `% ${norm.replace(/[%_]/g, '')} %` });
    return rows;
  }

  async resolveEntity(name: string): Promise<EntityRef> {
    const found = await this.findEntities(name);
    if (!found.length) throw new CorpusQueryError(`no entity named "${name}" in this database`);
    return found[0];
  }

  async entityProfile(name: string): Promise<EntityProfile> {
    const all = await this.findEntities(name);
    if (!all.length) throw new CorpusQueryError(`no entity named "${name}" in this database`);
    const entity = all[0];
    const k = entity.key;
    const d = this.sql.dialect;
    const alsoAs = await this.sql.all<EntityProfile['alsoAs'][number]>(`SELECT a.name, count(*) AS articles, g.basis FROM entity_merges g JOIN entities a ON a.key = g.alias_key
      WHERE g.entity_key = @k GROUP BY a.name, g.basis ORDER BY articles DESC, a.name`, { k });
    const merges = await this.sql.all<EntityProfile['merges'][number]>(`SELECT a.name AS alias, r.id AS article, g.published, g.basis, g.name_match AS "match", g.confidence
      FROM entity_merges g JOIN entities a ON a.key = g.alias_key JOIN articles r ON r.key = g.article_key
      WHERE g.entity_key = @k ORDER BY g.confidence DESC, g.published DESC, g.article_key LIMIT ${PROFILE_LIST}`, { k });
    const own = (await this.sql.all<{ name: string }>('SELECT name FROM entity_names WHERE entity_key = @k', { k })).map((r) => r.name);
    const names = [...new Set([...own, ...alsoAs.map((a) => a.name)])].sort();
    const roles = rolesOverTime(await this.sql.all(`SELECT roles, published FROM (${ENTITY_ARTICLES}) ea WHERE roles IS NOT NULL ORDER BY published, article_key`, { k }));
    const mentionsByMonth = await this.sql.all<EntityProfile['mentionsByMonth'][number]>(`SELECT substr(published, 1, 7) AS month, count(DISTINCT article_key) AS articles, sum(count) AS mentions
      FROM (${ENTITY_ARTICLES}) ea GROUP BY substr(published, 1, 7) ORDER BY month`, { k });
    // co-occurrence counted once per duplicate group, so a syndicated story does not inflate it
    const coOccurring = await this.sql.all<EntityProfile['coOccurring'][number]>(`SELECT e.name, e.type, count(DISTINCT coalesce(c.dup_group, m2.article_key)) AS articles
      FROM (${ENTITY_ARTICLES}) m1 JOIN entity_mentions m2 ON m2.article_key = m1.article_key AND m2.entity_key <> m1.entity_key AND m2.entity_key <> @k
      JOIN entities e ON e.key = m2.entity_key LEFT JOIN corpus_articles c ON c.article_key = m1.article_key
      GROUP BY e.key, e.name, e.type ORDER BY articles DESC, e.name LIMIT ${PROFILE_LIST}`, { k });
    const quotesBy = await this.sql.all<EntityProfile['quotesBy'][number]>(`SELECT q.text, q.published, a.id AS article FROM quotes q JOIN articles a ON a.key = q.article_key
      WHERE q.key IN (${QUOTES_BY}) ORDER BY q.published DESC, q.key DESC LIMIT ${PROFILE_LIST}`, { k });
    const quotesAbout = quotesNaming(await this.quotesInArticlesOf(k), names, PROFILE_LIST);
    const edges = await this.sql.all<EntityProfile['edges'][number]>(`SELECT direction, other, type, count(*) AS events, sum(mentions) AS mentions,
        ${d.round('sum(tone_sum) / nullif(sum(tone_n), 0)', 2)} AS tone FROM (
        SELECT 'out' AS direction, coalesce(t.name, m.target_name) AS other, m.type, m.mentions, m.tone_sum, m.tone_n
          FROM merged_events m LEFT JOIN entities t ON t.key = m.target_key WHERE m.source_key = @k
        UNION ALL
        SELECT 'in', coalesce(s.name, m.source_name), m.type, m.mentions, m.tone_sum, m.tone_n
          FROM merged_events m LEFT JOIN entities s ON s.key = m.source_key WHERE m.target_key = @k) x
      GROUP BY direction, other, type ORDER BY events DESC, mentions DESC, direction, other, type LIMIT ${PROFILE_LIST * 2}`, { k });
    return { entity, alsoNamed: all.slice(1), names, alsoAs, merges, roles, mentionsByMonth, coOccurring, quotesBy, quotesAbout, edges };
  }

  /** Quotes by others in articles naming the entity, newest first (bounded). */
  private quotesInArticlesOf(k: number): Promise<EntityProfile['quotesAbout']> {
    return this.sql.all(`SELECT q.text, coalesce(s.name, q.speaker_text) AS speaker, q.published, a.id AS article
      FROM (${ENTITY_ARTICLES}) m JOIN quotes q ON q.article_key = m.article_key JOIN articles a ON a.key = q.article_key
      LEFT JOIN entities s ON s.key = q.speaker_key
      WHERE (q.speaker_key IS NULL OR (q.speaker_key <> m.entity_key AND q.speaker_key <> @k)) ORDER BY q.published DESC, q.key DESC LIMIT ${QUOTES_ABOUT_SCAN}`, { k });
  }

  async *events(f: EventFilter): AsyncIterable<MergedEventRow> {
    checkDay('--from', f.from);
    checkDay('--to', f.to);
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (f.actor) {
      params.actor = (await this.resolveEntity(f.actor)).key;
      where.push(f.target === undefined ? '(m.source_key = @actor OR m.target_key = @actor)' : 'm.source_key = @actor');
    }
    if (f.target) {
      params.target = (await this.resolveEntity(f.target)).key;
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
      params.place = f.place.toLowerCase();
      params.placeCode = f.place.toUpperCase();
      where.push('(lower(m.place_name) = @place OR m.place_country = @placeCode)');
    }
    if (f.placeFromFocus !== undefined) where.push(f.placeFromFocus ? 'm.place_from_focus = 1' : '(m.place_from_focus IS NULL OR m.place_from_focus = 0)');
    const order = f.newestFirst ? 'DESC' : 'ASC';
    const after = f.newestFirst ? '<' : '>';
    let remaining = f.limit === undefined ? Infinity : Math.floor(f.limit);
    let last: MergedEventRow | null = null;
    while (remaining > 0) {
      const page = Math.min(PAGE, remaining);
      // keyset paging on (date, key): each page is an index range, no cursor is held open between pages
      const cond: string[] = last ? [...where, `(m.date_begin ${after} @lastDate OR (m.date_begin = @lastDate AND m.key ${after} @lastKey))`] : where;
      const rows: MergedEventRow[] = await this.sql.all<MergedEventRow>(`SELECT ${this.mergedColumns} FROM ${MERGED_FROM} ${cond.length ? 'WHERE ' + cond.join(' AND ') : ''}
        ORDER BY m.date_begin ${order}, m.key ${order} LIMIT ${page}`, last ? { ...params, lastDate: last.date, lastKey: last.key } : params);
      for (const r of rows) yield mergedRow(r);
      if (rows.length < page) return;
      remaining -= rows.length;
      last = rows[rows.length - 1];
    }
  }

  eventMentions(mergedKey: number): Promise<Mention[]> {
    return this.sql.all<Mention>(`SELECT a.id AS article, a.source, a.url, a.published, l.claim, e.modality, e.confidence, a.tone AS "articleTone",
        e.evidence_start AS start, e.evidence_end AS "end", substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence
      FROM event_links l JOIN events e ON e.key = l.event_key JOIN articles a ON a.key = l.article_key
      WHERE l.merged_key = @m ORDER BY a.published, a.key, e.key`, { m: mergedKey });
  }

  async eventReach(mergedKey: number): Promise<{ articles: number; firstStart: number | null }> {
    const row = await this.sql.get<{ articles: number; firstStart: number | null }>(`SELECT count(DISTINCT l.article_key) AS articles, min(e.evidence_start) AS "firstStart"
      FROM event_links l JOIN events e ON e.key = l.event_key WHERE l.merged_key = @m`, { m: mergedKey });
    return row ?? { articles: 0, firstStart: null };
  }

  async quotes(f: QuoteFilter): Promise<QuoteRow[]> {
    const limit = f.limit ?? 50;
    const cols = 'q.text, q.kind, coalesce(s.name, q.speaker_text) AS speaker, q.published, a.id AS article, a.source';
    const from = QUOTES_WITH_SPEAKER;
    if (f.about) {
      const about = await this.resolveEntity(f.about);
      const names = (await this.sql.all<{ name: string }>('SELECT name FROM entity_names WHERE entity_key = @k', { k: about.key })).map((r) => r.name);
      let rows = quotesNaming(await this.quotesInArticlesOf(about.key), names, Infinity);
      if (f.speaker) {
        const sp = await this.resolveEntity(f.speaker);
        rows = rows.filter((q) => q.speaker === sp.name);
      }
      const out: QuoteRow[] = [];
      for (const q of rows.slice(0, limit)) {
        const full = await this.sql.get<QuoteRow>(`SELECT ${cols} FROM ${from} WHERE a.id = @article AND q.text = @text`, { article: q.article, text: q.text });
        if (full) out.push(full);
      }
      return out;
    }
    if (f.speaker) {
      const sp = await this.resolveEntity(f.speaker);
      return this.sql.all<QuoteRow>(`SELECT ${cols} FROM ${from} WHERE q.key IN (${QUOTES_BY}) ORDER BY q.published DESC, q.key DESC LIMIT ${Math.floor(limit)}`, { k: sp.key });
    }
    return this.sql.all<QuoteRow>(`SELECT ${cols} FROM ${from} ORDER BY q.published DESC, q.key DESC LIMIT ${Math.floor(limit)}`);
  }

  async timeline(names: string[], limit = 500): Promise<{ entities: EntityRef[]; entries: TimelineEntry[] }> {
    const ents: EntityRef[] = [];
    for (const n of names) ents.push(await this.resolveEntity(n));
    const n = Math.floor(limit);
    const entries: TimelineEntry[] = [];
    // each side is an index range scan stopped at the limit, so the cost does not grow with the entity's history
    const keys = ents.length === 1
      ? `SELECT key FROM (SELECT key FROM merged_events WHERE source_key = @a ORDER BY date_begin, key LIMIT ${n}) s1
         UNION SELECT key FROM (SELECT key FROM merged_events WHERE target_key = @a ORDER BY date_begin, key LIMIT ${n}) s2`
      : `SELECT key FROM (SELECT key FROM merged_events WHERE source_key = @a AND target_key = @b ORDER BY date_begin, key LIMIT ${n}) s1
         UNION SELECT key FROM (SELECT key FROM merged_events WHERE source_key = @b AND target_key = @a ORDER BY date_begin, key LIMIT ${n}) s2`;
    const params = ents.length === 1 ? { a: ents[0].key } : { a: ents[0].key, b: ents[1].key };
    for (const e of await this.sql.all<MergedEventRow>(`SELECT ${this.mergedColumns} FROM ${MERGED_FROM} WHERE m.key IN (${keys}) ORDER BY m.date_begin, m.key LIMIT ${n}`, params)) {
      entries.push({ date: e.date, kind: 'event', text: describeEvent(e), mentions: e.mentions, article: e.firstArticle });
    }
    if (ents.length === 1) {
      for (const q of await this.sql.all<{ text: string; published: string; article: string }>(`SELECT q.text, q.published, a.id AS article FROM quotes q JOIN articles a ON a.key = q.article_key
          WHERE q.key IN (${QUOTES_BY}) ORDER BY q.published, q.key LIMIT ${n}`, { k: ents[0].key })) {
        entries.push({ date: q.published.slice(0, 10), kind: 'quote', text: quoted(q.text), mentions: 1, article: q.article });
      }
    }
    entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { entities: ents, entries };
  }

  private async withEntities(rows: Array<Omit<StoryRow, 'entities'>>): Promise<StoryRow[]> {
    const out: StoryRow[] = [];
    for (const r of rows) {
      const entities = (await this.sql.all<{ name: string }>(`SELECT e.name FROM story_entities s JOIN entities e ON e.key = s.entity_key
        WHERE s.story_key = @s ORDER BY s.weight DESC, e.name LIMIT 6`, { s: r.key })).map((x) => x.name);
      out.push({ ...r, entities });
    }
    return out;
  }

  async stories(opts: { limit?: number; minArticles?: number } = {}): Promise<StoryRow[]> {
    return this.withEntities(await this.sql.all(`SELECT key, title, first_published AS first, last_published AS last, articles, sources FROM stories
      WHERE articles >= @min ORDER BY last_published DESC, key DESC LIMIT ${Math.floor(opts.limit ?? 50)}`, { min: opts.minArticles ?? 1 }));
  }

  async story(key: number): Promise<StoryRow | undefined> {
    const rows = await this.sql.all<Omit<StoryRow, 'entities'>>('SELECT key, title, first_published AS first, last_published AS last, articles, sources FROM stories WHERE key = @key', { key });
    return (await this.withEntities(rows))[0];
  }

  storyArticles(storyKey: number): Promise<StoryArticle[]> {
    return this.sql.all<StoryArticle>(`SELECT a.id, a.title, a.source, a.published, CASE WHEN c.dup_group <> c.article_key THEN g.id END AS "duplicateOf"
      FROM corpus_articles c JOIN articles a ON a.key = c.article_key JOIN articles g ON g.key = c.dup_group
      WHERE c.story_key = @s ORDER BY a.published, a.key`, { s: storyKey });
  }

  async storyEvents(storyKey: number, limit: number): Promise<MergedEventRow[]> {
    const rows = await this.sql.all<MergedEventRow>(`SELECT ${this.mergedColumns} FROM ${MERGED_FROM}
      WHERE m.key IN (SELECT l.merged_key FROM corpus_articles c JOIN event_links l ON l.article_key = c.article_key WHERE c.story_key = @s)
      ORDER BY m.date_begin, m.key LIMIT ${Math.floor(limit)}`, { s: storyKey });
    return rows.map(mergedRow);
  }

  places(q: { from?: string; to?: string; limit?: number }): Promise<PlaceRow[]> {
    const where = ['lat IS NOT NULL', 'lon IS NOT NULL'];
    const params: Record<string, unknown> = {};
    if (q.from) {
      where.push('published >= @from');
      params.from = q.from;
    }
    if (q.to) {
      where.push('published <= @to');
      // a bare year or month includes all of it, a bare day every time of it
      params.to = q.to.length === 10 ? q.to + 'T99' : q.to + '-99';
    }
    return this.sql.all<PlaceRow>(`SELECT name, min(kind) AS kind, min(country) AS country, lat, lon, min(gazetteer_id) AS "gazetteerId",
        count(DISTINCT article_key) AS articles, min(published) AS first, max(published) AS last
      FROM places WHERE ${where.join(' AND ')} GROUP BY name, lat, lon ORDER BY articles DESC, name, lat, lon ${q.limit ? 'LIMIT ' + Math.floor(q.limit) : ''}`, params);
  }

  entityTable(): AsyncIterable<Record<string, unknown>> {
    return this.pages((after) => this.sql.all(`SELECT e.key, e.id, e.name, e.type, e.country, e.place_kind,
        (SELECT count(*) FROM entity_mentions m WHERE m.entity_key = e.key) + (SELECT count(*) FROM entity_merges g WHERE g.entity_key = e.key) AS articles,
        coalesce((SELECT sum(count) FROM entity_mentions m WHERE m.entity_key = e.key), 0) + coalesce((SELECT sum(m.count) FROM entity_merges g
          JOIN entity_mentions m ON m.entity_key = g.alias_key AND m.article_key = g.article_key AND m.published = g.published WHERE g.entity_key = e.key), 0) AS mentions,
        (SELECT ${this.sql.dialect.groupConcat('name', '; ')} FROM entity_names n WHERE n.entity_key = e.key) AS names
      FROM entities e WHERE e.key > @after ORDER BY e.key LIMIT ${PAGE}`, { after }));
  }

  quoteTable(): AsyncIterable<Record<string, unknown>> {
    return this.pages((after) => this.sql.all(`SELECT q.key, a.id AS article, q.published, coalesce(s.name, q.speaker_text) AS speaker, s.id AS speaker_id, q.kind, q.text,
        q.start_offset AS start, q.end_offset AS "end", q.confidence, a.source, a.url
      FROM ${QUOTES_WITH_SPEAKER} WHERE q.key > @after ORDER BY q.key LIMIT ${PAGE}`, { after }));
  }

  /** Rows read page by page in key order; the key column is used for paging and left out of the rows. */
  private async *pages(read: (after: number) => Promise<Array<Record<string, unknown>>>): AsyncIterable<Record<string, unknown>> {
    let after = 0;
    for (;;) {
      const rows = await read(after);
      for (const { key, ...rest } of rows) {
        after = key as number;
        yield rest;
      }
      if (rows.length < PAGE) return;
    }
  }

  async duplicateGroups(): Promise<string[][]> {
    const rows = await this.sql.all<{ g: number; id: string }>(`SELECT c.dup_group AS g, a.id FROM corpus_articles c JOIN articles a ON a.key = c.article_key
      WHERE c.dup_group IN (SELECT dup_group FROM corpus_articles GROUP BY dup_group HAVING count(*) > 1) ORDER BY c.dup_group, c.article_key`);
    const groups = new Map<number, string[]>();
    for (const r of rows) groups.set(r.g, [...(groups.get(r.g) ?? []), r.id]);
    return [...groups.values()];
  }

  entityMerges(): Promise<EntityMerge[]> {
    return this.sql.all<EntityMerge>(`SELECT a.name AS alias, e.name AS entity, r.id AS article, g.basis, g.name_match AS "match", g.confidence FROM entity_merges g
      JOIN entities a ON a.key = g.alias_key JOIN entities e ON e.key = g.entity_key JOIN articles r ON r.key = g.article_key
      ORDER BY g.article_key, g.alias_key`);
  }

  async summary(): Promise<CorpusSummary> {
    const row = await this.sql.get<CorpusSummary>(`SELECT (SELECT count(*) FROM corpus_articles) AS articles, (SELECT count(*) FROM events) AS events,
      (SELECT count(*) FROM merged_events) AS "mergedEvents", (SELECT count(DISTINCT dup_group) FROM corpus_articles) AS "duplicateGroups",
      (SELECT count(*) FROM stories) AS stories`);
    return row!;
  }

  async articleWithNames(key: number): Promise<{ id: string; names: string[] } | undefined> {
    const a = await this.sql.get<{ key: number; id: string }>('SELECT key, id FROM articles WHERE key >= @key ORDER BY key LIMIT 1', { key });
    if (!a) return undefined;
    const names = await this.sql.all<{ name: string }>(`SELECT e.name FROM entity_mentions m JOIN entities e ON e.key = m.entity_key
      WHERE m.article_key = @a ORDER BY m.first_start, e.key`, { a: a.key });
    return { id: a.id, names: names.map((n) => n.name) };
  }

  async lastArticleKey(): Promise<number> {
    return (await this.sql.get<{ k: number | null }>('SELECT max(key) AS k FROM articles'))?.k ?? 0;
  }

  async people(limit: number): Promise<string[]> {
    return (await this.sql.all<{ name: string }>(`SELECT name FROM entities WHERE type = 'person' ORDER BY key LIMIT ${Math.floor(limit)}`)).map((r) => r.name);
  }
}
