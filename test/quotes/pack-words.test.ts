import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import type { LanguagePack, QuotesLanguage } from '../../src/lang/types.js';
import { Doc } from '../../src/model/doc.js';
import type { QuoteRecord } from '../../src/model/layers/quotes.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { extractQuotes } from '../../src/pipeline/stages/quotes/index.js';
import { findQuotations } from '../../src/pipeline/stages/quotes/marks.js';

const segmenter = createPipeline({ stages: ['segment'] });

/** Quotes of `body` (speaker spans only, no entities) with the English pack, its quotes section changed by `change`. */
function quotesWith(body: string, change: Partial<QuotesLanguage> = {}): QuoteRecord[] {
  const pack: LanguagePack = { ...english, quotes: { ...english.quotes, ...change } };
  const doc = new Doc({ id: 'q-1', published: '2024-05-02', lang: 'en', body }, pack);
  for (const stage of segmenter.stages) stage.run(doc);
  return extractQuotes(doc);
}

const speakers = (quotes: QuoteRecord[]) => quotes.map((q) => q.speakerText);

describe('the quotes stage reads the words of its patterns from the pack', () => {
  it('"As X put it" credits the words to X only by the pack\'s phrasing verbs', () => {
    const body = 'As Dana Whitlock put it, the harbour plan was dead on arrival.';
    expect(speakers(quotesWith(body))).toContain('Dana Whitlock');
    const phrasingCredit = { ...english.quotes.phrasingCredit, verbs: new Set(['framed']) };
    expect(speakers(quotesWith(body, { phrasingCredit }))).not.toContain('Dana Whitlock');
    expect(speakers(quotesWith(body.replace('put', 'framed'), { phrasingCredit }))).toContain('Dana Whitlock');
  });

  it('"According to X" names a source only by the pack\'s source phrases', () => {
    const body = 'According to the harbour authority, the ferry will not sail again this winter.';
    expect(speakers(quotesWith(body))).toContain('the harbour authority');
    expect(speakers(quotesWith(body, { sourcePhrases: new Map([['as', 'per']]) }))).not.toContain('the harbour authority');
  });

  it('a quotation after the pack\'s complementiser stays direct; with another lead it is partial', () => {
    const body = 'Dana Whitlock said that “the ferry will not sail again this winter.”';
    expect(quotesWith(body)[0]?.kind).toBe('direct');
    expect(quotesWith(body, { directQuoteLead: /^\s*:/ })[0]?.kind).toBe('partial');
  });

  it('a plural\'s possessive apostrophe is told from a closing single mark by the pack\'s plural letter', () => {
    const text = 'She called the ‘voters’ concerns about the ferry’ fair.';
    const paragraphs = [{ start: 0, end: text.length }];
    expect(findQuotations(text, paragraphs, english.quotes).map((q) => q.inner)).toEqual(['voters’ concerns about the ferry']);
    expect(findQuotations(text, paragraphs, { ...english.quotes, pluralPossessiveLetter: 'x' }).map((q) => q.inner)).toEqual(['voters']);
  });
});
