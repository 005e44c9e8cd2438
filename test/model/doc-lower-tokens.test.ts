import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';

const segment = createPipeline({ stages: ['segment'] });

describe('Doc.lowerTokens', () => {
  it('gives each token lower-cased, made once for a token list and again when the list is replaced', () => {
    const doc = segment.run({ id: 'l-1', published: '2024-05-02', lang: 'en', body: 'The Mayor of ÖREBRO spoke. Then she LEFT.' });
    const lower = doc.lowerTokens();
    expect(lower).toEqual(doc.tokens.map((t) => t.text.toLowerCase()));
    expect(lower).toContain('örebro');
    expect(doc.lowerTokens()).toBe(lower);
    doc.tokens = doc.tokens.slice(0, 2);
    expect(doc.lowerTokens()).toEqual(['the', 'mayor']);
  });
});
