import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';

/** An address range: the address's bytes (4 for IPv4, 16 for IPv6) and how many leading bits are fixed. */
export interface Cidr {
  bytes: Uint8Array;
  bits: number;
}

/** Ranges that are not the public internet, with what each is. IPv4 embedded in IPv6 is judged as IPv4. */
const PRIVATE_RANGES: Array<[string, string]> = [
  ['0.0.0.0/8', 'an unspecified ("this network") address'],
  ['10.0.0.0/8', 'a private address'],
  ['100.64.0.0/10', 'a carrier-grade NAT address'],
  ['127.0.0.0/8', 'a loopback address'],
  ['169.254.0.0/16', 'a link-local address'],
  ['172.16.0.0/12', 'a private address'],
  ['192.0.0.0/24', 'an IETF protocol address'],
  ['192.0.2.0/24', 'a documentation address'],
  ['192.168.0.0/16', 'a private address'],
  ['198.18.0.0/15', 'a benchmarking address'],
  ['198.51.100.0/24', 'a documentation address'],
  ['203.0.113.0/24', 'a documentation address'],
  ['224.0.0.0/4', 'a multicast address'],
  ['240.0.0.0/4', 'a reserved address'],
  ['::/128', 'an unspecified address'],
  ['::1/128', 'a loopback address'],
  ['fc00::/7', 'a unique-local (private) address'],
  ['fe80::/10', 'a link-local address'],
  ['fec0::/10', 'a site-local address'],
  ['ff00::/8', 'a multicast address'],
  ['2001:db8::/32', 'a documentation address'],
];

/**
 * Addresses fetched only when named by address, even where private addresses are allowed: link-local ranges (the
 * cloud metadata services of AWS, GCP, Azure, DigitalOcean and Oracle answer on 169.254.169.254, Tencent's on
 * 169.254.0.23) and the metadata addresses outside them. One redirect to them leaks a cloud machine's credentials.
 */
const SENSITIVE_RANGES: Array<[string, string]> = [
  ['169.254.0.0/16', 'a link-local address, where cloud metadata services answer'],
  ['fe80::/10', 'a link-local address'],
  ['100.100.100.200/32', 'a cloud metadata address (Alibaba Cloud)'],
  ['fd00:ec2::254/128', 'a cloud metadata address (AWS, IPv6)'],
  ['192.0.0.192/32', 'a cloud metadata address (Oracle Cloud)'],
  ['168.63.129.16/32', 'a cloud platform address (Azure WireServer)'],
];

