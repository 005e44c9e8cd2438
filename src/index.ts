/** The typed library API; the CLI is a thin layer over it. */
export * from './model/index.js';
export { createPipeline, toExtraction, type Pipeline } from './pipeline/pipeline.js';
export type { Stage, PipelineOptions } from './pipeline/stage.js';
export { Syntax, parseDoc, loadSyntaxModel, type SyntaxModel, type SyntaxWordJson } from './pipeline/stages/syntax/index.js';
export { findEntityAt, entityId } from './pipeline/stages/entities/index.js';
export { countryByName, countryByCode, countryByDemonym, standInFor, type Country, type StandIn } from './knowledge/countries.js';
export { loadGazetteer, Gazetteer, distanceKm, normalizePlaceName, type GazetteerEntry } from './knowledge/gazetteer/index.js';
export { resolvePlaces, geocodeDoc, computeFocus, type PlaceQuery, type PlaceResolution, type SourceHome } from './pipeline/stages/places/index.js';
export { SourceHomeLearner, homeVotesFromPlaces, sourceHomeFromName, type HomeVote } from './pipeline/stages/places/home.js';
export { createTimexTagger, tagTimexes, type TimexTagger } from './pipeline/stages/time/index.js';
export { openStore, StoreError, type Store, type StoreItem, type PutResult, type SearchHit, type SearchOptions, type StoreStats } from './store/index.js';
export { runIngest, type Analyzer, type IngestSummary, type IngestFailure, type IngestProgress } from './ingest/run-ingest.js';
export { htmlToArticle, extractHtml, type HtmlOptions, type ExtractedHtml, type FoundDate, type DateSource } from './ingest/html/index.js';
export { parseFeed, loadFeed, type Feed, type FeedItem } from './ingest/feed/index.js';
export { Fetcher, FetchError, type FetchOptions, type FetchResult, type ValidatorStore, type Validators } from './ingest/http/fetcher.js';
export { pollOnce, WatchState, type WatchEvent, type PollSummary, type ArticleSink } from './ingest/feed/watch.js';
