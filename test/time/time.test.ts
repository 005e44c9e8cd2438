import { describe, expect, it } from 'vitest';
import { createTimexTagger, sentenceAnchors, tagTimexes } from '../../src/pipeline/stages/time/index.js';
import { segmentText } from '../../src/pipeline/stages/segment/index.js';
import { isoWeek, parseIsoDate } from '../../src/pipeline/stages/time/calendar.js';

const tagger = createTimexTagger();
/** [text, type, value] of every expression found in `text` published on `published`. */
const tag = (text: string, published = '2023-09-06') => tagTimexes(text, published, tagger).map((t) => [t.text, t.type, t.value]);
const valueOf = (text: string, expression: string, published = '2023-09-06') => {
  const found = tagTimexes(text, published, tagger).find((t) => t.text === expression);
  return found ? found.value : null;
};

describe('time: weekdays follow the tense (published Wednesday 2023-09-06)', () => {
  it('past-tense reporting takes the most recent one', () => {
    expect(valueOf('The minister resigned on Monday after the vote.', 'Monday')).toBe('2023-09-04');
    expect(valueOf('Officials said Friday that the talks had failed.', 'Friday')).toBe('2023-09-01');
  });

  it('future context takes the next one', () => {
    expect(valueOf('The two leaders will meet on Monday in Geneva.', 'Monday')).toBe('2023-09-11');
    expect(valueOf('The hearing is scheduled for Friday morning.', 'Friday morning')).toBe('2023-09-08TMO');
    expect(valueOf('The ship is set to dock on Saturday.', 'Saturday')).toBe('2023-09-09');
    expect(valueOf('Talks could resume as early as Tuesday.', 'Tuesday')).toBe('2023-09-12');
  });

  it('the publication weekday itself is today', () => {
    expect(valueOf('Protesters gathered on Wednesday outside the court.', 'Wednesday')).toBe('2023-09-06');
  });

  it('last and next weekdays skip today', () => {
    expect(valueOf('The plant reopened last Wednesday.', 'last Wednesday')).toBe('2023-08-30');
    expect(valueOf('They vote next Wednesday.', 'next Wednesday')).toBe('2023-09-13');
  });
});

describe('time: year boundaries', () => {
  it('a January article saying "in December" means last December', () => {
    expect(valueOf('Sales collapsed in December, the company said.', 'December', '2024-01-10')).toBe('2023-12');
    expect(valueOf('The deal was signed on Dec. 28 in Paris.', 'Dec. 28', '2024-01-10')).toBe('2023-12-28');
  });

  it('a December article speaking of January in the future means next January', () => {
    expect(valueOf('The new law will take effect in January.', 'January', '2023-12-15')).toBe('2024-01');
    expect(valueOf('Parliament will vote on Jan. 9.', 'Jan. 9', '2023-12-15')).toBe('2024-01-09');
  });

  it('a near date wins over a far one when the tense is only a reporting verb (no six-month rollover)', () => {
    // past tense, but October 20 is 14 days ahead against 351 days back: the coming one
    expect(valueOf('The company said the dividend is payable Oct. 20.', 'Oct. 20', '2023-10-06')).toBe('2023-10-20');
    // past tense in January about July: last year's July, not the coming one
    expect(valueOf('Sales fell in July.', 'July', '2024-01-05')).toBe('2023-07');
    expect(valueOf('The vote will be held in July.', 'July', '2024-01-05')).toBe('2024-07');
  });

  it('an explicit year is never replaced', () => {
    expect(tag('The treaty was signed on March 5, 2019, in Hanoi.')).toEqual([['March 5, 2019', 'DATE', '2019-03-05']]);
    expect(tag('Prices peaked in August 1988 and again in 2024 Aug, traders said.')).toEqual([
      ['August 1988', 'DATE', '1988-08'],
      ['2024 Aug', 'DATE', '2024-08'],
    ]);
    expect(valueOf('He was born on 9 September 1948.', '9 September 1948')).toBe('1948-09-09');
  });

  it('a leap day without a year lands on a leap year', () => {
    expect(valueOf('The census was taken on Feb. 29.', 'Feb. 29', '2025-03-10')).toBe('2024-02-29');
    expect(valueOf('The vote will be held on Feb. 29.', 'Feb. 29', '2027-12-01')).toBe('2028-02-29');
  });

  it('a yearly observance has no year', () => {
    expect(valueOf('The founding is celebrated by the party on September 9.', 'September 9')).toBe('XXXX-09-09');
    expect(valueOf('The strike began on September 9.', 'September 9', '2023-09-20')).toBe('2023-09-09');
  });

  it('a weekday beside a date picks the year in which they agree', () => {
    expect(valueOf('The summit opened on Monday, Oct. 26.', 'Monday, Oct. 26', '1998-10-25')).toBe('1998-10-26');
  });
});

