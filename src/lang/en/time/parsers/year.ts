import { parseNumber, parseOrdinal } from '../lexicon.js';
import { candidate, wordPattern, WORD_CHAR, type TimexParser } from '../../../../pipeline/stages/time/types.js';
import { POSITION_MOD, positionMod } from './modifiers.js';

/** Years news writes about: 1500-2099 (a four-digit number outside this is a count or a code). */
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
/** Words after a four-digit number that make it a quantity, not a year ("1990 people", "2000 tonnes"). */
const QUANTITY_AFTER = /^\s*(?:%|percent|per\b|people|persons|men|women|troops|soldiers|workers|jobs|units|tons|tonnes|barrels|shares|feet|meters|metres|miles|kilometers|km|dollars|yuan|euros|pounds|votes|seats|cars|homes|cases|deaths|students|members|points|[-–]\s*\d|\.\d|,\d)/i;
/** Characters before a four-digit number that make it money, a count or an identifier. */
const NOT_YEAR_BEFORE = /(?:[$£€¥#№]|\b(?:No\.|flight|room|number|route|page|code|version|Boeing|Airbus))\s*$/i;

/**
 * Years, decades and centuries: "1990", "fiscal 1989", "mid-1996", "the end of 1990", "the 1990s" (199X),
 * "the '90s", "nineteen ninety-six", "the year two thousand", "the 11th century" (10).
 */
export function yearParser(): TimexParser {
  const source = `(${POSITION_MOD})?(?:(fiscal|calendar|the\\s+year|the\\s+fiscal\\s+year|model\\s+year)\\s+)?(${YEAR})(?!\\s*[-–/]\\s*\\d|\\.\\d|,\\d{3})`;
  return {
    name: 'year',
    gate: /1[5-9]\d\d|20\d\d/,
    pattern: wordPattern(source),
    extract(m, ctx) {
      const start = m.index;
      const end = start + m[0].length;
      if (!m[1] && !m[2]) {
        if (QUANTITY_AFTER.test(ctx.text.slice(end, end + 12))) return null;
        if (NOT_YEAR_BEFORE.test(ctx.text.slice(Math.max(0, start - 10), start))) return null;
      }
      return candidate('year', start, end, 'DATE', m[3], { mod: positionMod(m[1]), confidence: m[1] || m[2] ? 0.95 : 0.8 });
    },
  };
}

/** Two-year spans written "1998-99" or "2019-2021" are a range of years. */
export function yearSpanParser(): TimexParser {
  return {
    name: 'year-span',
    gate: /\d{4}\s*[-–/]\s*\d/,
    pattern: wordPattern(`(${YEAR})\\s*[-–/]\\s*(\\d{4}|\\d{2})(?![\\d%])`),
    extract(m) {
      const begin = +m[1];
      let endYear = +m[2];
      if (m[2].length === 2) endYear = Math.floor(begin / 100) * 100 + endYear + (endYear < begin % 100 ? 100 : 0);
      // a span runs forward and covers at most a few years, else it is a score or a code
      if (endYear <= begin || endYear - begin > 10) return null;
      return candidate('year-span', m.index, m.index + m[0].length, 'DATE', String(begin), { range: { begin: String(begin), end: String(endYear) } });
    },
  };
}

/** Decades, valued as TimeML writes them (the first three digits): "the 1990s" (199), "the '90s", "the early 1980s". */
export function decadeParser(): TimexParser {
  const tens = 'twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties';
  const source = `(?:the\\s+)?(${POSITION_MOD})?(?:(1[5-9]\\d0|20\\d0)'?s|['’](\\d0)s|(${tens}))`;
  const TENS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
  return {
    name: 'decade',
    gate: /\d0['’]?s|ties\b/i,
    // "'90s" starts with an apostrophe, where \\b cannot stand: a lookbehind edge instead of wordPattern's
    pattern: new RegExp(`(?<![${WORD_CHAR}])(?:${source})(?![${WORD_CHAR}])`, 'gi'),
    extract(m) {
      let decade: string;
      if (m[2]) decade = m[2].slice(0, 3);
      else if (m[3]) decade = `19${m[3][0]}`;
      else {
        // "the nineties" only with "the" in front: a bare "in his forties" is an age, not a decade
        if (!/^the\s/i.test(m[0])) return null;
        decade = `19${TENS.indexOf(m[4].toLowerCase()) + 2}`;
      }
      return candidate('decade', m.index, m.index + m[0].length, 'DATE', decade, { mod: positionMod(m[1]) });
    },
  };
}

/** Centuries: "the 11th century" → "10", "the twentieth century" → "19". */
export function centuryParser(): TimexParser {
  const ordinal = '\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[-\\s]first';
  return {
    name: 'century',
    gate: /century/i,
    pattern: wordPattern(`(?:the\\s+)?(${POSITION_MOD})?(${ordinal})[-\\s]century`),
    extract(m) {
      const n = parseOrdinal(m[2]);
      if (n === null || n < 1 || n > 21) return null;
      return candidate('century', m.index, m.index + m[0].length, 'DATE', String(n - 1).padStart(2, '0'), { mod: positionMod(m[1]) });
    },
  };
}

/** Years said in words, as transcripts write them: "nineteen ninety-six", "the year two thousand", "two thousand and one". */
export function spokenYearParser(): TimexParser {
  const tens = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|(?:oh|o)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|hundred';
  const source = `(?:the\\s+year\\s+)?(?:(nineteen|eighteen|twenty)\\s+(${tens})|(two\\s+thousand(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?))?))`;
  return {
    name: 'spoken-year',
    gate: /nineteen|eighteen|twenty|thousand/i,
    pattern: wordPattern(source),
    extract(m) {
      let year: number | null;
      if (m[1]) {
        const century = parseNumber(m[1]);
        const rest = m[2].toLowerCase();
        const tail = rest === 'hundred' ? 0 : parseNumber(rest.replace(/^(oh|o)[-\s]/, ''));
        year = century === null || tail === null ? null : century * 100 + tail;
      } else {
        // "two thousand" alone is a count unless it says "the year"
        if (!/^the\s+year/i.test(m[0]) && !/thousand\s+(and\s+)?\w/i.test(m[3])) return null;
        year = parseNumber(m[3].replace(/thousand\s+and/i, 'thousand'));
      }
      if (year === null || year < 1500 || year > 2099) return null;
      return candidate('spoken-year', m.index, m.index + m[0].length, 'DATE', String(year), { confidence: 0.7 });
    },
  };
}
