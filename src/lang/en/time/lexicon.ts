import { WEEKDAYS } from '../words.js';

/** Words time expressions are made of, as regex sources and lookup tables. Compiled into patterns once per stage. */

const MONTH_FORMS: Array<[number, string]> = [
  [1, 'jan(?:uary|\\.)?'],
  [2, 'feb(?:ruary|\\.)?'],
  [3, 'mar(?:ch|\\.)?'],
  [4, 'apr(?:il|\\.)?'],
  [5, 'may'],
  [6, '(?:june|jun\\.?)'],
  [7, '(?:july|jul\\.?)'],
  [8, 'aug(?:ust|\\.)?'],
  [9, 'sep(?:tember|t\\.?|\\.)?'],
  [10, 'oct(?:ober|\\.)?'],
  [11, 'nov(?:ember|\\.)?'],
  [12, 'dec(?:ember|\\.)?'],
];

/** Any month name or abbreviation ("Sept.", "Aug", "December"). */
export const MONTH = `(?:${MONTH_FORMS.map(([, f]) => f).join('|')})`;
/** Month names spelt out in full (bare abbreviations such as "Mar" or "Jan" are too often something else). */
export const MONTH_FULL = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';

const MONTH_BY_WORD = new Map<string, number>(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].flatMap((abbr, i) => [[abbr, i + 1]] as Array<[string, number]>),
);
for (const [i, name] of ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].entries()) {
  MONTH_BY_WORD.set(name, i + 1);
}
MONTH_BY_WORD.set('sept', 9);

/** Month number (1-12) of a month name or abbreviation, with or without its full stop. */
export function monthNumber(word: string): number | null {
  return MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, '')) ?? null;
}

export const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
/** ISO weekday number (1 = Monday) of a weekday name, plural or not. */
export function weekdayNumber(word: string): number | null {
  const i = WEEKDAYS.indexOf(word.toLowerCase().replace(/s$/, ''));
  return i < 0 ? null : i + 1;
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_ONES = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth'];

const TENS_WORD = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const ONES_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEEN_WORD = '(?:zero|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)';
/** A cardinal in words up to the hundreds ("twenty four", "twenty-four", "a hundred", "two hundred"). */
export const NUMBER_WORD = `(?:(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\\s+hundred(?:\\s+(?:and\\s+)?(?:${TENS_WORD}(?:[-\\s]${ONES_WORD})?|${TEEN_WORD}))?)|${TENS_WORD}(?:[-\\s]${ONES_WORD})?|${TEEN_WORD}|hundred|dozen|a\\s+dozen)`;
/** A cardinal in digits or words. */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${NUMBER_WORD})`;

/** Value of a cardinal in digits or words; null if it is not one. */
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return parseFloat(t);
  if (t === 'a dozen' || t === 'dozen') return 12;
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and') continue;
    const one = ONES.indexOf(w);
    const ten = TENS.indexOf(w);
    if (w === 'a' || w === 'an') current += 1;
    else if (one >= 0) current += one;
    else if (ten >= 2) current += ten * 10;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
    any = true;
  }
  return any ? total + current : null;
}

/** Ordinal day of month in digits or words ("9th", "ninth", "twenty-first"). */
export const ORDINAL_DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?|(?:twenty|thirty)[-\\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)`;

export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase().trim();
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(t);
  if (digits) return +digits[1];
  const parts = t.split(/[\s-]+/);
  if (parts.length === 2) {
    const ten = TENS.indexOf(parts[0]);
    const one = ORDINAL_ONES.indexOf(parts[1]);
    return ten >= 2 && one >= 1 ? ten * 10 + one : null;
  }
  const one = ORDINAL_ONES.indexOf(t);
  if (one >= 1) return one;
  const ten = ORDINAL_TENS.indexOf(t);
  return ten >= 2 ? ten * 10 : null;
}

/** Calendar units and their TIMEX3 duration letters; `time` units go after the T. */
export const UNITS: Record<string, { letter: string; time: boolean }> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false },
  night: { letter: 'D', time: false },
  week: { letter: 'W', time: false },
  weekend: { letter: 'WE', time: false },
  fortnight: { letter: 'W', time: false },
  month: { letter: 'M', time: false },
  quarter: { letter: 'Q', time: false },
  year: { letter: 'Y', time: false },
  decade: { letter: 'DE', time: false },
  century: { letter: 'CE', time: false },
};
export const UNIT = '(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centurie)';

/** Singular unit name of a unit word ("years" → "year", "centuries" → "century"). */
export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.replace(/s$/, '');
}

/** TIMEX3 duration value for `n` units ("P3D", "PT2H", "P20Y" for two decades, "PXY" for an unknown count). */
export function durationValue(n: number | null, unit: string): string {
  const u = UNITS[unit];
  if (!u) return 'PXX';
  if (n === null) return unit === 'century' ? 'PXC' : unit === 'decade' ? 'PXDE' : `P${u.time ? 'T' : ''}X${u.letter}`;
  if (unit === 'decade') return `P${n * 10}Y`;
  if (unit === 'century') return `P${n * 100}Y`;
  if (unit === 'fortnight') return `P${n * 2}W`;
  // TimeBank writes quarters as months ("the next three quarters" = P9M)
  if (unit === 'quarter' && Number.isInteger(n)) return `P${n * 3}M`;
  if (Number.isInteger(n)) return `P${u.time ? 'T' : ''}${n}${u.letter}`;
  return fractionalDuration(n, unit);
}

/** A fractional count becomes whole units plus the next smaller unit ("2.5 years" → P2Y6M, "1.5 hours" → PT1H30M). */
function fractionalDuration(n: number, unit: string): string {
  const smaller: Record<string, [string, number, boolean]> = {
    year: ['M', 12, false], month: ['D', 30, false], week: ['D', 7, false], day: ['H', 24, true], hour: ['M', 60, true], minute: ['S', 60, true],
  };
  const s = smaller[unit];
  const u = UNITS[unit];
  if (!s) return `P${u.time ? 'T' : ''}${n}${u.letter}`;
  const whole = Math.floor(n);
  const part = Math.round((n - whole) * s[1]);
  const head = whole ? `${whole}${u.letter}` : '';
  if (unit === 'day') return `P${head}T${part}H`;
  return `P${u.time ? 'T' : ''}${head}${part}${s[0]}`;
}
