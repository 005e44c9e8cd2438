import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Queue } from 'bullmq';
import { ARTICLE_QUEUE, DEAD_LETTER_QUEUE, enqueueArticles, queueStatus, redisConnection } from '../../src/queue/redis-queue.js';
import { readSources } from '../../src/ingest/read.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/store.js';
import { reportedEventsFiles } from '../../src/bench/reported-events.js';

const REDIS_SERVER = process.env.TIDINGS_TEST_REDIS;
const PG = process.env.TIDINGS_TEST_PG;
const REPO = resolve(import.meta.dirname, '..', '..');
/** A Redis database of its own, so the queue fault tests running beside this file never share its jobs. */
const REDIS = REDIS_SERVER ? `${REDIS_SERVER}/7` : '';
const ARTICLES = 2000;
const WORKERS = 4;

/** The corpus (src/bench/reported-events.ts) as dated-text files: reports of shared events and syndicated copies. */
function writeCorpus(dir: string, n: number): void {
  for (const f of reportedEventsFiles(n)) writeFileSync(join(dir, f.name), f.text);
}

// --- what the two stores are compared on
async function duplicateGroups(store: Store): Promise<string[]> {
  return (await store.corpus().duplicateGroups()).map((g) => [...g].sort().join(' ')).sort();
}

/** Each merged event as the sorted list of its reports (article id and evidence offset), with its counts. */
async function mergedEvents(store: Store): Promise<string[]> {
  const corpus = store.corpus();
  const out: string[] = [];
  for await (const e of corpus.events({})) {
    const reports = (await corpus.eventMentions(e.key)).map((m) => `${m.article}@${m.start}:${m.claim}`).sort();
    out.push(`${e.type} ${e.source} ${e.target} ${e.date} ${e.mentions}/${e.sources} [${reports.join(' ')}]`);
  }
  return out.sort();
}

/** Stories as sets of article ids. */
async function stories(store: Store): Promise<string[][]> {
  const corpus = store.corpus();
  const out: string[][] = [];
  for (const s of await corpus.stories({ limit: 100_000 })) out.push((await corpus.storyArticles(s.key)).map((a) => a.id).sort());
  return out;
}

/** Share of the article pairs put in one story by either store that both put in one story. */
function storyAgreement(a: string[][], b: string[][]): { pairs: number; shared: number } {
  const pairs = (groups: string[][]) => {
    const set = new Set<string>();
    for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) set.add(g[i] + ' ' + g[j]);
    return set;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  const union = new Set([...pa, ...pb]);
  let shared = 0;
  for (const p of union) if (pa.has(p) && pb.has(p)) shared++;
  return { pairs: union.size, shared };
}

const reason = !REDIS_SERVER || !PG ? 'TIDINGS_TEST_REDIS and TIDINGS_TEST_PG are not set (source scripts/services.sh start)' : '';
if (reason && process.env.CI === 'true') throw new Error(`the concurrent corpus test needs its services in CI: ${reason}`);

describe.skipIf(!!reason)(`${WORKERS} queue workers build the corpus in PostgreSQL as one SQLite ingest does${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-concurrent-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it(`${ARTICLES} articles with copies and repeated events: same duplicate groups, merged events and stories`, async () => {
    const files = join(dir, 'articles');
    mkdirSync(files);
    writeCorpus(files, ARTICLES);

    // one process into SQLite
    const sqlite = await openStore(join(dir, 'one.db'));
    const summary = await runIngest({ inputs: [files], store: sqlite, pipeline: createPipeline() });
    expect(summary.stored).toBe(ARTICLES);

    // four worker processes into PostgreSQL, consuming one queue at once
    const schema = `tidings_concurrent_${process.pid}`;
    const url = new URL(PG!);
    url.searchParams.set('schema', schema);
    for (const name of [ARTICLE_QUEUE, DEAD_LETTER_QUEUE]) {
      const q = new Queue(name, { connection: redisConnection(REDIS) });
      await q.obliterate({ force: true });
      await q.close();
    }
    expect((await enqueueArticles(REDIS, readSources([files]))).enqueued).toBe(ARTICLES);
    for (let w = 0; w < WORKERS; w++) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--queue', REDIS, '--db', url.toString(), '--quiet'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.resume();
      children.push(child);
    }
    for (const until = Date.now() + 600_000; ;) {
      const s = await queueStatus(REDIS);
      if (s.waiting + s.active + s.delayed === 0) break;
      if (Date.now() > until) throw new Error('the queue did not drain in 10 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
    const postgres = await openStore(url.toString());
    try {
      expect((await postgres.stats()).articles).toBe(ARTICLES);
      const [groupsOne, groupsMany] = [await duplicateGroups(sqlite), await duplicateGroups(postgres)];
      const [mergedOne, mergedMany] = [await mergedEvents(sqlite), await mergedEvents(postgres)];
      const [storiesOne, storiesMany] = [await stories(sqlite), await stories(postgres)];
      const agreement = storyAgreement(storiesOne, storiesMany);
      process.stderr.write(`concurrent corpus: ${groupsOne.length} duplicate groups (sqlite) / ${groupsMany.length} (postgres); ` +
        `${mergedOne.length} / ${mergedMany.length} merged events, ${mergedOne.filter((m) => !/ 1\/1 /.test(m)).length} with more than one report; ` +
        `${storiesOne.length} / ${storiesMany.length} stories, ${agreement.shared} of ${agreement.pairs} same-story article pairs shared\n`);
      // the corpus is rich enough to test something: many copies, many events reported more than once
      expect(groupsOne.length).toBeGreaterThan(ARTICLES / 25);
      expect(mergedOne.filter((m) => !/ 1\/1 /.test(m)).length).toBeGreaterThan(ARTICLES / 10);
      expect(groupsMany).toEqual(groupsOne);
      expect(mergedMany).toEqual(mergedOne);
      // a story is the articles linked by pairs (src/corpus/stories.ts): arrival order does not decide it
      expect(storiesMany.map((s) => s.join(' ')).sort()).toEqual(storiesOne.map((s) => s.join(' ')).sort());
    } finally {
      await postgres.close();
      await sqlite.close();
      const admin = new pg.Client({ connectionString: PG });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    }
  }, 900_000);
});
