/**
 * The corpus as its readers see it: every query across articles (entities, events, quotes, timelines, stories,
 * places, the tables the exports stream). `Store.corpus()` answers them on either store (src/store/corpus/reader.ts);
 * this file holds the contract and the pure parts (filters checked, rows described), no SQL.
 */

/** A query the corpus cannot answer as asked (unknown entity, bad filter): one clear line for the user. */
export class CorpusQueryError extends Error {}

export interface EntityRef { key: number; id: string; name: string; type: string; country: string | null; articles: number }

export interface EntityProfile {
  entity: EntityRef;
  /** other entities the name could mean */
  alsoNamed: EntityRef[];
  names: string[];
  /** short names resolved to this entity in some articles ("Sullivan"), with how many and on what evidence */
  alsoAs: Array<{ name: string; articles: number; basis: 'story' | 'corpus' }>;
  /**
   * each merge of another name into this entity, most confident first: the article it was made in, its evidence (basis:
   * the only such name in the article's story or in the whole corpus; match: how the names meet) and its confidence
   */
  merges: Array<{ alias: string; article: string; published: string; basis: 'story' | 'corpus'; match: string; confidence: number }>;
  roles: Array<{ title: string; first: string; last: string; articles: number }>;
  mentionsByMonth: Array<{ month: string; articles: number; mentions: number }>;
  coOccurring: Array<{ name: string; type: string; articles: number }>;
  quotesBy: Array<{ text: string; published: string; article: string }>;
  quotesAbout: Array<{ text: string; speaker: string | null; published: string; article: string }>;
  /** the actor graph around the entity: merged events grouped by counterpart, direction and type */
  edges: Array<{ direction: 'out' | 'in'; other: string | null; type: string; events: number; mentions: number; tone: number | null }>;
}

