import type { Command } from 'commander';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { defaultDbPath } from '../options.js';
import { UserError } from '../errors.js';
import { withStore } from '../corpus.js';
import { CSV_TABLES, EXPORT_FORMATS, exportCsv, exportGdelt, exportGeojson, exportJsonl, type CsvTable, type ExportFormat } from '../../corpus/export.js';

interface ExportOptions { format: string; table: string; out?: string; header?: boolean; includeClaims?: boolean; includePeriods?: boolean; includeFocusPlaces?: boolean; db: string }

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the corpus: extractions as JSONL; events, entities or quotes as CSV; events in the GDELT 2.0 event-table layout; events and places as GeoJSON')
    .requiredOption('--format <format>', EXPORT_FORMATS.join('|'))
    .option('--table <table>', `for csv: ${CSV_TABLES.join('|')}`, 'events')
    .option('--header', 'for gdelt: a first line with the column names')
    .option('--include-periods', 'for gdelt: also events dated only to a week, month or year, as its first day (left out by default: they make false spikes on the 1st)')
    .option('--include-claims', 'for gdelt: also events their reports only deny or negate (left out by default, as GDELT codes only what happened or was announced)')
    .option('--include-focus-places', 'for gdelt: ActionGeo also from a place guessed from the article\'s focus, not named in the sentence (left out by default: a low-confidence guess)')
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--db <file>', 'database file (or TIDINGS_DB)', defaultDbPath())
    .action(async (opts: ExportOptions) => {
      if (!EXPORT_FORMATS.includes(opts.format as ExportFormat)) throw new UserError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, not "${opts.format}"`);
      if (!CSV_TABLES.includes(opts.table as CsvTable)) throw new UserError(`--table must be one of ${CSV_TABLES.join(', ')}, not "${opts.table}"`);
      if (opts.out) {
        const folder = dirname(resolve(opts.out));
        if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UserError(`--out: there is no folder ${folder} to write ${opts.out} in`);
        if (existsSync(opts.out) && statSync(opts.out).isDirectory()) throw new UserError(`--out: ${opts.out} is a folder; give a file name`);
      }
      await withStore(opts.db, async (store) => {
        const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
        let n: number;
        if (opts.format === 'jsonl') n = await exportJsonl(store, out);
        else {
          const corpus = store.corpus();
          if (opts.format === 'csv') n = await exportCsv(corpus, opts.table as CsvTable, out);
          else if (opts.format === 'gdelt') n = await exportGdelt(corpus, out, { header: opts.header, includeClaims: opts.includeClaims, includePeriods: opts.includePeriods, includeFocusPlaces: opts.includeFocusPlaces });
          else n = await exportGeojson(corpus, out);
        }
        if (opts.out) {
          out.end();
          await finished(out);
          process.stderr.write(`${n} ${opts.format === 'jsonl' ? 'extractions' : 'rows'} written to ${opts.out}\n`);
        }
      });
    });
}
