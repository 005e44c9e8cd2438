import type { Command } from 'commander';
import { defaultDbPath, printJson } from '../options.js';
import { quoted } from '../../corpus/queries.js';
import { out, parseLimit, withCorpus } from '../corpus.js';

export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('quotes across the corpus, by speaker and/or about an entity')
    .option('--speaker <name>', 'who said it')
    .option('--about <name>', 'an entity the words name')
    .option('--limit <n>', 'most quotes shown', '50')
    .option('--db <file>', 'database file (or TIDINGS_DB)', defaultDbPath())
    .option('--json', 'print one JSON array')
    .action(async (opts: { speaker?: string; about?: string; limit: string; db: string; json?: boolean }) => {
      const limit = parseLimit(opts.limit);
      await withCorpus(opts.db, async (corpus) => {
        const rows = await corpus.quotes({ speaker: opts.speaker, about: opts.about, limit });
        if (opts.json) return printJson(rows);
        if (!rows.length) return out('no quotes match');
        for (const q of rows) out(`${q.published.slice(0, 10)}  ${q.speaker ?? '(unknown speaker)'}: ${quoted(q.text)}  [${q.source ?? q.article}]`);
      });
    });
}
