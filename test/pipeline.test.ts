import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { readSources } from '../src/ingest/read.js';
import { parseDatedText } from '../src/ingest/text.js';
import { ExtractionSchema } from '../src/model/extraction.js';
import { describeShared, SEED_ARTICLE } from './helpers/shared.js';
import { expectSpansExact } from './helpers/spans.js';

const pipeline = createPipeline();
const EXAMPLES = resolve(import.meta.dirname, '..', 'examples', 'articles');

describe('the whole pipeline on our example corpus', () => {
  it('gives schema-valid extractions whose spans are exact', async () => {
    let articles = 0;
    for await (const item of readSources([EXAMPLES])) {
      expect(item.ok, item.ok ? '' : item.error).toBe(true);
      if (!item.ok) continue;
      const x = pipeline.analyze(item.article);
      ExtractionSchema.parse(x);
      expectSpansExact(x, item.article.body);
      expect(x.text).not.toMatch(/ALSO READ|WATCH \||READ MORE|write for|Subscribe to our newsletter|Follow us on/);
      articles++;
    }
    expect(articles).toBeGreaterThanOrEqual(12);
  });
});

describeShared('seed/wion-2023-09-06.txt', 'the whole pipeline on the seed article', () => {
  const raw = readFileSync(SEED_ARTICLE, 'utf8');
  const article = parseDatedText(raw, SEED_ARTICLE);
  const x = pipeline.analyze(article);

  it('reads the header and removes the promo lines, marking the agency credit', () => {
    expect(x.article.published).toBe('2023-09-06');
    expect(x.text.startsWith('North Korea')).toBe(true);
    expect(x.text).not.toMatch(/ALSO READ|WATCH \||write for|Share your stories/);
    expect(x.removed.map((r) => r.rule).sort()).toEqual(['agency-credit', 'also-read', 'watch', 'write-for-us']);
    expect(x.removed.find((r) => r.rule === 'agency-credit')?.kind).toBe('credit');
  });

  it('segments sensible sentences', () => {
    const sentences = x.sentences.map((s) => x.text.slice(s.start, s.end));
    expect(sentences.length).toBeGreaterThanOrEqual(17);
    for (const s of sentences) expect(s).not.toMatch(/\n/);
    expect(sentences.some((s) => s.startsWith('The Kremlin on Tuesday said'))).toBe(true);
    expect(sentences.includes("Russian Defence Minister's visit to North Korea")).toBe(true);
  });

  it('keeps every span of every layer exact, in the text and back in the source', () => {
    ExtractionSchema.parse(x);
    expect(expectSpansExact(x, article.body)).toBeGreaterThan(20);
  });
});
