import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Article } from '../model/article.js';
import { articleId } from '../ingest/id.js';
import { readSources } from '../ingest/read.js';
import { REPO_ROOT } from '../eval/data.js';

/** The benchmark reads at least this much text so that per-article overheads and warm-up are amortised. */
export const MIN_CORPUS_BYTES = 2 * 1024 * 1024;

/** A PolNeAR file name starts with publisher_YYYY-MM-DD_: the article's date. */
const POLNEAR_DATE = /_(\d{4}-\d{2}-\d{2})_/;

/** Every PolNeAR article of the given splits (train: 840, dev: 84), dated by its file name, in file-name order. */
export function loadPolnearArticles(dataDir: string, splits: string[] = ['train', 'dev']): Article[] {
  const articles: Article[] = [];
  for (const split of splits) {
    const textDir = resolve(dataDir, 'polnear', split, 'text');
    if (!existsSync(textDir)) continue;
    for (const name of readdirSync(textDir).sort()) {
      const published = POLNEAR_DATE.exec(name)?.[1];
      if (!published) continue;
      const body = readFileSync(join(textDir, name), 'utf8');
      articles.push({ id: articleId(body, published), published, body, lang: 'en', source: name.split('_')[0] });
    }
  }
  return articles;
}

export interface BenchCorpus {
  name: string;
  articles: Article[];
  bytes: number;
}

/**
 * Real news text from the shared data (PolNeAR's 2016 political articles, read at run time), or, where that is
 * absent, our example corpus repeated up to the size.
 */
export async function loadBenchCorpus(dataDir: string, minBytes = MIN_CORPUS_BYTES): Promise<BenchCorpus> {
  const articles: Article[] = [];
  let bytes = 0;
  const textDir = resolve(dataDir, 'polnear', 'train', 'text');
  if (existsSync(textDir)) {
    for (const name of readdirSync(textDir).sort()) {
      if (bytes >= minBytes) break;
      const body = readFileSync(join(textDir, name), 'utf8');
      const published = POLNEAR_DATE.exec(name)?.[1] ?? '2016-01-01';
      articles.push({ id: articleId(body, published), published, body, lang: 'en', source: name.split('_')[0] });
      bytes += Buffer.byteLength(body);
    }
    return { name: 'polnear-train', articles, bytes };
  }
  const examples: Article[] = [];
  for await (const item of readSources([resolve(REPO_ROOT, 'examples', 'articles')])) if (item.ok) examples.push(item.article);
  for (let copy = 0; bytes < minBytes; copy++) {
    for (const a of examples) {
      // a copy number keeps ids distinct, as a synthetic corpus would
      const body = `${a.body}\n\nCopy ${copy}.`;
      articles.push({ ...a, body, id: articleId(body, a.published) });
      bytes += Buffer.byteLength(body);
    }
  }
  return { name: 'examples-repeated', articles, bytes };
}
