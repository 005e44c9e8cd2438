import type { Command } from 'commander';
import { DEFAULT_DATA_DIR } from '../../eval/data.js';
import { DEFAULT_NER_MODEL_PATH } from '../../pipeline/stages/ner/model.js';
import { trainEvents } from '../../train/events.js';
import { trainNer } from '../../train/ner.js';
import { UserError } from '../errors.js';

/** Passes over CoNLL train by default; dev F1 picks the best of them. */
const DEFAULT_NER_EPOCHS = 15;

export function registerTrain(program: Command): void {
  program
    .command('train <model>')
    .description('rebuild a trained model from its public data (models: ner; events: the compiled event dictionaries)')
    .option('--data <dir>', 'folder holding the public data sets', DEFAULT_DATA_DIR)
    .option('--out <file>', 'model file to write (default: the model\'s own file under models/)')
    .option('--epochs <n>', 'most passes over the training data', (v) => parseInt(v, 10), DEFAULT_NER_EPOCHS)
    .action(async (model: string, opts: { data: string; out?: string; epochs: number }) => {
      const log = (line: string): void => void process.stderr.write(line + '\n');
      if (model === 'events') {
        try {
          trainEvents({ data: opts.data, out: opts.out, log });
        } catch (err) {
          throw new UserError(err instanceof Error ? err.message : String(err));
        }
        return;
      }
      if (model !== 'ner') throw new UserError(`unknown model "${model}"; models: ner, events`);
      if (!Number.isInteger(opts.epochs) || opts.epochs < 1) throw new UserError('--epochs must be a positive integer');
      try {
        trainNer({ data: opts.data, out: opts.out ?? DEFAULT_NER_MODEL_PATH, epochs: opts.epochs, log });
      } catch (err) {
        throw new UserError(err instanceof Error ? err.message : String(err));
      }
    });
}
