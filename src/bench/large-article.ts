import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/data.js';
import type { Article } from '../model/article.js';
import { syntheticItem } from './synthetic.js';
import type { Pipeline } from '../pipeline/pipeline.js';

/**
 * One long article of about `bytes` UTF-8 bytes: the example articles (our own writing) and the synthetic corpus's
 * articles, interleaved, so a long text has many people, places, quotes and events rather than one paragraph repeated.
 */
export function largeArticle(bytes: number, id = `large-${bytes}`): Article {
  const examples = join(REPO_ROOT, 'examples', 'articles');
  const written = readdirSync(examples)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(examples, f), 'utf8').split('\n').filter((line) => !/^(date|title)\b/.test(line)).join('\n').trim());
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = i % 4 === 0 ? written[(i / 4) % written.length] : syntheticItem(7, i).article.body;
    parts.push(part);
    size += Buffer.byteLength(part) + 2;
  }
  let body = parts.join('\n\n');
  // cut at a paragraph end at or before the size, so the article is at most `bytes`
  while (Buffer.byteLength(body) > bytes) body = body.slice(0, body.lastIndexOf('\n\n'));
  return { id, published: '2024-05-20', lang: 'en', title: 'A long article', body };
}

export interface LargeArticleRun {
  bytes: number;
  cpuSeconds: number;
  wallSeconds: number;
  entities: number;
  events: number;
}

/** Analyses one article of each size in turn with the same pipeline (warmed first) and reports CPU seconds each. */
export function benchLargeArticles(pipeline: Pipeline, sizes: number[], onRun?: (run: LargeArticleRun) => void): LargeArticleRun[] {
  // a few small articles first, so the first timed size does not pay for V8's warm-up
  for (let i = 0; i < 3; i++) pipeline.analyze(largeArticle(20_000, `warm-${i}`));
  const runs: LargeArticleRun[] = [];
  for (const bytes of sizes) {
    const article = largeArticle(bytes);
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    const x = pipeline.analyze(article);
    const cpu = process.cpuUsage(cpu0);
    const run = { bytes, cpuSeconds: (cpu.user + cpu.system) / 1e6, wallSeconds: (performance.now() - wall0) / 1000, entities: x.entities.length, events: x.events.length };
    runs.push(run);
    onRun?.(run);
  }
  return runs;
}
