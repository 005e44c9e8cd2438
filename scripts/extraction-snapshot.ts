// Analyses the regression set (the bench corpus of PolNeAR text, the example articles and the seed) and writes one
// line per article with a hash of each extraction layer, so that a change can prove which layers it altered.
//   npx tsx scripts/extraction-snapshot.ts write FILE     # snapshot of the current code
//   npx tsx scripts/extraction-snapshot.ts compare FILE   # which articles and layers differ from FILE (exit 1 if any)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadBenchCorpus } from '../src/bench/corpus.js';
import { readSources } from '../src/ingest/read.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { REPO_ROOT, DEFAULT_DATA_DIR } from '../src/eval/data.js';
import type { Article } from '../src/model/article.js';

async function regressionSet(): Promise<Article[]> {
  const articles = (await loadBenchCorpus(DEFAULT_DATA_DIR)).articles;
  const inputs = [resolve(REPO_ROOT, 'examples'), resolve(REPO_ROOT, '..', 'shared', 'seed')].filter(existsSync);
  for await (const item of readSources(inputs, { published: '2024-01-01' })) if (item.ok) articles.push(item.article);
  return articles;
}

function layerHashes(extraction: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [layer, value] of Object.entries(extraction)) {
    out[layer] = createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
  }
  return out;
}

async function snapshot(): Promise<Map<string, Record<string, string>>> {
  const pipeline = createPipeline();
  const rows = new Map<string, Record<string, string>>();
  for (const article of await regressionSet()) {
    rows.set(article.id, layerHashes(pipeline.analyze(article) as unknown as Record<string, unknown>));
  }
  return rows;
}

const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'write' && mode !== 'compare')) {
  console.error('usage: extraction-snapshot.ts write|compare FILE');
  process.exit(2);
}
const now = await snapshot();
if (mode === 'write') {
  writeFileSync(file, [...now].map(([id, h]) => JSON.stringify({ id, ...h })).join('\n') + '\n');
  console.log(`${now.size} articles written to ${file}`);
} else {
  const before = new Map<string, Record<string, string>>();
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const { id, ...h } = JSON.parse(line) as Record<string, string>;
    before.set(id, h);
  }
  const changed = new Map<string, number>();
  let articlesChanged = 0;
  for (const [id, h] of now) {
    const old = before.get(id);
    if (!old) { articlesChanged++; changed.set('(new article)', (changed.get('(new article)') ?? 0) + 1); continue; }
    const layers = Object.keys({ ...old, ...h }).filter((k) => old[k] !== h[k]);
    if (layers.length) articlesChanged++;
    for (const k of layers) changed.set(k, (changed.get(k) ?? 0) + 1);
  }
  console.log(`${now.size} articles, ${articlesChanged} changed`);
  for (const [layer, n] of changed) console.log(`  ${layer}: ${n} articles differ`);
  process.exit(articlesChanged ? 1 : 0);
}
