import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ApiError, errorBody } from './errors.js';
import { ROUTES, MAX_ARTICLE_BYTES, JsonText, StreamResult, type ApiDeps, type RouteDef } from './routes.js';
import { SECURITY_HEADERS } from './security.js';
import { HostPolicy } from '../security/hosts.js';
import { checkReadAccess, checkWriteAccess } from '../security/tokens.js';
import { clientErrorHandler, frameworkErrors } from '../security/framework-errors.js';
import { compressLarge } from '../security/compress.js';
import { DEFAULT_WEB_ROOT, readStatic } from './static.js';
import { openApiDocument } from './openapi.js';
import { CORPUS_ROUTES } from './corpus-routes.js';

export interface ServerOptions extends ApiDeps {
  /** the address the server will bind to (also a Host name it answers to, unless a wildcard) */
  host: string;
  /** TIDINGS_TOKEN: write endpoints need it whenever a request's Host is not a loopback name */
  token?: string;
  /** TIDINGS_READ_TOKEN: when set, every API request needs it (or the write token) */
  readToken?: string;
  /** Host and Origin names answered besides loopback names and the bound address (--allowed-host) */
  allowedHosts?: string[];
  /** folder of the built web UI (default dist/web) */
  webRoot?: string;
  /** log requests (the CLI turns it on) */
  logger?: boolean;
}

/** Room for one article at the size limit, escaped into JSON, plus its fields. */
const BODY_LIMIT = MAX_ARTICLE_BYTES * 2;

/** Builds the API and UI server (not yet listening: tests use inject, the CLI calls listen). */
export function buildServer(options: ServerOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT, frameworkErrors, clientErrorHandler });
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const hosts = new HostPolicy(options.host, options.allowedHosts);

  app.addHook('onRequest', async (req) => {
    hosts.check(req.headers.host, req.headers.origin);
    if (req.url.startsWith('/api/')) checkReadAccess(options.readToken, options.token, req.headers.authorization);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    return compressLarge(req, reply, payload);
  });

  app.setErrorHandler((err: Error & { statusCode?: number; validation?: unknown }, req, reply) => {
    if (err instanceof ApiError) return reply.code(err.status).send(errorBody(err.status, err.message));
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error(err);
    // fastify's own 4xx errors (bad JSON, body too large) have client-safe messages; anything else stays on the server
    const message = status === 500 ? 'internal error (the server log has the details)' : err.message;
    return reply.code(status).send(errorBody(status, message));
  });

  app.setNotFoundHandler(async (req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET') {
      return reply.code(404).send(errorBody(404, `no endpoint ${req.method} ${req.url.split('?')[0]} (see GET /api/openapi.json)`));
    }
    const file = await readStatic(webRoot, req.url);
    if (!file) {
      if (req.url === '/' ) return reply.code(404).type('text/plain').send('the web UI is not built: run npm run build');
      return reply.code(404).type('text/plain').send('not found');
    }
    reply.header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return reply.type(file.type).send(file.body);
  });

  const routes = [...ROUTES, ...CORPUS_ROUTES];
  for (const route of routes) register(app, route, options);
  const doc = openApiDocument(routes);
  app.get('/api/openapi.json', async () => doc);
  return app;
}

function register(app: FastifyInstance, route: RouteDef, options: ServerOptions): void {
  app.route({
    method: route.method,
    url: route.url,
    handler: async (req: FastifyRequest, reply: FastifyReply) => {
      if (route.write) checkWriteAccess(req.headers.host, options.token, req.headers.authorization);
      const input = {
        params: parse(route.params, req.params, 'path'),
        query: parse(route.query, req.query, 'query'),
        body: route.body ? parse(route.body, req.body ?? {}, 'body') : undefined,
      };
      const result = await route.handler(input, options);
      reply.header('cache-control', 'no-store');
      if (result instanceof JsonText) return reply.type('application/json; charset=utf-8').send(result.text);
      if (result instanceof StreamResult) {
        reply.type(result.type).header('content-disposition', `attachment; filename="${result.filename}"`);
        return reply.send(result.stream);
      }
      return result;
    },
  });
}

/** Validates one part of the request against its schema; a mismatch is a 400 that names each bad field. */
function parse(schema: z.ZodType | undefined, value: unknown, where: string): any {
  if (!schema) return value;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : where}: ${i.message}`);
  throw new ApiError(400, `bad ${where}: ${problems.join('; ')}`);
}
