import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';

/** IPv4 ranges that are not the public internet: [first address, prefix length, what it is]. */
const PRIVATE_V4: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'an unspecified ("this network") address'],
  ['10.0.0.0', 8, 'a private address'],
  ['100.64.0.0', 10, 'a carrier-grade NAT address'],
  ['127.0.0.0', 8, 'a loopback address'],
  ['169.254.0.0', 16, 'a link-local address'],
  ['172.16.0.0', 12, 'a private address'],
  ['192.0.0.0', 24, 'an IETF protocol address'],
  ['192.0.2.0', 24, 'a documentation address'],
  ['192.168.0.0', 16, 'a private address'],
  ['198.18.0.0', 15, 'a benchmarking address'],
  ['198.51.100.0', 24, 'a documentation address'],
  ['203.0.113.0', 24, 'a documentation address'],
  ['224.0.0.0', 4, 'a multicast address'],
  ['240.0.0.0', 4, 'a reserved address'],
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function privateV4(ip: string): string | undefined {
  const n = v4ToInt(ip);
  for (const [base, bits, what] of PRIVATE_V4) {
    const size = 2 ** (32 - bits);
    const start = v4ToInt(base);
    if (n >= start && n < start + size) return what;
  }
  return undefined;
}

/** The 8 groups of an IPv6 address as numbers (handles "::" and an embedded dotted IPv4 tail). */
function v6Groups(ip: string): number[] {
  let addr = ip.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(addr);
  if (dotted) {
    const n = v4ToInt(dotted[1]);
    addr = addr.slice(0, -dotted[1].length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = addr.split('::');
  const parse = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const h = parse(head), t = parse(tail);
  const fill = tail === undefined ? [] : new Array(8 - h.length - t.length).fill(0);
  return [...h, ...fill, ...t];
}

function privateV6(ip: string): string | undefined {
  const g = v6Groups(ip);
  if (g.every((x) => x === 0)) return 'an unspecified address';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'a loopback address';
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address: judge that one
  const embedded = `${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`;
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return privateV4(embedded);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return privateV4(embedded);
  if ((g[0] & 0xfe00) === 0xfc00) return 'a unique-local (private) address';
  if ((g[0] & 0xffc0) === 0xfe80) return 'a link-local address';
  if ((g[0] & 0xffc0) === 0xfec0) return 'a site-local address';
  if ((g[0] & 0xff00) === 0xff00) return 'a multicast address';
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'a documentation address';
  return undefined;
}

/** Why an IP address is not a public internet address ("a loopback address"), or undefined when it is public. */
export function privateAddressReason(ip: string): string | undefined {
  const family = isIP(ip);
  if (family === 4) return privateV4(ip);
  if (family === 6) return privateV6(ip);
  return undefined;
}

/** Raised when a URL's host is or resolves to a non-public address and private addresses are not allowed. */
export class PrivateAddressError extends Error {
  readonly code = 'ERR_PRIVATE_ADDRESS';
  constructor(host: string, address: string, reason: string) {
    super(`refused ${host}: ${address === host ? '' : `it resolves to ${address}, `}${reason} (pass --allow-private to fetch it)`);
    this.name = 'PrivateAddressError';
  }
}

/** Resolves a host name and refuses it when any of its addresses is non-public (so DNS cannot smuggle one in). */
export async function assertPublicHost(hostname: string): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const reason = privateAddressReason(host);
    if (reason) throw new PrivateAddressError(host, host, reason);
    return;
  }
  const addresses = await new Promise<LookupAddress[]>((resolve, reject) =>
    dnsLookup(host, { all: true }, (err, list) => (err ? reject(err) : resolve(list))),
  );
  for (const { address } of addresses) {
    const reason = privateAddressReason(address);
    if (reason) throw new PrivateAddressError(host, address, reason);
  }
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for socket connections that refuses non-public addresses at connect time: the address checked is the
 * address connected to, so a host that resolves differently on a second query (DNS rebinding) is still refused.
 */
export function guardedLookup(hostname: string, options: { all?: boolean; family?: number } | number, callback: LookupCallback): void {
  const opts = typeof options === 'number' ? { family: options } : options ?? {};
  dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    for (const { address } of addresses) {
      const reason = privateAddressReason(address);
      if (reason) return callback(new PrivateAddressError(hostname, address, reason) as NodeJS.ErrnoException, []);
    }
    if (opts.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  });
}
