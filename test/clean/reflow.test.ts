import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/pipeline/stages/clean/index.js';
import { wrappedLineBreaks } from '../../src/pipeline/stages/clean/reflow.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { ExtractionSchema } from '../../src/model/extraction.js';
import { expectSpansExact } from '../helpers/spans.js';

/** Paragraphs of a story we wrote (a city budget), one a line. */
const PARAGRAPHS = [
  'The city council approved a $2.1 billion budget on Wednesday after a long debate over police spending, with Mayor Janet Ruiz calling the vote "a fair compromise for every neighbourhood."',
  '"Nobody got everything they wanted," Ruiz told reporters after the meeting. "But this budget keeps our libraries open and puts more officers on the street."',
  'Councillor Dev Mehta, who voted against the plan, said the increase for the police department was too large. He warned that the city would face a deficit within two years unless it found new revenue.',
  'The budget takes effect on July 1. Property taxes will rise by 1.5 percent, the first increase since 2019, and bus fares will stay at $2.50.',
];

/** Greedy wrapping at `width` columns, as mail clients and wire terminals write text. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}

describe('hard-wrapped text', () => {
  for (const width of [60, 72, 100]) {
    it(`reads the line breaks inside paragraphs wrapped at ${width} columns as spaces, keeping offsets`, () => {
      const body = PARAGRAPHS.map((p) => wrap(p, width)).join('\n\n');
      const r = cleanText(body);
      expect(r.text).toBe(PARAGRAPHS.join('\n\n'));
      // same length, same places: every character maps to itself or to the line break it replaced
      for (let i = 0; i < r.text.length; i++) {
        const source = body[r.offsetMap.toSource(i)];
        expect(source === r.text[i] || (source === '\n' && r.text[i] === ' ')).toBe(true);
      }
    });
  }

  it('reflows a wrapped paragraph with single line breaks between paragraphs only where a line is full', () => {
    // a line ending a sentence well short of the width is a paragraph end, even with no empty line after it
    const body = [wrap(PARAGRAPHS[2], 70), 'The vote was 7 to 2.', wrap(PARAGRAPHS[3], 70), wrap(PARAGRAPHS[0], 70)].join('\n');
    const text = cleanText(body).text;
    expect(text).toContain('two years unless it found new revenue.\nThe vote was 7 to 2.\nThe budget takes effect');
    expect(text).toContain('the police department was too large.');
  });

  it('leaves text with one paragraph a line, lists and short lines as they are', () => {
    const oneLine = PARAGRAPHS.join('\n');
    expect(wrappedLineBreaks(oneLine)).toEqual([]);
    const list = ['Results of the vote:', 'Ruiz: yes', 'Mehta: no', 'Okafor: yes', 'Lindqvist: yes', 'Brandt: abstained'].join('\n');
    expect(wrappedLineBreaks(list)).toEqual([]);
    const headlines = ['Related stories', 'Council delays vote on the new library plan until spring', 'Transit agency raises fares for the first time in six years', 'Mayor names a new police chief after a months-long search', 'School board approves later start times'].join('\n');
    expect(wrappedLineBreaks(headlines)).toEqual([]);
    const bullets = wrap(PARAGRAPHS[0], 70) + '\n' + ['- libraries open on Sundays again, for the first time since the pandemic began', '- 40 more officers by the end of the year, most of them on foot patrol downtown'].join('\n');
    const text = cleanText(bullets).text;
    expect(text).toContain('neighbourhood."\n- libraries');
    expect(text).toContain('began\n- 40 more');
  });

  it('gives whole sentences and quotes with their speaker over wrapped lines, every span exact in the source', () => {
    const body = PARAGRAPHS.map((p) => wrap(p, 66)).join('\n\n');
    const x = createPipeline().analyze({ id: 'wrapped', published: '2022-09-14', body, lang: 'en' });
    ExtractionSchema.parse(x);
    expectSpansExact(x, body);
    const sentences = x.sentences.map((s) => x.text.slice(s.start, s.end));
    expect(sentences).toContain('He warned that the city would face a deficit within two years unless it found new revenue.');
    const said = x.quotes.find((q) => q.text.startsWith('the increase for'));
    expect(said?.text).toBe('the increase for the police department was too large');
    expect(said?.speakerText).toBe('Councillor Dev Mehta');
    const nobody = x.quotes.find((q) => q.text.startsWith('"Nobody'));
    expect(nobody?.text).toContain('puts more officers on the street."');
  });
});
