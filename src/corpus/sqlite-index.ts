import type Database from 'better-sqlite3';
import type { ItemRows } from '../store/rows.js';
import { normaliseName } from '../store/rows.js';
import { bandHashes, bufferToSignature, DUPLICATE_JACCARD, estimateJaccard, minhash, signatureToBuffer } from './minhash.js';
import { claimOf, EVENT_DATE_TOLERANCE_DAYS, eventMergeKey, placesAgree, shiftDay } from './event-key.js';
import { ShortNameResolver } from './short-names.js';

type Db = Database.Database;

/** Days a story stays open for new articles after its latest one: a development is reported over days, not weeks. */
export const STORY_WINDOW_DAYS = 3;
/** Score at or above which an article joins a story (shared entity weight share + shared events + text similarity). */
export const STORY_JOIN_SCORE = 0.5;
/** Entities of an article used to find and score stories: its most mentioned ones. */
const STORY_ENTITIES = 8;
/** Weight of an entity by type: people and organisations identify a development more than a country named in passing. */
const ENTITY_TYPE_WEIGHT: Record<string, number> = { person: 1, organisation: 1, group: 1, place: 0.5, other: 0.5 };
/** Score added when the article reports an event already merged into the story's events. */
const SHARED_EVENT_BONUS = 0.5;
/** Candidate stories scored on text similarity as well, best entity/event scores first. */
const STORY_SHORTLIST = 8;
/** Least denominator of the entity share: one shared country out of an article naming little else is no evidence of one development. */
const MIN_ENTITY_WEIGHT = 2;

/** Entity types an event actor names more precisely than a nationality or place does, best first. */
const ACTOR_TYPE_RANK: Record<string, number> = { person: 2, organisation: 1 };

/**
 * The entity an event actor stands for across articles. The events stage links an actor phrase to the first entity
 * inside it, so "Kenyan President William Ruto" links to the nationality "Kenyan": where the phrase holds the whole
 * name of a person (else an organisation) of the article and the link is to a weaker kind of entity (group, place,
 * other, none), the person is the actor. A possessive ("Ruto's government") is not the person.
 */
export function actorEntityId(linkedId: string | null, actorName: string | null, entities: ItemRows['entities']): string | null {
  if (!actorName) return linkedId;
  const linked = linkedId ? entities.find((e) => e.id === linkedId) : undefined;
  const linkedRank = linked ? (ACTOR_TYPE_RANK[linked.type] ?? 0) : 0;
  const words = (t: string) => normaliseName(t).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  const phrase = ' ' + words(actorName) + ' ';
  let best: { id: string; rank: number; length: number } | null = null;
  for (const e of entities) {
    const rank = ACTOR_TYPE_RANK[e.type] ?? 0;
    if (rank <= linkedRank) continue;
    const name = words(e.name);
    if (!name) continue;
    // whole words only; apostrophes stay inside words, so "ruto's" does not hold "ruto"
    if (!phrase.includes(' ' + name + ' ')) continue;
    if (!best || rank > best.rank || (rank === best.rank && name.length > best.length)) best = { id: e.id, rank, length: name.length };
  }
  return best?.id ?? linkedId;
}

