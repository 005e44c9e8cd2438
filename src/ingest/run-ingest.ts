import { isDated, type Article } from '../model/article.js';
import { languagePackFor, primaryLanguage } from '../lang/index.js';
import type { Extraction } from '../model/extraction.js';
import type { StageObserver } from '../pipeline/pipeline.js';
import type { PreparedItem, Store, StoreItem } from '../store/store.js';
import { StoreError } from '../store/errors.js';
import { tableRows } from '../store/rows.js';
import { PLACES_TABLE } from '../pipeline/stages/places/table.js';
import { readSources } from './read.js';
import type { ReadItem, ReadOptions } from './types.js';

/** Anything that turns an article into its extraction: the in-process pipeline, or a pool of workers. */
export interface Analyzer {
  analyze(article: Article, observe?: StageObserver): Extraction | Promise<Extraction>;
  /** analyse and derive the store rows elsewhere (a pool of worker threads), so this thread only writes */
  prepare?(article: Article, options: { deflate: boolean }): Promise<PreparedItem>;
}

export interface IngestFailure {
  origin: string;
  line?: number;
  error: string;
}

export interface IngestProgress {
  /** articles read (inputs that failed to read are counted in `failed` only) */
  read: number;
  stored: number;
  unchanged: number;
  failed: number;
}

export interface IngestSummary {
  read: number;
  stored: number;
  unchanged: number;
  /** articles analysed in this run whose language has no language pack (stored as they came), by language */
  notAnalysed: Record<string, number>;
  /** articles read without any date (published: "unknown"): stored and searchable, out of the views by date */
  undated: number;
  failed: IngestFailure[];
  seconds: number;
}

export interface RunIngestOptions {
  inputs: string[];
  store: Store;
  pipeline: Analyzer;
  readOptions?: ReadOptions;
  /** articles written per transaction (default 100) */
  batchSize?: number;
  /** called after each batch is written, and after each failure */
  onProgress?: (progress: IngestProgress) => void;
  /** progress of one long article: a stage observer and a closing call (the CLI's lines for articles over 1 MB) */
  articleProgress?: (article: Article, origin: string) => { observe?: StageObserver; done: () => void };
  /** items to ingest instead of reading `inputs` (a queue consumer, a test) */
  items?: AsyncIterable<ReadItem>;
  /**
   * learns each source's home region from its articles as they are analysed, and gives the articles of a source with a
   * home that home (an article that names its own keeps it)
   */
  sourceHomes?: SourceHomes;
}

/** Where the ingest learns and reads each source's home region. */
export interface SourceHomes {
  home(source: string): Article['sourceHome'] | null;
  learn(source: string, places: Array<{ gazetteerId: string | null; kind: string; confidence: number; adjectival?: boolean }>): void;
}

/** Big enough that a transaction's fixed cost is small, small enough that a crash loses little work. */
export const DEFAULT_BATCH_SIZE = 100;

/**
 * The ingest loop: read -> analyse -> store, in batches of one transaction each. Articles already stored are not
 * analysed again (so a rerun after a crash only does the missing work); an input, article or row that fails is
 * recorded with its origin and the rest go on. Store failures that are not about one item (disk full, lost
 * connection) stop the run; every batch committed before stays.
 */
