import type { TimeLanguage } from '../../../../lang/types.js';
import type { TimexRefiner } from '../types.js';

/**
 * "between 2019 and 2021", "from March to June", "1990 to 1995": both ends stay separate expressions (TimeML tags
 * each), and each gets the range's `{ begin, end }`.
 */
export function rangeRefiner(lang: TimeLanguage): TimexRefiner {
  return {
    name: 'range',
    refine(candidates, ctx) {
      for (let i = 0; i + 1 < candidates.length; i++) {
        const a = candidates[i];
        const b = candidates[i + 1];
        if (a.type !== 'DATE' || b.type !== 'DATE' || a.range || b.range) continue;
        if (/REF$/.test(a.value) || /REF$/.test(b.value)) continue;
        const link = ctx.text.slice(a.end, b.start);
        if (!lang.rangeLink.test(link)) continue;
        const before = ctx.text.slice(Math.max(0, a.start - 9), a.start).toLowerCase();
        const paired = lang.pairedRangeLink.test(link);
        // "A and B" is a range only after "between"; "A to B" after "from" or on its own
        if (paired && !lang.pairOpener.test(before)) continue;
        if (!paired && lang.openRangeLink.test(link) && !lang.rangeOpener.test(before) && a.value.length !== b.value.length) continue;
        const range = { begin: a.value, end: b.value };
        candidates[i] = { ...a, range };
        candidates[i + 1] = { ...b, range };
        i++;
      }
      return candidates;
    },
  };
}
