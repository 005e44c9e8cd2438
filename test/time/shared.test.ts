import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared, SEED_ARTICLE, SHARED_DATA } from '../helpers/shared.js';
import { parseDatedText } from '../../src/ingest/text.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { readTempEval, scoreTempEval } from '../../src/eval/time/index.js';

describeShared('seed/wion-2023-09-06.txt', 'time stage on the seed article', () => {
  const article = parseDatedText(readFileSync(SEED_ARTICLE, 'utf8'), 'seed');
  const doc = createPipeline({ stages: ['clean', 'segment', 'time'] }).run(article);
  const byText = (text: string) => doc.timexes.filter((t) => t.text === text);

  it('resolves the weekdays, the month and last week against 2023-09-06', () => {
    expect(byText('Tuesday').map((t) => t.value)).toContain('2023-09-05');
    expect(byText('Monday').map((t) => t.value)).toEqual(['2023-09-04']);
    expect(byText('July').map((t) => t.value)).toEqual(['2023-07']);
    expect(byText('Last week').map((t) => t.value)).toEqual(['2023-W35']);
  });

  it('gives the forum dates as one range and the anniversary as September 9', () => {
    const [range] = byText('September 10 to 13');
    expect(range?.range).toEqual({ begin: '2023-09-10', end: '2023-09-13' });
    expect(['2023-09-09', 'XXXX-09-09']).toContain(byText('September 9')[0]?.value);
  });

  it('anchors every sentence, on its expression where it has one', () => {
    expect(doc.sentences.every((s) => s.anchor !== null)).toBe(true);
    const anchored = doc.sentences.filter((s) => s.anchor?.timex);
    expect(anchored.length).toBeGreaterThanOrEqual(5);
    const monday = doc.sentences.find((s) => doc.text.slice(s.start, s.end).includes('on Monday'));
    expect(monday?.anchor).toMatchObject({ value: '2023-09-04', precision: 'day' });
  });

  it('does not tag the promotional "You can now" line as a time', () => {
    expect(doc.timexes.some((t) => t.value === 'PRESENT_REF' && /can now/.test(doc.text.slice(t.start - 4, t.end)))).toBe(false);
  });
});

describeShared('data/tempeval3/TBAQ-cleaned/TimeBank', 'time scorer on a TimeBank subset', () => {
  it('scores the first 30 TimeBank documents above a sanity threshold', () => {
    const docs = readTempEval(SHARED_DATA, 'timebank', 30);
    const { metrics } = scoreTempEval(docs);
    // the full corpus gives value F1 ≈ 0.8 and relaxed F1 ≈ 0.93; a subset well below means something broke
    expect(metrics.relaxedF1 as number).toBeGreaterThan(0.85);
    expect(metrics.valueF1 as number).toBeGreaterThan(0.7);
    expect(metrics.gold as number).toBeGreaterThan(100);
  });
});
