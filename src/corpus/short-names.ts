import type Database from 'better-sqlite3';
import type { ItemRows } from '../store/rows.js';
import { normaliseName } from '../store/rows.js';
import { EVENT_DATE_TOLERANCE_DAYS, placesAgree, shiftDay } from './event-key.js';

type Db = Database.Database;

/** Earlier articles of a short name re-examined when its surname gets its first longer name: bounds one article's work. */
const RETRO_ARTICLES = 2000;
/** Longer names read for one surname: a surname shared by more people than this is ambiguous anyway. */
const SURNAME_CANDIDATES = 50;
/** Shortest short name resolved: two letters keep surnames such as "Li" and "Wu". */
const MIN_SHORT_NAME = 2;

/** The normalised words of a person's name. */
function nameWords(name: string): string[] {
  return normaliseName(name).split(' ').filter(Boolean);
}

/** Countries are compatible unless both are known and differ. */
function countriesAgree(a: string | null, b: string | null): boolean {
  return !a || !b || a === b;
}

interface LongName { key: number; id: string; country: string | null; words: string[] }
interface MergedRow { key: number; merge_key: string; symmetric: number; date_begin: string; place_name: string | null; place_country: string | null; first_published: string; first_article_key: number }

/**
 * Resolves person entities known in an article only by a short name ("Sullivan") to the one person with a longer name
 * ending in it ("Jake Sullivan"), incrementally as articles are indexed:
 * - story basis: the only such longer name (type person, compatible country) among the article's own people and its
 *   story's entities. The merge is final, and the article's merged events are moved onto the longer name (folded into
 *   that person's matching event where one exists), so timelines and the actor graph include them.
 * - corpus basis: no such name in the story, and exactly one in the whole corpus. The merge feeds the profile (mentions,
 *   roles, quotes, co-occurring entities, names); it is withdrawn when a second compatible longer name appears, which
 *   makes the surname ambiguous, so it never moves events.
 * When a surname gets its first longer name, earlier articles of the short name are resolved then (bounded).
 * Two people sharing a surname in a story, or in a corpus without story evidence, are left apart.
 */
export class ShortNameResolver {
  private readonly st;

