import type { Command } from 'commander';
import { DEFAULT_DATA_DIR } from '../../eval/data.js';
import { UserError } from '../errors.js';
import { printJson } from '../options.js';

export function registerEval(program: Command): void {
  program
    .command('eval [stage]')
    .description('score a stage on its public benchmark (no stage: list the scorers)')
    .option('--data <dir>', 'folder holding the public data sets', DEFAULT_DATA_DIR)
    .option('--split <name>', 'data split')
    .option('--dataset <name>', 'data set, for stages with several')
    .option('--mode <name>', 'scoring mode, for stages with several')
    .option('--raw', 'score from raw text through our own segmenter (same as --mode raw)')
    .option('--limit <n>', 'score only the first N documents', (v) => parseInt(v, 10))
    .option('--json', 'print one JSON object')
    .action(async (stage: string | undefined, opts: { data: string; split?: string; dataset?: string; mode?: string; raw?: boolean; limit?: number; json?: boolean }) => {
      const { loadScorers } = await import('../../eval/scorers.js');
      const scorers = await loadScorers();
      if (!stage) {
        for (const s of scorers) {
          process.stdout.write(`${s.stage.padEnd(10)} ${s.description} [datasets: ${s.datasets.join(', ')}; splits: ${s.splits.join(', ')}]\n`);
        }
        return;
      }
      const scorer = scorers.find((s) => s.stage === stage);
      if (!scorer) throw new UserError(`no scorer for stage "${stage}"; scorers: ${scorers.map((s) => s.stage).join(', ')}`);
      if (opts.split && scorer.splits.length && !scorer.splits.includes(opts.split)) {
        throw new UserError(`stage ${stage} has no split "${opts.split}"; splits: ${scorer.splits.join(', ')}`);
      }
      if (opts.dataset && !scorer.datasets.includes(opts.dataset)) {
        throw new UserError(`stage ${stage} has no data set "${opts.dataset}"; data sets: ${scorer.datasets.join(', ')}`);
      }
      let result;
      try {
        result = await scorer.run({ data: opts.data, split: opts.split, dataset: opts.dataset, mode: opts.raw ? 'raw' : opts.mode, limit: opts.limit });
      } catch (err) {
        throw new UserError(err instanceof Error ? err.message : String(err));
      }
      if (opts.json) printJson(result);
      else {
        process.stdout.write(`${result.stage} on ${result.dataset} (${result.split})\n`);
        printMetrics(result.metrics, '  ');
      }
    });
}

function printMetrics(metrics: Record<string, unknown>, indent: string): void {
  for (const [k, v] of Object.entries(metrics)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      process.stdout.write(`${indent}${k}:\n`);
      printMetrics(v as Record<string, unknown>, indent + '  ');
    } else process.stdout.write(`${indent}${k}: ${Array.isArray(v) ? JSON.stringify(v) : String(v)}\n`);
  }
}
