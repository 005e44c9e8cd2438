import { createHash } from 'node:crypto';

/**
 * Stable article id from normalised content: the same article read twice (or from two formats) is the same article.
 * Whitespace runs are collapsed so re-wrapped copies match; the publication day is part of the identity.
 */
export function articleId(body: string, published: string): string {
  const normalised = body.replace(/\s+/g, ' ').trim();
  const day = published.slice(0, 10);
  return 'a_' + createHash('sha256').update(day).update('\n').update(normalised).digest('hex').slice(0, 16);
}
