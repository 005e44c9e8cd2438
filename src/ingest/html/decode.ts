import iconv from 'iconv-lite';

export type CharsetSource = 'bom' | 'header' | 'meta' | 'default';

export interface DecodedHtml {
  html: string;
  /** the encoding used, as iconv-lite names it */
  charset: string;
  charsetSource: CharsetSource;
}

/** The HTML standard's pre-scan looks at the first 1024 bytes; pages with long heads put <meta charset> later, so look further. */
const META_SCAN_BYTES = 4096;

/** Labels the HTML standard maps to another encoding (latin-1 labels mean windows-1252 on the web). */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', latin1: 'windows-1252', 'l1': 'windows-1252',
  'us-ascii': 'windows-1252', ascii: 'windows-1252', 'cp1252': 'windows-1252', 'x-cp1251': 'windows-1251',
  'cp1251': 'windows-1251', 'utf8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'x-sjis': 'shift_jis', 'gb2312': 'gbk',
};

/** The charset named in a Content-Type value (`text/html; charset=windows-1251`), or undefined. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? normaliseCharset(m[1]) : undefined;
}

/** A supported encoding name for a label, or undefined when iconv-lite does not know it. */
export function normaliseCharset(label: string): string | undefined {
  const l = label.trim().toLowerCase();
  const name = LABEL_ALIASES[l] ?? l;
  return iconv.encodingExists(name) ? name : undefined;
}

function charsetFromBom(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/** `<meta charset=...>` or `<meta http-equiv="Content-Type" content="...; charset=...">` in the head. */
export function charsetFromMeta(head: string): string | undefined {
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return normaliseCharset(direct[1]);
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2] ?? /\bcontent\s*=\s*([^\s>]+)/i.exec(tag)?.[1];
      const cs = charsetFromContentType(content);
      if (cs) return cs;
    }
  }
  return undefined;
}

/**
 * Bytes to text in the page's encoding, in the HTML standard's order: byte-order mark, then the HTTP Content-Type
 * header, then a <meta> declaration, then UTF-8 (or windows-1252 when the bytes are not valid UTF-8).
 */
export function decodeHtml(input: string | Buffer, contentType?: string): DecodedHtml {
  if (typeof input === 'string') return { html: input.replace(/^\uFEFF/, ''), charset: 'utf-16', charsetSource: 'default' };
  const bom = charsetFromBom(input);
  if (bom) return { html: iconv.decode(input, bom, { stripBOM: true }), charset: bom, charsetSource: 'bom' };
  const header = charsetFromContentType(contentType);
  if (header) return { html: iconv.decode(input, header), charset: header, charsetSource: 'header' };
  const meta = charsetFromMeta(input.subarray(0, META_SCAN_BYTES).toString('latin1'));
  // a page declaring UTF-16 in ASCII-compatible bytes cannot be UTF-16; the standard reads it as UTF-8
  if (meta && !meta.startsWith('utf-16')) return { html: iconv.decode(input, meta), charset: meta, charsetSource: 'meta' };
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(input);
  if (!utf8.includes('\uFFFD')) return { html: utf8, charset: 'utf-8', charsetSource: 'default' };
  return { html: iconv.decode(input, 'windows-1252'), charset: 'windows-1252', charsetSource: 'default' };
}
