import { openStore, displayLocation } from '../store/index.js';
import { percentile, round } from '../eval/metrics.js';
import type { Corpus } from '../corpus/queries.js';
import { SYNTHETIC_EVENT_TYPES, SYNTHETIC_PEOPLE, syntheticItem } from './synthetic.js';
import { mulberry32 } from '../train/random.js';

export interface CorpusScaleReport {
  articles: number;
  seed: number;
  db: string;
  /** wall-clock rates, and per CPU second of this process (the fair figure on a machine shared with other jobs) */
  ingest: { seconds: number; articlesPerSecond: number; eventsPerSecond: number; cpuSeconds: number; articlesPerCpuSecond: number };
  /** resident memory (MB) after each tenth of the corpus: flat when nothing grows with the corpus; rates over that tenth */
  memoryCurve: Array<{ articles: number; rssMb: number; heapMb: number; articlesPerSecond: number; articlesPerCpuSecond: number }>;
  rows: { events: number; mergedEvents: number; duplicateGroups: number; stories: number };
  bytes: number;
  bytesPerArticle: number;
  queries: Record<string, { runs: number; p50Ms: number; p95Ms: number; maxMs: number }>;
}

/** Articles per write transaction, as ingest batches them. */
const BATCH = 500;
/** Timed runs per query kind: enough for a stable p95. */
const QUERY_RUNS = 200;

/**
 * Ingests a synthetic corpus of `articles` into a fresh store (an SQLite file, or a PostgreSQL schema: what was there
 * is removed first) and measures rate, memory, size and query latency.
 */
