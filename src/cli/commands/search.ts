import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { parseLimit, withStore } from '../corpus.js';
import { defaultDbPath, printJson } from '../options.js';

interface SearchCliOptions {
  db: string;
  limit: string;
  from?: string;
  to?: string;
  json?: boolean;
  fts?: boolean;
}

/** ANSI bold on and off, for matched words on a terminal. */
const BOLD = { open: '\x1b[1m', close: '\x1b[22m' };
const PLAIN = { open: '[', close: ']' };
/** A year, month or day, optionally with a time: what publication dates are compared against. */
const ISO_DATE_PREFIX = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored titles and texts: every word must be found (punctuation is fine; Chinese, Japanese and Thai too)')
    .argument('<query...>', 'words to find')
    .option('--fts', 'read the query in the full-text syntax: "a phrase", AND, OR, NOT, NEAR(a b), prefix*')
    .option('--db <file>', 'database file (or TIDINGS_DB)', defaultDbPath())
    .option('--limit <n>', 'most hits shown', '20')
    .option('--from <date>', 'only articles published on or after this date')
    .option('--to <date>', 'only articles published on or before this date')
    .option('--json', 'print the hits as one JSON array')
    .action(async (words: string[], opts: SearchCliOptions) => {
      const limit = parseLimit(opts.limit);
      for (const [flag, value] of [['--from', opts.from], ['--to', opts.to]] as const) {
        if (value !== undefined && !ISO_DATE_PREFIX.test(value)) throw new UserError(`${flag} wants a date like 2023-09-06, not "${value}"`);
      }
      await withStore(opts.db, async (store) => {
        const highlight = !opts.json && process.stdout.isTTY ? BOLD : PLAIN;
        const hits = await store.search(words.join(' '), { limit, from: opts.from, to: opts.to, highlight, syntax: opts.fts ? 'fts' : 'words' });
        if (opts.json) {
          printJson(hits);
          return;
        }
        if (!hits.length) {
          process.stdout.write('no articles match\n');
          return;
        }
        for (const h of hits) {
          process.stdout.write(`${h.published.slice(0, 10)}  ${h.title ?? '(no title)'}\n  ${h.snippet}\n  ${h.id}${h.url ? '  ' + h.url : ''}\n`);
        }
      });
    });
}
