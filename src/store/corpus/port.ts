import type { SqlSession } from '../sql.js';
import type { CorpusArticle, CorpusPort, MergedEventRef, MergedEventReport, NewMergedEvent } from '../../corpus/port.js';
import { flag } from '../rows.js';

/** Earlier articles of a short name re-examined when its surname gets its first longer name: bounds one article's work. */
const RETRO_ARTICLES = 2000;
/** Longer names read for one surname: a surname shared by more people than this is ambiguous anyway. */
const SURNAME_CANDIDATES = 50;
/** Merged events with one merge key read for one report: more on the same days would be one event counted apart. */
const MERGE_CANDIDATES = 20;

/** Every table the corpus index writes, children first. */
export const CORPUS_TABLES = ['entity_merges', 'person_surnames', 'event_links', 'merged_events', 'story_article_events', 'story_article_entities', 'story_entities', 'stories', 'lsh_buckets', 'corpus_articles'];

const MERGED_REF = `key, merge_key AS "mergeKey", "symmetric", date_begin AS "dateBegin", place_name AS "placeName", place_country AS "placeCountry"`;

function mergedRef(r: MergedEventRef & { symmetric: unknown }): MergedEventRef {
  return { ...r, symmetric: Number(r.symmetric) === 1 };
}

/**
 * The corpus storage port in SQL, one text for both stores (the session's dialect spells what differs). Runs on the
 * session of the store's write transaction.
 */
/**
 * The merged event's place after one more report (@placeName, @placeCountry, @placeFromFocus, @lat, @lon): the first
 * place given, except that a place the report's sentence names replaces one guessed from an article's focus.
 */
const PLACE_FROM_REPORT = placeUpdate('merged_events', {
  name: '@placeName', country: '@placeCountry', fromFocus: 'CAST(@placeFromFocus AS INTEGER)', lat: '@lat', lon: '@lon',
});

/** The same when another merged event `f` is folded into this one. */
const PLACE_FROM_FOLDED = placeUpdate('merged_events', {
  name: 'f.place_name', country: 'f.place_country', fromFocus: 'f.place_from_focus', lat: 'f.lat', lon: 'f.lon',
});

function placeUpdate(table: string, other: { name: string; country: string; fromFocus: string; lat: string; lon: string }): string {
  const t = (c: string): string => `${table}.${c}`;
  // the held place came from a focus and the other one is named in its sentence
  const replace = `(${t('place_from_focus')} = 1 AND ${other.fromFocus} = 0)`;
  const pick = (column: string, value: string): string => `${column} = CASE WHEN ${replace} THEN ${value} ELSE coalesce(${t(column)}, ${value}) END`;
  const hadPlace = `(${t('place_name')} IS NOT NULL OR ${t('place_country')} IS NOT NULL)`;
  return [
    pick('place_name', other.name), pick('place_country', other.country), pick('lat', other.lat), pick('lon', other.lon),
    `place_from_focus = CASE WHEN ${replace} THEN 0 WHEN ${hadPlace} THEN ${t('place_from_focus')} ELSE ${other.fromFocus} END`,
  ].join(', ');
}

export class SqlCorpusPort implements CorpusPort {
  constructor(private readonly sql: SqlSession) {}

  private get d() {
    return this.sql.dialect;
  }

  async entityKeys(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.sql.all<{ key: number; id: string }>(`SELECT key, id FROM entities WHERE id ${this.d.inList('@ids', 'TEXT')}`, { ids: this.d.list(ids) });
    return new Map(rows.map((r) => [r.id, r.key]));
  }

  async lshCandidates(bands: number[]): Promise<number[]> {
    const rows = await this.sql.all<{ k: number }>(`SELECT DISTINCT b.article_key AS k FROM ${this.d.indexedList('@bands', 'BIGINT')} x
      JOIN lsh_buckets b ON b.band = x.i AND b.hash = x.v`, { bands: this.d.list(bands) });
    return rows.map((r) => r.k);
  }

