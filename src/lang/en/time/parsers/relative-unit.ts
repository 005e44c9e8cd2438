import { isoWeekday } from '../../../../pipeline/stages/time/calendar.js';
import { resolveSeason, seasonCode, shiftedUnitValue } from '../../../../pipeline/stages/time/resolve.js';
import { candidate, wordPattern, type TimexParser } from '../../../../pipeline/stages/time/types.js';
import { POSITION_MOD, positionMod } from './modifiers.js';

const OFFSET_WORDS: Record<string, number> = {
  this: 0, current: 0, 'the current': 0, 'this past': -1, 'this coming': 1, last: -1, 'the last': -1, 'the past': -1, past: -1, previous: -1,
  'the previous': -1, next: 1, 'the next': 1, coming: 1, 'the coming': 1, 'the following': 1, following: 1, 'the same': 0, that: 0,
};

/**
 * A calendar unit named relative to publication: "last week" (the previous ISO week), "this year", "next month",
 * "earlier this month", "the past year", "last fall", "this summer", "the weekend".
 */
export function relativeUnitParser(): TimexParser {
  const which = '(this\\s+past|this\\s+coming|this|current|the\\s+current|last|the\\s+last|the\\s+past|previous|the\\s+previous|next|the\\s+next|coming|the\\s+coming|the\\s+following|the\\s+same|that)';
  const unit = '(week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)';
  const source = `(${POSITION_MOD})?${which}\\s+${unit}(?!-)`;
  return {
    name: 'relative-unit',
    gate: /week|month|year|quarter|decade|century|spring|summer|fall|autumn|winter/i,
    pattern: wordPattern(source),
    extract(m, ctx) {
      const start = m.index;
      const end = start + m[0].length;
      const key = m[2].toLowerCase().replace(/\s+/g, ' ');
      const offset = OFFSET_WORDS[key];
      const unit = m[3].toLowerCase();
      const mod = positionMod(m[1]);
      // "This Week" mid-sentence, both words capitalised, is a title (a TV programme), not a week
      if (start > 0 && /^\p{Lu}\S*\s+\p{Lu}/u.test(m[0]) && !/[.!?]["'”’]?\s*$|^\s*$|\n\s*$/.test(ctx.text.slice(Math.max(0, start - 3), start))) return null;
      // "that year", "the following year" refer back to the year the article last named (the discourse refiner);
      // "the same month", "the following week" need a date we do not track: skip them
      if (key === 'the same' || key === 'that' || key === 'the following' || key === 'following') {
        if (unit !== 'year') return null;
        return candidate('relative-unit', start, end, 'DATE', String(ctx.dct.y), { mod, discourse: 'that-year', anaphorOffset: offset, confidence: 0.6 });
      }
      const season = seasonCode(unit);
      if (season) return candidate('relative-unit', start, end, 'DATE', resolveSeason(ctx.dct, season, offset, key === 'this past'), { mod });
      const value = shiftedUnitValue(ctx.dct, unit, offset);
      if (value === null) return null;
      return candidate('relative-unit', start, end, 'DATE', value, { mod, confidence: 0.85 });
    },
  };
}

/** "the weekend": the one just gone early in the week (past tense), else the coming one. */
export function theWeekendParser(): TimexParser {
  return {
    name: 'the-weekend',
    gate: /weekend/i,
    pattern: wordPattern('(?:over\\s+)?the\\s+(weekend)'),
    extract(m, ctx) {
      const start = m.index + m[0].toLowerCase().indexOf('the');
      const end = m.index + m[0].length;
      const tense = ctx.tenseAt(start, end);
      // on a Monday to Friday, a past-tense "the weekend" is the one just gone
      const offset = tense === 1 ? 0 : isoWeekday(ctx.dct) <= 5 ? -1 : 0;
      return candidate('the-weekend', start, end, 'DATE', shiftedUnitValue(ctx.dct, 'weekend', offset) ?? 'XXXX-WXX-WE', { confidence: 0.7 });
    },
  };
}

/**
 * "the year" in reporting: "for the year" and "the full year" are this year (DATE); "the year ended Sept. 30" is a
 * year-long stretch (DURATION); "the end of the year", "year-end" are this year's end. Bare "the year" is left alone.
 */
export function theYearParser(): TimexParser {
  const source = `(${POSITION_MOD})?(?:(the\\s+(?:full\\s+|fiscal\\s+|current\\s+fiscal\\s+|current\\s+|whole\\s+|entire\\s+)?year)|(year[-\\s]end|year['’]s\\s+end))`;
  return {
    name: 'the-year',
    gate: /year/i,
    pattern: wordPattern(source),
    extract(m, ctx) {
      const start = m.index;
      const end = start + m[0].length;
      const year = String(ctx.dct.y);
      if (m[3]) return candidate('the-year', start, end, 'DATE', year, { mod: 'END', confidence: 0.7 });
      if (m[1]) return candidate('the-year', start, end, 'DATE', year, { mod: positionMod(m[1]), confidence: 0.75 });
      const after = ctx.text.slice(end, end + 10);
      if (/^\s+(?:ended|ending|that\s+ended|to\s+date)\b/i.test(after)) return candidate('the-year', start, end, 'DURATION', 'P1Y', { confidence: 0.6 });
      const before = ctx.text.slice(Math.max(0, start - 12), start);
      if (/\b(?:for|during|in|throughout|of)\s+$/i.test(before) || /full|current|whole|entire/i.test(m[2])) {
        return candidate('the-year', start, end, 'DATE', year, { confidence: 0.6 });
      }
      return null;
    },
  };
}

/** Seasons: "the summer", "in summer", "the early summer" (this year's), "the winter of 1994", "spring 1998". */
export function theSeasonParser(): TimexParser {
  return {
    name: 'the-season',
    gate: /spring|summer|fall|autumn|winter/i,
    pattern: wordPattern(
      `(?:the\\s+|(?<=\\bin\\s+))(${POSITION_MOD})?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(\\d{4}))?(?!\\s+of\\b)|(spring|summer|fall|autumn|winter)\\s+(\\d{4})`,
    ),
    extract(m, ctx) {
      const code = seasonCode(m[2] ?? m[4]);
      if (!code) return null;
      const year = m[3] ?? m[5] ?? String(ctx.dct.y);
      return candidate('the-season', m.index, m.index + m[0].length, 'DATE', `${year}-${code}`, { mod: positionMod(m[1]), confidence: m[3] || m[5] ? 0.9 : 0.6 });
    },
  };
}
