import { describe, expect, it } from 'vitest';
import { Doc, sentenceAt, tokenAt } from '../../src/model/doc.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';

const segment = createPipeline({ stages: ['segment'] });

describe('Doc.sentenceAt and Doc.tokenAt', () => {
  const body = 'The ferry left at dawn.  Two hours later it reached the island.';
  const doc: Doc = segment.run({ id: 'p-1', published: '2024-05-02', lang: 'en', body });
  const second = body.indexOf('Two');

  it('find the sentence holding an offset, the one before a gap between sentences, and 0 before the first', () => {
    expect(doc.sentences.length).toBe(2);
    expect(doc.sentenceAt(0)).toBe(0);
    expect(doc.sentenceAt(body.indexOf('dawn'))).toBe(0);
    expect(doc.sentenceAt(second - 1)).toBe(0); // the spaces between the sentences
    expect(doc.sentenceAt(second)).toBe(1);
    expect(doc.sentenceAt(body.length)).toBe(1);
    expect(doc.sentenceAt(-5)).toBe(0);
    expect(sentenceAt([], 3)).toBe(-1);
  });

  it('find the token holding an offset, or the next one after a space, or the end', () => {
    const at = (offset: number): string | undefined => doc.tokens[doc.tokenAt(offset)]?.text;
    expect(at(0)).toBe('The');
    expect(at(body.indexOf('erry'))).toBe('ferry');
    expect(at(body.indexOf(' left'))).toBe('left');
    expect(at(body.indexOf('.'))).toBe('.');
    expect(doc.tokenAt(body.length)).toBe(doc.tokens.length);
    expect(tokenAt([], 0)).toBe(0);
    // every offset agrees with a linear scan
    for (let offset = 0; offset <= body.length; offset++) {
      const linear = doc.tokens.findIndex((t) => t.end > offset);
      expect(doc.tokenAt(offset)).toBe(linear < 0 ? doc.tokens.length : linear);
      const lastStarted = doc.sentences.findLastIndex((s) => s.start <= offset);
      expect(doc.sentenceAt(offset)).toBe(Math.max(0, lastStarted));
    }
  });
});
