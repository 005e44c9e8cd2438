import type { TimexCandidate, TimexRefiner } from '../types.js';

/** What may stand between a clock time and its day: "noon Thursday", "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "Friday, 3 p.m.". */
const CLOCK_THEN_DAY = /^\s*(?:,\s*|on\s+)?$/i;
const DAY_THEN_CLOCK = /^\s*,?\s*$/;

/** Merges a clock time with the day next to it into one TIME: the day's date with the clock's hour. */
export function clockDayRefiner(): TimexRefiner {
  return {
    name: 'clock-day',
    refine(candidates, ctx) {
      const out: TimexCandidate[] = [];
      for (let i = 0; i < candidates.length; i++) {
        const a = candidates[i];
        const b = candidates[i + 1];
        if (b && isClock(a) && isDay(b) && CLOCK_THEN_DAY.test(ctx.text.slice(a.end, b.start))) {
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
