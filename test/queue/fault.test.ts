import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Queue } from 'bullmq';
import { ARTICLE_QUEUE, DEAD_LETTER_QUEUE, enqueueArticles, jobOptions, queueStatus, redisConnection } from '../../src/queue/redis-queue.js';
import { parseDatedText } from '../../src/ingest/text.js';
import type { ReadItem } from '../../src/ingest/types.js';

const REDIS = process.env.TIDINGS_TEST_REDIS;
const PG = process.env.TIDINGS_TEST_PG;
const PG_RESTART = process.env.TIDINGS_TEST_PG_CTL;
const REPO = resolve(import.meta.dirname, '..', '..');
const CITIES = ['Riverton', 'Lakeside', 'Hillview', 'Northgate', 'Portsea', 'Elmwood', 'Stonebridge', 'Westfield'];
const PEOPLE = ['Ana Ruiz', 'Tomas Brandt', 'Lena Okafor', 'Kwame Mensah', 'Elena Varga', 'Marieke de Vries'];

/** Short articles we generate: each body unique, so each is its own article. */
function* articles(n: number, tag: string): Generator<ReadItem> {
  for (let i = 0; i < n; i++) {
    const city = CITIES[i % CITIES.length];
    const who = PEOPLE[i % PEOPLE.length];
    const body = `The council of ${city} voted on Monday to repair ${i + 2} bridges, said mayor ${who}.\n\n"We will start in ${tag} week ${i % 52}," ${who} told reporters in ${city}.`;
    yield { ok: true, origin: `gen-${i}`, article: parseDatedText(`date 2024-0${(i % 9) + 1}-1${i % 9}\n${body}`, `gen-${i}`) };
  }
}

async function* each(items: Iterable<ReadItem>): AsyncGenerator<ReadItem> {
  yield* items;
}

async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(PG!);
  u.pathname = `/${name}`;
  return u.toString();
}

async function resetQueues(): Promise<void> {
  for (const name of [ARTICLE_QUEUE, DEAD_LETTER_QUEUE]) {
    const q = new Queue(name, { connection: redisConnection(REDIS!) });
    await q.obliterate({ force: true });
    await q.close();
  }
}

function startWorker(db: string, lockMs: number): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'worker', '--queue', REDIS!, '--db', db, '--lock-ms', String(lockMs), '--quiet'], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}

async function countStored(db: string): Promise<{ rows: number; distinct: number }> {
  const c = new pg.Client({ connectionString: db });
  await c.connect();
  try {
    const r = await c.query('SELECT count(*)::int AS rows, count(DISTINCT id)::int AS distinct FROM articles');
    return r.rows[0];
  } catch {
    return { rows: 0, distinct: 0 }; // the schema is not there until a worker has opened the store
  } finally {
    await c.end();
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const exited = (child: ChildProcess) => new Promise<number | null>((r) => (child.exitCode !== null ? r(child.exitCode) : child.once('exit', (code) => r(code))));

const reason = !REDIS || !PG ? 'TIDINGS_TEST_REDIS and TIDINGS_TEST_PG are not set (source scripts/services.sh start)' : '';
if (reason && process.env.CI === 'true') throw new Error(`queue fault tests need their services in CI: ${reason}`);

describe.skipIf(!!reason)(`queue workers on PostgreSQL + Redis${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const children: ChildProcess[] = [];
  beforeAll(resetQueues);
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  });

  it('stores every article exactly once when one of two workers is killed mid-run; only the poisoned reach the dead letters', async () => {
    const db = await freshDatabase('tidings_fault_kill');
    const total = 2000;
    const summary = await enqueueArticles(REDIS!, each(articles(total, 'kill')));
    expect(summary.enqueued).toBe(total);
    // enqueueing the same articles again is harmless: the job ids are the articles' ids
    await enqueueArticles(REDIS!, each(articles(50, 'kill')));
    const poison = new Queue(ARTICLE_QUEUE, { connection: redisConnection(REDIS!) });
    const poisoned = ['poison-1', 'poison-2', 'poison-3'];
    for (const id of poisoned) await poison.add('analyze', { id, published: '2024-01-01', lang: 'en' }, { ...jobOptions(id), backoff: { type: 'fixed', delay: 100 } });
    await poison.close();

    const a = startWorker(db, 3000);
    const b = startWorker(db, 3000);
    children.push(a, b);
    await waitFor(async () => (await countStored(db)).rows >= 300, 120_000, 'the first 300 articles');
    a.kill('SIGKILL');
    await waitFor(async () => {
      const s = await queueStatus(REDIS!);
      return s.waiting + s.active + s.delayed === 0 && s.dead === poisoned.length;
    }, 240_000, 'the queue to drain');
    const stored = await countStored(db);
    expect(stored).toEqual({ rows: total, distinct: total });
    const status = await queueStatus(REDIS!);
    expect(status.deadLetters.map((d) => d.id).sort()).toEqual(poisoned);
    expect(status.deadLetters[0].error).toMatch(/not an article/);
    b.kill('SIGTERM');
    expect(await exited(b)).toBe(0);
  }, 400_000);

  it.skipIf(!PG_RESTART)('finishes with nothing lost when PostgreSQL restarts during the run', async () => {
    await resetQueues();
    const db = await freshDatabase('tidings_fault_restart');
    const total = 600;
    await enqueueArticles(REDIS!, each(articles(total, 'restart')));
    const w = startWorker(db, 3000);
    children.push(w);
    await waitFor(async () => (await countStored(db)).rows >= 100, 120_000, 'the first 100 articles');
    execSync(PG_RESTART!, { stdio: 'ignore', shell: '/bin/bash' });
    await waitFor(async () => {
      const s = await queueStatus(REDIS!);
      return s.waiting + s.active + s.delayed === 0;
    }, 240_000, 'the queue to drain after the restart');
    expect(await countStored(db)).toEqual({ rows: total, distinct: total });
    expect((await queueStatus(REDIS!)).dead).toBe(0);
    w.kill('SIGTERM');
    expect(await exited(w)).toBe(0);
  }, 400_000);
});