/** The ISO day of a date or timestamp. */
function day(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * Keeps the corpus tables (duplicate groups, stories, merged events) up to date as articles are stored: each article
 * is placed by indexed look-ups (LSH buckets, open stories of its entities, events with its merge key), never by
 * recomputing over the corpus. Runs inside the store's write transaction.
 */
export class SqliteCorpusIndex {
  private readonly st;
  /** short person names resolved to longer ones (null where the database predates migration 6) */
  private readonly shortNames: ShortNameResolver | null;

  constructor(private readonly db: Db) {
    const hasMerges = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'entity_merges'").get() !== undefined;
    this.shortNames = hasMerges ? new ShortNameResolver(db) : null;
    this.st = {
      entityKey: db.prepare('SELECT key FROM entities WHERE id = ?').pluck(),
      bucketCandidates: db.prepare(`SELECT DISTINCT b.article_key FROM lsh_buckets b
        WHERE b.band = ? AND b.hash = ?`).pluck(),
      signature: db.prepare('SELECT signature, dup_group, story_key FROM corpus_articles WHERE article_key = ?'),
      insertBucket: db.prepare('INSERT OR IGNORE INTO lsh_buckets (band, hash, article_key) VALUES (?, ?, ?)'),
      insertArticle: db.prepare(`INSERT OR REPLACE INTO corpus_articles (article_key, published, signature, dup_group, similarity, story_key)
        VALUES (?, ?, ?, ?, ?, ?)`),
      eventKeys: db.prepare('SELECT key, event_id FROM events WHERE article_key = ?'),
      mergeCandidates: db.prepare(`SELECT key, place_name, place_country FROM merged_events
        WHERE merge_key = ? AND date_begin BETWEEN ? AND ? ORDER BY key LIMIT 20`),
      insertMerged: db.prepare(`INSERT INTO merged_events (merge_key, type, mode, cameo, quad_class, intensity,
          source_key, source_name, source_code, source_country, target_key, target_name, target_code, target_country, symmetric,
          date_begin, date_end, place_name, place_country, lat, lon, first_published, first_article_key,
          mentions, sources, happened, denied, intended, tone_sum, tone_n)
        VALUES (@mergeKey, @type, @mode, @cameo, @quadClass, @intensity,
          @sourceKey, @sourceName, @sourceCode, @sourceCountry, @targetKey, @targetName, @targetCode, @targetCountry, @symmetric,
          @dateBegin, @dateEnd, @placeName, @placeCountry, @lat, @lon, @published, @articleKey, 0, 0, 0, 0, 0, 0, 0)`),
      groupHasLink: db.prepare('SELECT 1 FROM event_links WHERE merged_key = ? AND dup_group = ? LIMIT 1').pluck(),
      insertLink: db.prepare('INSERT OR IGNORE INTO event_links (event_key, merged_key, article_key, dup_group, claim) VALUES (?, ?, ?, ?, ?)'),
      bumpMerged: db.prepare(`UPDATE merged_events SET mentions = mentions + 1, sources = sources + @newSource,
          happened = happened + @happened, denied = denied + @denied, intended = intended + @intended,
          tone_sum = tone_sum + coalesce(@tone, 0), tone_n = tone_n + (@tone IS NOT NULL),
          place_name = coalesce(place_name, @placeName), place_country = coalesce(place_country, @placeCountry),
          lat = coalesce(lat, @lat), lon = coalesce(lon, @lon),
          source_key = coalesce(source_key, @sourceKey), target_key = coalesce(target_key, @targetKey)
        WHERE key = @key`),
      storiesOfMerged: db.prepare(`SELECT DISTINCT c.story_key FROM event_links l JOIN corpus_articles c ON c.article_key = l.article_key
        WHERE l.merged_key = ? AND c.story_key IS NOT NULL LIMIT 20`).pluck(),
      storyCandidates: db.prepare(`SELECT story_key, weight FROM story_entities WHERE entity_key = ? AND last_published >= ? LIMIT 200`),
      story: db.prepare('SELECT key, last_published, last_article_key FROM stories WHERE key = ?'),
      insertStory: db.prepare(`INSERT INTO stories (first_published, last_published, articles, sources, title, last_article_key)
        VALUES (?, ?, 0, 0, ?, ?)`),
      bumpStory: db.prepare(`UPDATE stories SET articles = articles + 1, sources = sources + ?,
          last_published = max(last_published, ?), first_published = min(first_published, ?), last_article_key = ? WHERE key = ?`),
      upsertStoryEntity: db.prepare(`INSERT INTO story_entities (entity_key, story_key, weight, last_published) VALUES (?, ?, ?, ?)
        ON CONFLICT (story_key, entity_key) DO UPDATE SET weight = weight + excluded.weight,
          last_published = max(last_published, excluded.last_published)`),
      setStory: db.prepare('UPDATE corpus_articles SET story_key = ? WHERE article_key = ?'),
      groupInStory: db.prepare('SELECT 1 FROM corpus_articles WHERE story_key = ? AND dup_group = ? AND article_key <> ? LIMIT 1').pluck(),
    };
  }

  /** Empties the corpus tables (before the store refills its layers from the stored extractions). */
  clear(): void {
    for (const t of ['event_links', 'merged_events', 'story_entities', 'stories', 'lsh_buckets', 'corpus_articles']) this.db.exec(`DELETE FROM ${t}`);
    this.shortNames?.clear();
  }

  /** Places one newly stored article: duplicate group, merged events, story. */
  indexArticle(articleKey: number, published: string, rows: ItemRows): void {
    const st = this.st;
    // --- duplicates: LSH candidates, verified on the estimated Jaccard of their signatures
    const sig = minhash(rows.article.text);
    const bands = bandHashes(sig);
    let group = articleKey;
    let similarity: number | null = null;
    let storyOfCopy: number | null = null;
    const seen = new Set<number>();
    for (let b = 0; b < bands.length; b++) {
      for (const cand of st.bucketCandidates.all(b, bands[b]) as number[]) {
        if (seen.has(cand)) continue;
        seen.add(cand);
        const row = st.signature.get(cand) as { signature: Buffer; dup_group: number; story_key: number | null } | undefined;
        if (!row) continue;
        const j = estimateJaccard(sig, bufferToSignature(row.signature));
        if (j >= DUPLICATE_JACCARD && (similarity === null || j > similarity)) {
          similarity = j;
          group = row.dup_group;
          storyOfCopy = row.story_key;
        }
      }
    }
    // only a group's first copy is bucketed: later copies are found through it
    if (group === articleKey) for (let b = 0; b < bands.length; b++) st.insertBucket.run(b, bands[b], articleKey);
    st.insertArticle.run(articleKey, published, signatureToBuffer(sig), group, similarity, null);

    // --- merged events
    const eventKeys = new Map<string, number>();
    for (const r of st.eventKeys.all(articleKey) as Array<{ key: number; event_id: string }>) eventKeys.set(r.event_id, r.key);
    const mergedKeys: number[] = [];
    const keyOf = (id: string | null): number | null => (id ? ((st.entityKey.get(id) as number | undefined) ?? null) : null);
    for (const reported of rows.events) {
      const eventKey = eventKeys.get(reported.eventId);
      const ev = { ...reported, sourceId: actorEntityId(reported.sourceId, reported.sourceName, rows.entities), targetId: actorEntityId(reported.targetId, reported.targetName, rows.entities) };
      if (eventKey === undefined) continue;
      const mergeKey = eventMergeKey(ev);
      const date = ev.dateBegin ?? day(published);
      const noActors = mergeKey.endsWith('|-|-');
      let mergedKey: number | null = null;
      // an event with no actor at all merges only at the same named place (a protest in one city on one day)
      if (!noActors || ev.placeName) {
        const cands = st.mergeCandidates.all(mergeKey, shiftDay(date, -EVENT_DATE_TOLERANCE_DAYS), shiftDay(date, EVENT_DATE_TOLERANCE_DAYS)) as Array<{ key: number; place_name: string | null; place_country: string | null }>;
        for (const c of cands) {
          if (!placesAgree({ placeName: c.place_name, placeCountry: c.place_country }, ev)) continue;
          if (noActors && c.place_name !== ev.placeName) continue;
          mergedKey = c.key;
          break;
        }
      }
      const sourceKey = keyOf(ev.sourceId);
      const targetKey = keyOf(ev.targetId);
      if (mergedKey === null) {
        mergedKey = Number(st.insertMerged.run({
          ...ev, mergeKey, sourceKey, targetKey, symmetric: ev.symmetric ? 1 : 0, dateBegin: date, dateEnd: ev.dateEnd ?? date, published, articleKey,
        }).lastInsertRowid);
      }
      const claim = claimOf(ev.modality);
      const newSource = st.groupHasLink.get(mergedKey, group) === undefined ? 1 : 0;
      st.insertLink.run(eventKey, mergedKey, articleKey, group, claim);
      st.bumpMerged.run({
        key: mergedKey, newSource, happened: claim === 'happened' ? 1 : 0, denied: claim === 'denied' ? 1 : 0, intended: claim === 'intended' ? 1 : 0,
        tone: ev.tone, placeName: ev.placeName, placeCountry: ev.placeCountry, lat: ev.lat, lon: ev.lon, sourceKey, targetKey,
      });
      mergedKeys.push(mergedKey);
    }

    // --- story: a copy joins its original's story; otherwise score open stories sharing entities or events
    const typeOf = new Map(rows.entities.map((e) => [e.id, e.type]));
    const top = [...rows.mentions]
      .sort((a, b) => b.count - a.count || a.firstStart - b.firstStart)
      .slice(0, STORY_ENTITIES)
      .map((m) => ({ key: keyOf(m.entityId), weight: ENTITY_TYPE_WEIGHT[typeOf.get(m.entityId) ?? 'other'] ?? 0.5 }))
      .filter((e): e is { key: number; weight: number } => e.key !== null);
    let storyKey = storyOfCopy;
    if (storyKey === null) {
      const since = shiftDay(day(published), -STORY_WINDOW_DAYS);
      const totalWeight = Math.max(MIN_ENTITY_WEIGHT, top.reduce((s, e) => s + e.weight, 0));
      const score = new Map<number, number>();
      for (const e of top) {
        for (const c of st.storyCandidates.all(e.key, since) as Array<{ story_key: number }>) score.set(c.story_key, (score.get(c.story_key) ?? 0) + e.weight / totalWeight);
      }
      for (const m of new Set(mergedKeys)) {
        for (const s of st.storiesOfMerged.all(m) as number[]) score.set(s, (score.get(s) ?? 0) + SHARED_EVENT_BONUS / Math.max(1, mergedKeys.length) * 2);
      }
      let best: { key: number; score: number } | null = null;
      // text similarity can add at most 1: only the stories with the best entity and event scores are worth a signature read
      const shortlist = [...score].sort((a, b) => b[1] - a[1]).slice(0, STORY_SHORTLIST);
      for (const [key, base] of shortlist) {
        if (base + 1 < STORY_JOIN_SCORE) continue;
        const story = st.story.get(key) as { key: number; last_published: string; last_article_key: number } | undefined;
        if (!story || day(story.last_published) < since) continue;
        const last = st.signature.get(story.last_article_key) as { signature: Buffer } | undefined;
        const text = last ? estimateJaccard(sig, bufferToSignature(last.signature)) : 0;
        const total = base + text;
        if (total >= STORY_JOIN_SCORE && (!best || total > best.score)) best = { key, score: total };
      }
      storyKey = best?.key ?? null;
    }
    if (storyKey === null) storyKey = Number(st.insertStory.run(published, published, rows.article.title, articleKey).lastInsertRowid);
    const newSource = st.groupInStory.get(storyKey, group, articleKey) === undefined ? 1 : 0;
    st.bumpStory.run(newSource, published, published, articleKey, storyKey);
    for (const e of top) st.upsertStoryEntity.run(e.key, storyKey, e.weight, published);
    st.setStory.run(storyKey, articleKey);

    // --- short person names ("Sullivan") standing for the one longer name in the story or corpus ("Jake Sullivan")
    this.shortNames?.indexArticle(articleKey, published, storyKey, rows);
  }
}
