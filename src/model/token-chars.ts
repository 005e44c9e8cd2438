// What characters a token's text holds. ASCII is decided by code and the rest of Unicode by a class (most tokens
// are ASCII words, and a regular expression per token is the slow part of a pass over every token).

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Scans ASCII by code until the first non-ASCII character, from which `nonAscii` decides on the whole text. */
function holdsChar(text: string, withDigits: boolean, nonAscii: RegExp): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return nonAscii.test(text);
    if (isAsciiLetter(c) || (withDigits && isAsciiDigit(c))) return true;
  }
  return false;
}

/** Does the text hold a letter of any script ("Jong-un", "Ørsted"; not "--" or "1990")? */
export function hasLetter(text: string): boolean {
  return holdsChar(text, false, LETTER);
}

/** Does the text hold a letter or digit of any script ("1990" and "Ørsted"; not "--" or "“")? */
export function hasLetterOrDigit(text: string): boolean {
  return holdsChar(text, true, LETTER_OR_DIGIT);
}

/**
 * Does the text hold a cased letter, one with an upper and a lower form (ASCII letters, "É", "Ж"; not "1990", nor
 * letters of scripts without case, such as CJK or Arabic)? Decided per UTF-16 unit.
 */
export function hasCasedLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isAsciiLetter(c)) return true;
    if (c > 127) {
      const ch = text[i];
      if (ch.toLowerCase() !== ch.toUpperCase()) return true;
    }
  }
  return false;
}
