import type { Command } from 'commander';
import { defaultDbPath, printJson } from '../options.js';
import { out, withCorpus } from '../corpus.js';
import { UserError } from '../errors.js';

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('dated events (and quotes) of one entity, or the events between two')
    .argument('<name>', 'an entity')
    .argument('[other]', 'a second entity: only events between the two')
    .option('--db <file>', 'database file (or TIDINGS_DB)', defaultDbPath())
    .option('--json', 'print one JSON object')
    .action(async (name: string, other: string | undefined, opts: { db: string; json?: boolean }) => {
      if (!name.trim()) throw new UserError('timeline needs an entity name');
      await withCorpus(opts.db, async (corpus) => {
        const t = await corpus.timeline(other ? [name, other] : [name]);
        if (opts.json) return printJson(t);
        out(`timeline of ${t.entities.map((e) => e.name).join(' and ')}`);
        if (!t.entries.length) return out('  nothing dated');
        for (const e of t.entries) out(`${e.date}  ${e.kind === 'event' ? e.text + (e.mentions > 1 ? ` [${e.mentions} reports]` : '') : e.text}`);
      });
    });
}