  async corpusArticles(keys: number[]): Promise<CorpusArticle[]> {
    if (!keys.length) return [];
    return this.sql.all<CorpusArticle>(`SELECT article_key AS "articleKey", published, signature, dup_group AS "group", story_key AS "storyKey"
      FROM corpus_articles WHERE article_key ${this.d.inList('@keys', 'BIGINT')}`, { keys: this.d.list(keys) });
  }

  async addLshBuckets(articleKey: number, bands: number[]): Promise<void> {
    // WHERE true: without it SQLite reads the ON of ON CONFLICT as a join condition
    await this.sql.run(`INSERT INTO lsh_buckets (band, hash, article_key) SELECT x.i, x.v, CAST(@a AS BIGINT) FROM ${this.d.indexedList('@bands', 'BIGINT')} x
      WHERE true ON CONFLICT DO NOTHING`, { a: articleKey, bands: this.d.list(bands) });
  }

  async addCorpusArticle(r: { articleKey: number; published: string; signature: Buffer; group: number; similarity: number | null }): Promise<void> {
    await this.sql.run(`INSERT INTO corpus_articles (article_key, published, signature, dup_group, similarity, story_key)
      VALUES (@articleKey, @published, @signature, @group, @similarity, NULL)
      ON CONFLICT (article_key) DO UPDATE SET published = excluded.published, signature = excluded.signature,
        dup_group = excluded.dup_group, similarity = excluded.similarity, story_key = NULL`, r);
  }

  async eventKeys(articleKey: number): Promise<Map<string, number>> {
    const rows = await this.sql.all<{ key: number; event_id: string }>('SELECT key, event_id FROM events WHERE article_key = @a', { a: articleKey });
    return new Map(rows.map((r) => [r.event_id, r.key]));
  }

  async mergeCandidates(mergeKey: string, from: string, to: string, exceptKey = -1): Promise<MergedEventRef[]> {
    // earliest date first, not first stored: a report between two stored events of one key joins the same one whichever
    // was stored first (several workers store in no fixed order)
    const rows = await this.sql.all<MergedEventRef>(`SELECT ${MERGED_REF} FROM merged_events
      WHERE merge_key = @mergeKey AND date_begin <= @to AND coalesce(date_end, date_begin) >= @from AND key <> @exceptKey ORDER BY date_begin, key LIMIT ${MERGE_CANDIDATES}`, { mergeKey, from, to, exceptKey });
    return rows.map(mergedRef);
  }

  async addMergedEvent(e: NewMergedEvent): Promise<number> {
    const res = await this.sql.run<{ key: number }>(`INSERT INTO merged_events (merge_key, type, mode, cameo, quad_class, intensity,
        source_key, source_name, source_code, source_country, target_key, target_name, target_code, target_country, "symmetric",
        date_begin, date_end, place_name, place_country, place_from_focus, lat, lon, first_published, first_article_key,
        mentions, sources, happened, denied, intended, tone_sum, tone_n)
      VALUES (@mergeKey, @type, @mode, @cameo, @quadClass, @intensity,
        @sourceKey, @sourceName, @sourceCode, @sourceCountry, @targetKey, @targetName, @targetCode, @targetCountry, @symmetric,
        @dateBegin, @dateEnd, @placeName, @placeCountry, @placeFromFocus, @lat, @lon, @published, @articleKey, 0, 0, 0, 0, 0, 0, 0) RETURNING key`,
    { ...e, symmetric: e.symmetric ? 1 : 0, placeFromFocus: flag(e.placeFromFocus) });
    return res.rows[0].key;
  }

  async groupReports(mergedKey: number, group: number): Promise<boolean> {
    return (await this.sql.get('SELECT 1 AS one FROM event_links WHERE merged_key = @m AND dup_group = @g LIMIT 1', { m: mergedKey, g: group })) !== undefined;
  }

