// A child process for the scaling test: analyses one generated article of each size given on the command line and
// prints one JSON line per size with the CPU seconds it took (CPU time of this process: fair on a busy machine).
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { benchLargeArticles } from '../../src/bench/large-article.js';

const sizes = process.argv.slice(2).map(Number);
benchLargeArticles(createPipeline(), sizes, (run) => process.stdout.write(JSON.stringify(run) + '\n'));
