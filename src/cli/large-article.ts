import type { StageObserver } from '../pipeline/pipeline.js';
import type { Article } from '../model/article.js';

/** Articles longer than this take seconds to analyse: the CLI says what it is doing while they run. */
export const LARGE_ARTICLE_BYTES = 1_000_000;

/** "4.8 MB" */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function isLargeArticle(article: Article): boolean {
  // a string's length is at most its UTF-8 size: only long ones need the exact count
  return article.body.length * 3 > LARGE_ARTICLE_BYTES && Buffer.byteLength(article.body) > LARGE_ARTICLE_BYTES;
}

/**
 * For a large article, a stage observer that writes one progress line per stage to `out` (stderr) and a function
 * that writes the closing line; for any other article, nothing.
 */
export function largeArticleProgress(article: Article, origin: string, out: (line: string) => void): { observe?: StageObserver; done: () => void } {
  if (!isLargeArticle(article)) return { done: () => {} };
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const size = megabytes(Buffer.byteLength(article.body));
  return {
    observe: (stage, index, total) => out(`tidings: analysing ${origin} (${size}): ${stage} (stage ${index + 1} of ${total}, ${seconds()} s so far)`),
    done: () => out(`tidings: analysed ${origin} (${size}) in ${seconds()} s`),
  };
}
