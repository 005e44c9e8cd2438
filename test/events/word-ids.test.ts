import { describe, expect, it } from 'vitest';
import { UNKNOWN_WORD, WordIds } from '../../src/pipeline/stages/events/word-ids.js';

describe('WordIds', () => {
  it('gives each word one id, in the order words come, and UNKNOWN_WORD to words never added', () => {
    const ids = new WordIds();
    expect(ids.addAll(['police', 'fired', 'police'])).toEqual(new Int32Array([0, 1, 0]));
    expect(ids.add('fired')).toBe(1);
    expect(ids.size).toBe(2);
    expect(ids.of(['the', 'police', 'fired', 'Police', ''])).toEqual(new Int32Array([UNKNOWN_WORD, 0, 1, UNKNOWN_WORD, UNKNOWN_WORD]));
  });

  it('keeps every id as the table grows past its first size', () => {
    const ids = new WordIds();
    const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`);
    words.forEach((w, k) => expect(ids.add(w)).toBe(k));
    expect(ids.size).toBe(words.length);
    expect([...ids.of(words)]).toEqual(words.map((_, k) => k));
    expect(ids.id('w-none')).toBe(UNKNOWN_WORD);
  });

  it('tells apart words of one hash bucket and words that differ only in case or accents', () => {
    const ids = new WordIds();
    const words = ['ab', 'ba', 'Ab', 'café', 'cafe', 'a b', "'s", 's'];
    for (const w of words) ids.add(w);
    expect([...ids.of(words)]).toEqual(words.map((_, k) => k));
  });
});
