import { describe, expect, it } from 'vitest';
import { cleanText, matchCleanRule } from '../../src/pipeline/stages/clean/index.js';

describe('clean stage', () => {
  it('removes promo, call and advert lines and keeps the story', () => {
    const body = [
      'The council voted on Monday to close the old bridge.',
      '',
      'ALSO READ | Ten things to know about bridges',
      '',
      '"It is not safe," said the mayor.',
      'Advertisement',
      'WATCH | Drone footage of the river',
      '',
      '(With inputs from agencies)',
      '',
      'You can now write for example.com and be a part of the community.',
    ].join('\n');
    const r = cleanText(body);
    expect(r.text).toBe('The council voted on Monday to close the old bridge.\n\n"It is not safe," said the mayor.');
    expect(r.removed.map((x) => x.rule)).toEqual(['also-read', 'advertisement', 'watch', 'agency-credit', 'write-for-us']);
    expect(r.removed.find((x) => x.rule === 'agency-credit')?.kind).toBe('credit');
    for (const x of r.removed) expect(body.slice(x.start, x.end)).toBe(x.text);
  });

  it('maps every offset of the cleaned text exactly back to the source', () => {
    const body = 'First line.\n\n\n\nREAD MORE: elsewhere\n\nSecond   line here.\n';
    const r = cleanText(body);
    expect(r.text).toBe('First line.\n\nSecond   line here.');
    for (let i = 0; i < r.text.length; i++) {
      if (r.text[i] === '\n') continue;
      expect(body[r.offsetMap.toSource(i)]).toBe(r.text[i]);
    }
    const span = { start: r.text.indexOf('Second'), end: r.text.length };
    const back = r.offsetMap.spanToSource(span);
    expect(body.slice(back.start, back.end)).toBe('Second   line here.');
  });

  it('leaves long paragraphs alone even when they start like a promo', () => {
    const para = 'Watch: ' + 'the minister said the plan would go ahead despite objections from residents. '.repeat(5);
    expect(matchCleanRule(para)).toBeUndefined();
  });
});
