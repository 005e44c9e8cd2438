import type { Command } from 'commander';
import { defaultDbPath } from '../options.js';
import { out, parseLimit, withCorpus } from '../corpus.js';
import { UserError } from '../errors.js';

interface EventsOptions { db: string; actor?: string; target?: string; type?: string; from?: string; to?: string; place?: string; placeFromFocus?: string; limit: string; mentions?: boolean; json?: boolean }

/** --place-from-focus yes|no as the filter's true/false. */
function parseYesNo(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'yes' || value === 'no') return value === 'yes';
  throw new UserError(`--place-from-focus wants yes or no, not "${value}"`);
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('events across the corpus, each counted once with its reports (mentions) and their claims (happened, denied, intended)')
    .option('--actor <name>', 'an entity taking part (the source when --target is given)')
    .option('--target <name>', 'the entity acted on')
    .option('--type <type>', 'PLOVER type (e.g. PROTEST) or CAMEO code')
    .option('--from <date>', 'on or after this day (YYYY[-MM[-DD]])')
    .option('--to <date>', 'on or before this day')
    .option('--place <place>', 'place name or country code')
    .option('--place-from-focus <yes|no>', 'yes: only events placed by their article\'s focus (no place in the sentence); no: none of those')
    .option('--limit <n>', 'most events shown', '100')
    .option('--mentions', 'list each event\'s reports')
    .option('--db <file>', 'database file (or TIDINGS_DB)', defaultDbPath())
    .option('--json', 'one JSON object per line (with mentions)')
    .action(async (opts: EventsOptions) => {
      const limit = parseLimit(opts.limit);
      const placeFromFocus = parseYesNo(opts.placeFromFocus);
      await withCorpus(opts.db, async (corpus) => {
        let n = 0;
        for await (const e of corpus.events({ ...opts, placeFromFocus, limit })) {
          n++;
          if (opts.json) {
            process.stdout.write(JSON.stringify({ ...e, mentionList: await corpus.eventMentions(e.key) }) + '\n');
            continue;
          }
          const claims = [e.happened && `${e.happened} happened`, e.denied && `${e.denied} denied`, e.intended && `${e.intended} intended`].filter(Boolean).join(', ');
          out(`${e.date}  ${e.type} (${e.cameo})  ${e.source ?? '?'} -> ${e.target ?? '-'}${e.place ? '  @ ' + e.place + (e.placeFromFocus ? ' (article focus)' : '') : ''}  [${e.mentions} reports from ${e.sources} sources: ${claims}]`);
          if (opts.mentions) for (const m of await corpus.eventMentions(e.key)) out(`    ${m.published.slice(0, 10)} ${m.source ?? m.article} ${m.claim} (${m.modality}, ${m.confidence}): ${m.evidence.slice(0, 100)}`);
        }
        if (!n && !opts.json) out('no events match');
      });
    });
}
