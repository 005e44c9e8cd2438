import type { Command } from 'commander';
import { readSources } from '../../ingest/read.js';
import { parseSize } from '../options.js';
import { largeArticleProgress } from '../large-article.js';

interface AnalyzeOptions {
  published?: string;
  stages?: string;
  maxBytes?: string;
  actors?: string;
  pretty?: boolean;
  withSyntax?: boolean;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse articles and print their extraction JSON (JSONL for several); nothing is stored')
    .argument('<inputs...>', 'files, folders, or - for stdin')
    .option('--published <date>', 'publication date for text without a date header')
    .option('--stages <names>', 'comma-separated stages to run (default: all)')
    .option('--max-bytes <size>', 'largest article accepted (e.g. 5MB)', '5MB')
    .option('--actors <file>', 'PETRARCH-format actor dictionary to load')
    .option('--pretty', 'indent the JSON')
    .option('--with-syntax', 'add the syntax layer (tags, lemmas, dependencies) to the JSON')
    .action(async (inputs: string[], opts: AnalyzeOptions) => {
      // loaded on use: commands that only query the store start without the models
      const { createPipeline } = await import('../../pipeline/pipeline.js');
      const pipeline = createPipeline({ stages: opts.stages?.split(',').map((s) => s.trim()), actorsFile: opts.actors, withSyntax: opts.withSyntax });
      let failed = 0;
      for await (const item of readSources(inputs, { published: opts.published, maxBytes: parseSize(opts.maxBytes ?? '5MB') })) {
        if (!item.ok) {
          failed++;
          process.stderr.write(`tidings: ${item.error}\n`);
          continue;
        }
        const progress = largeArticleProgress(item.article, item.origin, (line) => process.stderr.write(line + '\n'));
        const extraction = pipeline.analyze(item.article, progress.observe);
        progress.done();
        process.stdout.write(JSON.stringify(extraction, null, opts.pretty ? 2 : undefined) + '\n');
      }
      if (failed) process.exitCode = 1;
    });
}
