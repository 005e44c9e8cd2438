import type { TimeLanguage } from '../../sections/time.js';
import { clockParser } from './parsers/clock.js';
import { durationParser, recentComingParser, vagueDurationParser } from './parsers/duration.js';
import { fuzzyReferenceParser } from './parsers/fuzzy.js';
import { holidayParser } from './parsers/holiday.js';
import { bareMonthParser, monthDayParser, monthYearParser } from './parsers/month-date.js';
import { isoDateParser, slashDateParser } from './parsers/numeric-date.js';
import { periodReferenceParser, quarterParser } from './parsers/quarter.js';
import { monthDayRangeParser } from './parsers/range.js';
import { relativeDayParser } from './parsers/relative-day.js';
import { relativeUnitParser, theSeasonParser, theWeekendParser, theYearParser } from './parsers/relative-unit.js';
import { setParser } from './parsers/set.js';
import { weekdayParser, weekdaySetParser } from './parsers/weekday.js';
import { centuryParser, decadeParser, spokenYearParser, yearParser, yearSpanParser } from './parsers/year.js';
import { REPORTING_SAY } from '../words.js';

/** English for the time stage: the parsers (one rule family a file in parsers/), range links and tense cues. */
export const time: TimeLanguage = {
  // tie-break priority order: when two expressions overlap alike, the earlier parser wins
  parsers: () => [
    isoDateParser(),
    slashDateParser(),
    monthDayRangeParser(),
    monthDayParser(),
    monthYearParser(),
    holidayParser(),
    quarterParser(),
    relativeDayParser(),
    relativeUnitParser(),
    weekdaySetParser(),
    weekdayParser(),
    clockParser(),
    setParser(),
    durationParser(),
    yearSpanParser(),
    decadeParser(),
    centuryParser(),
    yearParser(),
    spokenYearParser(),
    bareMonthParser(),
    theWeekendParser(),
    theYearParser(),
    theSeasonParser(),
    periodReferenceParser(),
    fuzzyReferenceParser(),
    recentComingParser(),
    vagueDurationParser(),
  ],
  rangeLink: /^\s*(?:-|–|—|to|through|until|till|and)\s*$/i,
  openRangeLink: /^\s*(?:to|until|till)\s*$/i,
  rangeOpener: /from\s+$/,
  pairedRangeLink: /and/i,
  pairOpener: /between\s+$/,
  clockThenDay: /^\s*(?:,\s*|on\s+)?$/i,
  tense: {
    future: new Set([
      'will', "'ll", 'shall', 'wo', 'scheduled', 'slated', 'expected', 'expects', 'expect', 'plans', 'plan', 'planning', 'intends',
      'upcoming', 'tomorrow', 'would', 'due', 'await', 'awaits',
    ]),
    past: new Set([
      'said', 'told', 'was', 'were', 'had', 'did', 'ago', 'last', 'yesterday', 'earlier', 'went', 'came', 'met', 'made', 'took', 'gave',
      'saw', 'began', 'fell', 'rose', 'won', 'lost', 'held', 'left', 'sold', 'bought', 'struck', 'spoke', 'wrote', 'fled', 'led', 'ran',
      'got', 'sent', 'spent', 'paid', 'kept', 'brought', 'found', 'thought', 'became', 'broke', 'chose', 'drove', 'flew', 'grew', 'knew',
      'shot', 'stood', 'sought', 'taught', 'felt', 'heard', 'meant', 'put', 'quit', 'rang', 'sank', 'sat', 'slept', 'stole', 'swore',
      'threw', 'tore', 'woke', 'wore', 'withdrew', 'overtook', 'undertook', 'forgot', 'ate', 'drew', 'dealt', 'bore', 'beat', 'lay',
    ]),
    notPast: new Set(['need', 'needed', 'speed', 'feed', 'seed', 'red', 'bed', 'united', 'limited', 'related', 'proceed', 'succeed', 'exceed', 'indeed', 'hundred', 'shed', 'based', 'alleged', 'so-called', 'advanced', 'detailed', 'armed', 'concerned', 'interested', 'expected', 'scheduled', 'planned', 'proposed', 'breed', 'greed', 'weed', 'creed', 'embed', 'reed', 'wed']),
    auxiliaryBeforeParticiple: new Set(['be', 'been', 'being', 'is', 'are', 'get']),
    beForms: new Set(['was', 'were', 'had', 'did']),
    lookAhead: new Map<string, ReadonlySet<string>>([
      ...['going', 'plans', 'plan', 'planning', 'intends'].map((w): [string, ReadonlySet<string>] => [w, new Set(['to'])]),
      ...['set', 'due'].map((w): [string, ReadonlySet<string>] => [w, new Set(['to', 'for'])]),
      ['wo', new Set(["n't"])],
    ]),
    nameForms: new Set(['will']),
    weakFuture: new Set(['would']),
    // five letters or more: "bed", "red", "shed" are no verbs
    regularPast: /^.{3,}ed$/,
    reporting: new Set(REPORTING_SAY),
  },
};