describe('time: relative calendar units', () => {
  it('last week is the previous ISO week; this year and earlier this month as journalists mean them', () => {
    expect(valueOf('Last week, the United States warned Moscow.', 'Last week')).toBe('2023-W35');
    expect(valueOf('Prices rose 4% this year.', 'this year')).toBe('2023');
    const early = tagTimexes('The board met earlier this month.', '2023-09-06', tagger)[0];
    expect([early.text, early.value, early.mod]).toEqual(['earlier this month', '2023-09', 'START']);
    expect(valueOf('Growth will slow next month.', 'next month')).toBe('2023-10');
    expect(valueOf('The army withdrew last year.', 'last year', '2024-01-02')).toBe('2023');
  });

  it('"that year" and "the following year" count from the last year the article named', () => {
    expect(tag('He moved to Paris in 1995. The following year he married. That year was hard.')).toEqual([
      ['1995', 'DATE', '1995'],
      ['The following year', 'DATE', '1996'],
      ['That year', 'DATE', '1995'],
    ]);
    expect(tag('That year was hard.')).toEqual([]);
  });

  it('days relative to publication', () => {
    expect(tag('He arrived yesterday and leaves tomorrow; talks resume tonight.')).toEqual([
      ['yesterday', 'DATE', '2023-09-05'],
      ['tomorrow', 'DATE', '2023-09-07'],
      ['tonight', 'TIME', '2023-09-06TNI'],
    ]);
    expect(valueOf('The blast happened last night.', 'last night')).toBe('2023-09-05TNI');
  });

  it('quarters and halves of the year', () => {
    expect(valueOf('Profit rose in the third quarter.', 'the third quarter', '1989-10-26')).toBe('1989-Q3');
    expect(valueOf('Third-quarter profit rose.', 'Third-quarter', '1989-10-26')).toBe('1989-Q3');
    expect(valueOf('The fourth quarter was weak.', 'The fourth quarter', '1998-01-26')).toBe('1997-Q4');
  });

  it('distances in time with "ago" are dates at their own precision', () => {
    expect(valueOf('The factory closed 10 days ago.', '10 days ago')).toBe('2023-08-27');
    expect(valueOf('She left two years ago.', 'two years ago')).toBe('2021');
    expect(valueOf('That was a decade ago.', 'a decade ago')).toBe('201');
  });
});

