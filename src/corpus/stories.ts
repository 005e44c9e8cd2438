import { estimateJaccard, bufferToSignature } from './minhash.js';
import { EVENT_DATE_TOLERANCE_DAYS, shiftDay } from './event-key.js';
import type { CorpusPort } from './port.js';
import { normaliseName } from '../model/names.js';

/**
 * Stories: the articles about one development. Two articles are linked when they were published within a few days
 * of each other and share enough of what they are about (their main entities, a merged event, their text); a story
 * is a set of articles joined by links. A link depends only on the two articles, never on what was stored before,
 * and a new article that links to several stories merges them: so the stories of a set of articles are the same
 * whichever order they arrive in (up to the bound on very common entities, below).
 */

/** Days apart two articles may be and still report one development: it is reported over days, not weeks. */
export const STORY_WINDOW_DAYS = 3;
/** Link score at or above which two articles are in one story (entity overlap + shared event + text similarity). */
export const STORY_LINK_SCORE = 0.6;
/** Entities of an article used to find and score links: its most mentioned ones. */
export const STORY_ENTITIES = 8;
/** Weight of an entity by type: people and organisations identify a development more than a country named in passing. */
export const ENTITY_TYPE_WEIGHT: Record<string, number> = { person: 1, organisation: 1, group: 1, place: 0.5, other: 0.5 };
/** Score added when the two articles report one event (same type and actors, days apart as merged events may be): the strongest sign of one development. */
const SHARED_EVENT_BONUS = 0.5;
/** Least denominator of the entity overlap: sharing one country with an article that names little else is no evidence. */
const MIN_ENTITY_WEIGHT = 2;
/**
 * Articles of the window an entity may be among the main entities of (or an event key reported by) and still suggest
 * links: beyond it the entity (a country, a president) is what a whole news cycle is about and finds no development;
 * it bounds one article's work.
 */
const ARTICLES_PER_ENTITY = 150;

/** One of an article's main entities; a person's surname lets a short name ("Marsh") meet the full one ("Helena Marsh"). */
export interface StoryEntity {
  weight: number;
  /** the last word of a person's name, normalised; null for other types */
  surname: string | null;
  /** a person named by one word only */
  short: boolean;
}

/** The story entity of an entity with this name, type and weight. */
export function storyEntity(name: string, type: string, weight: number): StoryEntity {
  if (type !== 'person') return { weight, surname: null, short: false };
  const words = normaliseName(name).split(' ').filter(Boolean);
  return { weight, surname: words[words.length - 1] ?? null, short: words.length === 1 };
}

export interface StoryCandidate {
  articleKey: number;
  published: string;
  /** entity key -> its weight and surname */
  entities: Map<number, StoryEntity>;
  /** the events it reports: merge key (type, source, target) and day */
  events: Array<{ mergeKey: string; day: string }>;
  signature: Uint32Array;
}

/**
 * Weighted Jaccard of two articles' main entities (shared weight over all weight, with a floor). An entity is shared
 * when the other article has it, or when one names by surname alone a person the other names in full.
 */
export function entityOverlap(a: Map<number, StoryEntity>, b: Map<number, StoryEntity>): number {
  const used = new Set<number>();
  const partner = (key: number, e: StoryEntity): number | undefined => {
    if (b.has(key) && !used.has(key)) return key;
    if (e.surname === null) return undefined;
    for (const [k, f] of b) if (!used.has(k) && !a.has(k) && f.surname === e.surname && (f.short || e.short)) return k;
    return undefined;
  };
  let shared = 0;
  let all = 0;
  for (const [key, e] of [...a].sort((x, y) => x[0] - y[0])) {
    const k = partner(key, e);
    all += e.weight;
    if (k === undefined) continue;
    used.add(k);
    shared += Math.min(e.weight, b.get(k)!.weight);
  }
  for (const f of b.values()) all += f.weight;
  return shared / Math.max(MIN_ENTITY_WEIGHT, all - shared);
}

