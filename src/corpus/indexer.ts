import { isDated } from '../model/article.js';
import type { ItemRows } from '../store/rows.js';
import { normaliseName } from '../store/rows.js';
import { bandHashes, bufferToSignature, DUPLICATE_JACCARD, estimateJaccard, minhash, signatureToBuffer } from './minhash.js';
import { claimOf, EVENT_DATE_TOLERANCE_DAYS, eventMergeKey, placesAgree, shiftDay } from './event-key.js';
import { resolveShortNames } from './short-names.js';
import type { CorpusPort } from './port.js';

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
 * Places one newly stored article in the corpus: its duplicate group, the merged events it reports, its story, and
 * the short person names it uses. Each is found by indexed look-ups through the port (LSH buckets, events with the
 * same merge key, open stories of its entities), never by recomputing over the corpus. The caller runs it inside the
 * transaction that stored the article, after its layer rows, one article at a time in key order: what it sees is
 * exactly the articles indexed before it, whichever store holds them.
 */
export async function indexArticle(port: CorpusPort, articleKey: number, published: string, rows: ItemRows): Promise<void> {
  // duplicates, stories and merged events are placed in time: an undated article joins them once it is dated
  if (!isDated(published)) return;
  const ids = new Set<string>(rows.entities.map((e) => e.id));
  for (const ev of rows.events) for (const id of [ev.sourceId, ev.targetId]) if (id) ids.add(id);
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
  const mergedKeys: number[] = [];
  for (const reported of rows.events) {
    const eventKey = eventKeys.get(reported.eventId);
    if (eventKey === undefined) continue;
    const ev = { ...reported, sourceId: actorEntityId(reported.sourceId, reported.sourceName, rows.entities), targetId: actorEntityId(reported.targetId, reported.targetName, rows.entities) };
    const mergeKey = eventMergeKey(ev);
    const date = ev.dateBegin ?? day(published);
    const noActors = mergeKey.endsWith('|-|-');
    let mergedKey: number | null = null;
    // an event with no actor at all merges only at the same named place (a protest in one city on one day)
    if (!noActors || ev.placeName) {
      for (const c of await port.mergeCandidates(mergeKey, shiftDay(date, -EVENT_DATE_TOLERANCE_DAYS), shiftDay(date, EVENT_DATE_TOLERANCE_DAYS))) {
        if (!placesAgree(c, ev)) continue;
        if (noActors && c.placeName !== ev.placeName) continue;
        mergedKey = c.key;
        break;
      }
    }
    const sourceKey = keyOf(ev.sourceId);
    const targetKey = keyOf(ev.targetId);
    if (mergedKey === null) {
      mergedKey = await port.addMergedEvent({
        mergeKey, type: ev.type, mode: ev.mode, cameo: ev.cameo, quadClass: ev.quadClass, intensity: ev.intensity,
        sourceKey, sourceName: ev.sourceName, sourceCode: ev.sourceCode, sourceCountry: ev.sourceCountry,
        targetKey, targetName: ev.targetName, targetCode: ev.targetCode, targetCountry: ev.targetCountry, symmetric: ev.symmetric,
        dateBegin: date, dateEnd: ev.dateEnd ?? date, placeName: ev.placeName, placeCountry: ev.placeCountry, placeFromFocus: ev.placeFromFocus, lat: ev.lat, lon: ev.lon,
        published, articleKey,
      });
    }
    const claim = claimOf(ev.modality);
    const newSource = !(await port.groupReports(mergedKey, group));
    await port.addEventLink({ eventKey, mergedKey, articleKey, group, claim });
    await port.countReport({ mergedKey, newSource, claim, tone: ev.tone, dateBegin: date, dateEnd: ev.dateEnd ?? date, placeName: ev.placeName, placeCountry: ev.placeCountry, placeFromFocus: ev.placeFromFocus, lat: ev.lat, lon: ev.lon, sourceKey, targetKey });
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
  if (storyKey === null) storyKey = await bestStory(port, published, sig, top, mergedKeys);
  if (storyKey === null) storyKey = await port.addStory(published, rows.article.title, articleKey);
  const newSource = !(await port.groupInStory(storyKey, group, articleKey));
  await port.countStoryArticle(storyKey, published, articleKey, newSource);
  for (const e of top) await port.addStoryEntity(storyKey, e.key, e.weight, published);
  await port.setStory(articleKey, storyKey);

  // --- short person names ("Sullivan") standing for the one longer name in the story or corpus ("Jake Sullivan")
  await resolveShortNames(port, articleKey, published, storyKey, rows, entityKeys);
}

/** The open story an article joins (entity share + shared events + text similarity to its latest article), or null. */
async function bestStory(port: CorpusPort, published: string, sig: Uint32Array, top: Array<{ key: number; weight: number }>, mergedKeys: number[]): Promise<number | null> {
  const since = shiftDay(day(published), -STORY_WINDOW_DAYS);
  const totalWeight = Math.max(MIN_ENTITY_WEIGHT, top.reduce((s, e) => s + e.weight, 0));
  const score = new Map<number, number>();
  for (const e of top) {
    for (const s of await port.storiesOfEntity(e.key, since)) score.set(s, (score.get(s) ?? 0) + e.weight / totalWeight);
  }
  for (const m of new Set(mergedKeys)) {
    for (const s of await port.storiesOfMerged(m)) score.set(s, (score.get(s) ?? 0) + SHARED_EVENT_BONUS / Math.max(1, mergedKeys.length) * 2);
  }
  let best: { key: number; score: number } | null = null;
  // text similarity can add at most 1: only the stories with the best entity and event scores are worth a signature read
  const shortlist = [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, STORY_SHORTLIST);
  for (const [key, base] of shortlist) {
    if (base + 1 < STORY_JOIN_SCORE) continue;
    const story = await port.story(key);
    if (!story || day(story.lastPublished) < since) continue;
    const [last] = await port.corpusArticles([story.lastArticleKey]);
    const text = last ? estimateJaccard(sig, bufferToSignature(last.signature)) : 0;
    const total = base + text;
    if (total >= STORY_JOIN_SCORE && (!best || total > best.score)) best = { key, score: total };
  }
  return best?.key ?? null;
}
