import type { TimexCandidate, TimexRefiner } from '../types.js';

/** How far back (characters) a quarter named earlier still frames "a year earlier" (about two news sentences). */
const QUARTER_CONTEXT_CHARS = 400;

/**
 * Settles values that depend on what the article said before: "the quarter" / "the latest period" are the last
 * quarter it named (else the last full quarter before publication); "a year earlier", "year-ago" after a quarter are
 * that quarter a year before, else the previous year; "that year", "the following year" count from the last year
 * written out in digits.
 */
export function discourseRefiner(): TimexRefiner {
  return {
    name: 'discourse',
    refine(candidates, ctx) {
      let lastQuarter: { value: string; end: number } | null = null;
      let lastYear: number | null = null;
      const kept: TimexCandidate[] = [];
      for (const c of candidates) {
        if (c.discourse === 'that-year') {
          // with no year named before, "that year" cannot be placed
          if (lastYear !== null) kept.push({ ...c, value: String(lastYear + (c.anaphorOffset ?? 0)) });
          continue;
        }
        const year = /^\d{4}/.exec(c.value);
        if (year && ctx.text.slice(c.start, c.end).includes(year[0])) lastYear = +year[0];
        let out = c;
        if (c.discourse === 'quarter' && lastQuarter) out = { ...c, value: lastQuarter.value };
        else if (c.discourse === 'quarter-of-year') out = { ...c, value: lastQuarter ? `${c.value.slice(0, 4)}-${lastQuarter.value.slice(5)}` : c.value.slice(0, 4) };
        else if (c.discourse === 'year-before' && lastQuarter && c.start - lastQuarter.end < QUARTER_CONTEXT_CHARS) {
          const [y, q] = lastQuarter.value.split('-');
          out = { ...c, value: `${+y - 1}-${q}` };
        }
        if (/^\d{4}-Q\d$/.test(c.value) && c.discourse !== 'year-before') lastQuarter = { value: c.value, end: c.end };
        kept.push(out);
      }
      return kept;
    },
  };
}