  async addEventLink(l: { eventKey: number; mergedKey: number; articleKey: number; group: number; claim: string }): Promise<void> {
    await this.sql.run(`INSERT INTO event_links (event_key, merged_key, article_key, dup_group, claim) VALUES (@eventKey, @mergedKey, @articleKey, @group, @claim)
      ON CONFLICT DO NOTHING`, l);
  }

  async countReport(r: MergedEventReport): Promise<void> {
    const d = this.d;
    await this.sql.run(`UPDATE merged_events SET mentions = mentions + 1, sources = sources + @newSource,
        happened = happened + @happened, denied = denied + @denied, intended = intended + @intended,
        tone_sum = tone_sum + coalesce(CAST(@tone AS DOUBLE PRECISION), 0), tone_n = tone_n + (CASE WHEN CAST(@tone AS DOUBLE PRECISION) IS NULL THEN 0 ELSE 1 END),
        date_begin = ${d.least('date_begin', '@dateBegin')}, date_end = ${d.greatest('coalesce(date_end, date_begin)', '@dateEnd')},
        ${PLACE_FROM_REPORT},
        source_key = coalesce(source_key, @sourceKey), target_key = coalesce(target_key, @targetKey)
      WHERE key = @mergedKey`, {
      mergedKey: r.mergedKey, newSource: r.newSource ? 1 : 0, happened: r.claim === 'happened' ? 1 : 0, denied: r.claim === 'denied' ? 1 : 0, intended: r.claim === 'intended' ? 1 : 0,
      tone: r.tone, dateBegin: r.dateBegin, dateEnd: r.dateEnd, placeName: r.placeName, placeCountry: r.placeCountry, lat: r.lat, lon: r.lon, sourceKey: r.sourceKey, targetKey: r.targetKey,
      placeFromFocus: flag(r.placeFromFocus),
    });
  }

  async mergedOfArticle(articleKey: number, entityKey: number): Promise<MergedEventRef[]> {
    const rows = await this.sql.all<MergedEventRef>(`SELECT ${MERGED_REF} FROM merged_events
      WHERE key IN (SELECT merged_key FROM event_links WHERE article_key = @a) AND (source_key = @e OR target_key = @e) ORDER BY key`, { a: articleKey, e: entityKey });
    return rows.map(mergedRef);
  }

  async reportsOutsideMerge(mergedKey: number, aliasKey: number, entityKey: number): Promise<number> {
    const row = await this.sql.get<{ n: number }>(`SELECT count(*) AS n FROM event_links l WHERE l.merged_key = @m AND NOT EXISTS (
        SELECT 1 FROM entity_merges g WHERE g.alias_key = @alias AND g.article_key = l.article_key AND g.entity_key = @e AND g.basis = 'story')`,
    { m: mergedKey, alias: aliasKey, e: entityKey });
    return Number(row?.n ?? 0);
  }

  async foldMergedEvent(fromKey: number, intoKey: number): Promise<void> {
    const d = this.d;
    await this.sql.run('UPDATE event_links SET merged_key = @into WHERE merged_key = @from', { into: intoKey, from: fromKey });
    await this.sql.run(`UPDATE merged_events SET
        mentions = merged_events.mentions + f.mentions, happened = merged_events.happened + f.happened, denied = merged_events.denied + f.denied,
        intended = merged_events.intended + f.intended, tone_sum = merged_events.tone_sum + f.tone_sum, tone_n = merged_events.tone_n + f.tone_n,
        first_article_key = CASE WHEN f.first_published < merged_events.first_published THEN f.first_article_key ELSE merged_events.first_article_key END,
        first_published = ${d.least('merged_events.first_published', 'f.first_published')},
        date_begin = ${d.least('merged_events.date_begin', 'f.date_begin')},
        date_end = ${d.greatest('coalesce(merged_events.date_end, merged_events.date_begin)', 'coalesce(f.date_end, f.date_begin)')},
        sources = (SELECT count(DISTINCT dup_group) FROM event_links WHERE merged_key = @into),
        ${PLACE_FROM_FOLDED}
      FROM (SELECT * FROM merged_events WHERE key = @from) f
      WHERE merged_events.key = @into`, { into: intoKey, from: fromKey });
    await this.sql.run('DELETE FROM merged_events WHERE key = @from', { from: fromKey });
  }

