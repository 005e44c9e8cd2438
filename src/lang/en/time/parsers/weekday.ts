import { addDays, formatDay } from '../../../../pipeline/stages/time/calendar.js';
import { WEEKDAY, weekdayNumber } from '../lexicon.js';
import { WEEKDAYS } from '../../words.js';
import { resolveWeekday } from '../../../../pipeline/stages/time/resolve.js';
import { candidate, wordPattern, type Tense, type TimexParser } from '../../../../pipeline/stages/time/types.js';

/** Parts of the day and their TIMEX3 codes. */
export const PART_OF_DAY: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', midday: 'MI', noon: 'MI', dawn: 'MO', dusk: 'EV',
};

/**
 * Weekdays: "on Tuesday", "last Friday", "next Monday", "Thursday evening", "early Sunday". In past-tense reporting a
 * bare weekday is the most recent one (the day of publication included); in future context the next one.
 */
export function weekdayParser(): TimexParser {
  const source =
    `(?:(last|next|this|this\\s+past|this\\s+coming|coming|early|late|earlier|later)\\s+)?(${WEEKDAY})` +
    `(?:\\s+(morning|afternoon|evening|night))?`;
  return {
    name: 'weekday',
    gate: new RegExp(WEEKDAYS.join('|'), 'i'),
    pattern: wordPattern(source),
    extract(m, ctx) {
      if (!/^\p{Lu}/u.test(m[2])) return null;
      const weekday = weekdayNumber(m[2]);
      if (weekday === null) return null;
      const start = m.index;
      const end = start + m[0].length;
      const prefix = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      let date;
      if (prefix === 'last' || prefix === 'this past') date = resolveWeekday(addDays(ctx.dct, -1), weekday, -1);
      else if (prefix === 'next' || prefix === 'this coming' || prefix === 'coming') date = resolveWeekday(addDays(ctx.dct, 1), weekday, 1);
      else date = resolveWeekday(ctx.dct, weekday, localTense(ctx.text, start, end) ?? ctx.tenseAt(start, end));
      const mod = prefix === 'early' || prefix === 'earlier' ? 'START' : prefix === 'late' || prefix === 'later' ? 'END' : null;
      if (m[3]) return candidate('weekday', start, end, 'TIME', `${formatDay(date)}T${PART_OF_DAY[m[3].toLowerCase()]}`, { mod });
      return candidate('weekday', start, end, 'DATE', formatDay(date), { mod });
    },
  };
}

/**
 * Cues right beside the weekday that outweigh the clause: "Friday's close" and "Wednesday's ruling" are past,
 * "as early as Tuesday", "as soon as Tuesday" and "postponed until Tuesday" future.
 */
function localTense(text: string, start: number, end: number): Tense | null {
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return -1;
  const before = text.slice(Math.max(0, start - 50), start);
  if (/\bas\s+(?:soon|early)\s+as\s+(?:on\s+)?$/i.test(before)) return 1;
  if (/\b(?:postponed|delayed|adjourned|deferred|put\s+off|pushed\s+back)\b[^.;]{0,30}\b(?:until|till|to)\s+$/i.test(before)) return 1;
  return null;
}

/** Plural weekdays and "every Monday" are sets: "on Mondays", "every Tuesday", "each Thursday". */
export function weekdaySetParser(): TimexParser {
  const source = `(?:(every|each)\\s+(${WEEKDAY})|(${WEEKDAY})s)(?:\\s+(morning|afternoon|evening|night)s?)?`;
  return {
    name: 'weekday-set',
    gate: new RegExp(WEEKDAYS.join('|'), 'i'),
    pattern: wordPattern(source),
    extract(m) {
      const word = m[2] ?? m[3];
      if (!/^\p{Lu}/u.test(word)) return null;
      const weekday = weekdayNumber(word);
      if (weekday === null) return null;
      const part = m[4] ? `T${PART_OF_DAY[m[4].toLowerCase()]}` : '';
      return candidate('weekday-set', m.index, m.index + m[0].length, 'SET', `XXXX-WXX-${weekday}${part}`);
    },
  };
}
