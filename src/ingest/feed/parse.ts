import iconv from 'iconv-lite';
import { XMLParser } from 'fast-xml-parser';
import { charsetFromContentType, normaliseCharset } from '../html/decode.js';
import { normaliseDate } from '../html/dates/index.js';
import { absoluteUrl } from '../urls.js';

/** One entry of a feed, whatever the format. */
export interface FeedItem {
  /** the entry's own id (guid, atom:id, JSON Feed id), else its URL */
  id: string;
  /** the article's page */
  url: string;
  title?: string;
  /** normalised ISO date or date-time, when the feed gives one */
  published?: string;
  summary?: string;
}

export interface Feed {
  format: 'rss' | 'atom' | 'json' | 'rdf';
  title?: string;
  /** the site the feed belongs to */
  link?: string;
  items: FeedItem[];
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  htmlEntities: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['item', 'entry', 'link', 'category'].includes(name),
});

/** Feed bytes to text: BOM, then the Content-Type charset, then the XML declaration's encoding, then UTF-8. */
export function decodeFeed(input: string | Buffer, contentType?: string): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) return input.subarray(3).toString('utf8');
  if (input[0] === 0xff && input[1] === 0xfe) return iconv.decode(input, 'utf-16le', { stripBOM: true });
  if (input[0] === 0xfe && input[1] === 0xff) return iconv.decode(input, 'utf-16be', { stripBOM: true });
  const declared = charsetFromContentType(contentType)
    ?? normaliseCharset(/<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(input.subarray(0, 200).toString('latin1'))?.[1] ?? '');
  return declared ? iconv.decode(input, declared) : input.toString('utf8');
}

/** The text of an XML node that may be a string, a {#text} object or an array of them. */
function textOf(value: unknown): string | undefined {
  if (value == null) return undefined;
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object') return textOf((value as Node)['#text']);
  const s = String(value).trim();
  return s || undefined;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The entities left once the XML layer is decoded: feed titles and summaries are escaped HTML ("Cider &amp; press"). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Feed titles and summaries are often HTML: tags out, entities decoded, whitespace collapsed. */
function plain(html: string | undefined): string | undefined {
  if (!html) return undefined;
  const t = decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  return t || undefined;
}

function atomLink(links: unknown, base: string | undefined): string | undefined {
  const list = (Array.isArray(links) ? links : links ? [links] : []) as Node[];
  const alternate = list.find((l) => typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate') && (!l['@_type'] || /html/i.test(String(l['@_type']))))
    ?? list.find((l) => typeof l === 'object' && !l['@_rel']);
  return absoluteUrl(alternate ? String(alternate['@_href'] ?? '') : textOf(list[0]), base);
}

function rssItems(items: Node[], base: string | undefined): FeedItem[] {
  const out: FeedItem[] = [];
  for (const item of items) {
    const guid = item.guid;
    const guidText = textOf(guid);
    const guidIsLink = typeof guid === 'object' && guid !== null ? (guid as Node)['@_isPermaLink'] !== 'false' : !!guidText && /^https?:\/\//.test(guidText);
    const url = absoluteUrl(textOf(item.link), base) ?? (guidIsLink ? absoluteUrl(guidText, base) : undefined);
    if (!url) continue;
    const published = normaliseDate(textOf(item.pubDate) ?? textOf(item['dc:date']) ?? textOf(item.published) ?? textOf(item.updated));
    out.push({
      id: guidText ?? url,
      url,
      title: plain(textOf(item.title)),
      published,
      summary: plain(textOf(item.description) ?? textOf(item['content:encoded'])),
    });
  }
  return out;
}

function parseXmlFeed(xml: string, base: string | undefined): Feed {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    throw new Error(`not a well-formed feed: ${(err as Error).message.split('\n')[0]}`);
  }
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss === 'object') {
    const channel = (rss.channel ?? {}) as Node;
    const link = absoluteUrl(textOf(channel.link), base) ?? base;
    return { format: 'rss', title: plain(textOf(channel.title)), link, items: rssItems((channel.item as Node[]) ?? [], link) };
  }
  const atom = doc.feed as Node | undefined;
  if (atom && typeof atom === 'object') {
    const link = atomLink(atom.link, base) ?? base;
    const items: FeedItem[] = [];
    for (const entry of (atom.entry as Node[]) ?? []) {
      const url = atomLink(entry.link, link);
      if (!url) continue;
      const content = entry.summary ?? entry.content;
      items.push({
        id: textOf(entry.id) ?? url,
        url,
        title: plain(textOf(entry.title)),
        published: normaliseDate(textOf(entry.published) ?? textOf(entry.updated) ?? textOf(entry.issued)),
        summary: plain(textOf(content)),
      });
    }
    return { format: 'atom', title: plain(textOf(atom.title)), link, items };
  }
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf && typeof rdf === 'object') {
    const channel = (rdf.channel ?? {}) as Node;
    const link = absoluteUrl(textOf(channel.link), base) ?? base;
    return { format: 'rdf', title: plain(textOf(channel.title)), link, items: rssItems((rdf.item as Node[]) ?? [], link) };
  }
  throw new Error('not a feed: no <rss>, <feed> (Atom) or <rdf:RDF> root element');
}

function parseJsonFeed(text: string, base: string | undefined): Feed {
  let doc: Node;
  try {
    doc = JSON.parse(text) as Node;
  } catch (err) {
    throw new Error(`not a well-formed JSON Feed: ${(err as Error).message}`);
  }
  if (!doc || typeof doc !== 'object' || !/jsonfeed\.org\/version/.test(String(doc.version ?? ''))) {
    throw new Error('not a JSON Feed: no "version" naming https://jsonfeed.org/version/...');
  }
  const link = absoluteUrl(typeof doc.home_page_url === 'string' ? doc.home_page_url : undefined, base) ?? base;
  const items: FeedItem[] = [];
  for (const item of (Array.isArray(doc.items) ? doc.items : []) as Node[]) {
    const url = absoluteUrl(typeof item.url === 'string' ? item.url : typeof item.external_url === 'string' ? item.external_url : undefined, link);
    if (!url) continue;
    items.push({
      id: item.id != null ? String(item.id) : url,
      url,
      title: typeof item.title === 'string' ? plain(item.title) : undefined,
      published: normaliseDate(typeof item.date_published === 'string' ? item.date_published : typeof item.date_modified === 'string' ? item.date_modified : undefined),
      summary: typeof item.summary === 'string' ? plain(item.summary) : typeof item.content_text === 'string' ? plain(item.content_text) : plain(typeof item.content_html === 'string' ? item.content_html : undefined),
    });
  }
  return { format: 'json', title: typeof doc.title === 'string' ? doc.title : undefined, link, items };
}

/** Parses RSS 2.0 (and RSS 1.0/RDF), Atom or JSON Feed; throws one clear message for anything else. */
export function parseFeed(input: string | Buffer, options: { url?: string; contentType?: string } = {}): Feed {
  const text = decodeFeed(input, options.contentType);
  const start = text.trimStart();
  if (start.startsWith('{')) return parseJsonFeed(start, options.url);
  if (!start.startsWith('<')) throw new Error('not a feed: neither XML nor JSON');
  return parseXmlFeed(start, options.url);
}
