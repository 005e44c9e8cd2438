import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { boundedLines, peekFirstByte, readAtMost } from './bounded-lines.js';
import { parseDatedText } from './text.js';
import { articleFromJson, readJsonl } from './jsonl.js';
import { DEFAULT_MAX_BYTES, type ReadItem, type ReadOptions } from './types.js';
import type { Article } from '../model/article.js';
import type { HtmlOptions } from './html/index.js';
import { DEFAULT_PAGE_TIMEOUT_MS, TimedPageReader } from './html/timed-reader.js';
import { readSitemaps, readWebPage, type WebReadOptions } from './web-pages.js';
import { isWebUrl } from './urls.js';

/** File endings a folder is searched for, and the reader each goes to. */
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** Bytes looked at to tell binary from text: enough to catch any real binary header. */
const BINARY_SNIFF_BYTES = 8192;

/**
 * Yields the articles of every input (files, folders searched recursively by extension, `-` for stdin, http(s) URLs
 * of pages), then of `options.sitemaps`, and one failed item with a clear reason for each input or line that cannot be
 * read; it never stops at a bad one.
 */
export async function* readSources(inputs: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const pages = new PageReaders(options);
  try {
    yield* readInputs(inputs, { ...options, pages });
    const web = webOptions({ ...options, pages });
    if (options.sitemaps?.length) {
      if (web) yield* readSitemaps(options.sitemaps, { ...web, maxPages: options.maxPages });
      else for (const s of options.sitemaps) yield { ok: false, origin: s, error: `${s}: a sitemap needs a fetcher` };
    }
  } finally {
    await pages.close();
  }
}

/** The HTML page reader of one readSources call: a timed worker thread, started on the first page. */
class PageReaders {
  private timed: TimedPageReader | null = null;

  constructor(private readonly options: ReadOptions) {}

  async read(buf: Buffer, options: HtmlOptions): Promise<Article> {
    const timeout = this.options.pageTimeoutMs ?? DEFAULT_PAGE_TIMEOUT_MS;
    if (timeout <= 0) {
      // loaded on first use: the HTML extractor pulls in a DOM, which plain-text ingests never need
      const { htmlToArticle } = await import('./html/index.js');
      return htmlToArticle(buf, options);
    }
    return (this.timed ??= new TimedPageReader(timeout)).read(buf, options);
  }

  async close(): Promise<void> {
    await this.timed?.close();
  }
}

type InnerOptions = ReadOptions & { pages: PageReaders };

function webOptions(options: InnerOptions): WebReadOptions | undefined {
  if (!options.fetcher) return undefined;
  return { fetcher: options.fetcher, readPage: (html, o) => options.pages.read(html, o), source: options.source, published: options.published, allowAnyDate: options.allowAnyDate };
}

async function* readInputs(inputs: string[], options: InnerOptions): AsyncGenerator<ReadItem> {
  for (const input of inputs) {
    if (isWebUrl(input)) {
      const web = webOptions(options);
      if (web) yield* readWebPage(input, web);
      else yield { ok: false, origin: input, error: `${input}: a URL needs a fetcher` };
      continue;
    }
    if (input === '-') {
      yield* readStream(process.stdin, '<stdin>', options);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      yield { ok: false, origin: input, error: `${input}: no such file or folder` };
      continue;
    }
    if (info.isDirectory()) yield* readFolder(input, options);
    else yield* readFile1(input, options);
  }
}

async function* readFolder(dir: string, options: InnerOptions): AsyncGenerator<ReadItem> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { ok: false, origin: dir, error: `${dir}: cannot read folder (${(err as Error).message})` };
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* readFolder(path, options);
    else if (e.isFile() && kindOf(path) !== undefined) yield* readFile1(path, options);
  }
}

type InputKind = 'text' | 'jsonl' | 'html' | 'auto';

function kindOf(path: string): InputKind | undefined {
  const ext = extname(path).toLowerCase();
  if (TEXT_EXTENSIONS.has(ext)) return 'text';
  if (JSONL_EXTENSIONS.has(ext)) return 'jsonl';
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  return undefined;
}

async function* readFile1(path: string, options: InnerOptions): AsyncGenerator<ReadItem> {
  const kind = kindOf(path) ?? 'auto';
  if (kind === 'jsonl') {
    yield* readJsonlFile(path, options);
    return;
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    yield { ok: false, origin: path, error: `${path}: cannot read (${(err as Error).message})` };
    return;
  }
  if (size > maxBytes) {
    yield { ok: false, origin: path, error: `${path}: ${formatBytes(size)} is over the article size limit of ${formatBytes(maxBytes)} (--max-bytes)` };
    return;
  }
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    yield { ok: false, origin: path, error: `${path}: cannot read (${(err as Error).message})` };
    return;
  }
  yield* readBuffer(buf, path, kind, options);
}

