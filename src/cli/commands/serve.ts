import type { Command } from 'commander';
import { openStore } from '../../store/index.js';
import { createWorkerPool } from '../../queue/worker-pool.js';
import { QueuedAnalyzer } from '../../serve/analysis-queue.js';
import { buildServer } from '../../serve/api/app.js';
import { isLoopback } from '../../serve/api/security.js';
import { UserError } from '../errors.js';
import { defaultDbPath } from '../options.js';

export interface ServeOptions {
  db: string;
  port: string | number;
  host: string;
  /** Host and Origin names to answer besides loopback names and the bound address */
  allowedHost?: string[];
}

/** Opens the store and serves the API and web UI until the process is stopped; resolves with the URL. */
export async function serveStore(opts: ServeOptions, out: (s: string) => void): Promise<string> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port must be a port number (0-65535), not "${opts.port}"`);
  const store = await openStore(opts.db, { mustExist: true });
  const token = process.env.TIDINGS_TOKEN || undefined;
  const readToken = process.env.TIDINGS_READ_TOKEN || undefined;
  // analysis runs in a worker thread, queued and bounded, so reads stay fast while an article is analysed
  const analyzer = new QueuedAnalyzer(() => createWorkerPool(1));
  const app = buildServer({ store, host: opts.host, token, readToken, allowedHosts: opts.allowedHost ?? [], analyzer: async () => analyzer });
  const close = async () => {
    await app.close();
    await analyzer.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  try {
    await app.listen({ port, host: opts.host });
  } catch (err) {
    await store.close();
    throw new UserError(`cannot listen on ${opts.host}:${port}: ${(err as Error).message}`);
  }
  const address = app.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const shown = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  const url = `http://${shown}:${bound}/`;
  out(`serving ${opts.db} at ${url} (API: ${url}api/openapi.json; Ctrl-C stops)`);
  if (!isLoopback(opts.host)) out(token ? 'write endpoints need "Authorization: Bearer $TIDINGS_TOKEN"' : 'write endpoints (analyze, ingest) are closed: set TIDINGS_TOKEN to open them');
  if (readToken) out('reading the API needs "Authorization: Bearer $TIDINGS_READ_TOKEN"');
  return url;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and web UI over a store (127.0.0.1 only unless --host says otherwise)')
    .option('--db <file>', 'database file or postgres:// URL (or TIDINGS_DB)', defaultDbPath())
    .option('--port <n>', 'port (0 picks a free one)', '3000')
    .option('--host <addr>', 'address to bind; requests for a name other than loopback need TIDINGS_TOKEN to write', '127.0.0.1')
    .option('--allowed-host <name>', 'a Host/Origin name to answer besides loopback names and the bound address (repeatable)', (v: string, all: string[] = []) => [...all, v])
    .action(async (opts: ServeOptions) => {
      await serveStore(opts, (s) => process.stdout.write(s + '\n'));
    });
}
