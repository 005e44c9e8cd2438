import type { Article } from '../model/article.js';
import { checkPublishedRange, parsePublished } from './dates.js';
import { articleId } from './id.js';
import type { ReadOptions } from './types.js';

/** `date YYYY-MM-DD` or `date: <ISO date-time>` at the very start (leading spaces allowed); the body may follow on the same line. */
const DATE_HEADER = /^\s*date\s*:?\s+(\S+)[ \t]*(\r?\n)?/i;
/** An optional `title ...` line right after the date header. */
const TITLE_LINE = /^\s*title\s*:?[ \t]+([^\n]+)\r?\n/i;

/**
 * Reads the dated text format: a `date` header line (body may continue on the same line), an optional `title` line,
 * then the body. Without a header, `options.published` dates it as plain text.
 */
export function parseDatedText(raw: string, origin: string, options: ReadOptions = {}): Article {
  let rest = raw.replace(/^\uFEFF/, '');
  let published: string | undefined;
  let title: string | undefined;
  const header = DATE_HEADER.exec(rest);
  if (header) {
    try {
      published = checkPublishedRange(parsePublished(header[1]), options.allowAnyDate);
    } catch (err) {
      throw new Error(`${origin}: ${(err as Error).message}`);
    }
    rest = rest.slice(header[0].length);
    const t = TITLE_LINE.exec(rest);
    if (t) {
      title = t[1].trim();
      rest = rest.slice(t[0].length);
    }
  } else if (options.published) {
    try {
      published = checkPublishedRange(parsePublished(options.published), options.allowAnyDate);
    } catch (err) {
      throw new Error(`${origin}: --published: ${(err as Error).message}`);
    }
  } else {
    throw new Error(`${origin}: no date header (a first line "date YYYY-MM-DD") and no --published DATE given`);
  }
  const body = rest.replace(/\s+$/, '');
  if (body.trim().length === 0) throw new Error(`${origin}: the article has no text after its header`);
  return {
    id: articleId(body, published),
    published,
    ...(title ? { title } : {}),
    ...(options.source ? { source: options.source } : {}),
    body,
    lang: options.lang ?? 'en',
  };
}
