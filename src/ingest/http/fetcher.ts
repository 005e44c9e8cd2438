import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { Agent, request, type Dispatcher } from 'undici';
import { EVERY_PRIVATE, PUBLIC_ONLY, PrivateAddressError, assertHostAllowed, guardedLookup, parseAllowList, type AddressPolicy } from './address-guard.js';
import { HostLimiter } from './host-limiter.js';
import { HostPacer } from './host-pacer.js';
import { ALLOW_ALL, DISALLOW_ALL, isAllowed, parseRobots, type RobotsRules } from './robots.js';

/** Why a fetch failed, one word each, for logs and retry decisions. */
export type FetchErrorKind =
  | 'bad-url' | 'private-address' | 'timeout' | 'too-large' | 'redirect-loop' | 'too-many-redirects'
  | 'http-status' | 'network' | 'bad-encoding' | 'robots';

export class FetchError extends Error {
  constructor(readonly kind: FetchErrorKind, readonly url: string, message: string, readonly status?: number) {
    super(message);
    this.name = 'FetchError';
  }
}

/** What a server said last time, to ask "has it changed?" next time. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** Where validators are remembered between polls (a state file, a store, a Map in tests). */
export interface ValidatorStore {
  get(url: string): Validators | undefined;
  set(url: string, validators: Validators): void;
}

export interface FetchOptions {
  /**
   * non-public addresses a fetch may reach (SSRF guard): none by default; `true` every private range; a list only the
   * addresses, CIDR ranges and host names it names. Link-local and cloud metadata addresses only when named by address.
   */
  allowPrivate?: boolean | readonly string[];
  /** whole request, from connecting to the last body byte */
  timeoutMs?: number;
  /** largest body accepted, after decompression */
  maxBytes?: number;
  /** redirects followed before giving up */
  maxRedirects?: number;
  /** requests in flight at once to one host */
  perHost?: number;
  /** least time between two requests to one host, in ms (a site's robots.txt crawl-delay lengthens it) */
  hostDelayMs?: number;
  /** read each site's robots.txt and fetch nothing it disallows to Tidings (default true) */
  robots?: boolean;
  userAgent?: string;
  /** remembers ETag / Last-Modified per URL and sends them back (conditional requests) */
  validators?: ValidatorStore;
  /** the check each hop's host must pass (default: it resolves only to addresses `allowPrivate` allows) */
  assertHost?: (hostname: string) => Promise<void>;
}

export type FetchResult =
  | { status: 'ok'; url: string; finalUrl: string; httpStatus: number; contentType?: string; body: Buffer; validators: Validators }
  | { status: 'not-modified'; url: string; finalUrl: string; httpStatus: 304 };

/** Polite defaults: a slow server gets 20 s, a page 5 MB, a chain 5 redirects, a host 2 requests at a time. */
export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
export const DEFAULT_PER_HOST = 2;
export const DEFAULT_USER_AGENT = 'Tidings/0.1 (news feed reader)';
/** One request a second to a host: the pace polite crawlers keep when a site does not ask for another. */
export const DEFAULT_HOST_DELAY_MS = 1000;
/** A site's crawl-delay is honoured up to a minute; a longer one would stall a whole ingest on one host. */
const MAX_CRAWL_DELAY_MS = 60_000;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches pages and feeds politely and safely: robots.txt honoured (RFC 9309), requests to one host spaced (its
 * crawl-delay or a second), conditional requests, a per-host concurrency limit, a timeout, a size limit (also on
 * decompressed bytes), redirects followed by hand so that every hop's address and robots rules are checked, and a
 * guard refusing non-public addresses `allowPrivate` does not allow (checked before each hop and again at connect time).
 */
export class Fetcher {
  private readonly agent: Agent;
  private readonly limiter: HostLimiter;
  private readonly pacer: HostPacer;
  /** robots.txt rules per origin, fetched once */
  private readonly robotsByOrigin = new Map<string, Promise<RobotsRules>>();
  readonly options: Required<Omit<FetchOptions, 'validators'>> & { validators?: ValidatorStore };
  /** the addresses a fetch may reach */
  readonly addressPolicy: AddressPolicy;