export async function runIngest(options: RunIngestOptions): Promise<IngestSummary> {
  const { store, pipeline, onProgress } = options;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const started = performance.now();
  const failed: IngestFailure[] = [];
  let read = 0;
  let stored = 0;
  let unchanged = 0;
  const notAnalysed: Record<string, number> = {};
  let undated = 0;
  const report = () => onProgress?.({ read, stored, unchanged, failed: failed.length });

  type Item = (StoreItem | PreparedItem) & { origin: string };
  const deflate = store.kind === 'sqlite';
  const analyse = async (article: Article, origin: string): Promise<StoreItem | PreparedItem> => {
    const progress = options.articleProgress?.(article, origin);
    try {
      if (!pipeline.prepare) return { article, extraction: await pipeline.analyze(article, progress?.observe) };
      // a worker thread runs the stages: only its start and end are seen here
      progress?.observe?.('all stages in a worker thread', 0, 1);
      return await pipeline.prepare(article, { deflate });
    } finally {
      progress?.done();
    }
  };
  // ids sent for analysis in the batch before, not yet known to the store
  let previousIds = new Set<string>();

  /** Starts the analysis of a batch; the promise settles with the batch's items once every article is analysed. */
  const analyseBatch = async (batch: Array<{ article: Article; origin: string }>): Promise<Item[]> => {
    const existing = await store.existingIds(batch.map((b) => b.article.id));
    const seen = new Set<string>();
    const fresh: Array<{ article: Article; origin: string }> = [];
    for (const b of batch) {
      if (existing.has(b.article.id) || seen.has(b.article.id) || previousIds.has(b.article.id)) {
        unchanged++;
        continue;
      }
      seen.add(b.article.id);
      fresh.push(b);
    }
    previousIds = seen;
    // each article gets its source's home as learned from the articles analysed before its batch
    const homes = options.sourceHomes;
    if (homes) {
      for (const b of fresh) {
        const home = b.article.source && !b.article.sourceHome ? homes.home(b.article.source) : null;
        if (home) b.article = { ...b.article, sourceHome: home };
      }
    }
    // all of a batch is analysed at once, so a pool of workers keeps every thread busy
    const analysed = await Promise.allSettled(fresh.map((b) => analyse(b.article, b.origin)));
    const items: Item[] = [];
    analysed.forEach((r, i) => {
      const { origin } = fresh[i];
      if (r.status === 'fulfilled') {
        items.push({ ...r.value, origin });
        const source = fresh[i].article.source;
        if (homes && source) homes.learn(source, 'extraction' in r.value ? r.value.extraction.places.mentions : tableRows(r.value.rows, PLACES_TABLE));
        const { lang } = fresh[i].article;
        if (!languagePackFor(lang)) notAnalysed[primaryLanguage(lang)] = (notAnalysed[primaryLanguage(lang)] ?? 0) + 1;
      } else failed.push({ origin, error: `${origin}: analysis failed (${(r.reason as Error)?.message ?? String(r.reason)})` });
    });
    return items;
  };

  /** Writes an analysed batch in one transaction (item by item when one of them is bad). */
  const write = async (items: Item[]) => {
    if (items.length) {
      try {
        const result = await store.putBatch(items);
        stored += result.inserted;
        unchanged += result.unchanged;
      } catch (err) {
        if (!(err instanceof StoreError && err.kind === 'bad-item')) throw err;
        // one bad row spoils its batch's transaction: write the items one by one to keep every good one
        for (const item of items) {
          try {
            const result = await store.putBatch([item]);
            stored += result.inserted;
            unchanged += result.unchanged;
          } catch (itemErr) {
            if (!(itemErr instanceof StoreError && itemErr.kind === 'bad-item')) throw itemErr;
            failed.push({ origin: item.origin, error: `${item.origin}: cannot store (${itemErr.message})` });
          }
        }
      }
    }
    report();
  };

  // one batch is analysed while the one before is written: the workers never wait for the store
  let analysing: Promise<Item[]> | null = null;
  const flush = async (batch: Array<{ article: Article; origin: string }>) => {
    const next = batch.length ? analyseBatch(batch) : null;
    // a rejection of `next` (the store failing its id lookup) is awaited below or with the next batch
    next?.catch(() => {});
    if (analysing) await write(await analysing);
    analysing = next;
  };

  let batch: Array<{ article: Article; origin: string }> = [];
  for await (const item of options.items ?? readSources(options.inputs, options.readOptions ?? {})) {
    if (!item.ok) {
      failed.push({ origin: item.origin, ...(item.line !== undefined ? { line: item.line } : {}), error: item.error });
      report();
      continue;
    }
    read++;
    if (!isDated(item.article.published)) undated++;
    batch.push({ article: item.article, origin: item.origin });
    if (batch.length >= batchSize) {
      await flush(batch);
      batch = [];
    }
  }
  await flush(batch);
  await flush([]);
  return { read, stored, unchanged, notAnalysed, undated, failed, seconds: (performance.now() - started) / 1000 };
}
