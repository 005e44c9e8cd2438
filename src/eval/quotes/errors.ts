/**
 * Error dump for the quotes scorer: `npx tsx src/eval/quotes/errors.ts [dev|train] [0.3|0.8] [direct|all] [DATA_DIR]`
 * prints the headline metrics, then one JSON line per missed gold, spurious prediction and wrong speaker of the subset
 * at that overlap threshold (for error analysis; not part of the CLI).
 */
import { DEFAULT_DATA_DIR } from '../data.js';
import { scorePolnear } from './index.js';
import { readPolnear } from './polnear.js';

const [split = 'dev', threshold = '0.8', subset = 'direct', dataDir = DEFAULT_DATA_DIR] = process.argv.slice(2);
const { metrics, mismatches } = scorePolnear(readPolnear(dataDir, split), true, Number(threshold));
console.log(JSON.stringify({ split, direct: metrics.direct, all: metrics.all }));
for (const m of mismatches) if (m.subset === subset) console.log(JSON.stringify({ kind: m.kind, doc: m.doc, gold: m.gold, predicted: m.predicted }));
