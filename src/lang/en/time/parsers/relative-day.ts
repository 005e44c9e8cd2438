import { addDays, formatDay } from '../../../../pipeline/stages/time/calendar.js';
import { candidate, wordPattern, type TimexParser } from '../../../../pipeline/stages/time/types.js';
import { PART_OF_DAY } from './weekday.js';

const DAY_OFFSETS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2 };

/**
 * Days named relative to publication: "today", "yesterday", "tomorrow", "tonight", "last night", "this morning",
 * "yesterday afternoon", "earlier today", "the day before yesterday".
 */
export function relativeDayParser(): TimexParser {
  const source =
    '(?:(earlier|later|early|late|mid-?)\\s*)?' +
    '(?:(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|today|tonight|yesterday|tomorrow)(?:\\s+(morning|afternoon|evening|night))?' +
    '|(last|this|tomorrow|yesterday)\\s+(morning|afternoon|evening|night)' +
    '|(morning|afternoon|evening|night)\\s+(today|yesterday|tomorrow)' +
    '|(overnight))';
  return {
    name: 'relative-day',
    gate: /today|tonight|yesterday|tomorrow|morning|afternoon|evening|night/i,
    pattern: wordPattern(source),
    extract(m, ctx) {
      const start = m.index;
      const end = start + m[0].length;
      const prefix = (m[1] ?? '').toLowerCase();
      const mod = prefix.startsWith('early') ? 'START' : prefix.startsWith('late') ? 'END' : prefix.startsWith('mid') ? 'MID' : null;
      let offset = 0;
      let part: string | null = null;
      if (m[2]) {
        const key = m[2].toLowerCase().replace(/\s+/g, ' ');
        offset = DAY_OFFSETS[key];
        if (key === 'tonight') part = 'NI';
        if (m[3]) part = PART_OF_DAY[m[3].toLowerCase()];
      } else if (m[4]) {
        const which = m[4].toLowerCase();
        part = PART_OF_DAY[m[5].toLowerCase()];
        // "last night" is the night before publication; "last morning" is not English, "this morning" is today
        offset = which === 'last' || which === 'yesterday' ? -1 : which === 'tomorrow' ? 1 : 0;
      } else if (m[8]) {
        // "overnight" in a report is the night before publication
        part = 'NI';
        offset = -1;
      } else {
        part = PART_OF_DAY[m[6].toLowerCase()];
        offset = DAY_OFFSETS[m[7].toLowerCase()];
      }
      const day = formatDay(addDays(ctx.dct, offset));
      if (part) return candidate('relative-day', start, end, 'TIME', `${day}T${part}`, { mod, confidence: 0.9 });
      return candidate('relative-day', start, end, 'DATE', day, { mod, confidence: 0.9 });
    },
  };
}
