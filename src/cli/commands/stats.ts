import type { Command } from 'commander';
import { displayLocation } from '../../store/index.js';
import { withStore } from '../corpus.js';
import { defaultDbPath, printJson } from '../options.js';

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('what the database holds: articles, entities, quotes, events, places, size, date range')
    .option('--db <file>', 'database file (or TIDINGS_DB)', defaultDbPath())
    .option('--json', 'print one JSON object')
    .action(async (opts: { db: string; json?: boolean }) => {
      await withStore(opts.db, async (store) => {
        const s = await store.stats();
        if (opts.json) {
          printJson({ db: displayLocation(opts.db), ...s });
          return;
        }
        const lines: Array<[string, string]> = [
          ['database', `${displayLocation(opts.db)} (${store.kind}, store version ${s.storeVersion})`],
          ['size', formatBytes(s.bytes)],
          ['articles', String(s.articles)],
          ['published', s.firstPublished ? `${s.firstPublished.slice(0, 10)} to ${s.lastPublished!.slice(0, 10)}` : '-'],
          ...(s.undated ? [['undated', `${s.undated} (published: unknown; searchable, left out of views by date until dated)`] as [string, string]] : []),
          ['entities', String(s.entities)],
          ['mentions', `${s.mentions} (entity, article) pairs`],
          ['quotes', String(s.quotes)],
          ['events', String(s.events)],
          ['places', String(s.places)],
          ['extractions', Object.entries(s.extractionVersions).map(([v, n]) => `${n} of schema ${v}`).join(', ') || '-'],
        ];
        for (const [k, v] of lines) process.stdout.write(`${k.padEnd(12)} ${v}\n`);
      });
    });
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}
