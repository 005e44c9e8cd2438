import type { Command } from 'commander';
import { UserError } from '../errors.js';
import { readSources } from '../../ingest/read.js';
import { parseSize } from '../options.js';
import { largeArticleProgress } from '../large-article.js';

interface AnalyzeOptions {
  published?: string;
  stages?: string;
  maxBytes?: string;
  actors?: string;
  pretty?: boolean;
  allowAnyDate?: boolean;
  withSyntax?: boolean;
  sourceHome?: string;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles and print their extraction JSON (JSONL for several); nothing is stored')
    .argument('<inputs...>', 'files, folders, or - for stdin')
    .option('--published <date>', 'publication date for text without a date header')
    .option('--allow-any-date', 'take publication dates outside 1900..tomorrow (refused by default as typos)')
    .option('--stages <names>', 'comma-separated stages to run (default: all)')
    .option('--max-bytes <size>', 'largest article accepted (e.g. 5MB)', '5MB')
    .option('--actors <file>', 'PETRARCH-format actor dictionary to load')
    .option('--pretty', 'indent the JSON')
    .option('--with-syntax', 'add the syntax layer (tags, lemmas, dependencies) to the JSON')
    .option('--source-home <place>', 'where the articles\' source is based ("Lexington, Kentucky"): bare local town names are read near it')
    .action(async (inputs: string[], opts: AnalyzeOptions) => {
      // loaded on use: commands that only query the store start without the models
      const { createPipeline } = await import('../../pipeline/pipeline.js');
      const pipeline = createPipeline({ stages: opts.stages?.split(',').map((s) => s.trim()), actorsFile: opts.actors, withLayers: opts.withSyntax ? ['syntax'] : [] });
      const home = opts.sourceHome === undefined ? undefined : await sourceHomeOption(opts.sourceHome);
      let failed = 0;
      for await (const item of readSources(inputs, { published: opts.published, maxBytes: parseSize(opts.maxBytes ?? '5MB'), allowAnyDate: opts.allowAnyDate })) {
        if (!item.ok) {
          failed++;
          process.stderr.write(`tidings: ${item.error}\n`);
          continue;
        }
        const progress = largeArticleProgress(item.article, item.origin, (line) => process.stderr.write(line + '\n'));
        const extraction = pipeline.analyze(home ? { ...item.article, sourceHome: home } : item.article, progress.observe);
        progress.done();
        process.stdout.write(JSON.stringify(extraction, null, opts.pretty ? 2 : undefined) + '\n');
      }
      if (failed) process.exitCode = 1;
    });
}

/** The --source-home place as a source home, or one clear error. */
async function sourceHomeOption(name: string) {
  const { loadGazetteer } = await import('../../knowledge/gazetteer/index.js');
  const { sourceHomeFromName } = await import('../../pipeline/stages/places/home.js');
  const home = sourceHomeFromName(loadGazetteer(), name);
  if (!home) throw new UserError(`--source-home: no place called "${name}" in the gazetteer (try "Town, Region" or a region or country)`);
  return home;
}
