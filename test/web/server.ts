import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A local HTTP server on 127.0.0.1 at a random port, with per-path handlers and a request log. */
export interface TestServer {
  url: string;
  routes: Map<string, Handler>;
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const requests: TestServer['requests'] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    requests.push({ path, headers: req.headers });
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** An article page we wrote, dated, with a distinct headline and paragraph. */
export function articlePage(title: string, date: string, sentence: string): string {
  const para = (n: number) => `<p>${sentence} This is paragraph ${n} of the report, written for the Tidings web tests, and it is long enough to read as prose rather than as a caption or a menu entry.</p>`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="${date}"></head>
<body><article><h1>${title}</h1>${para(1)}${para(2)}${para(3)}</article></body></html>`;
}

export function rssFeed(title: string, items: Array<{ title: string; link: string; guid?: string; date?: string }>): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>https://feeds.example/</link>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link>${i.guid ? `<guid isPermaLink="false">${i.guid}</guid>` : ''}${i.date ? `<pubDate>${i.date}</pubDate>` : ''}<description>&lt;p&gt;About ${i.title}&lt;/p&gt;</description></item>`).join('\n')}
</channel></rss>`;
}
