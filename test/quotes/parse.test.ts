import { describe, expect, it } from 'vitest';
import type { QuoteRecord } from '../../src/model/layers/quotes.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';

/** The product's stages up to quotes: the rules read the dependency parse and the entities layer. */
const pipeline = createPipeline({ stages: ['segment', 'syntax', 'ner', 'entities', 'quotes'] });

function quotesOf(body: string): QuoteRecord[] {
  return pipeline.run({ id: 't', published: '2024-03-01', body, lang: 'en' }).quotes;
}

const summary = (q: QuoteRecord) => ({ text: q.text, speaker: q.speakerText, cue: q.cue?.text ?? null });

describe('passive cues', () => {
  it('gives a passive question to its "by" phrase, not to its subject, and starts the content after it', () => {
    const [q] = quotesOf('The senator was asked by host Dana Wells whether she would run again.');
    expect(summary(q)).toEqual({ text: 'whether she would run again', speaker: 'host Dana Wells', cue: 'asked' });
  });

  it('leaves a passive cue with no "by" phrase without a speaker', () => {
    const quotes = quotesOf('The senator was asked whether she would run again.');
    expect(quotes.map((q) => q.speakerText)).toEqual([null]);
  });

  it('keeps the subject of "was quoted as saying"', () => {
    const [q] = quotesOf('The minister was quoted as saying that the talks had failed.');
    expect(q.speakerText).toBe('The minister');
  });
});

describe('cue forms that are as often nouns', () => {
  it('takes no cue from a noun the parse reads as one', () => {
    expect(quotesOf('She watched an NBC show about the election results last night.')).toEqual([]);
    expect(quotesOf('Voters saw a CNN report on the vote, which was close.')).toEqual([]);
  });

  it('keeps such a form as a cue after a pronoun, whatever the tagger says', () => {
    const [q] = quotesOf('In the filing, it also points out that the fees were never paid.');
    expect(q?.speakerText).toBe('it');
  });
});
