import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ApiError } from './errors.js';

/** Page size when the client does not ask for one. */
export const DEFAULT_PAGE = 20;
/** Largest page a client can ask for: keeps one response small and fast. */
export const MAX_PAGE = 100;

export const LimitSchema = z.coerce.number().int().min(1).max(MAX_PAGE).default(DEFAULT_PAGE).describe(`items per page (1-${MAX_PAGE})`);
export const CursorSchema = z.string().max(400).optional().describe('opaque cursor from the previous page\'s nextCursor');

/** One page of results; nextCursor is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Signs cursors: only positions this server process issued are accepted, so a forged one costs nothing to refuse. */
const CURSOR_KEY = randomBytes(32);
/** 128 bits of the HMAC: forging one is out of reach. */
const SIGNATURE_BYTES = 16;

function sign(payload: string): Buffer {
  return createHmac('sha256', CURSOR_KEY).update(payload).digest().subarray(0, SIGNATURE_BYTES);
}

/** An opaque cursor for a position: its JSON, base64url, with a signature. */
export function encodeCursor(position: Record<string, unknown>): string {
  const payload = Buffer.from(JSON.stringify(position)).toString('base64url');
  return `${payload}.${sign(payload).toString('base64url')}`;
}

const BAD_CURSOR = 'cursor is not one this server issued (start again without "cursor")';

/** The position in a cursor this server signed, checked against `schema`; anything else is a 400. */
export function decodeCursor<T>(cursor: string, schema: z.ZodType<T>): T {
  const [payload, signature, extra] = cursor.split('.');
  if (!payload || !signature || extra !== undefined) throw new ApiError(400, BAD_CURSOR);
  const given = Buffer.from(signature, 'base64url');
  const expected = sign(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ApiError(400, BAD_CURSOR);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new ApiError(400, BAD_CURSOR);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, BAD_CURSOR);
  return parsed.data;
}