  constructor(options: FetchOptions = {}) {
    const allow = options.allowPrivate ?? false;
    // a bad entry throws here, before anything is fetched
    this.addressPolicy = allow === true ? EVERY_PRIVATE : allow === false ? PUBLIC_ONLY : parseAllowList(allow);
    const policy = this.addressPolicy;
    this.options = {
      allowPrivate: options.allowPrivate ?? false,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
      perHost: options.perHost ?? DEFAULT_PER_HOST,
      userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
      hostDelayMs: options.hostDelayMs ?? DEFAULT_HOST_DELAY_MS,
      robots: options.robots ?? true,
      validators: options.validators,
      assertHost: options.assertHost ?? ((host) => assertHostAllowed(host, policy)),
    };
    this.limiter = new HostLimiter(this.options.perHost);
    this.pacer = new HostPacer(this.options.hostDelayMs);
    this.agent = new Agent({
      connect: { lookup: guardedLookup(policy) as never },
      headersTimeout: this.options.timeoutMs,
      bodyTimeout: this.options.timeoutMs,
      connectTimeout: this.options.timeoutMs,
    });
  }

  /** the most requests that were in flight at once to one host */
  get peakPerHost(): number {
    return this.limiter.peak;
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** GET a URL, following redirects; `conditional` sends the remembered validators (default true). */
  async fetch(url: string, conditional = true): Promise<FetchResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      return await this.follow(url, conditional, controller.signal);
    } finally {
      clearTimeout(timer); // a finished request must not be aborted later
    }
  }

  private async follow(url: string, conditional: boolean, deadline: AbortSignal): Promise<FetchResult> {
    const seen = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(current);
      } catch {
        throw new FetchError('bad-url', url, `${current} is not a URL`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new FetchError('bad-url', url, `${current}: only http and https URLs are fetched`);
      }
      parsed.hash = '';
      const key = parsed.toString();
      if (seen.has(key)) throw new FetchError('redirect-loop', url, `redirect loop: ${key} redirects back to itself after ${hop} hops`);
      seen.add(key);
      try {
        await this.options.assertHost(parsed.hostname);
      } catch (err) {
        throw this.wrap(err, url, deadline);
      }
      if (this.options.robots && parsed.pathname !== '/robots.txt') await this.assertRobotsAllow(parsed, url);
      const validators = conditional && hop === 0 ? this.options.validators?.get(url) : undefined;
      const response = await this.limiter.run(parsed.host, () => this.get(parsed, validators, deadline, url));
      if (response.kind === 'redirect') {
        if (hop >= this.options.maxRedirects) {
          throw new FetchError('too-many-redirects', url, `more than ${this.options.maxRedirects} redirects (last: ${key} -> ${response.location})`);
        }
        current = new URL(response.location, key).toString();
        continue;
      }
      if (response.kind === 'not-modified') return { status: 'not-modified', url, finalUrl: key, httpStatus: 304 };
      const result: FetchResult = { status: 'ok', url, finalUrl: key, httpStatus: response.status, contentType: response.contentType, body: response.body, validators: response.validators };
      if (this.options.validators && (response.validators.etag || response.validators.lastModified)) this.options.validators.set(url, response.validators);
      return result;
    }
  }

  /** Refuses a URL its site's robots.txt disallows to Tidings (each hop of a redirect chain is checked). */
  private async assertRobotsAllow(target: URL, original: string): Promise<void> {
    let rules = this.robotsByOrigin.get(target.origin);
    if (!rules) {
      rules = this.loadRobots(target);
      this.robotsByOrigin.set(target.origin, rules);
    }
    if (!isAllowed(await rules, target.toString())) {
      throw new FetchError('robots', original, `${target.toString()} is disallowed to Tidings by ${target.origin}/robots.txt`);
    }
  }

  /** A site's robots.txt, as RFC 9309 says to read the answer: 4xx allows all, 5xx or no answer disallows all. */
  private async loadRobots(target: URL): Promise<RobotsRules> {
    let rules: RobotsRules;
    try {
      const res = await this.fetch(`${target.origin}/robots.txt`, false);
      rules = res.status === 'ok' ? parseRobots(res.body.toString('utf8')) : ALLOW_ALL;
    } catch (err) {
      if (err instanceof FetchError && err.kind === 'private-address') throw err;
      const status = err instanceof FetchError ? err.status : undefined;
      rules = status !== undefined && status >= 400 && status < 500 ? ALLOW_ALL : DISALLOW_ALL;
    }
    if (rules.crawlDelaySeconds !== undefined) this.pacer.setDelay(target.host, Math.min(rules.crawlDelaySeconds * 1000, MAX_CRAWL_DELAY_MS));
    return rules;
  }

  private async get(
    url: URL,
    validators: Validators | undefined,
    signal: AbortSignal,
    original: string,
  ): Promise<{ kind: 'redirect'; location: string } | { kind: 'not-modified' } | { kind: 'ok'; status: number; contentType?: string; body: Buffer; validators: Validators }> {
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (validators?.etag) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
    let res: Dispatcher.ResponseData;
    await this.pacer.wait(url.host);
    try {
      res = await request(url, { method: 'GET', headers, dispatcher: this.agent, signal });
    } catch (err) {
      throw this.wrap(err, original, signal);
    }
    const header = (name: string) => {
      const v = res.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    if (REDIRECT_STATUSES.has(res.statusCode)) {
      await discard(res.body);
      const location = header('location');
      if (!location) throw new FetchError('http-status', original, `HTTP ${res.statusCode} without a Location header from ${url}`, res.statusCode);
      return { kind: 'redirect', location };
    }
    if (res.statusCode === 304) {
      await discard(res.body);
      return { kind: 'not-modified' };
    }
    if (res.statusCode < 200 || res.statusCode >= 300) {
      await discard(res.body);
      throw new FetchError('http-status', original, `HTTP ${res.statusCode} from ${url}`, res.statusCode);
    }
    const declared = Number(header('content-length'));
    if (Number.isFinite(declared) && declared > this.options.maxBytes) {
      await discard(res.body);
      throw new FetchError('too-large', original, `${url} is ${declared} bytes, over the ${this.options.maxBytes}-byte limit`);
    }
    const body = await this.readBody(res.body, header('content-encoding'), url, original, signal);
    return {
      kind: 'ok',
      status: res.statusCode,
      contentType: header('content-type'),
      body,
      validators: { etag: header('etag'), lastModified: header('last-modified') },
    };
  }

  /** Reads and decompresses a body, stopping as soon as either the raw or the decompressed bytes pass the limit. */
  private async readBody(raw: Readable, encoding: string | undefined, url: URL, original: string, signal: AbortSignal): Promise<Buffer> {
    const limit = this.options.maxBytes;
    let rawBytes = 0;
    raw.on('data', (chunk: Buffer) => {
      rawBytes += chunk.length;
      if (rawBytes > limit) raw.destroy(new FetchError('too-large', original, `${url} sent more than ${limit} bytes`));
    });
    const decoder = decompressor(encoding);
    const stream: Readable = decoder ? raw.pipe(decoder) : raw;
    if (decoder) raw.on('error', (err) => decoder.destroy(err));
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > limit) {
          raw.destroy();
          throw new FetchError('too-large', original, `${url} is over the ${limit}-byte limit once decompressed`);
        }
        chunks.push(chunk);
      }
    } catch (err) {
      raw.destroy();
      throw this.wrap(err, original, signal);
    }
    return Buffer.concat(chunks);
  }

  /** Any error from the network layer as a FetchError with its kind. */
  private wrap(err: unknown, url: string, signal: AbortSignal): FetchError {
    if (err instanceof FetchError) return err;
    for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
      if (e instanceof FetchError) return e;
      if (e instanceof PrivateAddressError || (e as { code?: string }).code === 'ERR_PRIVATE_ADDRESS') {
        return new FetchError('private-address', url, (e as Error).message);
      }
    }
    const code = (err as { code?: string }).code ?? '';
    const name = (err as { name?: string }).name ?? '';
    if (signal.aborted || name === 'TimeoutError' || name === 'AbortError' || /TIMEOUT/.test(code)) {
      return new FetchError('timeout', url, `timed out after ${this.options.timeoutMs} ms fetching ${url}`);
    }
    if (code === 'Z_DATA_ERROR' || code === 'ERR_BROTLI_DECOMPRESSION_FAILED' || /zlib|incorrect header|brotli/i.test(String(err))) {
      return new FetchError('bad-encoding', url, `${url}: the compressed body is corrupt (${(err as Error).message})`);
    }
    return new FetchError('network', url, `${url}: ${(err as Error).message || code || String(err)}`);
  }
}

/** Drains an unwanted body (a redirect's, an error page's) so the connection can be reused; errors do not matter. */
async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  try {
    await body.dump();
  } catch {
    /* nothing to keep */
  }
}

function decompressor(encoding: string | undefined): Transform | undefined {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === 'gzip' || e === 'x-gzip') return createGunzip();
  if (e === 'br') return createBrotliDecompress();
  // "deflate" is meant to be zlib-wrapped but some servers send raw deflate; the first byte tells them apart
  if (e === 'deflate') return new DeflateSniffer();
  return undefined;
}

/** Inflates "deflate" bodies, zlib-wrapped (first byte 0x78) or raw. */
class DeflateSniffer extends Transform {
  private inner?: Transform;
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.inner) {
      this.inner = (chunk[0] & 0x0f) === 0x08 ? createInflate() : createInflateRaw();
      this.inner.on('data', (d: Buffer) => this.push(d));
      this.inner.on('error', (err) => this.destroy(err));
    }
    this.inner.write(chunk, () => done());
  }
  override _flush(done: TransformCallback): void {
    if (!this.inner) return done();
    this.inner.on('end', () => done());
    this.inner.end();
  }
}
