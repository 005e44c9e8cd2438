import { z } from 'zod';
import { ArticleSchema } from '../../model/article.js';
import { ExtractionSchema } from '../../model/extraction.js';
import type { EntityProfile, EntityRef, MergedEventRow, Mention, PlaceRow, QuoteRow, StoryArticle, StoryRow, TimelineEntry } from '../../corpus/queries.js';
import type { SearchHit, StoreStats } from '../../store/store.js';
import type { ErrorBody } from './errors.js';

/**
 * The JSON bodies the API answers with, as zod schemas: the OpenAPI document's response schemas are generated from
 * them, and the compile-time checks at the end keep each one equal to the type its route returns.
 */
const nullableString = z.string().nullable();
const count = z.number().int().min(0);

export const ErrorBodySchema = z.object({ error: z.object({ status: z.number().int().min(400).max(599), message: z.string() }) }).describe('every error response');

export const StoreStatsSchema = z.object({
  articles: count, entities: count, mentions: count, quotes: count, events: count, places: count,
  bytes: count.describe('size of the database on disk'),
  firstPublished: nullableString.describe('earliest publication date stored (undated articles aside)'),
  lastPublished: nullableString,
  undated: count.describe('articles stored as published: unknown'),
  storeVersion: z.number().int(),
  extractionVersions: z.record(z.string(), count).describe('stored extractions per extraction schemaVersion'),
});

const LayerCounts = z.object({ entities: count, quotes: count, events: count, places: count, timexes: count });

export const ArticleSummarySchema = z.object({
  id: z.string(), title: nullableString, published: z.string(), source: nullableString, url: nullableString, counts: LayerCounts,
});

function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: nullableString.describe('pass back as cursor for the next page; null on the last') });
}

export const ArticlePageSchema = pageOf(ArticleSummarySchema);

export const SnippetPartSchema = z.object({ text: z.string(), hit: z.boolean() });

export const SearchHitSchema = z.object({
  id: z.string(), title: nullableString, published: z.string(), url: nullableString, source: nullableString,
  snippet: z.array(SnippetPartSchema).describe('the passage, split into parts; hit=true on matched words'),
  score: z.number(),
});
export const SearchPageSchema = pageOf(SearchHitSchema);

export const ArticleDetailSchema = z.object({
  article: ArticleSchema.omit({ body: true }).extend({ body: z.undefined().optional() }),
  extraction: ExtractionSchema,
});

export const IngestResultSchema = z.object({ ids: z.array(z.string()), inserted: count, unchanged: count });

export const EntityRefSchema = z.object({ key: z.number().int(), id: z.string(), name: z.string(), type: z.string(), country: nullableString, articles: count });

export const EntityProfileSchema = z.object({
  entity: EntityRefSchema,
  alsoNamed: z.array(EntityRefSchema),
  names: z.array(z.string()),
  alsoAs: z.array(z.object({ name: z.string(), articles: count, basis: z.enum(['story', 'corpus']) })),
  merges: z.array(z.object({
    alias: z.string(), article: z.string(), published: z.string(),
    basis: z.enum(['story', 'corpus']).describe('the evidence: the only such name in the article\'s story, or in the whole corpus'),
    match: z.string().describe('how the names meet: surname, variant, romanised or acronym'),
    confidence: z.number().min(0).max(1),
  })).describe('each merge of another name into this entity, most confident first'),
  roles: z.array(z.object({ title: z.string(), first: z.string(), last: z.string(), articles: count })),
  mentionsByMonth: z.array(z.object({ month: z.string(), articles: count, mentions: count })),
  coOccurring: z.array(z.object({ name: z.string(), type: z.string(), articles: count })),
  quotesBy: z.array(z.object({ text: z.string(), published: z.string(), article: z.string() })),
  quotesAbout: z.array(z.object({ text: z.string(), speaker: nullableString, published: z.string(), article: z.string() })),
  edges: z.array(z.object({ direction: z.enum(['out', 'in']), other: nullableString, type: z.string(), events: count, mentions: count, tone: z.number().nullable() })),
});

