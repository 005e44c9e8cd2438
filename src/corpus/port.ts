import type { EventRow } from '../pipeline/stages/events/table.js';

/**
 * What the corpus decisions (duplicate, story, merged event, short name) read and write, in their own terms: the
 * storage port. Both stores implement it (src/store/corpus/port.ts, one SQL text over either dialect); the decisions in
 * indexer.ts and short-names.ts hold no SQL. Keys are the store's integer keys of articles, entities, stories and
 * merged events.
 */
export interface CorpusPort {
  /** entity id -> key, for the ids stored */
  entityKeys(ids: string[]): Promise<Map<string, number>>;

  // --- duplicates
  /** first copies sharing at least one LSH band hash (band i of `bands`), by key */
  lshCandidates(bands: number[]): Promise<number[]>;
  /** the corpus rows (signature, group, story) of these articles */
  corpusArticles(keys: number[]): Promise<CorpusArticle[]>;
  addLshBuckets(articleKey: number, bands: number[]): Promise<void>;
  addCorpusArticle(row: { articleKey: number; published: string; signature: Buffer; group: number; similarity: number | null }): Promise<void>;

  // --- merged events
  /** the keys of the article's stored events, by event id */
  eventKeys(articleKey: number): Promise<Map<string, number>>;
  /** merged events with this merge key whose reported dates meet [from, to], oldest key first */
  mergeCandidates(mergeKey: string, from: string, to: string, exceptKey?: number): Promise<MergedEventRef[]>;
  addMergedEvent(row: NewMergedEvent): Promise<number>;
  /** whether a report of the duplicate group is linked to the merged event already */
  groupReports(mergedKey: number, group: number): Promise<boolean>;
  addEventLink(link: { eventKey: number; mergedKey: number; articleKey: number; group: number; claim: string }): Promise<void>;
  countReport(report: MergedEventReport): Promise<void>;
  /** merged events an article reports where the entity is source or target */
  mergedOfArticle(articleKey: number, entityKey: number): Promise<MergedEventRef[]>;
  /** reports of a merged event other than those in articles where `aliasKey` is merged into `entityKey` on story basis */
  reportsOutsideMerge(mergedKey: number, aliasKey: number, entityKey: number): Promise<number>;
  /** moves every report of one merged event onto another and deletes the first */
  foldMergedEvent(fromKey: number, intoKey: number): Promise<void>;
  /** gives a merged event a new merge key, with the alias entity replaced by the canonical one as source or target */
  repointMergedEvent(key: number, mergeKey: string, aliasKey: number, canonicalKey: number): Promise<void>;

  // --- stories
  /** records the entities an article is most about (weighted), for the articles of nearby days to find it by */
  addStoryEntities(articleKey: number, published: string, entities: Array<{ key: number; weight: number }>): Promise<void>;
  /**
   * indexed articles published from day `from` to before day `until` that are most about the entity, or null where more
   * than `limit` are:
   * an entity that many articles of a few days are about (a country, a president) does not tell one development apart
   */
  articlesAbout(entityKey: number, from: string, until: string, limit: number): Promise<number[] | null>;
  /** the weighted entities each of these articles is most about, with their name and type */
  storyEntitiesOf(articleKeys: number[]): Promise<Array<{ articleKey: number; entityKey: number; weight: number; name: string; type: string }>>;
  /** records the events an article reports, by merge key and day */
  addStoryEvents(articleKey: number, events: Array<{ mergeKey: string; day: string }>): Promise<void>;
  /** indexed articles reporting an event of this merge key dated from day `from` to before day `until`, or null where more than `limit` do */
  articlesReporting(mergeKey: string, from: string, until: string, limit: number): Promise<number[] | null>;
  addStory(published: string, title: string | null, articleKey: number): Promise<number>;
  /** whether another article of the duplicate group is in the story */
  groupInStory(storyKey: number, group: number, articleKey: number): Promise<boolean>;
  /** counts the article in; the story takes its title where it is the story's earliest (the first title of one day) */
  countStoryArticle(storyKey: number, published: string, title: string | null, articleKey: number, newSource: boolean): Promise<void>;
  addStoryEntity(storyKey: number, entityKey: number, weight: number, published: string): Promise<void>;
  setStory(articleKey: number, storyKey: number): Promise<void>;
  /** moves the articles and entities of the `from` stories into `into`, recounts it, and deletes them */
  mergeStories(intoKey: number, fromKeys: number[]): Promise<void>;
  storyOf(articleKey: number): Promise<number | null>;
  storyHasEntity(storyKey: number, entityKey: number): Promise<boolean>;

  // --- short person names
  /** records a longer-named person under its surname; false when it was recorded already */
  addSurname(surname: string, entityKey: number): Promise<boolean>;
  /** the longer-named people with this surname, by key (bounded) */
  longNames(surname: string): Promise<Array<{ key: number; id: string; name: string; country: string | null }>>;
  /** person entities known under exactly this normalised name */
  peopleNamed(nameNorm: string): Promise<Array<{ key: number; id: string; name: string; country: string | null }>>;
  /** organisations known under this normalised name (their own or an alias an article gave them) */
  organisationsNamed(nameNorm: string): Promise<Array<{ key: number; id: string; name: string; country: string | null }>>;
  /** indexed articles naming the entity that are not yet merged, latest first (bounded) */
  unmergedArticlesOf(entityKey: number): Promise<Array<{ articleKey: number; published: string }>>;
  /** false when that (alias, article) merge exists already */
  /** `match`: how the names meet ('surname', 'variant', 'romanised', 'acronym'); `confidence`: what basis and match make of it */
  addEntityMerge(m: { aliasKey: number; articleKey: number; entityKey: number; published: string; surname: string; basis: 'story' | 'corpus'; match: string; confidence: number }): Promise<boolean>;
  corpusMerges(surname: string): Promise<Array<{ aliasKey: number; articleKey: number; aliasName: string; aliasCountry: string | null }>>;
  removeEntityMerge(aliasKey: number, articleKey: number): Promise<void>;

  /** empties every corpus table (before the layers are derived again) */
  clear(): Promise<void>;
}

export interface CorpusArticle { articleKey: number; published: string; signature: Buffer; group: number; storyKey: number | null }
export interface MergedEventRef { key: number; mergeKey: string; symmetric: boolean; dateBegin: string; placeName: string | null; placeCountry: string | null }

export interface NewMergedEvent extends Omit<EventRow, 'eventId' | 'sourceId' | 'targetId' | 'dateValue' | 'dateBegin' | 'precision' | 'modality' | 'confidence' | 'tone' | 'evidenceStart' | 'evidenceEnd' | 'symmetric'> {
  symmetric: boolean;
  mergeKey: string;
  sourceKey: number | null;
  targetKey: number | null;
  dateBegin: string;
  dateEnd: string;
  published: string;
  articleKey: number;
}

export interface MergedEventReport {
  mergedKey: number;
  newSource: boolean;
  claim: 'happened' | 'denied' | 'intended';
  tone: number | null;
  /** the report's own dates: the merged event spans every report's, whichever arrived first */
  dateBegin: string;
  dateEnd: string;
  placeName: string | null;
  placeCountry: string | null;
  /** the report's place is its article's focus, not named in its sentence: a named place of a later report replaces it */
  placeFromFocus: boolean | null;
  lat: number | null;
  lon: number | null;
  sourceKey: number | null;
  targetKey: number | null;
}