  constructor(private readonly db: Db) {
    this.st = {
      entityKey: db.prepare('SELECT key FROM entities WHERE id = ?').pluck(),
      entity: db.prepare('SELECT key, id, name, country FROM entities WHERE key = ?'),
      registerSurname: db.prepare('INSERT OR IGNORE INTO person_surnames (surname, entity_key) VALUES (?, ?)'),
      longNames: db.prepare(`SELECT e.key, e.id, e.name, e.country FROM person_surnames s JOIN entities e ON e.key = s.entity_key
        WHERE s.surname = ? ORDER BY e.key LIMIT ${SURNAME_CANDIDATES}`),
      inStory: db.prepare('SELECT 1 FROM story_entities WHERE story_key = ? AND entity_key = ?').pluck(),
      storyOf: db.prepare('SELECT story_key FROM corpus_articles WHERE article_key = ?').pluck(),
      insertMerge: db.prepare(`INSERT OR IGNORE INTO entity_merges (alias_key, article_key, entity_key, published, surname, basis)
        VALUES (?, ?, ?, ?, ?, ?)`),
      corpusMerges: db.prepare(`SELECT g.alias_key, g.article_key, a.country AS alias_country FROM entity_merges g JOIN entities a ON a.key = g.alias_key
        WHERE g.surname = ? AND g.basis = 'corpus'`),
      deleteMerge: db.prepare('DELETE FROM entity_merges WHERE alias_key = ? AND article_key = ?'),
      shortEntities: db.prepare(`SELECT e.key, e.id, e.name, e.country FROM entities e
        WHERE e.type = 'person' AND e.key IN (SELECT entity_key FROM entity_names WHERE name_norm = ?)`),
      articlesOf: db.prepare(`SELECT m.article_key, m.published FROM entity_mentions m
        WHERE m.entity_key = ? AND NOT EXISTS (SELECT 1 FROM entity_merges g WHERE g.alias_key = m.entity_key AND g.article_key = m.article_key)
        ORDER BY m.published DESC LIMIT ${RETRO_ARTICLES}`),
      mergedOfArticle: db.prepare(`SELECT DISTINCT m.key, m.merge_key, m.symmetric, m.date_begin, m.place_name, m.place_country, m.first_published, m.first_article_key
        FROM event_links l JOIN merged_events m ON m.key = l.merged_key WHERE l.article_key = ? AND (m.source_key = ? OR m.target_key = ?)`),
      reportsElsewhere: db.prepare(`SELECT count(*) FROM event_links l WHERE l.merged_key = ? AND NOT EXISTS (
        SELECT 1 FROM entity_merges g WHERE g.alias_key = ? AND g.article_key = l.article_key AND g.entity_key = ? AND g.basis = 'story')`).pluck(),
      foldCandidates: db.prepare(`SELECT key, merge_key, symmetric, date_begin, place_name, place_country, first_published, first_article_key FROM merged_events
        WHERE merge_key = ? AND date_begin BETWEEN ? AND ? AND key <> ? ORDER BY key LIMIT 20`),
      moveLinks: db.prepare('UPDATE event_links SET merged_key = ? WHERE merged_key = ?'),
      fold: db.prepare(`UPDATE merged_events SET
          mentions = mentions + @mentions, happened = happened + @happened, denied = denied + @denied, intended = intended + @intended,
          tone_sum = tone_sum + @tone_sum, tone_n = tone_n + @tone_n,
          first_article_key = CASE WHEN @first_published < first_published THEN @first_article_key ELSE first_article_key END,
          first_published = min(first_published, @first_published),
          sources = (SELECT count(DISTINCT dup_group) FROM event_links WHERE merged_key = @into),
          place_name = coalesce(place_name, @place_name), place_country = coalesce(place_country, @place_country),
          lat = coalesce(lat, @lat), lon = coalesce(lon, @lon)
        WHERE key = @into`),
      mergedFull: db.prepare('SELECT * FROM merged_events WHERE key = ?'),
      deleteMerged: db.prepare('DELETE FROM merged_events WHERE key = ?'),
      repoint: db.prepare(`UPDATE merged_events SET merge_key = @mergeKey,
          source_key = CASE WHEN source_key = @alias THEN @canonical ELSE source_key END,
          target_key = CASE WHEN target_key = @alias THEN @canonical ELSE target_key END
        WHERE key = @key`),
    };
  }

  /** Empties the resolver's tables (with the other corpus tables, before a refill). */
  clear(): void {
    for (const t of ['entity_merges', 'person_surnames']) this.db.exec(`DELETE FROM ${t}`);
  }

  /** Registers the article's longer-named people and resolves its short-named ones; runs once its story is known. */
  indexArticle(articleKey: number, published: string, storyKey: number, rows: ItemRows): void {
    const st = this.st;
    const people = rows.entities
      .filter((e) => e.type === 'person')
      .map((e) => ({ ...e, key: st.entityKey.get(e.id) as number | undefined, words: nameWords(e.name) }))
      .filter((e): e is typeof e & { key: number } => e.key !== undefined);
    for (const p of people) {
      if (p.words.length < 2) continue;
      const surname = p.words[p.words.length - 1];
      if (st.registerSurname.run(surname, p.key).changes > 0) this.onNewLongName(surname, { key: p.key, id: p.id, country: p.country, words: p.words });
    }
    for (const p of people) {
      if (p.words.length !== 1 || p.words[0].length < MIN_SHORT_NAME) continue;
      const surname = p.words[0];
      const candidates = this.longNames(surname).filter((c) => countriesAgree(c.country, p.country));
      // the article's own longer names count as story evidence: the recogniser kept them apart only for lack of a link
      const inStory = candidates.filter((c) => people.some((q) => q.key === c.key) || st.inStory.get(storyKey, c.key) !== undefined);
      if (inStory.length === 1) this.merge(p.key, p.id, inStory[0], articleKey, published, surname, 'story');
      else if (inStory.length === 0 && candidates.length === 1) this.merge(p.key, p.id, candidates[0], articleKey, published, surname, 'corpus');
    }
  }

  private longNames(surname: string): LongName[] {
    return (this.st.longNames.all(surname) as Array<{ key: number; id: string; name: string; country: string | null }>).map((r) => ({ key: r.key, id: r.id, country: r.country, words: nameWords(r.name) }));
  }