/** Streams a JSONL file line by line, so a file of many articles never sits in memory whole. */
async function* readJsonlFile(path: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  try {
    yield* jsonlItems(createReadStream(path), path, options);
  } catch (err) {
    yield { ok: false, origin: path, error: `${path}: cannot read (${(err as Error).message})` };
  }
}

/** A JSONL line holds one article's JSON: its body at most maxBytes, escaped (at most twice as long), with its fields. */
const JSONL_LINE_SLACK = 64 * 1024;

/** The articles of a JSONL stream, line by line; a line too long for any article is skipped unread. */
async function* jsonlItems(input: AsyncIterable<Buffer | string>, origin: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for await (const line of boundedLines(input, 2 * maxBytes + JSONL_LINE_SLACK)) {
    const n = line.n;
    if ('tooLong' in line) {
      yield { ok: false, origin, line: n, error: `${origin}:${n}: a line of ${formatBytes(line.bytes)} is over the article size limit of ${formatBytes(maxBytes)} (--max-bytes)` };
      continue;
    }
    const text = line.text.trim();
    if (!text) continue;
    if (text.includes('\uFFFD')) {
      yield { ok: false, origin, line: n, error: `${origin}:${n}: not valid UTF-8` };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      yield { ok: false, origin, line: n, error: `${origin}:${n}: broken JSON (${(err as Error).message})` };
      continue;
    }
    try {
      yield { ok: true, origin: `${origin}:${n}`, article: articleFromJson(value, { ...options, maxBytes }) };
    } catch (err) {
      yield { ok: false, origin, line: n, error: `${origin}:${n}: ${(err as Error).message}` };
    }
  }
}

/**
 * A stream (standard input): JSONL when it opens with "{", read line by line; otherwise one article (dated text or
 * HTML), read only up to the size limit: a longer one is refused as soon as it passes the limit, never buffered whole.
 */
async function* readStream(input: AsyncIterable<Buffer | string>, origin: string, options: InnerOptions): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let peeked;
  try {
    peeked = await peekFirstByte(input);
  } catch (err) {
    yield { ok: false, origin, error: `${origin}: cannot read (${(err as Error).message})` };
    return;
  }
  if (peeked.first === 0x7b /* { */) {
    yield* jsonlItems(peeked.replay, origin, options);
    return;
  }
  const read = await readAtMost(peeked.replay, maxBytes);
  if (!read.ok) {
    yield { ok: false, origin, error: `${origin}: more than ${formatBytes(maxBytes)}, the article size limit (--max-bytes); stopped reading at ${formatBytes(read.over)}` };
    return;
  }
  yield* readBuffer(read.bytes, origin, 'auto', options);
}

async function* readBuffer(buf: Buffer, origin: string, kind: InputKind, options: InnerOptions): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (buf.length === 0 || buf.toString('utf8').trim() === '') {
    yield { ok: false, origin, error: `${origin}: empty file` };
    return;
  }
  if (looksBinary(buf)) {
    yield { ok: false, origin, error: `${origin}: binary file, not text` };
    return;
  }
  if (kind === 'html') {
    yield* readHtml(buf, origin, options);
    return;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    yield { ok: false, origin, error: `${origin}: not valid UTF-8 (convert the file to UTF-8 first)` };
    return;
  }
  if (kind === 'auto') {
    const head = text.trimStart();
    if (head.startsWith('{')) kind = 'jsonl';
    else if (head.startsWith('<')) {
      yield* readHtml(buf, origin, options);
      return;
    } else kind = 'text';
  }
  if (kind === 'jsonl') {
    yield* readJsonl(text, origin, { ...options, maxBytes });
    return;
  }
  if (buf.length > maxBytes) {
    yield { ok: false, origin, error: `${origin}: ${formatBytes(buf.length)} is over the article size limit of ${formatBytes(maxBytes)} (--max-bytes)` };
    return;
  }
  try {
    yield { ok: true, origin, article: parseDatedText(text, origin, options) };
  } catch (err) {
    yield { ok: false, origin, error: (err as Error).message };
  }
}

async function* readHtml(buf: Buffer, origin: string, options: InnerOptions): AsyncGenerator<ReadItem> {
  try {
    yield { ok: true, origin, article: await options.pages.read(buf, { published: options.published, source: options.source, allowAnyDate: options.allowAnyDate }) };
  } catch (err) {
    yield { ok: false, origin, error: `${origin}: ${(err as Error).message}` };
  }
}

/** NUL bytes, or many control characters, in the first bytes mean a binary file. */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  // text has almost no C0 control characters besides tab and line breaks; 10% is far beyond any real article
  return control > n * 0.1;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} bytes`;
}
