import { describe, expect, it } from 'vitest';
import { hasCasedLetter, hasLetter, hasLetterOrDigit } from '../../src/model/token-chars.js';

describe('the token-character tests', () => {
  it('hasLetter: a letter of any script, not digits or marks', () => {
    for (const t of ['Jong-un', 'Ørsted', 'x', '—Kyiv', 'شمال', '北京', "'s"]) expect(hasLetter(t), t).toBe(true);
    for (const t of ['1990', '--', '“', '', '½', '.-3']) expect(hasLetter(t), t).toBe(false);
  });

  it('hasLetterOrDigit: a letter or a digit of any script', () => {
    for (const t of ['1990', '--7', 'Ørsted', '٣', '½', '北京', 'abc']) expect(hasLetterOrDigit(t), t).toBe(true);
    for (const t of ['--', '“', '', '…', '—', '%']) expect(hasLetterOrDigit(t), t).toBe(false);
  });

  it('hasCasedLetter: a letter with an upper and a lower form, not digits nor letters of scripts without case', () => {
    for (const t of ['a', 'É', 'Жуков', '1st', '“Paris', 'ß']) expect(hasCasedLetter(t), t).toBe(true);
    for (const t of ['1990', '--', '北京', 'شمال', '', '½']) expect(hasCasedLetter(t), t).toBe(false);
  });
});