  private merge(aliasKey: number, aliasId: string, long: LongName, articleKey: number, published: string, surname: string, basis: 'story' | 'corpus'): void {
    if (this.st.insertMerge.run(aliasKey, articleKey, long.key, published, surname, basis).changes === 0) return;
    if (basis === 'story') this.moveEvents(articleKey, aliasKey, aliasId, long);
  }

  /**
   * A surname got a longer name it did not have: corpus-basis merges of that surname compatible with it are now
   * ambiguous and are withdrawn; if it is the surname's only longer name, earlier articles of the short name resolve to it.
   */
  private onNewLongName(surname: string, long: LongName): void {
    const st = this.st;
    const all = this.longNames(surname);
    if (all.length > 1) {
      for (const m of st.corpusMerges.all(surname) as Array<{ alias_key: number; article_key: number; alias_country: string | null }>) {
        if (countriesAgree(m.alias_country, long.country)) st.deleteMerge.run(m.alias_key, m.article_key);
      }
      return;
    }
    for (const short of st.shortEntities.all(surname) as Array<{ key: number; id: string; name: string; country: string | null }>) {
      const words = nameWords(short.name);
      if (words.length !== 1 || words[0] !== surname || !countriesAgree(short.country, long.country)) continue;
      for (const a of st.articlesOf.all(short.key) as Array<{ article_key: number; published: string }>) {
        const story = st.storyOf.get(a.article_key) as number | null | undefined;
        const basis = story != null && st.inStory.get(story, long.key) !== undefined ? 'story' : 'corpus';
        this.merge(short.key, short.id, long, a.article_key, a.published, surname, basis);
      }
    }
  }

  /**
   * Moves the merged events an article reports about the short name onto the longer name, where every report of the
   * event is an article with the same story-basis merge (an event also reported elsewhere under the bare surname stays).
   * An event the longer name already has (same type, counterpart, date within tolerance, place) absorbs it.
   */
  private moveEvents(articleKey: number, aliasKey: number, aliasId: string, long: LongName): void {
    const st = this.st;
    for (const m of st.mergedOfArticle.all(articleKey, aliasKey, aliasKey) as MergedRow[]) {
      if ((st.reportsElsewhere.get(m.key, aliasKey, long.key) as number) > 0) continue;
      const mergeKey = renameInMergeKey(m.merge_key, 'e:' + aliasId, 'e:' + long.id, m.symmetric === 1);
      const into = (st.foldCandidates.all(mergeKey, shiftDay(m.date_begin, -EVENT_DATE_TOLERANCE_DAYS), shiftDay(m.date_begin, EVENT_DATE_TOLERANCE_DAYS), m.key) as MergedRow[])
        .find((c) => placesAgree({ placeName: c.place_name, placeCountry: c.place_country }, { placeName: m.place_name, placeCountry: m.place_country }));
      if (into) {
        const full = st.mergedFull.get(m.key) as Record<string, unknown>;
        st.moveLinks.run(into.key, m.key);
        st.fold.run({ ...pick(full, ['mentions', 'happened', 'denied', 'intended', 'tone_sum', 'tone_n', 'first_published', 'first_article_key', 'place_name', 'place_country', 'lat', 'lon']), into: into.key });
        st.deleteMerged.run(m.key);
      } else {
        st.repoint.run({ key: m.key, mergeKey, alias: aliasKey, canonical: long.key });
      }
    }
  }
}

function pick(row: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k]]));
}

/** A merge key (`TYPE|actor|actor`) with one actor identity replaced; a symmetric pair is re-sorted as eventMergeKey sorts it. */
export function renameInMergeKey(mergeKey: string, from: string, to: string, symmetric: boolean): string {
  const parts = mergeKey.split('|');
  // a name holding the separator would make the key unparseable: leave it (the event keeps its actor)
  if (parts.length !== 3) return mergeKey;
  const [type, a0, b0] = parts;
  let a = a0 === from ? to : a0;
  let b = b0 === from ? to : b0;
  if (symmetric && b < a) [a, b] = [b, a];
  return `${type}|${a}|${b}`;
}