/** The bytes of an IP address; IPv4 inside IPv6 (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::a.b.c.d) as its 4 IPv4 bytes. */
function addressBytes(ip: string): Uint8Array | undefined {
  const family = isIP(ip);
  if (family === 4) return Uint8Array.from(ip.split('.').map(Number));
  if (family !== 6) return undefined;
  let addr = ip.toLowerCase().replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(addr);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number);
    addr = addr.slice(0, -dotted[0].length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = addr.split('::');
  const groups = (s: string | undefined) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const h = groups(head), t = groups(tail);
  const all = [...h, ...(tail === undefined ? [] : new Array(8 - h.length - t.length).fill(0)), ...t];
  const bytes = Uint8Array.from(all.flatMap((g) => [g >> 8, g & 255]));
  const zero = (from: number, to: number) => bytes.subarray(from, to).every((x) => x === 0);
  const mapped = zero(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff;
  const nat64 = bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zero(4, 12);
  return mapped || nat64 ? bytes.slice(12) : bytes;
}

/** A range from "10.0.0.0/8", "fd00::/8" or a bare address (one address), or undefined when it is neither. */
export function parseCidr(text: string): Cidr | undefined {
  const [addr, bitsText, extra] = text.trim().replace(/^\[(.*)\]/, '$1').split('/');
  if (extra !== undefined) return undefined;
  const bytes = addressBytes(addr);
  if (!bytes) return undefined;
  const max = isIP(addr) === 4 ? 32 : 128;
  const bits = bitsText === undefined ? max : /^\d{1,3}$/.test(bitsText) ? Number(bitsText) : NaN;
  if (!(bits >= 0 && bits <= max)) return undefined;
  // an IPv6 form of an IPv4 range (::ffff:10.0.0.0/104) counts as the IPv4 range it spells
  return { bytes, bits: bytes.length === 4 && max === 128 ? Math.max(0, bits - 96) : bits };
}

function contains(range: Cidr, addr: Uint8Array): boolean {
  if (range.bytes.length !== addr.length) return false;
  for (let bit = 0; bit < range.bits; bit += 8) {
    const mask = range.bits - bit >= 8 ? 0xff : (0xff << (8 - (range.bits - bit))) & 0xff;
    if ((range.bytes[bit >> 3] & mask) !== (addr[bit >> 3] & mask)) return false;
  }
  return true;
}

const PRIVATE = PRIVATE_RANGES.map(([range, what]) => ({ range: parseCidr(range)!, what }));
const SENSITIVE = SENSITIVE_RANGES.map(([range, what]) => ({ range: parseCidr(range)!, what }));

/** Why an IP address is not a public internet address ("a loopback address"), or undefined when it is public. */
export function privateAddressReason(ip: string): string | undefined {
  const bytes = addressBytes(ip);
  return bytes && PRIVATE.find((p) => contains(p.range, bytes))?.what;
}

/** Why an address is fetched only when named by address (link-local, cloud metadata), or undefined. */
export function sensitiveAddressReason(ip: string): string | undefined {
  const bytes = addressBytes(ip);
  return bytes && SENSITIVE.find((p) => contains(p.range, bytes))?.what;
}

/**
 * Which non-public addresses a fetch may reach. Public addresses are always allowed; private ones when every private
 * range is allowed (`--allow-private` alone) or when named (a range holding the address, or the host name asked for);
 * link-local and cloud metadata addresses only when named by a range no wider than the sensitive range itself, so
 * neither `--allow-private` alone, nor 0.0.0.0/0, nor a host name that resolves to one (DNS rebinding) reaches them.
 */
export interface AddressPolicy {
  everyPrivate: boolean;
  ranges: Cidr[];
  /** host names, lower-case, without a trailing dot */
  hosts: Set<string>;
}

export const PUBLIC_ONLY: AddressPolicy = { everyPrivate: false, ranges: [], hosts: new Set() };
export const EVERY_PRIVATE: AddressPolicy = { everyPrivate: true, ranges: [], hosts: new Set() };

/** A DNS host name (letters, digits, hyphens, underscores; dot-separated labels of at most 63). */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

function hostKey(host: string): string {
  return host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
}

/** The policy of `--allow-private A,B`: each entry an address, a CIDR range or a host name. Throws on anything else. */
export function parseAllowList(entries: readonly string[]): AddressPolicy {
  const policy: AddressPolicy = { everyPrivate: false, ranges: [], hosts: new Set() };
  for (const raw of entries.flatMap((e) => e.split(','))) {
    const entry = raw.trim();
    if (!entry) continue;
    const range = parseCidr(entry);
    if (range) policy.ranges.push(range);
    else if (!entry.includes('/') && HOST_NAME.test(hostKey(entry))) policy.hosts.add(hostKey(entry));
    else throw new Error(`--allow-private takes addresses, CIDR ranges and host names (127.0.0.1/32, 10.0.0.0/8, localhost); "${entry}" is none of them`);
  }
  return policy;
}

/** Raised when a URL's host is or resolves to an address the policy refuses. */
export class PrivateAddressError extends Error {
  readonly code = 'ERR_PRIVATE_ADDRESS';
  constructor(host: string, address: string, reason: string, hint = 'pass --allow-private to fetch it') {
    super(`refused ${host}: ${address === host ? '' : `it resolves to ${address}, `}${reason} (${hint})`);
    this.name = 'PrivateAddressError';
  }
}

/** The refusal of connecting to `address` for the host name `host` under a policy, or undefined when it is allowed. */
export function refusal(host: string, address: string, policy: AddressPolicy): PrivateAddressError | undefined {
  const bytes = addressBytes(address);
  if (!bytes) return new PrivateAddressError(host, address, 'not an IP address');
  const sensitive = SENSITIVE.find((p) => contains(p.range, bytes));
  if (sensitive) {
    const named = policy.ranges.some((r) => r.bits >= sensitive.range.bits && contains(r, bytes));
    return named ? undefined : new PrivateAddressError(host, address, sensitive.what, `fetched only when named by address: --allow-private ${address}`);
  }
  const reason = PRIVATE.find((p) => contains(p.range, bytes))?.what;
  if (!reason || policy.everyPrivate) return undefined;
  if (policy.ranges.some((r) => contains(r, bytes)) || policy.hosts.has(hostKey(host))) return undefined;
  const named = policy.ranges.length + policy.hosts.size > 0;
  return new PrivateAddressError(host, address, reason, named ? 'not among the addresses and hosts --allow-private names' : undefined);
}

function resolveAll(host: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => dnsLookup(host, { all: true }, (err, list) => (err ? reject(err) : resolve(list))));
}

/** Resolves a host name and refuses it when any of its addresses is refused (so DNS cannot smuggle one in). */
export async function assertHostAllowed(hostname: string, policy: AddressPolicy): Promise<void> {
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await resolveAll(host)).map((a) => a.address);
  for (const address of addresses) {
    const refused = refusal(host, address, policy);
    if (refused) throw refused;
  }
}

/** Resolves a host name and refuses it when any of its addresses is not public. */
export function assertPublicHost(hostname: string): Promise<void> {
  return assertHostAllowed(hostname, PUBLIC_ONLY);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
export type Lookup = (hostname: string, options: { all?: boolean; family?: number } | number, callback: LookupCallback) => void;

/**
 * A `lookup` for socket connections that refuses what the policy refuses at connect time: the address checked is
 * the address connected to, so a host that resolves differently on a second query (DNS rebinding) is still refused.
 */
export function guardedLookup(policy: AddressPolicy): Lookup {
  return (hostname, options, callback) => {
    const opts = typeof options === 'number' ? { family: options } : options ?? {};
    dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      for (const { address } of addresses) {
        const refused = refusal(hostname, address, policy);
        if (refused) return callback(refused as NodeJS.ErrnoException, []);
      }
      if (opts.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
