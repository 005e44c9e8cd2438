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
import { mulberry32 } from '../../src/train/random.js';

const REDIS_SERVER = process.env.TIDINGS_TEST_REDIS;
const PG = process.env.TIDINGS_TEST_PG;
const REPO = resolve(import.meta.dirname, '..', '..');
/** A Redis database of its own, so the queue fault tests running beside this file never share its jobs. */
const REDIS = REDIS_SERVER ? `${REDIS_SERVER}/7` : '';
const ARTICLES = 2000;
const WORKERS = 4;

// --- a corpus we write: distinct reports of shared events, and syndicated copies with page furniture
const PEOPLE = [
  ['Ingrid Solberg', 'Norway'], ['Amina Wanjiru', 'Kenya'], ['Rodrigo Pizarro', 'Chile'], ['Hana Novak', 'Czechia'],
  ['Tomasz Wilk', 'Poland'], ['Farid Rahimi', 'Afghanistan'], ['Lucia Costa', 'Portugal'], ['Kwame Mensah', 'Ghana'],
  ['Elena Varga', 'Hungary'], ['Jonas Berg', 'Sweden'], ['Mariam Haddad', 'Lebanon'], ['Sipho Dlamini', 'South Africa'],
] as const;
const CITIES = ['Nairobi', 'Oslo', 'Santiago', 'Prague', 'Warsaw', 'Lisbon', 'Accra', 'Budapest', 'Stockholm', 'Beirut'];
const TOPICS = ['fertiliser imports', 'fishing quotas', 'rail links', 'vaccine supplies', 'grain prices', 'port fees', 'water rights', 'power lines', 'student visas', 'copper exports'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const REPORT_FORMS = [
  (a: string, b: string, city: string, day: string, topic: string) => `${a} met ${b} in ${city} on ${day} to discuss ${topic}.`,
  (a: string, b: string, city: string, day: string, topic: string) => `In ${city} on ${day}, ${a} held talks with ${b} about ${topic}, officials said.`,
  (a: string, b: string, city: string, day: string, topic: string) => `${b} hosted ${a} in ${city} on ${day}; the two ministers spoke about ${topic}.`,
];
const NOUNS = ['warehouses', 'clinics', 'bridges', 'schools', 'ferries', 'farms', 'depots', 'markets', 'mines', 'harbours', 'bakeries', 'libraries'];
const VERBS = ['inspected', 'repaired', 'opened', 'closed', 'surveyed', 'rebuilt', 'licensed', 'audited'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];
const ORGS = ['the statistics office', 'the farmers union', 'a regional council', 'the transport ministry', 'an industry group', 'the central bank'];

/** A sentence of detail with its own numbers and words, so that no two articles share much of their text. */
function detail(rng: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
  const n = 2 + Math.floor(rng() * 900);
  return `According to ${pick(ORGS)}, ${n} ${pick(NOUNS)} were ${pick(VERBS)} in ${pick(MONTHS)} and ${3 + Math.floor(rng() * 90)} more ${pick(NOUNS)} will be ${pick(VERBS)} by ${pick(MONTHS)}.`;
}

/** Dated-text files: each event reported by one to three outlets in their own words, one article in eight republished with furniture. */
function writeCorpus(dir: string, n: number): void {
  const rng = mulberry32(20);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)];
  const bodies: Array<{ published: string; body: string }> = [];
  let i = 0;
  while (bodies.length < n) {
    if (bodies.length >= 8 && rng() < 1 / 8) {
      const original = bodies[Math.floor(rng() * bodies.length)];
      bodies.push({ published: original.published, body: `ADVERTISEMENT\n\n${original.body}\n\nALSO READ | ${pick(TOPICS)} talks resume\n\nCopyright 2024 Copy Outlet ${i % 9}. All rights reserved.` });
      continue;
    }
    // one event: a pair of people, a city, a day; reported by up to three outlets, each on the day or the day after
    const a = pick(PEOPLE);
    let b = pick(PEOPLE);
    while (b === a) b = pick(PEOPLE);
    const city = pick(CITIES);
    const topic = pick(TOPICS);
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(rng() * 300) * 86_400_000);
    const reports = 1 + Math.floor(rng() * 3);
    for (let r = 0; r < reports && bodies.length < n; r++) {
      const published = new Date(day.getTime() + Math.floor(rng() * 2) * 86_400_000).toISOString().slice(0, 10);
      const lead = REPORT_FORMS[r % REPORT_FORMS.length](`${a[1]}'s foreign minister ${a[0]}`, b[0], city, WEEKDAYS[day.getUTCDay()], topic);
      const body = [lead, detail(rng), detail(rng), `"We made progress on ${topic}," ${a[0]} told reporters after the meeting.`, detail(rng)].join('\n\n');
      bodies.push({ published, body });
    }
    i++;
  }
  bodies.forEach((b, k) => writeFileSync(join(dir, `a${String(k).padStart(5, '0')}.txt`), `date ${b.published}\n${b.body}\n`));
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

  it(`${ARTICLES} articles with copies and repeated events: same duplicate groups and merged events; stories nearly the same`, async () => {
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
      // stories may differ where arrival order matters (which article a story's text is compared with), but little
      expect(agreement.shared / agreement.pairs).toBeGreaterThan(0.9);
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
