import { z } from 'zod';
import type { Article } from '../model/article.js';
import { checkPublishedRange, parsePublished } from './dates.js';
import { articleId } from './id.js';
import type { ReadItem, ReadOptions } from './types.js';

const JsonArticle = z.object({
  id: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
  published: z.string().optional(),
  date: z.string().optional(),
  text: z.string().optional(),
  body: z.string().optional(),
  source: z.string().optional(),
  lang: z.string().optional(),
});

/** One JSONL line to an article; throws a clear message naming what is wrong with it. */
export function articleFromJson(value: unknown, options: ReadOptions = {}): Article {
  const parsed = JsonArticle.safeParse(value);
  if (!parsed.success) throw new Error(`not an article object (${parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ')})`);
  const j = parsed.data;
  const body = (j.text ?? j.body ?? '').replace(/\s+$/, '');
  if (!body.trim()) throw new Error('no "text" or "body"');
  const date = j.published ?? j.date ?? options.published;
  if (!date) throw new Error('no "published" or "date", and no --published DATE given');
  const published = checkPublishedRange(parsePublished(date), options.allowAnyDate);
  const maxBytes = options.maxBytes;
  if (maxBytes !== undefined && Buffer.byteLength(body) > maxBytes) throw new Error(`article text is over the size limit of ${maxBytes} bytes`);
  return {
    // the id is always derived from content so that one article read from two formats is one article
    id: articleId(body, published),
    published,
    ...(j.url ? { url: j.url } : {}),
    ...(j.title ? { title: j.title } : {}),
    ...(j.source ?? options.source ? { source: j.source ?? options.source } : {}),
    body,
    lang: j.lang ?? options.lang ?? 'en',
  };
}

/** Reads JSONL text: a bad line is reported with its line number and skipped; the rest are read. */
export function* readJsonl(text: string, origin: string, options: ReadOptions = {}): Generator<ReadItem> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield { ok: false, origin, line: i + 1, error: `${origin}:${i + 1}: broken JSON (${(err as Error).message})` };
      continue;
    }
    try {
      yield { ok: true, origin: `${origin}:${i + 1}`, article: articleFromJson(value, options) };
    } catch (err) {
      yield { ok: false, origin, line: i + 1, error: `${origin}:${i + 1}: ${(err as Error).message}` };
    }
  }
}