  async repointMergedEvent(key: number, mergeKey: string, aliasKey: number, canonicalKey: number): Promise<void> {
    await this.sql.run(`UPDATE merged_events SET merge_key = @mergeKey,
        source_key = CASE WHEN source_key = @alias THEN CAST(@canonical AS BIGINT) ELSE source_key END,
        target_key = CASE WHEN target_key = @alias THEN CAST(@canonical AS BIGINT) ELSE target_key END
      WHERE key = @key`, { key, mergeKey, alias: aliasKey, canonical: canonicalKey });
  }

  async addStoryEntities(articleKey: number, published: string, entities: Array<{ key: number; weight: number }>): Promise<void> {
    for (const e of entities) {
      await this.sql.run(`INSERT INTO story_article_entities (article_key, entity_key, weight, published) VALUES (@a, @e, @w, @published)
        ON CONFLICT (article_key, entity_key) DO UPDATE SET weight = excluded.weight, published = excluded.published`, { a: articleKey, e: e.key, w: e.weight, published });
    }
  }

  async articlesAbout(entityKey: number, from: string, until: string, limit: number): Promise<number[] | null> {
    const rows = await this.sql.all<{ a: number }>(`SELECT article_key AS a FROM story_article_entities
      WHERE entity_key = @e AND published >= @from AND published < @until ORDER BY article_key LIMIT ${Math.floor(limit) + 1}`,
    { e: entityKey, from, until });
    return rows.length > limit ? null : rows.map((r) => Number(r.a));
  }

  async storyEntitiesOf(articleKeys: number[]): Promise<Array<{ articleKey: number; entityKey: number; weight: number; name: string; type: string }>> {
    if (!articleKeys.length) return [];
    const rows = await this.sql.all<{ articleKey: number; entityKey: number; weight: number; name: string; type: string }>(`SELECT s.article_key AS "articleKey",
        s.entity_key AS "entityKey", s.weight, e.name, e.type
      FROM story_article_entities s JOIN entities e ON e.key = s.entity_key WHERE s.article_key ${this.d.inList('@keys', 'BIGINT')}`, { keys: this.d.list(articleKeys) });
    return rows.map((r) => ({ ...r, articleKey: Number(r.articleKey), entityKey: Number(r.entityKey), weight: Number(r.weight) }));
  }

  async addStoryEvents(articleKey: number, events: Array<{ mergeKey: string; day: string }>): Promise<void> {
    for (const e of events) {
      await this.sql.run(`INSERT INTO story_article_events (article_key, merge_key, day) VALUES (@a, @k, @day) ON CONFLICT DO NOTHING`, { a: articleKey, k: e.mergeKey, day: e.day });
    }
  }

  async articlesReporting(mergeKey: string, from: string, until: string, limit: number): Promise<number[] | null> {
    const rows = await this.sql.all<{ a: number }>(`SELECT DISTINCT article_key AS a FROM story_article_events
      WHERE merge_key = @k AND day >= @from AND day < @until ORDER BY a LIMIT ${Math.floor(limit) + 1}`, { k: mergeKey, from, until });
    return rows.length > limit ? null : rows.map((r) => Number(r.a));
  }

  async addStory(published: string, title: string | null, articleKey: number): Promise<number> {
    const res = await this.sql.run<{ key: number }>(`INSERT INTO stories (first_published, last_published, articles, sources, title, last_article_key)
      VALUES (@published, @published, 0, 0, @title, @articleKey) RETURNING key`, { published, title, articleKey });
    return res.rows[0].key;
  }

  async groupInStory(storyKey: number, group: number, articleKey: number): Promise<boolean> {
    return (await this.sql.get('SELECT 1 AS one FROM corpus_articles WHERE story_key = @s AND dup_group = @g AND article_key <> @a LIMIT 1', { s: storyKey, g: group, a: articleKey })) !== undefined;
  }

