import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, Fetcher } from '../../src/ingest/http/fetcher.js';
import { EVERY_PRIVATE, PUBLIC_ONLY, parseAllowList, refusal } from '../../src/ingest/http/address-guard.js';
import { CLI } from '../store/fixtures.js';
import { articlePage, rssFeed, startServer, type TestServer } from './server.js';

/** Short enough that a request reaching out to an address that is not there fails the test quickly. */
const TEST_TIMEOUT_MS = 1_000;
const LOCAL = { timeoutMs: TEST_TIMEOUT_MS, robots: false, hostDelayMs: 0 };

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), 'tidings-allow-private-'));
  server.routes.set('/page', (_req, res) => res.end(articlePage('Harbour opens', '2024-06-01', 'The harbour opened on Monday.')));
  const redirect = (to: string) => server.routes.set(`/to/${encodeURIComponent(to)}`, (_req, res) => {
    res.statusCode = 302;
    res.setHeader('location', to);
    res.end();
  });
  for (const to of METADATA) redirect(to);
  redirect('http://10.0.0.1/internal');
  redirect(`${server.url}/page`);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Cloud metadata services, spelled as an attacker's redirect would spell them. */
const METADATA = [
  'http://169.254.169.254/latest/meta-data/iam/security-credentials/',
  'http://[::ffff:169.254.169.254]/latest/meta-data/',
  'http://[fe80::a9fe:a9fe]/',
  'http://100.100.100.200/latest/meta-data/',
  'http://[fd00:ec2::254]/latest/meta-data/',
  'http://169.254.0.23/',
];

const via = (to: string) => `${server.url}/to/${encodeURIComponent(to)}`;

