import { isDated } from '../model/article.js';
import { tableRows, type ItemRows } from '../store/rows.js';
import { ENTITIES_TABLE, ENTITY_MENTIONS_TABLE, type EntityRow } from '../pipeline/stages/entities/tables.js';
import { EVENTS_TABLE } from '../pipeline/stages/events/table.js';
import { normaliseName } from '../model/names.js';
import { bandHashes, bufferToSignature, DUPLICATE_JACCARD, estimateJaccard, minhash, signatureToBuffer } from './minhash.js';
import { ENTITY_TYPE_WEIGHT, placeInStory, STORY_ENTITIES, storyEntity, type StoryEntity } from './stories.js';
import { claimOf, EVENT_DATE_TOLERANCE_DAYS, eventMergeKey, placesAgree, shiftDay } from './event-key.js';
import { resolveAcronyms } from './acronyms.js';
import { resolveShortNames } from './short-names.js';
import type { CorpusPort } from './port.js';

/** Entity types an event actor names more precisely than a nationality or place does, best first. */
const ACTOR_TYPE_RANK: Record<string, number> = { person: 2, organisation: 1 };

/**
 * The entity an event actor stands for across articles. The events stage links an actor phrase to the first entity
 * inside it, so "Kenyan President William Ruto" links to the nationality "Kenyan": where the phrase holds the whole
 * name of a person (else an organisation) of the article and the link is to a weaker kind of entity (group, place,
 * other, none), the person is the actor. A possessive ("Ruto's government") is not the person.
 */
