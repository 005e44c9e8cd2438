import { formatDay, pad2 } from '../../../../pipeline/stages/time/calendar.js';
import { parseNumber } from '../lexicon.js';

const CLOCK_HOUR_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
import { candidate, wordPattern, type TimexParser } from '../../../../pipeline/stages/time/types.js';
import { quantityMod } from './modifiers.js';

/**
 * Clock times on the publication day (a day expression next to it is merged in by the clock-day refiner):
 * "10 p.m.", "10:35 a.m. EST", "noon", "midnight", "7 o'clock", "around 7:15 p.m.", "4 in the morning".
 */
export function clockParser(): TimexParser {
  const zone = '(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|IST|ET|local\\s+time)(?![A-Za-z]))?';
  const source =
    `(?:(about|around|approximately|roughly|shortly\\s+before|shortly\\s+after|just\\s+before|just\\s+after)\\s+)?` +
    `(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)(?![A-Za-z])` +
    `|(\\d{1,2}):(\\d{2})(?![\\d:])` +
    `|(noon|midnight|midday)` +
    `|(\\d{1,2}|${CLOCK_HOUR_WORD})\\s+o'clock` +
    `|(\\d{1,2}|${CLOCK_HOUR_WORD})\\s+in\\s+the\\s+(morning|afternoon|evening))${zone}`;
  return {
    name: 'clock',
    gate: /\d\s*[ap]\.?m|noon|midnight|midday|o'clock|\d:\d\d|in the (?:morning|afternoon|evening)/i,
    pattern: wordPattern(source),
    extract(m, ctx) {
      let hour: number | null;
      let minute = 0;
      if (m[2]) {
        hour = +m[2];
        minute = m[3] ? +m[3] : 0;
        const pm = /^p/i.test(m[4]);
        if (hour < 1 || hour > 12) return null;
        if (pm && hour < 12) hour += 12;
        if (!pm && hour === 12) hour = 0;
      } else if (m[5]) {
        hour = +m[5];
        minute = +m[6];
        // "3:30" with no a.m./p.m. is a clock only when it could be one; scores and ratios usually are not two-digit minutes
        if (hour > 23) return null;
      } else if (m[7]) {
        const word = m[7].toLowerCase();
        // "High Noon" is a film, "high noon" a figure of speech
        if (/\bhigh\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 5), m.index))) return null;
        hour = word === 'midnight' ? 24 : 12;
      } else if (m[8]) {
        hour = parseNumber(m[8]);
      } else {
        hour = parseNumber(m[9]);
        if (hour !== null && /afternoon|evening/i.test(m[10]) && hour < 12) hour += 12;
      }
      if (hour === null || hour > 24 || minute > 59) return null;
      const value = `${formatDay(ctx.dct)}T${pad2(hour)}:${pad2(minute)}`;
      return candidate('clock', m.index, m.index + m[0].length, 'TIME', value, { mod: quantityMod(m[1]), confidence: 0.85 });
    },
  };
}
