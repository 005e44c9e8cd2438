import { candidate, wordPattern, type TimexParser } from '../../../../pipeline/stages/time/types.js';

/** Words before "now" that make it a discourse adverb of ability or sequence, not the present ("You can now ..."). */
const NOT_PRESENT_BEFORE = /\b(?:can|could|may|might|you)\s+$/i;

/**
 * Fuzzy references: PRESENT_REF ("now", "currently", "at present", "these days"), PAST_REF ("recently", "in the past",
 * "recent years"), FUTURE_REF ("the future", "the near term"). "the coming days" is in the recent-coming parser.
 */
export function fuzzyReferenceParser(): TimexParser {
  const present = 'now|nowadays|currently|presently|at\\s+present|these\\s+days|current|the\\s+present|present-day';
  // "previously", "formerly", "soon", "shortly", bare "future" and "recent" are tagged too rarely in TimeBank to pay
  const past = 'recently|lately|in\\s+the\\s+past|the\\s+past|recent\\s+years';
  const future = 'the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|the\\s+near\\s+term|the\\s+long\\s+term|the\\s+short\\s+term';
  const source = `(${present})|(${past})|(${future})`;
  return {
    name: 'fuzzy',
    pattern: wordPattern(source),
    extract(m, ctx) {
      const start = m.index;
      const end = start + m[0].length;
      const word = m[0].toLowerCase().replace(/\s+/g, ' ');
      const before = ctx.text.slice(Math.max(0, start - 12), start);
      const after = ctx.text.slice(end, end + 16);
      if (m[1]) {
        if (word === 'now' && (NOT_PRESENT_BEFORE.test(before) || /^\s*,?\s*(?:then|and\s+then)\b/i.test(after))) return null;
        // "current" is an adjective of time before a noun, but not of electricity or accounts
        if (word === 'current' && /^\s+(?:account|accounts|affairs|events|flow|flows|of|and|or|density|source)\b/i.test(after)) return null;
        if (word === 'current' && /^\s*[.,;]/.test(after)) return null;
        return candidate('fuzzy', start, end, 'DATE', 'PRESENT_REF', { confidence: 0.7 });
      }
      if (m[2]) {
        // "in the past" spans "the past"; "the past" before a unit or number is a duration ("the past three years")
        if (word.startsWith('in the past')) return candidate('fuzzy', start + m[0].toLowerCase().indexOf('the'), end, 'DATE', 'PAST_REF', { confidence: 0.7 });
        if (word === 'the past' && /^\s+(?:\d|[a-z]+\s+(?:years|months|weeks|days|decades)|year|month|week|decade|few|several)/i.test(after)) return null;
        return candidate('fuzzy', start, end, 'DATE', 'PAST_REF', { confidence: 0.7 });
      }
      return candidate('fuzzy', start, end, 'DATE', 'FUTURE_REF', { confidence: 0.7 });
    },
  };
}
