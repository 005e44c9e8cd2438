import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/eval/data.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { createPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { GDELT_COLUMNS } from '../../src/corpus/export.js';
import { BACKENDS } from '../store/backends.js';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'tidings-corpus-cli-'));
let db = '';
let pipeline: Pipeline | null = null;

/** Runs one CLI command on this suite's database. */
const cli = (...args: string[]) => runCli([...args, '--db', db]);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(BACKENDS)('corpus CLI on the example corpus on $name', (backend) => {
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const fresh = await backend.fresh();
    db = fresh.location;
    cleanup = fresh.cleanup;
    pipeline ??= createPipeline();
    await runIngest({ inputs: [join(REPO_ROOT, 'examples', 'articles')], store: fresh.store, pipeline });
    // the commands open the store themselves
  }, 180_000);
  afterAll(() => cleanup());

  it('stories: the syndicated port-strike pair is one duplicate group in one story', async () => {
    const { stdout } = await cli('stories', '--json');
    const stories = JSON.parse(stdout) as Array<{ articles: number; sources: number; articleList: Array<{ duplicateOf: string | null; title: string | null }> }>;
    const port = stories.find((s) => s.articleList.some((a) => /Rotterdam|strike/i.test(a.title ?? '')) && s.articles >= 2);
    expect(port).toBeDefined();
    expect(port!.sources).toBe(port!.articles - 1);
    expect(port!.articleList.filter((a) => a.duplicateOf)).toHaveLength(1);
  });

  it('events, entity, quotes and timeline answer, with JSON', async () => {
    const events = (await cli('events', '--json')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(events.length).toBeGreaterThan(5);
    // the port-strike copies report their events once each, with two mentions from one source
    expect(events.some((e) => e.mentions === 2 && e.sources === 1 && e.mentionList.length === 2)).toBe(true);
    const filtered = (await cli('events', '--json', '--from', '2024-05-01', '--to', '2024-05-31')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(filtered.length).toBeGreaterThan(0);
    // events placed only by their article's focus, and the others: together every event
    const focusOnly = (await cli('events', '--json', '--place-from-focus', 'yes')).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const named = (await cli('events', '--json', '--place-from-focus', 'no')).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(focusOnly.every((e) => e.placeFromFocus === true) && named.every((e) => e.placeFromFocus !== true)).toBe(true);
    expect(focusOnly.length + named.length).toBe(events.length);
    for (const e of filtered) expect(e.date >= '2024-05-01' && e.date <= '2024-05-31').toBe(true);
    const profile = JSON.parse((await cli('entity', 'Rotterdam', '--json')).stdout);
    expect(profile.entity.name).toMatch(/Rotterdam/);
    expect(profile.mentionsByMonth.length).toBeGreaterThan(0);
    const quotes = JSON.parse((await cli('quotes', '--json')).stdout);
    expect(quotes.length).toBeGreaterThan(0);
    const t = JSON.parse((await cli('timeline', profile.entity.name, '--json')).stdout);
    expect(t.entities[0].name).toBe(profile.entity.name);
    // an actor phrase the events stage links to a nationality ("Kenyan President William Ruto") is the person across articles
    const ruto = (await cli('events', '--actor', 'William Ruto', '--json')).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(ruto.length).toBeGreaterThan(0);
    expect(ruto.every((e) => e.source === 'William Ruto' || e.target === 'William Ruto')).toBe(true);
    const pair = JSON.parse((await cli('timeline', 'William Ruto', 'Abiy Ahmed', '--json')).stdout);
    expect(pair.entries.length).toBeGreaterThan(0);
  });

  it('clear errors for bad dates, unknown entities and formats', async () => {
    expect((await cli('events', '--from', '2024-13-45')).error).toMatch(/--from wants a date/);
    expect((await cli('entity', 'Nobody Atall')).error).toMatch(/no entity named "Nobody Atall"/);
    expect((await cli('timeline', 'Nobody Atall')).error).toMatch(/no entity named/);
    expect((await cli('export', '--format', 'xml')).error).toMatch(/--format must be one of/);
    expect((await cli('export', '--format', 'csv', '--out', join(dir, 'no-such-folder', 'x.csv'))).error).toMatch(/--out: there is no folder/);
    expect((await cli('events', '--to', '2024/05/01')).error).toMatch(/--to wants a date/);
    expect((await cli('quotes', '--limit', '0')).error).toMatch(/--limit wants a whole number/);
    expect((await cli('events', '--place-from-focus', 'maybe')).error).toMatch(/--place-from-focus wants yes or no/);
  });

  it('exports write GDELT rows of 61 columns, CSV, GeoJSON and JSONL files', async () => {
    for (const [format, extra] of [['gdelt', []], ['csv', ['--table', 'entities']], ['geojson', []], ['jsonl', []]] as const) {
      const out = join(dir, `out.${format}`);
      expect((await cli('export', '--format', format, ...extra, '--out', out)).error).toBeNull();
      const text = readFileSync(out, 'utf8');
      if (format === 'gdelt') for (const line of text.trim().split('\n')) expect(line.split('\t')).toHaveLength(GDELT_COLUMNS.length);
      if (format === 'geojson') expect(JSON.parse(text).features.length).toBeGreaterThan(0);
      if (format === 'jsonl') expect(text.trim().split('\n').length).toBe(13);
      if (format === 'csv') expect(text.split('\n')[0]).toMatch(/^id,name,type/);
    }
  });
});
