import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flattenDeepNesting, MAX_DEPTH } from '../../src/ingest/html/depth.js';
import { readSources } from '../../src/ingest/read.js';
import { TimedPageReader } from '../../src/ingest/html/timed-reader.js';

const CHILD = resolve(import.meta.dirname, '..', 'helpers', 'read-deep-page.ts');

describe('HTML nesting depth is bounded before the DOM is walked', () => {
  it('a page nested 6,000 elements deep is read in at most 2 s, with its text', () => {
    // run in a child process: before the bound this took over 12 minutes, so the child is stopped after 60 s
    const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, '6000'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status, `child stopped (${run.signal ?? run.stderr.slice(-300)})`).toBe(0);
    const { ms, body } = JSON.parse(run.stdout);
    expect(ms).toBeLessThanOrEqual(2000);
    expect(body).toContain('The council approved the new budget on Monday');
    expect(body).toContain('Officials said the plan would take effect next month.');
  });

  it('tags past the depth limit are dropped with their end tags; text, siblings and raw text stay as they were', () => {
    const deep = `${'<div>'.repeat(MAX_DEPTH + 50)}deep text${'</div>'.repeat(MAX_DEPTH + 50)}<p>after</p>`;
    const flat = flattenDeepNesting(deep);
    expect(flat.dropped).toBe(50);
    expect(flat.html).toBe(`${'<div>'.repeat(MAX_DEPTH)}deep text${'</div>'.repeat(MAX_DEPTH)}<p>after</p>`);
    // paragraphs and list items that a parser closes implicitly are siblings, not nesting
    const siblings = `<ul>${'<li><p>item'.repeat(5000)}</ul>`;
    expect(flattenDeepNesting(siblings)).toEqual({ html: siblings, dropped: 0, depth: 3 });
    // markup inside a script is text, not elements
    const script = `<script>${'<div>'.repeat(5000)}</script><p>x</p>`;
    expect(flattenDeepNesting(script).dropped).toBe(0);
    // a normal page is returned unchanged (the same string)
    const page = '<html><body><article><h1>T</h1><p>One <b>two</b></p><img src=x><br/></article></body></html>';
    expect(flattenDeepNesting(page).html).toBe(page);
  });
});

describe('each HTML page is read within a time budget', () => {
  const page = '<html><head><meta property="article:published_time" content="2024-05-20"><title>Port strike</title></head><body><article>' +
    '<p>Dock workers at the port began a strike on Monday over pay and working hours, halting most container traffic.</p></article></body></html>';

  it('ingest refuses a page that takes longer than --page-timeout with one clear message and reads the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-page-'));
    writeFileSync(join(dir, 'a.html'), page);
    const slow = [];
    for await (const item of readSources([join(dir, 'a.html')], { pageTimeoutMs: 1 })) slow.push(item);
    expect(slow).toHaveLength(1);
    expect(slow[0].ok).toBe(false);
    expect(!slow[0].ok && slow[0].error).toMatch(/a\.html: reading the page took more than 0\.0 s \(the per-page limit, --page-timeout\): given up/);
    const fine = [];
    for await (const item of readSources([join(dir, 'a.html')], {})) fine.push(item);
    expect(fine[0].ok && fine[0].article.body).toContain('Dock workers at the port began a strike');
  });

  it('a reader that gave up on a page goes on with the next in a new thread', async () => {
    // a stuck page cannot be made on purpose here; a budget too short for any page stands in for it
    const reader = new TimedPageReader(1);
    try {
      await expect(reader.read(page)).rejects.toThrow(/took more than/);
      reader.timeoutMs = 60_000;
      const next = await reader.read(page);
      expect(next.title).toBe('Port strike');
      expect(next.body).toContain('container traffic');
    } finally {
      await reader.close();
    }
  });
});