  async countStoryArticle(storyKey: number, published: string, title: string | null, articleKey: number, newSource: boolean): Promise<void> {
    const d = this.d;
    // the title of the story's earliest article (of one day, the first title in order): the same in any arrival order
    await this.sql.run(`UPDATE stories SET articles = articles + 1, sources = sources + @newSource,
        title = CASE WHEN CAST(@title AS TEXT) IS NOT NULL AND (title IS NULL OR @published < first_published OR (@published = first_published AND @title < title))
          THEN @title ELSE title END,
        last_published = ${d.greatest('last_published', '@published')}, first_published = ${d.least('first_published', '@published')}, last_article_key = @articleKey
      WHERE key = @storyKey`, { storyKey, published, title, articleKey, newSource: newSource ? 1 : 0 });
  }

  async addStoryEntity(storyKey: number, entityKey: number, weight: number, published: string): Promise<void> {
    await this.sql.run(`INSERT INTO story_entities (entity_key, story_key, weight, last_published) VALUES (@entityKey, @storyKey, @weight, @published)
      ON CONFLICT (story_key, entity_key) DO UPDATE SET weight = story_entities.weight + excluded.weight,
        last_published = ${this.d.greatest('story_entities.last_published', 'excluded.last_published')}`, { storyKey, entityKey, weight, published });
  }

  async setStory(articleKey: number, storyKey: number): Promise<void> {
    await this.sql.run('UPDATE corpus_articles SET story_key = @s WHERE article_key = @a', { s: storyKey, a: articleKey });
  }

  async mergeStories(intoKey: number, fromKeys: number[]): Promise<void> {
    if (!fromKeys.length) return;
    const d = this.d;
    const from = { into: intoKey, from: d.list(fromKeys) };
    const inFrom = d.inList('@from', 'BIGINT');
    await this.sql.run(`UPDATE corpus_articles SET story_key = @into WHERE story_key ${inFrom}`, from);
    // one row an entity (PostgreSQL updates a row once a statement); GROUP BY also keeps SQLite from reading ON as a join's
    await this.sql.run(`INSERT INTO story_entities (entity_key, story_key, weight, last_published)
      SELECT entity_key, CAST(@into AS BIGINT), sum(weight), max(last_published) FROM story_entities WHERE story_key ${inFrom} GROUP BY entity_key
      ON CONFLICT (story_key, entity_key) DO UPDATE SET weight = story_entities.weight + excluded.weight,
        last_published = ${d.greatest('story_entities.last_published', 'excluded.last_published')}`, from);
    await this.sql.run(`UPDATE stories SET
        title = (SELECT a.title FROM corpus_articles c JOIN articles a ON a.key = c.article_key
          WHERE c.story_key = @into AND a.title IS NOT NULL ORDER BY c.published, a.title LIMIT 1),
        articles = (SELECT count(*) FROM corpus_articles c WHERE c.story_key = @into),
        sources = (SELECT count(DISTINCT c.dup_group) FROM corpus_articles c WHERE c.story_key = @into),
        first_published = (SELECT min(c.published) FROM corpus_articles c WHERE c.story_key = @into),
        last_published = (SELECT max(c.published) FROM corpus_articles c WHERE c.story_key = @into),
        last_article_key = (SELECT c.article_key FROM corpus_articles c WHERE c.story_key = @into ORDER BY c.published DESC, c.article_key DESC LIMIT 1)
      WHERE key = @into`, from);
    await this.sql.run(`DELETE FROM story_entities WHERE story_key ${inFrom}`, from);
    await this.sql.run(`DELETE FROM stories WHERE key ${inFrom}`, from);
  }

  async storyOf(articleKey: number): Promise<number | null> {
    return (await this.sql.get<{ s: number | null }>('SELECT story_key AS s FROM corpus_articles WHERE article_key = @a', { a: articleKey }))?.s ?? null;
  }

