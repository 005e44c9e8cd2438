import { describe, expect, it } from 'vitest';
import { segmentText } from '../src/pipeline/stages/segment/index.js';

const sentencesOf = (text: string) => segmentText(text).sentences.map((s) => text.slice(s.start, s.end));
const tokensOf = (text: string) => segmentText(text).tokens.map((t) => t.text);

describe('segment stage', () => {
  it('does not split on abbreviations, initials or decimals', () => {
    const text = 'Mr. Smith met Gen. J. R. Allen in the U.S. capital on Jan. 5. Growth was 2.5 percent. It rose.';
    expect(sentencesOf(text)).toEqual(['Mr. Smith met Gen. J. R. Allen in the U.S. capital on Jan. 5.', 'Growth was 2.5 percent.', 'It rose.']);
  });

  it('splits after an acronym when a sentence opener follows', () => {
    expect(sentencesOf('He moved to the U.S. The family followed.')).toEqual(['He moved to the U.S.', 'The family followed.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(sentencesOf('"We will not yield." The crowd cheered. "Why not?" she asked.')).toEqual([
      '"We will not yield."',
      'The crowd cheered.',
      '"Why not?" she asked.',
    ]);
  });

  it('ends a headline line without a full stop at the line break and counts paragraphs', () => {
    const text = 'Minister visits the port\n\nThe minister arrived on Friday.\nShe left later.';
    const seg = segmentText(text);
    expect(seg.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Minister visits the port', 'The minister arrived on Friday.', 'She left later.']);
    expect(seg.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it('tokenises as CoNLL does: clitics apart, acronyms and numbers whole', () => {
    expect(tokensOf("Korea's leader didn't visit the U.S., paying $1,200.50 to O'Brien.")).toEqual([
      'Korea', "'s", 'leader', 'did', "n't", 'visit', 'the', 'U.S.', ',', 'paying', '$', '1,200.50', 'to', "O'Brien", '.',
    ]);
  });

  it('gives offsets that slice to the token text', () => {
    const text = 'Talks in Kyiv — “leader-level discussions” — began.';
    for (const t of segmentText(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps abbreviations, initials, dates, scores and hyphenated numbers whole, as CoNLL does', () => {
    expect(tokensOf('Gen. J. Smith of Acme Corp. said the 15-year-old won 2-1 on 1996-12-06, hitting .556 in Jan.')).toEqual([
      'Gen.', 'J.', 'Smith', 'of', 'Acme', 'Corp.', 'said', 'the', '15-year-old', 'won', '2-1', 'on', '1996-12-06', ',', 'hitting', '.556', 'in', 'Jan.',
    ]);
  });

  it('still ends a sentence after a company abbreviation when a sentence opener follows', () => {
    expect(sentencesOf('Shares rose at Acme Corp. The rally lasted. Gen. Lee left.')).toEqual(['Shares rose at Acme Corp.', 'The rally lasted.', 'Gen. Lee left.']);
  });
});
