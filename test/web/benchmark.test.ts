import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { extractHtml } from '../../src/ingest/html/index.js';
import { matchShingles, scorePages } from '../../src/eval/extract/shingles.js';
import { describeShared, SHARED_DATA } from '../helpers/shared.js';

const DIR = resolve(SHARED_DATA, 'article-extraction');
/** Pages scored here: enough to catch a broken extractor, few enough for a fast test (the full 181 are `tidings eval extract`). */
const SAMPLE_PAGES = 20;
/** Our full-set F1 is about 0.97; a sample of 20 below 0.9 means the extractor broke, not that it had a bad day. */
const SAMPLE_F1_FLOOR = 0.9;

describeShared('data/article-extraction/ground-truth.json', 'article-extraction benchmark', () => {
  const gold = JSON.parse(readFileSync(resolve(DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;

  it('our metric reproduces the published Readability.js and trafilatura figures from their outputs', () => {
    const ids = Object.keys(gold);
    const score = (name: string) => {
      const out = (JSON.parse(readFileSync(resolve(DIR, 'reference-outputs', `${name}.json`), 'utf8')) as { output: Record<string, { articleBody: string }> }).output;
      return scorePages(ids.map((id) => ({ gold: gold[id].articleBody, predicted: out[id].articleBody })));
    };
    expect(score('readability_js').f1).toBeCloseTo(0.947, 3);
    expect(score('trafilatura').f1).toBeCloseTo(0.958, 3);
  });

  it(`extracts a sample of ${SAMPLE_PAGES} pages with F1 above ${SAMPLE_F1_FLOOR}`, () => {
    const ids = Object.keys(gold).slice(0, SAMPLE_PAGES);
    const pairs = ids.map((id) => {
      const html = gunzipSync(readFileSync(resolve(DIR, 'html', `${id}.html.gz`)));
      return { gold: gold[id].articleBody, predicted: extractHtml(html, { url: gold[id].url, contentType: 'text/html; charset=utf-8' }).text };
    });
    const score = scorePages(pairs);
    expect(score.f1).toBeGreaterThan(SAMPLE_F1_FLOOR);
    expect(score.pages).toBe(SAMPLE_PAGES);
  });
});

it('shingle matching counts multisets, not sets, and weighs pages equally', () => {
  // "a b c d a b c d" has 5 shingles, two of them "a b c d"; the prediction has one of each of 2
  const m = matchShingles('a b c d a b c d', 'a b c d e');
  expect(m.tp + m.fp + m.fn).toBeCloseTo(1);
  expect(m.tp / (m.tp + m.fn)).toBeCloseTo(1 / 5);
  expect(scorePages([{ gold: 'one two three four', predicted: 'one two three four' }, { gold: 'x y z w', predicted: '' }])).toMatchObject({ precision: 1, recall: 0.5, accuracy: 0.5 });
});
