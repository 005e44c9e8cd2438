import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Below this a response is sent as it is: gzip's header and the CPU would cost more than the bytes saved. */
const MIN_GZIP_BYTES = 1024;

/** JSON and text responses over 1 KB gzipped for clients that accept it (an article with its layers shrinks ~8x). */
export async function compressLarge(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload; // streams (exports) go as they are
  if (reply.getHeader('content-encoding')) return payload;
  const type = String(reply.getHeader('content-type') ?? '');
  if (!/json|text|javascript|svg/.test(type)) return payload;
  const size = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length;
  reply.header('vary', 'accept-encoding');
  if (size < MIN_GZIP_BYTES || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return payload;
  reply.header('content-encoding', 'gzip');
  reply.removeHeader('content-length');
  // off the main thread (libuv's pool): a large body never stalls other requests
  return gzipAsync(payload);
}
