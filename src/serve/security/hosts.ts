import { ApiError } from '../api/errors.js';

/** Names that only this machine answers to. */
export function isLoopbackName(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

/** The host name of a Host header or an Origin, without port or brackets; null when it is not one. */
export function hostOf(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (!v) return null;
  try {
    // an Origin is a URL; a Host header is host[:port]
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(v) ? v : `http://${v}`);
    return url.hostname.replace(/^\[|\]$/g, '');
  } catch {
    return null;
  }
}

/**
 * Which Host and Origin names a request may carry. A browser page on another site that rebinds its own name to this
 * machine sends its name as Host: refusing every name not on the list stops it reading or writing anything. Loopback
 * names are always on the list, the address the server is bound to too (unless a wildcard), and `--allowed-host` adds.
 */
export class HostPolicy {
  private readonly allowed: Set<string>;

  constructor(bindHost: string, extra: string[] = []) {
    this.allowed = new Set(extra.map((h) => hostOf(h)).filter((h): h is string => !!h));
    const bound = hostOf(bindHost.includes(':') && !bindHost.startsWith('[') ? `[${bindHost}]` : bindHost);
    if (bound && bound !== '0.0.0.0' && bound !== '::') this.allowed.add(bound);
  }

  allows(host: string): boolean {
    return isLoopbackName(host) || this.allowed.has(host);
  }

  /** Throws a 403 naming the flag to use when the request's Host or Origin is not allowed. */
  check(hostHeader: string | undefined, origin: string | undefined): void {
    const host = hostOf(hostHeader ?? '');
    if (!host) throw new ApiError(400, 'the request has no Host header');
    if (!this.allows(host)) throw new ApiError(403, `host "${host}" is not one this server answers to (start it with --allowed-host ${host} to allow it)`);
    if (origin === undefined || origin === 'null') return;
    const from = hostOf(origin);
    if (!from || !this.allows(from)) throw new ApiError(403, `requests from pages at ${origin} are refused (start the server with --allowed-host to allow a site)`);
  }
}
