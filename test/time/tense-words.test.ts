import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import type { TenseWords } from '../../src/lang/types.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { TenseIndex } from '../../src/pipeline/stages/time/tense.js';

const segment = createPipeline({ stages: ['segment'] });

/** The tense found at `word` in `body` with the given tense words. */
function tenseOf(body: string, word: string, words: TenseWords = english.time.tense): number {
  const doc = segment.run({ id: 't-1', published: '2024-05-02', lang: 'en', body });
  const at = body.indexOf(word);
  return new TenseIndex(doc.tokens, doc.sentences, words).tenseAt(at, at + word.length);
}

describe('tense cues come from the pack', () => {
  it('look-ahead forms count only before their words ("set for", "going to", "wo n\'t")', () => {
    expect(tenseOf('The talks are set for Friday.', 'Friday')).toBe(1);
    expect(tenseOf('The talks are going to resume on Friday.', 'Friday')).toBe(1);
    expect(tenseOf('The team is going home on Friday.', 'Friday')).toBe(0);
    expect(tenseOf("They won't meet on Friday.", 'Friday')).toBe(1);
    const setOnlyBeforeTo: TenseWords = { ...english.time.tense, lookAhead: new Map([...english.time.tense.lookAhead, ['set', new Set(['to'])]]) };
    expect(tenseOf('The talks are set for Friday.', 'Friday', setOnlyBeforeTo)).toBe(0);
  });

  it('a capitalised name form inside a sentence is no cue, a regular past form is one', () => {
    expect(tenseOf('Smith and Will met on Friday.', 'Friday')).toBe(-1); // "met"
    expect(tenseOf('Smith and Will arrive on Friday.', 'Friday')).toBe(0);
    expect(tenseOf('Smith and Anna will arrive on Friday.', 'Friday')).toBe(1);
    expect(tenseOf('The board approved it on Friday.', 'Friday')).toBe(-1);
    expect(tenseOf('The board approved it on Friday.', 'Friday', { ...english.time.tense, regularPast: /^$/ })).toBe(0);
  });
});
