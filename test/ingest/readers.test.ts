import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from '../../src/ingest/read.js';
import type { ReadItem } from '../../src/ingest/types.js';
import { parseDatedText } from '../../src/ingest/text.js';
import { parsePublished } from '../../src/ingest/dates.js';

async function collect(inputs: string[], options = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readSources(inputs, options)) out.push(item);
  return out;
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'tidings-read-'));
}

describe('dated text reader', () => {
  it('reads a date header with the body on the same line (leading spaces allowed)', () => {
    const a = parseDatedText('  date 2024-02-29 The harbour reopened on Monday.\n\nBoats returned.', 'x.txt');
    expect(a.published).toBe('2024-02-29');
    expect(a.body).toBe('The harbour reopened on Monday.\n\nBoats returned.');
  });

  it('reads "date:" with an ISO timestamp and a title line', () => {
    const a = parseDatedText('date: 2024-03-01T08:30:00+01:00\ntitle Port strike ends\nDockers went back to work.', 'x.txt');
    expect(a.published).toBe('2024-03-01T08:30:00+01:00');
    expect(a.title).toBe('Port strike ends');
    expect(a.body).toBe('Dockers went back to work.');
  });

  it('gives the same id to the same article read twice, whitespace aside', () => {
    const a = parseDatedText('date 2024-01-02\nOne two  three.', 'a');
    const b = parseDatedText('date 2024-01-02\nOne two\nthree.\n', 'b');
    expect(a.id).toBe(b.id);
    expect(parseDatedText('date 2024-01-03\nOne two three.', 'c').id).not.toBe(a.id);
  });

  it('dates plain text with --published, and refuses undated text without it', () => {
    expect(parseDatedText('Farmers protested.', 'p.txt', { published: '2024-05-05' }).published).toBe('2024-05-05');
    expect(() => parseDatedText('Farmers protested.', 'p.txt')).toThrow(/no date header.*--published/);
  });

  it('rejects impossible dates with one clear message', () => {
    expect(() => parsePublished('2023-13-45')).toThrow('impossible date 2023-13-45');
    expect(() => parsePublished('2023-02-29')).toThrow('impossible date');
    expect(() => parsePublished('yesterday')).toThrow(/not a date/);
    expect(() => parseDatedText('date 2023-13-45\nText.', 'bad.txt')).toThrow('bad.txt: impossible date 2023-13-45');
  });
});

describe('readSources: formats and bad input', () => {
  it('reads JSONL, reporting a broken line by number and reading the rest', async () => {
    const dir = tmp();
    const file = join(dir, 'feed.jsonl');
    writeFileSync(file, [
      JSON.stringify({ url: 'https://example.org/1', title: 'One', published: '2024-01-01', text: 'First story.' }),
      '{"title": "broken", ',
      JSON.stringify({ date: '2024-01-02', body: 'Second story.', source: 'Example' }),
      JSON.stringify({ date: '2024-01-03' }),
    ].join('\n'));
    const items = await collect([file]);
    expect(items.map((i) => i.ok)).toEqual([true, false, true, false]);
    const broken = items[1] as Extract<ReadItem, { ok: false }>;
    expect(broken.line).toBe(2);
    expect(broken.error).toMatch(/feed\.jsonl:2: broken JSON/);
    expect((items[3] as Extract<ReadItem, { ok: false }>).error).toMatch(/:4: no "text" or "body"/);
    const second = items[2] as Extract<ReadItem, { ok: true }>;
    expect(second.article.source).toBe('Example');
    expect(second.article.published).toBe('2024-01-02');
  });

  it('reads folders recursively by extension and names the one bad file among good ones', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'a.txt'), 'date 2024-01-01\nA good story.');
    writeFileSync(join(dir, 'sub', 'b.txt'), 'date 2024-01-02\nAnother good story.');
    writeFileSync(join(dir, 'sub', 'bad.txt'), 'no date here at all');
    writeFileSync(join(dir, 'notes.csv'), 'ignored,by,extension');
    const items = await collect([dir]);
    expect(items.filter((i) => i.ok)).toHaveLength(2);
    const bad = items.filter((i) => !i.ok);
    expect(bad).toHaveLength(1);
    expect((bad[0] as Extract<ReadItem, { ok: false }>).error).toMatch(/bad\.txt: no date header/);
  });

  it('says clearly what is wrong with an empty, binary, invalid UTF-8, oversized or missing file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('date 2024-01-01\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.')]));
    writeFileSync(join(dir, 'big.txt'), 'date 2024-01-01\n' + 'word '.repeat(400));
    const errors = async (path: string, opts = {}) => ((await collect([path], opts))[0] as Extract<ReadItem, { ok: false }>).error;
    expect(await errors(join(dir, 'empty.txt'))).toMatch(/empty file/);
    expect(await errors(join(dir, 'binary.txt'))).toMatch(/binary file/);
    expect(await errors(join(dir, 'latin1.txt'))).toMatch(/not valid UTF-8/);
    expect(await errors(join(dir, 'big.txt'), { maxBytes: 1000 })).toMatch(/over the article size limit/);
    expect(await errors(join(dir, 'nope.txt'))).toMatch(/no such file or folder/);
  });

  it('reads an HTML page through the web extractor', async () => {
    const dir = tmp();
    const html = `<!doctype html><html lang="en"><head><title>Bridge vote</title>
      <meta property="article:published_time" content="2024-04-02T09:00:00Z"></head>
      <body><article><h1>Bridge vote</h1>
      <p>The council of Riverton voted on Monday to close the old bridge after engineers found cracks in two of its piers.</p>
      <p>"It is simply not safe any more," said the mayor, Ana Ruiz, who called for a new crossing within three years.</p>
      <p>Residents will be able to use a ferry service from next week while the council seeks funding for the work.</p>
      </article></body></html>`;
    writeFileSync(join(dir, 'page.html'), html);
    const [item] = await collect([join(dir, 'page.html')]);
    expect(item.ok).toBe(true);
    const a = (item as Extract<ReadItem, { ok: true }>).article;
    expect(a.published.slice(0, 10)).toBe('2024-04-02');
    expect(a.body).toContain('voted on Monday to close the old bridge');
  });
});
