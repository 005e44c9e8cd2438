import { z } from 'zod';
import type { RouteDef } from './routes.js';
import { ErrorBodySchema } from './responses.js';

/** A response body's JSON Schema: what the server sends (zod's output side). */
function responseSchema(schema: z.ZodType): unknown {
  return z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
}

const ERROR = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ERROR } } });

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate requests and describe responses. */
export function openApiDocument(routes: RouteDef[]): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [['path', r.params], ['query', r.query]] as const) {
      if (!schema) continue;
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, any>; required?: string[] };
      for (const [name, s] of Object.entries(json.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: s, ...(s.description ? { description: s.description } : {}) });
      }
    }
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = {
      summary: r.summary,
      ...(parameters.length ? { parameters } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
      ...(r.write ? { security: [{ bearer: [] }, {}] } : {}),
      responses: {
        200: r.response ? { description: 'OK', content: { 'application/json': { schema: responseSchema(r.response) } } } : { description: r.produces ? `OK (${r.produces})` : 'OK (JSON)' },
        400: errorResponse('bad request'),
        ...(r.url.includes(':') ? { 404: errorResponse('not found') } : {}),
        ...(r.write ? { 401: errorResponse('wrong token'), 403: errorResponse('write endpoints closed: no TIDINGS_TOKEN on a non-loopback server') } : {}),
        default: errorResponse('any other error'),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Tidings API', version: '1', description: 'Articles, their annotation layers and full-text search over a Tidings store. Errors are { error: { status, message } }. Pages: pass nextCursor back as cursor.' },
    components: { schemas: { Error: responseSchema(ErrorBodySchema) }, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'TIDINGS_TOKEN; needed for write endpoints when the server is not bound to loopback' } } },
    paths,
  };
}
