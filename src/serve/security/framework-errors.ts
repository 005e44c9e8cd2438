import type { Socket } from 'node:net';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../api/errors.js';
import { SECURITY_HEADERS } from '../api/security.js';

/** Fastify's router errors (a URL that does not decode, a path parameter too long) in our error shape. */
export function frameworkErrors(err: Error & { statusCode?: number; code?: string }, _req: FastifyRequest, reply: FastifyReply): void {
  const status = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
  const message = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path part is too long' : err.code === 'FST_ERR_BAD_URL' ? 'the URL does not decode (a bad %-escape)' : err.message;
  void reply.code(status).headers(SECURITY_HEADERS).header('cache-control', 'no-store').send(errorBody(status, message));
}

/**
 * Errors Node's HTTP parser meets before Fastify sees a request (headers too large, a malformed request line): the
 * same headers and error shape as every other response, then the connection is closed.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const message = status === 431 ? 'the request headers are too large' : status === 408 ? 'the request took too long to arrive' : 'the request is not valid HTTP';
  const body = JSON.stringify(errorBody(status, message));
  const headers = { ...SECURITY_HEADERS, 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
  }
  socket.destroy(err);
}
