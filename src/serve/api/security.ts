import { timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors.js';

/**
 * Every response carries this policy: scripts and styles only from the server itself (no inline script, no eval),
 * no plugins, no framing, and fetches only back to the server. Article text can never become script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Write endpoints (analyse, ingest) on a server reachable from other machines need `Authorization: Bearer TOKEN`
 * with TIDINGS_TOKEN; without a configured token they stay closed.
 */
export function checkWriteAccess(host: string, token: string | undefined, authorization: string | undefined): void {
  if (isLoopback(host)) return;
  if (!token) throw new ApiError(403, `write endpoints are closed on ${host}: start the server with TIDINGS_TOKEN set, or bind to 127.0.0.1`);
  const given = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new ApiError(401, 'send the token as "Authorization: Bearer $TIDINGS_TOKEN"');
}
