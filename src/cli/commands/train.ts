import type { Command } from 'commander';
import { DEFAULT_DATA_DIR } from '../../eval/data.js';
import { DEFAULT_NER_MODEL_PATH } from '../../pipeline/stages/ner/model.js';
import { DEFAULT_SYNTAX_MODEL_PATH } from '../../pipeline/stages/syntax/model.js';
import { trainEvents } from '../../train/events.js';
import { trainNer } from '../../train/ner.js';
import { UserError } from '../errors.js';

/** Passes over CoNLL train by default; dev F1 picks the best of them. */
const DEFAULT_NER_EPOCHS = 15;

const MODELS = ['ner', 'syntax', 'events'];

export function registerTrain(program: Command): void {
  program
    .command('train <model>')
    .description('rebuild a trained model from its public data (models: ner, syntax; events: the compiled event dictionaries)')
    .option('--data <dir>', 'folder holding the public data sets', DEFAULT_DATA_DIR)
    .option('--out <file>', 'model file to write (default: the model\'s own file under models/)')
    .option('--epochs <n>', 'most passes over the training data (ner: dev F1 picks the best; syntax: parser passes, dev LAS picks the best)', (v) => parseInt(v, 10))
    .option('--final <set>', 'ner: what the shipped model is trained on: train+dev (the epoch count chosen on dev, trained again on both) or train', 'train+dev')
    .action(async (model: string, opts: { data: string; out?: string; epochs?: number; final: string }) => {
      const log = (line: string): void => void process.stderr.write(line + '\n');
      if (!MODELS.includes(model)) throw new UserError(`unknown model "${model}"; models: ${MODELS.join(', ')}`);
      if (opts.epochs !== undefined && (!Number.isInteger(opts.epochs) || opts.epochs < 1)) throw new UserError('--epochs must be a positive integer');
      if (opts.final !== 'train+dev' && opts.final !== 'train') throw new UserError('--final must be train+dev or train');
      const final = opts.final;
      try {
        if (model === 'events') trainEvents({ data: opts.data, out: opts.out, log });
        else if (model === 'ner') trainNer({ data: opts.data, out: opts.out ?? DEFAULT_NER_MODEL_PATH, epochs: opts.epochs ?? DEFAULT_NER_EPOCHS, final, log });
        else {
          // loaded on use: the trainer pulls in the treebank reader and scorer
          const { trainSyntax } = await import('../../train/syntax.js');
          trainSyntax({ data: opts.data, out: opts.out ?? DEFAULT_SYNTAX_MODEL_PATH, parserEpochs: opts.epochs, log });
        }
      } catch (err) {
        throw new UserError(err instanceof Error ? err.message : String(err));
      }
    });
}
