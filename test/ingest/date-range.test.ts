import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../src/ingest/read.js';
import type { ReadItem, ReadOptions } from '../../src/ingest/types.js';

const BODY = 'The council met on Monday and approved the new budget for the harbour district.';

async function read(files: Record<string, string>, options: ReadOptions = {}): Promise<ReadItem[]> {
  const dir = mkdtempSync(join(tmpdir(), 'tidings-dates-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const out: ReadItem[] = [];
  for await (const item of readSources(Object.keys(files).map((f) => join(dir, f)), options)) out.push(item);
  return out;
}

describe('publication dates outside 1900..tomorrow are refused unless --allow-any-date', () => {
  it('years 1, 1899, 3024 and 9999 in a date header, a JSONL line or --published give one clear message', async () => {
    const items = await read({
      'a.txt': `date 0001-01-01\n${BODY}`,
      'b.txt': `date 1899-12-31\n${BODY}`,
      'c.txt': `date 3024-05-01\n${BODY}`,
      'd.jsonl': JSON.stringify({ text: BODY, published: '9999-12-31' }),
    });
    expect(items.map((i) => i.ok)).toEqual([false, false, false, false]);
    for (const item of items) expect(!item.ok && item.error).toMatch(/publication date \d{4}-\d\d-\d\d is outside 1900-01-01\.\.\d{4}-\d\d-\d\d: give the right date, or pass --allow-any-date/);
    const given = await read({ 'e.txt': BODY }, { published: '0001-01-01' });
    expect(!given[0].ok && given[0].error).toMatch(/--published: publication date 0001-01-01 is outside/);
  });

  it('dates inside the range are taken, and any date with allowAnyDate', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const ok = await read({ 'a.txt': `date 1900-01-01\n${BODY}`, 'b.txt': `date ${today}\n${BODY}` });
    expect(ok.map((i) => i.ok)).toEqual([true, true]);
    const any = await read({ 'a.txt': `date 0001-01-01\n${BODY}`, 'b.jsonl': JSON.stringify({ text: BODY, published: '9999-12-31' }) }, { allowAnyDate: true });
    expect(any.map((i) => i.ok && i.article.published)).toEqual(['0001-01-01', '9999-12-31']);
  });
});
