import { z } from 'zod';
import { ApiError } from './errors.js';

/** Page size when the client does not ask for one. */
export const DEFAULT_PAGE = 20;
/** Largest page a client can ask for: keeps one response small and fast. */
export const MAX_PAGE = 100;

export const LimitSchema = z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE).describe(`items per page (1-${MAX_PAGE})`);
export const CursorSchema = z.string().max(200).optional().describe('opaque cursor from the previous page\'s nextCursor');

/** One page of results; nextCursor is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Cursors are opaque to clients: a base64url JSON position. Offsets are what the store pages by today; keeping the
 * cursor opaque lets a route switch to keyset paging without changing clients.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof value.o === 'number' && Number.isInteger(value.o) && value.o >= 0) return value.o;
  } catch {
    // falls through to the error below
  }
  throw new ApiError(400, 'cursor is not one this server issued (start again without "cursor")');
}

/** Builds a page from up to limit+1 fetched items (the extra one only tells whether a next page exists). */
export function pageOf<T>(fetched: T[], offset: number, limit: number): Page<T> {
  const items = fetched.slice(0, limit);
  return { items, nextCursor: fetched.length > limit ? encodeCursor(offset + limit) : null };
}