async function failure(f: Fetcher, url: string): Promise<FetchError> {
  try {
    await f.fetch(url);
  } catch (err) {
    expect(err).toBeInstanceOf(FetchError);
    return err as FetchError;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe('--allow-private: what a fetch may reach besides the public internet', () => {
  it('with every private range allowed, a redirect to a link-local or cloud metadata address is still refused', async () => {
    const f = new Fetcher({ allowPrivate: true, ...LOCAL });
    expect((await f.fetch(`${server.url}/page`)).status).toBe('ok');
    for (const target of METADATA) {
      const err = await failure(f, via(target));
      expect(err.kind, target).toBe('private-address');
      expect(err.message, target).toMatch(/link-local|metadata/);
      expect(err.message, target).toMatch(/named by address/);
    }
    expect((await failure(f, METADATA[0])).kind).toBe('private-address');
    await f.close();
  });

  it('named addresses, ranges and hosts allow those only; redirects are checked against the same list', async () => {
    const byRange = new Fetcher({ allowPrivate: ['127.0.0.1/32'], ...LOCAL });
    expect((await byRange.fetch(`${server.url}/page`)).status).toBe('ok');
    const elsewhere = await failure(byRange, via('http://10.0.0.1/internal'));
    expect(elsewhere.kind).toBe('private-address');
    expect(elsewhere.message).toMatch(/refused 10\.0\.0\.1: a private address \(not among the addresses and hosts --allow-private names\)/);
    expect((await failure(byRange, via(METADATA[0]))).message).toMatch(/link-local/);
    await byRange.close();

    // a host name allows that name, not the address it resolves to spelled another way (here by a redirect)
    const byName = new Fetcher({ allowPrivate: ['localhost'], ...LOCAL });
    const named = server.url.replace('127.0.0.1', 'localhost');
    expect((await byName.fetch(`${named}/page`)).status).toBe('ok');
    const redirected = await failure(byName, `${named}/to/${encodeURIComponent(`${server.url}/page`)}`);
    expect(redirected.message).toMatch(/refused 127\.0\.0\.1: a loopback address/);
    await byName.close();

    expect(() => new Fetcher({ allowPrivate: ['http://127.0.0.1:8080/feed'] })).toThrow(/addresses, CIDR ranges and host names/);
  });

  it('judges each address against the policy: link-local and metadata only when named by address', () => {
    const allowed = (ip: string, policy = EVERY_PRIVATE, host = ip) => refusal(host, ip, policy) === undefined;
    // public addresses always; private ones when every private range is allowed
    expect(allowed('93.184.216.34', PUBLIC_ONLY)).toBe(true);
    expect(allowed('10.1.2.3', PUBLIC_ONLY)).toBe(false);
    for (const ip of ['10.1.2.3', '192.168.0.9', '127.0.0.1', '::1', 'fd12::1', '100.64.0.1']) expect(allowed(ip), ip).toBe(true);
    for (const ip of ['169.254.169.254', '169.254.0.23', 'fe80::1', '::ffff:169.254.169.254', '64:ff9b::a9fe:a9fe', '100.100.100.200', 'fd00:ec2::254', '192.0.0.192']) {
      expect(allowed(ip), ip).toBe(false);
      expect(allowed(ip, PUBLIC_ONLY), ip).toBe(false);
    }
    // named explicitly: the address itself, or a range no wider than the link-local one
    expect(allowed('169.254.169.254', parseAllowList(['169.254.169.254']))).toBe(true);
    expect(allowed('169.254.169.253', parseAllowList(['169.254.169.254']))).toBe(false);
    expect(allowed('169.254.7.7', parseAllowList(['169.254.0.0/16']))).toBe(true);
    expect(allowed('fd00:ec2::254', parseAllowList(['fd00:ec2::254']))).toBe(true);
    expect(allowed('169.254.169.254', parseAllowList(['0.0.0.0/0']))).toBe(false);
    expect(allowed('169.254.169.254', parseAllowList(['metadata.google.internal']), 'metadata.google.internal')).toBe(false);
    expect(allowed('100.100.100.200', parseAllowList(['100.64.0.0/10']))).toBe(false);
    // ranges in both families, and IPv4 written inside IPv6
    const lan = parseAllowList(['10.0.0.0/8, 192.168.1.0/24', '[fd00::]/8']);
    expect(['10.200.0.1', '192.168.1.77', '::ffff:10.0.0.5', 'fd99::2'].every((ip) => allowed(ip, lan))).toBe(true);
    expect(['192.168.2.1', '127.0.0.1', '172.16.0.1'].some((ip) => allowed(ip, lan))).toBe(false);
    expect(allowed('127.0.0.1', parseAllowList(['intranet.example']), 'Intranet.Example.')).toBe(true);
    expect(allowed('127.0.0.1', parseAllowList(['intranet.example']), 'other.example')).toBe(false);
    for (const bad of ['http://127.0.0.1/', '10.0.0.0/33', '::1/129', '10.0.0.0/8/8', 'not a host', 'intranet.example/24']) {
      expect(() => parseAllowList([bad]), bad).toThrow(/addresses, CIDR ranges and host names/);
    }
  });

  it('watch --allow-private 127.0.0.1/32 fetches the local feed; a URL given as the names is one clear error', async () => {
    const { buildProgram } = await import('../../src/cli/program.js');
    server.routes.set('/feed.xml', (_req, res) => res.end(rssFeed('Harbour News', [{ title: 'Harbour opens', link: `${server.url}/page` }])));
    const db = join(dir, 'watch.db');
    const watch = async (...extra: string[]) => {
      const writes: string[] = [];
      const original = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string) => (writes.push(String(chunk)), true)) as typeof process.stderr.write;
      try {
        await buildProgram().exitOverride().parseAsync(['node', 'tidings', 'watch', ...extra, '--once', '--db', db, '--stages', 'clean,segment'], { from: 'node' });
      } finally {
        process.stderr.write = original;
      }
      return writes.join('');
    };
    expect(await watch(`${server.url}/feed.xml`, '--allow-private', '127.0.0.1/32')).toMatch(/poll done: 1 stored/);
    expect(existsSync(db)).toBe(true);
    // a URL right after the flag is taken for the names: refused with one message before anything is fetched
    const misread = spawnSync(CLI[0], [...CLI.slice(1), 'watch', '--allow-private', `${server.url}/feed.xml`, '--once', '--db', db], { encoding: 'utf8' });
    expect(misread.status).toBe(1);
    expect(misread.stderr).toMatch(/write the URL before --allow-private/);
    expect(misread.stderr.split('\n')[0]).toMatch(/^tidings: .*--allow-private.*write the URL before --allow-private/);
  });
});