export const MergedEventSchema = z.object({
  key: z.number().int(), type: z.string(), cameo: z.string(), quadClass: z.number().int().min(1).max(4), intensity: z.number(),
  source: nullableString, sourceCode: nullableString, sourceCountry: nullableString,
  target: nullableString, targetCode: nullableString, targetCountry: nullableString,
  date: z.string(), dateEnd: nullableString.describe('last day the event may fall on; later than date for a period'), place: nullableString, placeCountry: nullableString,
  placeFromFocus: z.boolean().nullable().describe('the place is the reporting article\'s focus, not named in the sentence: a low-confidence guess (null: no place)'),
  lat: z.number().nullable(), lon: z.number().nullable(),
  mentions: count, sources: count, happened: count, denied: count, intended: count, tone: z.number().nullable(),
  firstPublished: z.string(), url: nullableString, firstArticle: z.string(),
});

export const MentionSchema = z.object({
  article: z.string(), source: nullableString, url: nullableString, published: z.string(), claim: z.string(), modality: z.string(),
  confidence: z.number(), start: z.number().int(), end: z.number().int(), evidence: z.string(),
  articleTone: z.number().nullable().describe('the tone of the reporting article'),
});

export const QuoteRowSchema = z.object({ text: z.string(), kind: z.string(), speaker: nullableString, published: z.string(), article: z.string(), source: nullableString });

export const TimelineSchema = z.object({
  entities: z.array(EntityRefSchema),
  entries: z.array(z.object({ date: z.string(), kind: z.enum(['event', 'quote']), text: z.string(), mentions: count, article: z.string() })),
});

export const StoryRowSchema = z.object({ key: z.number().int(), title: nullableString, first: z.string(), last: z.string(), articles: count, sources: count, entities: z.array(z.string()) });
export const StoryArticleSchema = z.object({ id: z.string(), title: nullableString, source: nullableString, published: z.string(), duplicateOf: nullableString });
export const StoryDetailSchema = z.object({ story: StoryRowSchema, articles: z.array(StoryArticleSchema), events: z.array(MergedEventSchema) });

export const PlaceSchema = z.object({ name: z.string(), kind: z.string(), country: nullableString, lat: z.number(), lon: z.number(), articles: count, first: z.string(), last: z.string() });

export const GraphSchema = z.object({
  nodes: z.array(z.object({ id: z.string(), name: z.string(), events: count })),
  edges: z.array(z.object({ id: z.string(), source: z.string(), target: z.string(), type: z.string(), events: count, mentions: count, tone: z.number().nullable(), eventKeys: z.array(z.number().int()) })),
});

/** `{ items: [...] }` of one row schema. */
export function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

// --- each schema stays the type its producer returns: a field added to one and not the other fails the typecheck
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <A, B>(ok: Same<A, B>) => ok;
same<z.infer<typeof StoreStatsSchema>, StoreStats>(true);
same<z.infer<typeof ErrorBodySchema>, ErrorBody>(true);
same<Omit<z.infer<typeof SearchHitSchema>, 'snippet'>, Omit<SearchHit, 'snippet'>>(true);
same<z.infer<typeof EntityRefSchema>, EntityRef>(true);
same<z.infer<typeof EntityProfileSchema>, EntityProfile>(true);
same<z.infer<typeof MergedEventSchema>, MergedEventRow>(true);
same<z.infer<typeof MentionSchema>, Mention>(true);
same<z.infer<typeof QuoteRowSchema>, QuoteRow>(true);
same<z.infer<typeof TimelineSchema>['entries'][number], TimelineEntry>(true);
same<z.infer<typeof StoryRowSchema>, StoryRow>(true);
same<z.infer<typeof StoryArticleSchema>, StoryArticle>(true);
same<z.infer<typeof PlaceSchema>, Omit<PlaceRow, 'gazetteerId'>>(true);