export interface EventFilter {
  actor?: string;
  target?: string;
  type?: string;
  from?: string;
  to?: string;
  place?: string;
  /** true: only events placed by their article's focus; false: none of those (events placed by their sentence, or not placed) */
  placeFromFocus?: boolean;
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
  /** the last day the event may fall on: later than `date` when it is known only to a week, month or year */
  dateEnd: string | null;
  place: string | null;
  placeCountry: string | null;
  /** the place is the focus of the reporting article, not named in the sentence: a low-confidence guess (null: no place) */
  placeFromFocus: boolean | null;
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

export interface Mention { article: string; source: string | null; url: string | null; published: string; claim: string; modality: string; confidence: number; start: number; end: number; evidence: string; articleTone: number | null }

export interface QuoteFilter { speaker?: string; about?: string; limit?: number }
export interface QuoteRow { text: string; kind: string; speaker: string | null; published: string; article: string; source: string | null }

export interface TimelineEntry { date: string; kind: 'event' | 'quote'; text: string; mentions: number; article: string }

export interface StoryRow { key: number; title: string | null; first: string; last: string; articles: number; sources: number; entities: string[] }
export interface StoryArticle { id: string; title: string | null; source: string | null; published: string; duplicateOf: string | null }

export interface PlaceRow { name: string; kind: string; country: string | null; lat: number; lon: number; gazetteerId: string | null; articles: number; first: string; last: string }

/** A short name merged into a longer one in one article. */
/** One merge with its evidence: the basis (story or corpus), how the names meet, and the confidence they give. */
export interface EntityMerge { alias: string; entity: string; article: string; basis: 'story' | 'corpus'; match: string; confidence: number }

/** Row counts of the corpus index. */
export interface CorpusSummary { articles: number; events: number; mergedEvents: number; duplicateGroups: number; stories: number }

/** Every corpus query; `Store.corpus()` gives one over either store. */
export interface Corpus {
  /** entities known under a name or alias (exact, accent- and case-free), most mentioned first; else those whose name starts with it, else holds it as a word */
  findEntities(name: string): Promise<EntityRef[]>;
  /** the one entity a name means (the most mentioned of those it names); throws CorpusQueryError when none has it */
  resolveEntity(name: string): Promise<EntityRef>;
  entityProfile(name: string): Promise<EntityProfile>;
  /** merged events matching the filters, by date (earliest or latest first), read in pages: memory stays flat */
  events(filter: EventFilter): AsyncIterable<MergedEventRow>;
  /** the reports of one merged event: article, span, modality, claim, confidence (GDELT's Mentions table, without duplicates) */
  eventMentions(mergedKey: number): Promise<Mention[]>;
  /** articles reporting a merged event, and the earliest offset of a report in its article (GDELT's NumArticles, IsRootEvent) */
  eventReach(mergedKey: number): Promise<{ articles: number; firstStart: number | null }>;
  quotes(filter: QuoteFilter): Promise<QuoteRow[]>;
  /** what one entity did, or what passed between two, by date: merged events, and quotes for one entity */
  timeline(names: string[], limit?: number): Promise<{ entities: EntityRef[]; entries: TimelineEntry[] }>;
  stories(options?: { limit?: number; minArticles?: number }): Promise<StoryRow[]>;
  story(key: number): Promise<StoryRow | undefined>;
  /** articles of a story, copies marked with their group's first copy */
  storyArticles(storyKey: number): Promise<StoryArticle[]>;
  /** the merged events any article of a story reports, by date (bounded) */
  storyEvents(storyKey: number, limit: number): Promise<MergedEventRow[]>;
  /** named places with coordinates, one per name and point, busiest first (published in the range) */
  places(options: { from?: string; to?: string; limit?: number }): Promise<PlaceRow[]>;
  /** the entity table as the CSV export writes it, in key order */
  entityTable(): AsyncIterable<Record<string, unknown>>;
  /** the quote table as the CSV export writes it, in key order */
  quoteTable(): AsyncIterable<Record<string, unknown>>;
  /** duplicate groups of more than one article: article ids, first copy first */
  duplicateGroups(): Promise<string[][]>;
  /** short names merged into longer ones, by article */
  entityMerges(): Promise<EntityMerge[]>;
  summary(): Promise<CorpusSummary>;
  /** a stored article (by key at or after `key`) and the names of the entities it mentions, first mention first */
  articleWithNames(key: number): Promise<{ id: string; names: string[] } | undefined>;
  /** the highest article key (0 when empty) */
  lastArticleKey(): Promise<number>;
  /** names of person entities in key order (at most `limit`) */
  people(limit: number): Promise<string[]>;
}

/** A calendar day (YYYY, YYYY-MM or YYYY-MM-DD) as filters take it. */
const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function checkDay(flag: string, value: string | undefined): void {
  if (value !== undefined && (!DAY.test(value) || Number.isNaN(Date.parse(value)))) throw new CorpusQueryError(`${flag} wants a date like 2024-05-01, not "${value}"`);
}

/** A merged event in one line of a timeline. */
export function describeEvent(e: MergedEventRow): string {
  return `${e.source ?? '?'} ${e.type}${e.target ? ' ' + e.target : ''}${e.place ? ' in ' + e.place : ''}${e.denied ? ` (${e.denied} denial${e.denied > 1 ? 's' : ''})` : ''}`;
}

/** Quoted words for display: wrapped in quotation marks unless the quote already begins with one. */
export function quoted(text: string): string {
  return /^["“”'‘]/.test(text) ? text : `"${text}"`;
}

/** Role titles by first and last day seen, from (roles JSON, published) rows in date order. */
export function rolesOverTime(rows: Array<{ roles: string; published: string }>): EntityProfile['roles'] {
  const roles = new Map<string, { title: string; first: string; last: string; articles: number }>();
  for (const r of rows) {
    for (const title of JSON.parse(r.roles) as string[]) {
      const cur = roles.get(title) ?? { title, first: r.published, last: r.published, articles: 0 };
      cur.last = r.published;
      cur.articles++;
      roles.set(title, cur);
    }
  }
  return [...roles.values()];
}

/** Quotes whose words name the entity by any of its names (longer than two letters). */
export function quotesNaming<T extends { text: string }>(rows: T[], names: string[], limit: number): T[] {
  const lower = names.map((n) => n.toLowerCase()).filter((n) => n.length > 2);
  return rows.filter((q) => lower.some((n) => q.text.toLowerCase().includes(n))).slice(0, limit);
}