export async function benchCorpusScale(options: { articles: number; db: string; seed?: number; onProgress?: (line: string) => void }): Promise<CorpusScaleReport> {
  const { articles } = options;
  const seed = options.seed ?? 1;
  const store = await openStore(options.db, { replace: true });
  const memoryCurve: CorpusScaleReport['memoryCurve'] = [];
  const tenth = Math.max(BATCH, Math.ceil(articles / 10 / BATCH) * BATCH);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let cpuMark = cpu0;
  let tMark = t0;
  let lastMark = 0;
  let events = 0;
  for (let start = 0; start < articles; start += BATCH) {
    const batch = [];
    for (let i = start; i < Math.min(articles, start + BATCH); i++) batch.push(syntheticItem(seed, i));
    for (const b of batch) events += b.extraction.events.length;
    await store.putBatch(batch);
    const done = Math.min(articles, start + BATCH);
    if (done % tenth === 0 || done === articles) {
      const now = performance.now();
      const mem = process.memoryUsage();
      const cpu = process.cpuUsage();
      const point = {
        articles: done, rssMb: round(mem.rss / 1048576, 1), heapMb: round(mem.heapUsed / 1048576, 1),
        articlesPerSecond: Math.round(((done - lastMark) / (now - tMark)) * 1000), articlesPerCpuSecond: Math.round((done - lastMark) / cpuSeconds(cpuMark, cpu)),
      };
      memoryCurve.push(point);
      options.onProgress?.(`${done} articles: ${point.articlesPerSecond} articles/s (${point.articlesPerCpuSecond} per CPU second), rss ${point.rssMb} MB, heap ${point.heapMb} MB`);
      tMark = now;
      cpuMark = cpu;
      lastMark = done;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(cpu0, process.cpuUsage());
  const corpus = store.corpus();
  const { events: storedEvents, mergedEvents, duplicateGroups, stories } = await corpus.summary();
  const rows = { events: storedEvents, mergedEvents, duplicateGroups, stories };
  const queries = await measureQueries(corpus, seed, articles);
  const bytes = (await store.stats()).bytes;
  await store.close();
  return {
    articles, seed, db: displayLocation(options.db),
    ingest: { seconds: round(seconds, 1), articlesPerSecond: Math.round(articles / seconds), eventsPerSecond: Math.round(events / seconds), cpuSeconds: round(cpu, 1), articlesPerCpuSecond: Math.round(articles / cpu) },
    memoryCurve, rows, bytes, bytesPerArticle: Math.round(bytes / articles), queries,
  };
}


/** User plus system CPU seconds of this process between two readings. */
function cpuSeconds(from: NodeJS.CpuUsage, to: NodeJS.CpuUsage): number {
  return Math.max(1e-6, (to.user - from.user + to.system - from.system) / 1e6);
}

/** Timed query workload on a corpus database: timelines of random people and pairs, event filters over 30-day windows. */
export async function measureQueries(corpus: Corpus, seed: number, articles: number): Promise<CorpusScaleReport['queries']> {
  const queries: CorpusScaleReport['queries'] = {};
  const rng = mulberry32(seed + 7);
  const days = Math.max(1, Math.ceil(articles / 150));
  const dayAt = (d: number) => new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  const time = async (fn: () => Promise<unknown>): Promise<number> => {
    const t = performance.now();
    await fn();
    return performance.now() - t;
  };
  const runs = async (fn: () => Promise<unknown>): Promise<number[]> => {
    const ms: number[] = [];
    for (let i = 0; i < QUERY_RUNS; i++) ms.push(await time(fn));
    return ms;
  };
  const stat = (ms: number[]) => ({ runs: ms.length, p50Ms: round(percentile(ms, 50), 2), p95Ms: round(percentile(ms, 95), 2), maxMs: round(Math.max(...ms), 2) });
  // people the corpus holds (a small corpus has not met the whole cast)
  const cast = await corpus.people(SYNTHETIC_PEOPLE.length * 10);
  const people = cast.length ? cast : SYNTHETIC_PEOPLE;
  const person = () => people[Math.floor(rng() * people.length)];
  const window = () => {
    const d = Math.floor(rng() * days);
    return { from: dayAt(d), to: dayAt(d + 30) };
  };
  const drain = async (it: AsyncIterable<unknown>) => {
    for await (const _ of it) void _;
  };
  queries.entityTimeline = stat(await runs(() => corpus.timeline([person()], 100)));
  queries.pairTimeline = stat(await runs(() => corpus.timeline([person(), person()], 100)));
  queries.eventsByActorAndDates = stat(await runs(() => drain(corpus.events({ actor: person(), ...window(), limit: 100 }))));
  queries.eventsByTypeAndDates = stat(await runs(() => drain(corpus.events({ type: SYNTHETIC_EVENT_TYPES[Math.floor(rng() * SYNTHETIC_EVENT_TYPES.length)], ...window(), limit: 100 }))));
  queries.eventsByPlaceAndDates = stat(await runs(() => drain(corpus.events({ place: 'KE', ...window(), limit: 100 }))));
  return queries;
}

/** `tidings bench --corpus N`: runs the bench and prints the report (JSON, or lines). */
export async function runCorpusBenchCli(articles: number, db: string, json: boolean): Promise<void> {
  const report = await benchCorpusScale({ articles, db, onProgress: (line) => process.stderr.write(line + '\n') });
  if (json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  const out = (s: string) => process.stdout.write(s + '\n');
  out(`synthetic corpus: ${report.articles} articles (seed ${report.seed}), ${report.rows.events} events -> ${report.rows.mergedEvents} merged, ${report.rows.duplicateGroups} duplicate groups, ${report.rows.stories} stories`);
  out(`ingest: ${report.ingest.seconds} s, ${report.ingest.articlesPerSecond} articles/s, ${report.ingest.eventsPerSecond} events/s; ${report.ingest.cpuSeconds} CPU s, ${report.ingest.articlesPerCpuSecond} articles per CPU second`);
  out(`memory: ${report.memoryCurve.map((p) => `${p.articles}:${p.rssMb}MB`).join(' ')}`);
  out(`database: ${(report.bytes / 1048576).toFixed(1)} MB, ${report.bytesPerArticle} bytes per article`);
  for (const [name, q] of Object.entries(report.queries)) out(`${name.padEnd(22)} p50 ${q.p50Ms} ms  p95 ${q.p95Ms} ms  max ${q.maxMs} ms`);
}