/** How strongly two articles read as one development; symmetric. `sharedEvent`: they report one event. */
export function linkScore(a: Pick<StoryCandidate, 'entities' | 'signature'>, b: Pick<StoryCandidate, 'entities' | 'signature'>, sharedEvent: boolean): number {
  return entityOverlap(a.entities, b.entities) + (sharedEvent ? SHARED_EVENT_BONUS : 0) + estimateJaccard(a.signature, b.signature);
}

/** The ISO day of a date or timestamp, as a day number. */
function dayNumber(iso: string): number {
  return Math.floor(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / 86_400_000);
}

/**
 * Places an indexed article in its story: finds the articles of the window that share a main entity or an
 * event with it, links it to each that scores high enough (and to the story of the copy it duplicates), and joins
 * or merges their stories; a new story when it links to none. Returns the story's key.
 */
export async function placeInStory(port: CorpusPort, article: StoryCandidate & { title: string | null; group: number; storyOfCopy: number | null }): Promise<number> {
  const day = article.published.slice(0, 10);
  const from = shiftDay(day, -STORY_WINDOW_DAYS);
  const until = shiftDay(day, STORY_WINDOW_DAYS + 1);
  const found = new Set<number>();
  for (const key of article.entities.keys()) for (const a of (await port.articlesAbout(key, from, until, ARTICLES_PER_ENTITY)) ?? []) found.add(a);
  // the articles reporting one of its events (same merge key, days within the merge tolerance): exactly those it shares an event with
  const sharesEvent = new Set<number>();
  for (const e of article.events) {
    const reports = await port.articlesReporting(e.mergeKey, shiftDay(e.day, -EVENT_DATE_TOLERANCE_DAYS), shiftDay(e.day, EVENT_DATE_TOLERANCE_DAYS + 1), ARTICLES_PER_ENTITY);
    for (const a of reports ?? []) sharesEvent.add(a);
  }
  for (const a of sharesEvent) found.add(a);
  found.delete(article.articleKey);
  await port.addStoryEntities(article.articleKey, article.published, [...article.entities].map(([key, e]) => ({ key, weight: e.weight })));
  await port.addStoryEvents(article.articleKey, article.events);

  const stories = new Set<number>();
  if (article.storyOfCopy !== null) stories.add(article.storyOfCopy);
  const keys = [...found];
  const rows = (await port.corpusArticles(keys)).filter((r) => r.storyKey !== null && Math.abs(dayNumber(r.published) - dayNumber(day)) <= STORY_WINDOW_DAYS);
  if (rows.length) {
    const entities = new Map<number, Map<number, StoryEntity>>();
    for (const e of await port.storyEntitiesOf(rows.map((r) => r.articleKey))) {
      if (!entities.has(e.articleKey)) entities.set(e.articleKey, new Map());
      entities.get(e.articleKey)!.set(e.entityKey, storyEntity(e.name, e.type, e.weight));
    }
    for (const r of rows) {
      if (stories.has(r.storyKey!)) continue;
      const other = { entities: entities.get(r.articleKey) ?? new Map<number, StoryEntity>(), signature: bufferToSignature(r.signature) };
      if (linkScore(article, other, sharesEvent.has(r.articleKey)) >= STORY_LINK_SCORE) stories.add(r.storyKey!);
    }
  }

  // the oldest story takes the others in
  const [storyKey, ...others] = [...stories].sort((a, b) => a - b);
  const key = storyKey ?? (await port.addStory(article.published, article.title, article.articleKey));
  const newSource = !(await port.groupInStory(key, article.group, article.articleKey));
  await port.countStoryArticle(key, article.published, article.title, article.articleKey, newSource);
  for (const [entityKey, e] of article.entities) await port.addStoryEntity(key, entityKey, e.weight, article.published);
  await port.setStory(article.articleKey, key);
  await port.mergeStories(key, others);
  return key;
}
