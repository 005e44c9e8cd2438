import { resolveQuarterYear, shiftedUnitValue } from '../../../../pipeline/stages/time/resolve.js';
import { candidate, wordPattern, type TimexParser } from '../../../../pipeline/stages/time/types.js';

const QUARTER_NUMBERS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

/**
 * Quarters and halves of a (fiscal) year, as business news writes them: "the third quarter", "third-quarter",
 * "the first half", "the fourth quarter of 1989", "this year's third quarter", "fiscal 1990's first quarter".
 * A quarter without a year is the latest one of that number (this year's if it has begun).
 */
export function quarterParser(): TimexParser {
  const source =
    `(?:(the|this|last|next)\\s+)?(?:(this|last|next)\\s+year's\\s+|(?:fiscal\\s+)?(\\d{4})(?:'s)?\\s+)?(year-ago\\s+|year-earlier\\s+)?(?:(fiscal|calendar)\\s+)?` +
    `(first|1st|second|2nd|third|3rd|fourth|4th|final|last)[-\\s]+(?:fiscal[-\\s]+)?(quarter|half|period)` +
    `(?:\\s+of\\s+(?:(?:fiscal|the\\s+fiscal\\s+year|calendar)\\s+)?(\\d{4}|this\\s+year|last\\s+year|next\\s+year))?`;
  return {
    name: 'quarter',
    gate: /quarter|half|period/i,
    pattern: wordPattern(source),
    extract(m, ctx) {
      const [whole, , yearWord, yearDigits, yearBeforeWord, , ordinal, unitWord, ofYear] = m;
      const yearBefore = !!yearBeforeWord;
      const unit = unitWord.toLowerCase();
      if (unit === 'period' && !/quarter|half/i.test(whole)) return null;
      // "the last half of 1989" is the second half; "the last quarter" the fourth
      const n = ordinal.toLowerCase() === 'last' && unit === 'half' ? 2 : QUARTER_NUMBERS[ordinal.toLowerCase()];
      // "(the) last quarter" without "of YEAR" is the previous quarter: relative-unit reads it
      if (ordinal.toLowerCase() === 'last' && !ofYear) return null;
      if (unit === 'half' && n > 2) return null;
      // "the third-quarter results": the article belongs to the noun the hyphenated adjective modifies
      const hyphenated = whole.toLowerCase().includes(`${ordinal.toLowerCase()}-`) && !ofYear;
      const start = hyphenated && m[1] ? m.index + whole.toLowerCase().indexOf(ordinal.toLowerCase(), m[1].length) : m.index;
      const end = m.index + whole.length;
      let year: number | null = null;
      const yearText = (ofYear ?? yearWord ?? yearDigits)?.toLowerCase();
      if (yearText) {
        if (/^\d{4}$/.test(yearText)) year = +yearText;
        else year = ctx.dct.y + (yearText.startsWith('last') ? -1 : yearText.startsWith('next') ? 1 : 0);
      }
      if (unit === 'half') {
        const tense = ctx.tenseAt(start, end);
        const inSecondHalf = ctx.dct.m > 6;
        const latest = n === 1 ? (tense === 1 && inSecondHalf ? ctx.dct.y + 1 : ctx.dct.y) : inSecondHalf || tense === 1 ? ctx.dct.y : ctx.dct.y - 1;
        const y = year ?? latest;
        return candidate('quarter', start, end, 'DATE', `${y}-H${n}`);
      }
      const y = (year ?? resolveQuarterYear(ctx.dct, n)) - (yearBefore ? 1 : 0);
      return candidate('quarter', start, end, 'DATE', `${y}-Q${n}`, { confidence: 0.85 });
    },
  };
}

/**
 * A reporting period the article already named: "the quarter", "the latest quarter", "the period", "the year-earlier
 * quarter", "year-ago", "year-earlier". The discourse refiner settles them from the last quarter the article named.
 */
export function periodReferenceParser(): TimexParser {
  const source =
    '(?:(the|this|its|their)\\s+)?(?:(\\d{4})\\s+)?(?:(latest|current|recent|most\\s+recent|just-ended|latest\\s+fiscal|fiscal|same|comparable|year-earlier|year-ago|previous|prior-year|prior|year\\s+earlier|year\\s+ago)\\s+)?(quarter|period)(?!\\s+(?:century|mile|point|of\\s+a))' +
    '|(year-earlier|year-ago)';
  return {
    name: 'period-reference',
    gate: /quarter|period|year-/i,
    pattern: wordPattern(source),
    extract(m, ctx) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[5]) return candidate('period-reference', start, end, 'DATE', String(ctx.dct.y - 1), { discourse: 'year-before', confidence: 0.6 });
      const determiner = m[1]?.toLowerCase();
      const qualifier = m[3]?.toLowerCase().replace(/\s+/g, ' ');
      const unit = m[4].toLowerCase();
      // "the 1988 period", "the 1989 quarter": that year's instance of the quarter the article is about
      if (m[2]) return candidate('period-reference', start, end, 'DATE', `${m[2]}-QX`, { discourse: 'quarter-of-year', confidence: 0.6 });
      if (!determiner) return null;
      // "the period" alone is too vague outside earnings reports; require a qualifier for "period"
      if (unit === 'period' && !qualifier) return null;
      if (qualifier && /year|prior|previous|comparable/.test(qualifier)) {
        return candidate('period-reference', start, end, 'DATE', String(ctx.dct.y - 1), { discourse: 'year-before', confidence: 0.6 });
      }
      const lastFullQuarter = shiftedUnitValue(ctx.dct, 'quarter', -1) ?? 'XXXX-QX';
      // "the latest quarter" is the last one reported, whatever the article named before
      if (qualifier && /latest|recent|just-ended/.test(qualifier)) return candidate('period-reference', start, end, 'DATE', lastFullQuarter, { confidence: 0.7 });
      return candidate('period-reference', start, end, 'DATE', lastFullQuarter, { discourse: 'quarter', confidence: 0.6 });
    },
  };
}
