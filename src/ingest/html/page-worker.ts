import { parentPort } from 'node:worker_threads';
import { htmlToArticle, type HtmlOptions } from './index.js';

/** A worker thread that reads HTML pages into articles, so the caller can stop one that takes too long. */
parentPort?.on('message', ({ id, html, options }: { id: number; html: Uint8Array | string; options: HtmlOptions }) => {
  try {
    const body = typeof html === 'string' ? html : Buffer.from(html.buffer, html.byteOffset, html.byteLength);
    parentPort!.postMessage({ id, article: htmlToArticle(body, options) });
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
