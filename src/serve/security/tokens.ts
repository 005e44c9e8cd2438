import { timingSafeEqual } from 'node:crypto';
import { ApiError } from '../api/errors.js';
import { hostOf, isLoopbackName } from './hosts.js';

function bearer(authorization: string | undefined): string {
  return /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1] ?? '';
}

function same(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Write endpoints (analyse, ingest) need `Authorization: Bearer TIDINGS_TOKEN` whenever the request's Host is not a
 * loopback name (whatever address the server is bound to); without a configured token they are closed to such hosts.
 */
export function checkWriteAccess(hostHeader: string | undefined, token: string | undefined, authorization: string | undefined): void {
  const host = hostOf(hostHeader ?? '') ?? '';
  if (isLoopbackName(host)) return;
  if (!token) throw new ApiError(403, `write endpoints are closed to requests for ${host || 'this host'}: start the server with TIDINGS_TOKEN set, or use it through 127.0.0.1`);
  if (!same(bearer(authorization), token)) throw new ApiError(401, 'send the token as "Authorization: Bearer $TIDINGS_TOKEN"');
}

/** With TIDINGS_READ_TOKEN set, every API request needs it (or the write token) as a bearer token. */
export function checkReadAccess(readToken: string | undefined, writeToken: string | undefined, authorization: string | undefined): void {
  if (!readToken) return;
  const given = bearer(authorization);
  if (same(given, readToken) || (writeToken !== undefined && same(given, writeToken))) return;
  throw new ApiError(401, 'this server needs a token to read: send "Authorization: Bearer $TIDINGS_READ_TOKEN"');
}
