/**
 * robots.txt as RFC 9309 defines it: groups of user-agent lines with allow/disallow rules (`*` matches any run of
 * characters, `$` the end of the path), the most specific (longest) matching rule decides and allow wins a tie; the
 * group naming our product token applies, else the `*` group, else everything is allowed. Crawl-delay (not in the RFC,
 * widely used) and Sitemap lines are read too.
 */
export interface RobotsRules {
  /** allow and disallow rules of the group that applies to us */
  rules: Array<{ allow: boolean; pattern: string }>;
  /** seconds to wait between requests, if the group asks for it */
  crawlDelaySeconds?: number;
  /** sitemaps the file lists (they apply to every crawler) */
  sitemaps: string[];
}

/** The product token Tidings matches in user-agent lines (RFC 9309: case-insensitive). */
export const ROBOTS_PRODUCT_TOKEN = 'tidings';

/** RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; what follows is ignored. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

/** Everything allowed: a site without robots.txt (a 4xx answer), or a group with no rules. */
export const ALLOW_ALL: RobotsRules = { rules: [], sitemaps: [] };
/** Nothing allowed: a robots.txt the server could not give (5xx, network failure), as RFC 9309 says to assume. */
export const DISALLOW_ALL: RobotsRules = { rules: [{ allow: false, pattern: '/' }], sitemaps: [] };

interface Group {
  agents: string[];
  rules: RobotsRules['rules'];
  crawlDelaySeconds?: number;
}

/** Parses a robots.txt body into the rules that apply to `productToken`. */
export function parseRobots(text: string, productToken = ROBOTS_PRODUCT_TOKEN): RobotsRules {
  const groups: Group[] = [];
  const sitemaps: string[] = [];
  let current: Group | null = null;
  // a user-agent line after a rule starts a new group; consecutive user-agent lines share one
  let inAgents = false;
  for (const raw of text.slice(0, ROBOTS_MAX_BYTES).split(/\r\n|\r|\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].trim();
    if (key === 'sitemap') {
      if (value) sitemaps.push(value);
      continue;
    }
    if (key === 'user-agent') {
      if (!inAgents || !current) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      inAgents = true;
      continue;
    }
    inAgents = false;
    if (!current) continue; // rules before any user-agent line belong to no group
    if (key === 'allow' || key === 'disallow') {
      // an empty disallow allows everything: it adds no rule
      if (value) current.rules.push({ allow: key === 'allow', pattern: value });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelaySeconds = seconds;
    }
  }
  const token = productToken.toLowerCase();
  const ours = groups.filter((g) => g.agents.some((a) => a.replace(/\/.*$/, '').trim() === token));
  const chosen = ours.length ? ours : groups.filter((g) => g.agents.includes('*'));
  const delays = chosen.map((g) => g.crawlDelaySeconds).filter((d): d is number => d !== undefined);
  return {
    rules: chosen.flatMap((g) => g.rules),
    ...(delays.length ? { crawlDelaySeconds: Math.max(...delays) } : {}),
    sitemaps,
  };
}

/** Percent-encoding made uniform, so "/a%7Eb" and "/a~b" compare equal and "%2f" matches "%2F". */
function canonicalPath(path: string): string {
  return path.replace(/%[0-9a-f]{2}/gi, (h) => {
    const c = String.fromCharCode(parseInt(h.slice(1), 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : h.toUpperCase();
  });
}

/** Whether a rule's pattern matches the path, with `*` as any run of characters and a final `$` as the end. */
function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = canonicalPath(anchored ? pattern.slice(0, -1) : pattern);
  const re = new RegExp(`^${body.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}${anchored ? '$' : ''}`);
  return re.test(path);
}

/** Whether the rules let us fetch a URL's path and query. /robots.txt itself is always allowed. */
export function isAllowed(rules: RobotsRules, url: string): boolean {
  const u = new URL(url);
  const path = canonicalPath(u.pathname + u.search);
  if (u.pathname === '/robots.txt') return true;
  let best: { allow: boolean; length: number } | null = null;
  for (const rule of rules.rules) {
    if (!matches(rule.pattern, path)) continue;
    const length = rule.pattern.length;
    if (!best || length > best.length || (length === best.length && rule.allow && !best.allow)) best = { allow: rule.allow, length };
  }
  return best ? best.allow : true;
}
