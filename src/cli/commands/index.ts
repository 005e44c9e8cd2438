import type { Command } from 'commander';
import { registerSchema } from './schema.js';
import { registerEval } from './eval.js';
import { registerAnalyze } from './analyze.js';
import { registerBench } from './bench.js';
import { registerStart } from './start.js';
import { registerWorker } from './worker.js';
import { registerQueue } from './queue.js';
import { registerIngest } from './ingest.js';
import { registerSearch } from './search.js';
import { registerStats } from './stats.js';
import { registerTrain } from './train.js';
import { registerWatch } from './watch.js';
import { registerServe } from './serve.js';

import { registerEntity } from './entity.js';
import { registerEvents } from './events.js';
import { registerQuotes } from './quotes.js';
import { registerTimeline } from './timeline.js';
import { registerStories } from './stories.js';
import { registerExport } from './export.js';
/** Every CLI command registers itself here: one file a command, one line each. */
export const COMMANDS: Array<(program: Command) => void> = [
  registerSchema,
  registerEval,
  registerAnalyze,
  registerBench,
  registerStart,
  registerWorker,
  registerQueue,
  registerIngest,
  registerSearch,
  registerStats,
  registerTrain,
  registerWatch,
  registerServe,
  registerEntity,
  registerEvents,
  registerQuotes,
  registerTimeline,
  registerStories,
  registerExport,
];
