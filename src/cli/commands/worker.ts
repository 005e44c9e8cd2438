import type { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { startQueueWorker, DEFAULT_LOCK_MS, redisConnection } from '../../queue/redis-queue.js';
import { UserError } from '../errors.js';
import { defaultDbPath } from '../options.js';

interface WorkerCommandOptions {
  queue: string;
  db: string;
  concurrency: string;
  lockMs: string;
  actors?: string;
  quiet?: boolean;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('consume queued articles: analyse each and store it (run any number, on any number of machines)')
    .requiredOption('--queue <url>', 'Redis URL of the queue, e.g. redis://127.0.0.1:6379')
    .option('--db <url>', 'store: a postgres:// URL for many workers (or a SQLite file for one)', defaultDbPath())
    .option('--concurrency <n>', 'articles analysed at once in this process', '1')
    .option('--lock-ms <ms>', "how long a job stays claimed by a worker that stopped answering", String(DEFAULT_LOCK_MS))
    .option('--actors <file>', 'PETRARCH-format actor dictionary to load')
    .option('--quiet', 'print only the start and stop lines')
    .action(async (opts: WorkerCommandOptions) => {
      try {
        redisConnection(opts.queue);
      } catch (err) {
        throw new UserError((err as Error).message);
      }
      const store = await openStore(opts.db);
      const { createPipeline } = await import('../../pipeline/pipeline.js');
      const pipeline = createPipeline({ actorsFile: opts.actors });
      let stored = 0;
      const worker = startQueueWorker({
        queueUrl: opts.queue,
        store,
        analyze: (a) => pipeline.analyze(a),
        concurrency: Math.max(1, parseInt(opts.concurrency, 10) || 1),
        lockMs: Math.max(1000, parseInt(opts.lockMs, 10) || DEFAULT_LOCK_MS),
        onEvent: (e) => {
          if (e.kind === 'stored') stored++;
          if (!opts.quiet && e.kind !== 'stored' && e.kind !== 'unchanged') process.stderr.write(`worker: ${e.kind} ${e.id}: ${e.error}\n`);
        },
      });
      process.stdout.write(`worker ${process.pid}: consuming ${opts.queue} into ${opts.db.replace(/:[^:@/]*@/, ':***@')}\n`);
      await new Promise<void>((resolve) => {
        const stop = (signal: string) => {
          process.stdout.write(`worker ${process.pid}: ${signal}, finishing the articles in hand\n`);
          worker
            .close()
            .then(() => store.close())
            .finally(() => {
              process.stdout.write(`worker ${process.pid}: stopped after storing ${stored} articles\n`);
              resolve();
            });
        };
        process.once('SIGTERM', () => stop('SIGTERM'));
        process.once('SIGINT', () => stop('SIGINT'));
      });
    });
}
