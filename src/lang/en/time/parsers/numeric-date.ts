import { daysInMonth, formatDay } from '../../../../pipeline/stages/time/calendar.js';
import { candidate, wordPattern, type TimexParser } from '../../../../pipeline/stages/time/types.js';

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO dates: 2023-09-05. */
export function isoDateParser(): TimexParser {
  return {
    name: 'iso-date',
    gate: /\d{4}-\d\d-\d\d/,
    pattern: wordPattern('(\\d{4})-(\\d{2})-(\\d{2})'),
    extract(m) {
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      if (!validDay(y, mo, d)) return null;
      return candidate('iso-date', m.index, m.index + m[0].length, 'DATE', formatDay({ y, m: mo, d }), { confidence: 0.95 });
    },
  };
}

/** Slash dates in US order (month/day/year), as American news writes them: 9/5/2023, 9/5/23. */
export function slashDateParser(): TimexParser {
  return {
    name: 'slash-date',
    gate: /\d\/\d/,
    pattern: wordPattern('(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})'),
    extract(m) {
      let y = +m[3];
      // two-digit years: 00-49 are this century, 50-99 the last (news archives rarely reach further back)
      if (m[3].length === 2) y += y < 50 ? 2000 : 1900;
      let [mo, d] = [+m[1], +m[2]];
      if (mo > 12 && d <= 12) [mo, d] = [d, mo];
      if (!validDay(y, mo, d)) return null;
      return candidate('slash-date', m.index, m.index + m[0].length, 'DATE', formatDay({ y, m: mo, d }), { confidence: 0.85 });
    },
  };
}
