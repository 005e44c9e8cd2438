import type { Command } from 'commander';
import { queueStatus } from '../../queue/redis-queue.js';
import { UserError } from '../errors.js';
import { printJson } from '../options.js';

export function registerQueue(program: Command): void {
  const queue = program.command('queue').description('inspect the Redis work queue');
  queue
    .command('status')
    .description('counts of waiting, active, delayed and dead-letter articles, with the dead letters\' errors')
    .requiredOption('--queue <url>', 'Redis URL of the queue')
    .option('--json', 'print one JSON object')
    .action(async (opts: { queue: string; json?: boolean }) => {
      let status;
      try {
        status = await queueStatus(opts.queue);
      } catch (err) {
        throw new UserError(`cannot read the queue at ${opts.queue}: ${(err as Error).message}`);
      }
      if (opts.json) return printJson(status);
      const out = (s: string) => process.stdout.write(s + '\n');
      out(`waiting ${status.waiting}, active ${status.active}, delayed (retrying) ${status.delayed}, dead letters ${status.dead}`);
      for (const d of status.deadLetters) out(`  dead: ${d.id} after ${d.attempts} attempts: ${d.error}`);
    });
}