  async storyHasEntity(storyKey: number, entityKey: number): Promise<boolean> {
    return (await this.sql.get('SELECT 1 AS one FROM story_entities WHERE story_key = @s AND entity_key = @e', { s: storyKey, e: entityKey })) !== undefined;
  }

  async addSurname(surname: string, entityKey: number): Promise<boolean> {
    return (await this.sql.run('INSERT INTO person_surnames (surname, entity_key) VALUES (@surname, @entityKey) ON CONFLICT DO NOTHING', { surname, entityKey })).changes > 0;
  }

  async longNames(surname: string): Promise<Array<{ key: number; id: string; name: string; country: string | null }>> {
    return this.sql.all(`SELECT e.key, e.id, e.name, e.country FROM person_surnames s JOIN entities e ON e.key = s.entity_key
      WHERE s.surname = @surname ORDER BY e.key LIMIT ${SURNAME_CANDIDATES}`, { surname });
  }

  async peopleNamed(nameNorm: string): Promise<Array<{ key: number; id: string; name: string; country: string | null }>> {
    return this.sql.all(`SELECT e.key, e.id, e.name, e.country FROM entities e
      WHERE e.type = 'person' AND e.key IN (SELECT entity_key FROM entity_names WHERE name_norm = @n) ORDER BY e.key`, { n: nameNorm });
  }

  async organisationsNamed(nameNorm: string): Promise<Array<{ key: number; id: string; name: string; country: string | null }>> {
    return this.sql.all(`SELECT e.key, e.id, e.name, e.country FROM entities e
      WHERE e.type = 'organisation' AND e.key IN (SELECT entity_key FROM entity_names WHERE name_norm = @n) ORDER BY e.key LIMIT ${SURNAME_CANDIDATES}`, { n: nameNorm });
  }

  async unmergedArticlesOf(entityKey: number): Promise<Array<{ articleKey: number; published: string }>> {
    // only articles indexed already: a later article of the same batch is resolved when its own turn comes
    return this.sql.all(`SELECT m.article_key AS "articleKey", m.published FROM entity_mentions m JOIN corpus_articles c ON c.article_key = m.article_key
      WHERE m.entity_key = @e AND NOT EXISTS (SELECT 1 FROM entity_merges g WHERE g.alias_key = m.entity_key AND g.article_key = m.article_key)
      ORDER BY m.published DESC, m.article_key DESC LIMIT ${RETRO_ARTICLES}`, { e: entityKey });
  }

  async addEntityMerge(m: { aliasKey: number; articleKey: number; entityKey: number; published: string; surname: string; basis: 'story' | 'corpus'; match: string; confidence: number }): Promise<boolean> {
    return (await this.sql.run(`INSERT INTO entity_merges (alias_key, article_key, entity_key, published, surname, basis, name_match, confidence)
      VALUES (@aliasKey, @articleKey, @entityKey, @published, @surname, @basis, @match, @confidence) ON CONFLICT DO NOTHING`, m)).changes > 0;
  }

  async corpusMerges(surname: string): Promise<Array<{ aliasKey: number; articleKey: number; aliasName: string; aliasCountry: string | null }>> {
    return this.sql.all(`SELECT g.alias_key AS "aliasKey", g.article_key AS "articleKey", a.name AS "aliasName", a.country AS "aliasCountry" FROM entity_merges g
      JOIN entities a ON a.key = g.alias_key WHERE g.surname = @surname AND g.basis = 'corpus' ORDER BY g.alias_key, g.article_key`, { surname });
  }

  async removeEntityMerge(aliasKey: number, articleKey: number): Promise<void> {
    await this.sql.run('DELETE FROM entity_merges WHERE alias_key = @aliasKey AND article_key = @articleKey', { aliasKey, articleKey });
  }

  async clear(): Promise<void> {
    for (const t of CORPUS_TABLES) await this.sql.run(`DELETE FROM ${t}`);
  }
}
