/**
 * API latency over HTTP on an existing database: the real server (`tidings serve`'s app) on a free loopback port,
 * requests sent one at a time (latency, not throughput), each timed from send to the last byte of the JSON body.
 *
 *   npx tsx src/bench/api-latency.ts --db FILE [--runs N] [--seed S] [--json]
 *
 * Workload, drawn from the database itself with a seeded PRNG: for each run a random stored article, and an entity
 * named in it (so entities come up as often as readers meet them: popular ones more often). Endpoints timed:
 * GET /api/search?q=<last word of that entity's name>, GET /api/entities/<its name>, GET /api/articles/<the article>.
 * A few warm-up requests per endpoint are not counted.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../store/index.js';
import { buildServer } from '../serve/api/app.js';
import { percentile, round } from '../eval/metrics.js';
import { mulberry32 } from '../train/random.js';

/** Enough runs for a stable p95 (the 95th percentile of 200 is the 10th slowest). */
export const DEFAULT_RUNS = 200;
/** Requests per endpoint before timing starts: statement caches and the page cache warm up. */
const WARMUP = 5;

export interface LatencyStat { runs: number; p50Ms: number; p95Ms: number; maxMs: number; errors: number }
export interface ApiLatencyReport {
  db: string;
  articles: number;
  entities: number;
  bytes: number;
  runs: number;
  endpoints: Record<'search' | 'entity' | 'article', LatencyStat>;
}

interface Probe { articleId: string; entityName: string; query: string }

/** `runs` probes: a random article (by key) and an entity it names. */
async function drawProbes(store: Awaited<ReturnType<typeof openStore>>, runs: number, seed: number): Promise<Probe[]> {
  const corpus = store.corpus();
  const maxKey = await corpus.lastArticleKey();
  if (!maxKey) throw new Error('the database holds no articles');
  const rng = mulberry32(seed);
  const probes: Probe[] = [];
  for (let tries = 0; probes.length < runs && tries < runs * 20; tries++) {
    const a = await corpus.articleWithNames(1 + Math.floor(rng() * maxKey));
    if (!a) continue;
    const names = a.names;
    if (!names.length) continue;
    const name = names[Math.floor(rng() * names.length)];
    const words = name.split(/\s+/).filter((w) => /^[\p{L}\p{N}]/u.test(w));
    if (!words.length) continue;
    probes.push({ articleId: a.id, entityName: name, query: words[words.length - 1] });
  }
  if (!probes.length) throw new Error('no article in the database names an entity: nothing to probe');
  return probes;
}

export async function measureApiLatency(options: { db: string; runs?: number; seed?: number }): Promise<ApiLatencyReport> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const store = await openStore(options.db, { mustExist: true });
  const app = buildServer({ store, host: '127.0.0.1', analyzer: async () => { throw new Error('the latency bench does not analyse'); } });
  try {
    const probes = await drawProbes(store, runs + WARMUP, options.seed ?? 1);
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const urls: Record<keyof ApiLatencyReport['endpoints'], (p: Probe) => string> = {
      search: (p) => `/api/search?q=${encodeURIComponent(p.query)}`,
      entity: (p) => `/api/entities/${encodeURIComponent(p.entityName)}`,
      article: (p) => `/api/articles/${encodeURIComponent(p.articleId)}`,
    };
    const endpoints = {} as ApiLatencyReport['endpoints'];
    for (const [name, url] of Object.entries(urls) as Array<[keyof typeof urls, (p: Probe) => string]>) {
      const ms: number[] = [];
      let errors = 0;
      for (let i = 0; i < probes.length; i++) {
        const t = performance.now();
        const res = await fetch(base + url(probes[i]));
        await res.arrayBuffer();
        const took = performance.now() - t;
        if (!res.ok) errors++;
        if (i >= WARMUP) ms.push(took);
      }
      endpoints[name] = { runs: ms.length, p50Ms: round(percentile(ms, 50), 2), p95Ms: round(percentile(ms, 95), 2), maxMs: round(Math.max(...ms), 2), errors };
    }
    const stats = await store.stats();
    return { db: options.db, articles: stats.articles, entities: stats.entities, bytes: stats.bytes, runs: probes.length - WARMUP, endpoints };
  } finally {
    await app.close();
    await store.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, runs: { type: 'string' }, seed: { type: 'string' }, json: { type: 'boolean' } } });
  if (!values.db) {
    process.stderr.write('usage: npx tsx src/bench/api-latency.ts --db FILE [--runs N] [--seed S] [--json]\n');
    process.exit(2);
  }
  const report = await measureApiLatency({ db: values.db, runs: values.runs ? Number(values.runs) : undefined, seed: values.seed ? Number(values.seed) : undefined });
  if (values.json) {
    process.stdout.write(JSON.stringify(report, null, 2) + '\n');
    return;
  }
  process.stdout.write(`${report.db}: ${report.articles} articles, ${report.entities} entities, ${Math.round(report.bytes / 1e6)} MB; ${report.runs} requests per endpoint, one at a time\n`);
  for (const [name, s] of Object.entries(report.endpoints)) {
    process.stdout.write(`  ${name.padEnd(8)} p50 ${s.p50Ms} ms  p95 ${s.p95Ms} ms  max ${s.maxMs} ms${s.errors ? `  (${s.errors} non-2xx)` : ''}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: Error) => {
    process.stderr.write(`api-latency: ${err.message}\n`);
    process.exit(1);
  });
}
