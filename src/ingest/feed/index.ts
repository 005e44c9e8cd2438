import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Fetcher } from '../http/fetcher.js';
import { parseFeed, type Feed } from './parse.js';
import { isWebUrl } from '../urls.js';

export { parseFeed, decodeFeed, type Feed, type FeedItem } from './parse.js';

export type LoadedFeed = { status: 'ok'; feed: Feed } | { status: 'not-modified' };

/** A feed from a URL (through the fetcher: conditional, guarded) or a file path. */
export async function loadFeed(source: string, fetcher: Fetcher): Promise<LoadedFeed> {
  if (isWebUrl(source)) {
    const res = await fetcher.fetch(source);
    if (res.status === 'not-modified') return { status: 'not-modified' };
    return { status: 'ok', feed: parseFeed(res.body, { url: res.finalUrl, contentType: res.contentType }) };
  }
  const path = resolve(source);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new Error(`cannot read feed file ${source}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return { status: 'ok', feed: parseFeed(bytes, { url: pathToFileURL(path).toString() }) };
}