describe('time: durations, sets, ranges and fuzzy references', () => {
  it('durations', () => {
    expect(tag('The strike lasted three days.')).toEqual([['three days', 'DURATION', 'P3D']]);
    expect(tag('The meeting ran for two hours.')).toEqual([['two hours', 'DURATION', 'PT2H']]);
    expect(tag('He served 2 1/2 years.')).toEqual([['2 1/2 years', 'DURATION', 'P2Y6M']]);
    expect(tag('It took an hour and a half.')).toEqual([['an hour and a half', 'DURATION', 'PT1H30M']]);
    expect(tag('Prices rose over the past three months.')).toEqual([['the past three months', 'DURATION', 'P3M']]);
    const more = tagTimexes('The siege lasted more than four hours.', '2023-09-06', tagger)[0];
    expect([more.text, more.value, more.mod]).toEqual(['more than four hours', 'PT4H', 'MORE_THAN']);
    expect(tag('A five-year plan was adopted.')).toEqual([['five-year', 'DURATION', 'P5Y']]);
  });

  it('sets', () => {
    expect(tag('The market is open every Monday.')).toEqual([['every Monday', 'SET', 'XXXX-WXX-1']]);
    expect(tag('The council meets on Tuesdays.')).toEqual([['Tuesdays', 'SET', 'XXXX-WXX-2']]);
    expect(tag('Flights run daily.')).toEqual([['daily', 'SET', 'P1D']]);
    expect(tag('The report is published each year.')).toEqual([['each year', 'SET', 'P1Y']]);
    expect(tag('Buses leave twice a week.')).toEqual([['a week', 'SET', 'P1W']]);
  });

  it('a day range in one month is one expression with both ends', () => {
    const [range] = tagTimexes('The forum is scheduled to run from September 10 to 13, as per officials.', '2023-09-06', tagger);
    expect([range.text, range.value, range.range]).toEqual(['September 10 to 13', '2023-09-10', { begin: '2023-09-10', end: '2023-09-13' }]);
  });

  it('"between A and B" keeps both ends and gives each the range', () => {
    const found = tagTimexes('Output doubled between 2019 and 2021.', '2023-09-06', tagger);
    expect(found.map((t) => [t.text, t.value, t.range])).toEqual([
      ['2019', '2019', { begin: '2019', end: '2021' }],
      ['2021', '2021', { begin: '2019', end: '2021' }],
    ]);
  });

  it('fuzzy references', () => {
    expect(tag('The rebels recently seized the town.')).toEqual([['recently', 'DATE', 'PAST_REF']]);
    expect(tag('Prices are now falling.')).toEqual([['now', 'DATE', 'PRESENT_REF']]);
    expect(tag('More troops will arrive in the coming days.')).toEqual([['the coming days', 'DATE', 'FUTURE_REF']]);
    expect(tag('Nobody knows what the future holds.')).toEqual([['the future', 'DATE', 'FUTURE_REF']]);
  });
});

describe('time: expressions that must not be tagged', () => {
  it.each([
    ['Theresa May said the vote would go ahead.'],
    ['May I ask a question?'],
    ['You can now write for us and share your stories.'],
    ['Thousands joined the march through the capital.'],
    ['Protesters March to the parliament, the banner read.'],
    ['He won a second term in office.'],
    ['The second round of talks failed.'],
    ['August Wilson wrote the play.'],
    ['The 52-year-old driver was arrested.'],
    ['The company paid $1990 for the licence.'],
    ['About 2000 people attended.'],
    ['The company pays a quarterly dividend.'],
    ['The poster showed Gary Cooper in High Noon, he said.'],
    ['Baker, speaking on ABC News "This Week," said the request was urgent.'],
  ])('%s', (text) => {
    expect(tag(text)).toEqual([]);
  });

  it('"May" and "March" are months after a preposition or with a day', () => {
    expect(tag('Elections were held in May.', '2023-09-06')).toEqual([['May', 'DATE', '2023-05']]);
    expect(tag('The law passed on March 3.', '2023-09-06')).toEqual([['March 3', 'DATE', '2023-03-03']]);
  });
});

describe('time: sentence anchors', () => {
  it('each sentence is anchored on its first calendar expression, else on the publication date', () => {
    const text = 'The summit was held on Tuesday. Leaders spoke for two hours. It rained.';
    const { sentences, tokens } = segmentText(text);
    const timexes = tagger.tag(text, '2023-09-06', tokens, sentences);
    const anchors = sentenceAnchors(sentences, timexes, parseIsoDate('2023-09-06')!);
    expect(anchors).toEqual([
      { value: '2023-09-05', precision: 'day', timex: timexes[0].id },
      { value: '2023-09-06', precision: 'day', timex: null },
      { value: '2023-09-06', precision: 'day', timex: null },
    ]);
  });

  it('ISO weeks at year boundaries', () => {
    expect(isoWeek({ y: 2021, m: 1, d: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ y: 2024, m: 12, d: 30 })).toEqual({ year: 2025, week: 1 });
    expect(valueOf('Last week the index fell.', 'Last week', '2021-01-06')).toBe('2020-W53');
  });
});
