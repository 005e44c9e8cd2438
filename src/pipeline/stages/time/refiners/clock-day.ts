import type { TimeLanguage } from '../../../../lang/types.js';
import type { TimexCandidate, TimexRefiner } from '../types.js';

/** What may stand between a day and its clock time: "Friday, 3 p.m." (the other order is the language's `clockThenDay`). */
const DAY_THEN_CLOCK = /^\s*,?\s*$/;

/** Merges a clock time with the day next to it into one TIME: the day's date with the clock's hour. */
export function clockDayRefiner(lang: TimeLanguage): TimexRefiner {
  return {
    name: 'clock-day',
    refine(candidates, ctx) {
      const out: TimexCandidate[] = [];
      for (let i = 0; i < candidates.length; i++) {
        const a = candidates[i];
        const b = candidates[i + 1];
        if (b && isClock(a) && isDay(b) && lang.clockThenDay.test(ctx.text.slice(a.end, b.start))) {
          out.push(merge(a, b, a, b));
          i++;
        } else if (b && isDay(a) && isClock(b) && DAY_THEN_CLOCK.test(ctx.text.slice(a.end, b.start))) {
          out.push(merge(a, b, b, a));
          i++;
        } else out.push(a);
      }
      return out;
    },
  };
}

const isClock = (c: TimexCandidate): boolean => c.parser === 'clock';
const isDay = (c: TimexCandidate): boolean => c.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(c.value);

function merge(first: TimexCandidate, second: TimexCandidate, clock: TimexCandidate, day: TimexCandidate): TimexCandidate {
  const time = clock.value.slice(clock.value.indexOf('T'));
  return { ...clock, start: first.start, end: second.end, value: `${day.value}${time}`, type: 'TIME', parser: 'clock', confidence: Math.min(clock.confidence, day.confidence) };
}