export function actorEntityId(linkedId: string | null, actorName: string | null, entities: EntityRow[]): string | null {
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
 * Places one newly stored article in the corpus: its duplicate group, the merged events it reports, its story, and
 * the short person names it uses. Each is found by indexed look-ups through the port (LSH buckets, events with the
 * same merge key, open stories of its entities), never by recomputing over the corpus. The caller runs it inside the
 * transaction that stored the article, after its layer rows, one article at a time in key order: what it sees is
 * exactly the articles indexed before it, whichever store holds them.
 */
export async function indexArticle(port: CorpusPort, articleKey: number, published: string, rows: ItemRows): Promise<void> {
  // duplicates, stories and merged events are placed in time: an undated article joins them once it is dated
  if (!isDated(published)) return;
  const entities = tableRows(rows, ENTITIES_TABLE);
  const events = tableRows(rows, EVENTS_TABLE);
  const ids = new Set<string>(entities.map((e) => e.id));
  for (const ev of events) for (const id of [ev.sourceId, ev.targetId]) if (id) ids.add(id);
  const entityKeys = await port.entityKeys([...ids]);
  const keyOf = (id: string | null): number | null => (id ? (entityKeys.get(id) ?? null) : null);

  // --- duplicates: LSH candidates, verified on the estimated Jaccard of their signatures
  const sig = minhash(rows.article.text);
  const bands = bandHashes(sig);
  let group = articleKey;
  let similarity: number | null = null;
  let storyOfCopy: number | null = null;
  const candidates = await port.lshCandidates(bands);
  // in key order, so that of equally similar first copies the earliest wins on every store
  for (const cand of (await port.corpusArticles(candidates)).sort((a, b) => a.articleKey - b.articleKey)) {
    const j = estimateJaccard(sig, bufferToSignature(cand.signature));
    if (j >= DUPLICATE_JACCARD && (similarity === null || j > similarity)) {
      similarity = j;
      group = cand.group;
      storyOfCopy = cand.storyKey;
    }
  }
  // only a group's first copy is bucketed: later copies are found through it
  if (group === articleKey) await port.addLshBuckets(articleKey, bands);
  await port.addCorpusArticle({ articleKey, published, signature: signatureToBuffer(sig), group, similarity });

  // --- merged events
  const eventKeys = await port.eventKeys(articleKey);
  const storyEvents: Array<{ mergeKey: string; day: string }> = [];
  for (const reported of events) {
    const eventKey = eventKeys.get(reported.eventId);
    if (eventKey === undefined) continue;
    const ev = { ...reported, sourceId: actorEntityId(reported.sourceId, reported.sourceName, entities), targetId: actorEntityId(reported.targetId, reported.targetName, entities) };
    const mergeKey = eventMergeKey(ev);
    const date = ev.dateBegin ?? day(published);
    const noActors = mergeKey.endsWith('|-|-');
    let mergedKey: number | null = null;
    // an event with no actor at all merges only at the same named place (a protest in one city on one day)
    if (!noActors || ev.placeName) {
      const fitting = (await port.mergeCandidates(mergeKey, shiftDay(date, -EVENT_DATE_TOLERANCE_DAYS), shiftDay(date, EVENT_DATE_TOLERANCE_DAYS)))
        .filter((c) => placesAgree(c, ev) && (!noActors || c.placeName === ev.placeName));
      mergedKey = fitting[0]?.key ?? null;
      // a report that bridges two stored events of one key (the 20th between the 19th and the 21st) makes them one: the
      // events are then the same whatever order their reports arrived in
      for (const other of fitting.slice(1)) await port.foldMergedEvent(other.key, mergedKey!);
    }
    const sourceKey = keyOf(ev.sourceId);
    const targetKey = keyOf(ev.targetId);
    if (mergedKey === null) {
      mergedKey = await port.addMergedEvent({
        mergeKey, type: ev.type, mode: ev.mode, cameo: ev.cameo, quadClass: ev.quadClass, intensity: ev.intensity,
        sourceKey, sourceName: ev.sourceName, sourceCode: ev.sourceCode, sourceCountry: ev.sourceCountry,
        targetKey, targetName: ev.targetName, targetCode: ev.targetCode, targetCountry: ev.targetCountry, symmetric: ev.symmetric ?? false,
        dateBegin: date, dateEnd: ev.dateEnd ?? date, placeName: ev.placeName, placeCountry: ev.placeCountry, placeFromFocus: ev.placeFromFocus, lat: ev.lat, lon: ev.lon,
        published, articleKey,
      });
    }
    const claim = claimOf(ev.modality);
    const newSource = !(await port.groupReports(mergedKey, group));
    await port.addEventLink({ eventKey, mergedKey, articleKey, group, claim });
    await port.countReport({ mergedKey, newSource, claim, tone: ev.tone, dateBegin: date, dateEnd: ev.dateEnd ?? date, placeName: ev.placeName, placeCountry: ev.placeCountry, placeFromFocus: ev.placeFromFocus, lat: ev.lat, lon: ev.lon, sourceKey, targetKey });
    // an event with both its actors is specific enough to tie two reports to one development ("X met Y", not "X met")
    if (!/\|-(\||$)/.test(mergeKey) && /^\d{4}-\d{2}-\d{2}/.test(date)) storyEvents.push({ mergeKey, day: date.slice(0, 10) });
  }

  // --- story: linked to the articles of nearby days about the same development (and a copy to its original's story)
  const entityOf = new Map(entities.map((e) => [e.id, e]));
  const storyEntities = new Map<number, StoryEntity>();
  for (const m of [...tableRows(rows, ENTITY_MENTIONS_TABLE)].sort((a, b) => b.count - a.count || a.firstStart - b.firstStart).slice(0, STORY_ENTITIES)) {
    const key = keyOf(m.entityId);
    const e = entityOf.get(m.entityId);
    if (key !== null && e && !storyEntities.has(key)) storyEntities.set(key, storyEntity(e.name, e.type, ENTITY_TYPE_WEIGHT[e.type] ?? 0.5));
  }
  const storyKey = await placeInStory(port, {
    articleKey, published, title: rows.article.title, group, storyOfCopy, entities: storyEntities, events: storyEvents, signature: sig,
  });

  // --- short person names ("Sullivan") standing for the one longer name in the story or corpus ("Jake Sullivan")
  await resolveShortNames(port, articleKey, published, storyKey, rows, entityKeys);
  // --- acronyms ("PKK") standing for the organisation an article defined them for ("Kurdistan Workers Party")
  await resolveAcronyms(port, articleKey, published, storyKey, rows, entityKeys);
}
