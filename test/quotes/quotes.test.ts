import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/doc.js';
import type { EntityRecord, Mention } from '../../src/model/layers/entities.js';
import type { QuoteRecord } from '../../src/model/layers/quotes.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { extractQuotes } from '../../src/pipeline/stages/quotes/index.js';
import { english } from '../../src/lang/en/index.js';
import { findQuotations } from '../../src/pipeline/stages/quotes/marks.js';

const segmenter = createPipeline({ stages: ['segment'] });

function docOf(body: string): Doc {
  return segmenter.run({ id: 't', published: '2024-03-01', body, lang: 'en' });
}

/** Quotes of `body` with the entities layer left empty (speaker spans only). */
function quotesOf(body: string): QuoteRecord[] {
  return extractQuotes(docOf(body));
}

const speakerText = (q: QuoteRecord | undefined) => q?.speakerText ?? null;

/** A hand-built entity with mentions at the given words (first occurrence of each, or the nth with `at`). */
function entity(doc: Doc, id: string, type: EntityRecord['type'], mentions: Array<{ text: string; via: Mention['via']; from?: number }>): EntityRecord {
  return {
    id,
    name: mentions[0].text,
    type,
    placeKind: null,
    aliases: [],
    roles: [],
    country: null,
    standsFor: null,
    confidence: 0.9,
    mentions: mentions.map((m) => {
      const start = doc.text.indexOf(m.text, m.from ?? 0);
      if (start < 0) throw new Error(`fixture: "${m.text}" not in text`);
      return { start, end: start + m.text.length, text: m.text, via: m.via, confidence: 0.9 };
    }),
  };
}

describe('quotation marks', () => {
  it('pairs straight and curly marks, keeps quotes inside quotes whole', () => {
    const text = 'He said "we go now" and “she said ‘stop’ twice” today.';
    const quotes = findQuotations(text, [{ start: 0, end: text.length }], english.quotes);
    expect(quotes.map((q) => q.inner)).toEqual(['we go now', 'she said ‘stop’ twice']);
  });

  it('runs a quotation over paragraphs that each open with a mark and close only at the end', () => {
    const text = '“The first part of the plan is ready.\n\n“The second part follows in May,” she said.';
    const quotes = findQuotations(text, [{ start: 0, end: 37 }, { start: 39, end: text.length }], english.quotes);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].parts).toHaveLength(2);
    expect(quotes[0].unclosed).toBe(false);
  });

  it('does not take a possessive apostrophe for a closing single mark', () => {
    const text = 'The ‘voters’ choice’ was clear.';
    const quotes = findQuotations(text, [{ start: 0, end: text.length }], english.quotes);
    expect(quotes.map((q) => q.inner)).toEqual(['voters’ choice']);
  });
});

describe('direct quotations', () => {
  it('finds a trailing cue with the speaker before it ("…,” she said)', () => {
    const [q] = quotesOf('“We will rebuild the bridge before winter,” Mayor Anna Holt said on Monday.');
    expect(q.kind).toBe('direct');
    expect(q.text).toBe('“We will rebuild the bridge before winter,”');
    expect(speakerText(q)).toBe('Mayor Anna Holt');
    expect(q.cue?.text).toBe('said on Monday');
  });

  it('finds an inverted trailing cue ("…," said X) with straight marks', () => {
    const [q] = quotesOf('"Prices will fall next year," said Tom Reyes, the bank\'s chief economist.');
    expect(q.kind).toBe('direct');
    expect(speakerText(q)).toBe('Tom Reyes');
  });

  it('finds a leading cue with a colon', () => {
    const quotes = quotesOf('The minister told parliament: “The budget is balanced for the first time in ten years.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].kind).toBe('direct');
    expect(speakerText(quotes[0])).toBe('The minister');
    expect(quotes[0].text.startsWith('“The budget')).toBe(true);
  });

  it('adds a quotation after some narration to the same speaker\'s quotation', () => {
    const quotes = quotesOf('“The harvest is late,” farmer Joe Kent said.\n\nThe village has 300 farms.\n\n“We lost half of the wheat to the rain this year.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].parts).toHaveLength(2);
    expect(speakerText(quotes[0])).toBe('farmer Joe Kent');
  });

  it('carries a quotation on into the next paragraph when that opens with more quoted words', () => {
    const quotes = quotesOf('“The harvest is late,” farmer Joe Kent said.\n\n“We lost half of the wheat to the rain this year.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].parts).toHaveLength(2);
  });

  it('joins a quotation interrupted by its cue and one resumed in the next sentence', () => {
    const [q] = quotesOf('“The water is safe,” the engineer said, “and the tests prove it.” “We checked twice.”');
    expect(q.parts).toHaveLength(3);
    expect(q.fragments).toHaveLength(3);
    expect(speakerText(q)).toBe('the engineer');
  });

  it('keeps a quote inside a quote within one record', () => {
    const quotes = quotesOf('“My father told me, ‘never sell the farm,’ and I never did,” Ruth Amos said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toContain('‘never sell the farm,’');
  });

  it('attributes a quotation over paragraphs once, with one part a paragraph', () => {
    const quotes = quotesOf('Coach Lina Berg said:\n\n“We trained hard all winter.\n\n“Now we are ready for the final.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].kind).toBe('direct');
    expect(speakerText(quotes[0])).toBe('Coach Lina Berg');
    expect(quotes[0].parts.length).toBeGreaterThanOrEqual(2);
    expect(quotes[0].text).toContain('ready for the final');
  });

  it('gives a floating quotation the last speaker, with lower confidence', () => {
    const quotes = quotesOf('Farmer Joe Kent said that the harvest was late.\n\nThe village has 300 farms.\n\n“We lost half of the wheat to the rain this year.”');
    expect(quotes).toHaveLength(2);
    expect(speakerText(quotes[1])).toBe('Farmer Joe Kent');
    expect(quotes[1].cue).toBeNull();
    expect(quotes[1].confidence).toBeLessThan(quotes[0].confidence);
  });
});

describe('partial quotations and indirect speech', () => {
  it('marks reported speech holding quoted words as partial', () => {
    const [q] = quotesOf('Sara Lind stated that the two firms were planning "a merger of equals, perhaps this year" after the talks.');
    expect(q.kind).toBe('partial');
    expect(speakerText(q)).toBe('Sara Lind');
    expect(q.cue?.text).toBe('stated');
    expect(q.fragments).toHaveLength(1);
    expect(q.text.startsWith('that the two firms')).toBe(true);
  });

  it('reads "X said that …", "X warned …", "X added …"', () => {
    const quotes = quotesOf('The governor said that the roads will reopen on Friday. Police warned drivers to stay home. She added that schools stay closed.');
    expect(quotes.map((q) => [speakerText(q), q.cue?.text, q.kind])).toEqual([
      ['The governor', 'said', 'indirect'],
      ['Police', 'warned', 'indirect'],
      ['She', 'added', 'indirect'],
    ]);
    expect(quotes[0].text).toBe('that the roads will reopen on Friday');
  });

  it('reads "according to X" before and after the content', () => {
    const quotes = quotesOf('According to the health ministry, 40 people were hurt. Two bridges collapsed, according to local police.');
    expect(quotes.map((q) => [speakerText(q), q.text])).toEqual([
      ['the health ministry', '40 people were hurt'],
      ['local police', 'Two bridges collapsed'],
    ]);
  });

  it('reads "X told reporters" and skips the hearer', () => {
    const [q] = quotesOf('Ortiz told reporters that the strike would end soon.');
    expect(speakerText(q)).toBe('Ortiz');
    expect(q.text).toBe('that the strike would end soon');
    expect(q.medium).toBeNull();
  });

  it('reads the cue after the content ("…, the minister said") and inverted ("…, said X")', () => {
    const quotes = quotesOf('The talks will resume next week, the foreign minister said. The deal is close, said a senior diplomat.');
    expect(quotes.map((q) => [speakerText(q), q.text])).toEqual([
      ['the foreign minister', 'The talks will resume next week'],
      ['a senior diplomat', 'The deal is close'],
    ]);
  });
});

describe('speakers and media', () => {
  it('makes organisations and governments speakers ("the Kremlin said", "the White House warned")', () => {
    const quotes = quotesOf('The Kremlin said that no meeting was planned. The White House warned that sanctions would follow.');
    expect(quotes.map(speakerText)).toEqual(['The Kremlin', 'The White House']);
  });

  it('keeps the medium apart from the speaker ("as quoted by the TASS news agency", "told CNN")', () => {
    const quotes = quotesOf('“Why not? They are good partners,” he said, as quoted by the TASS news agency.\n\n“We are ready,” Ada Moss told CNN.');
    expect(speakerText(quotes[0])).toBe('he');
    expect(quotes[0].medium?.text).toBe('the TASS news agency');
    expect(speakerText(quotes[1])).toBe('Ada Moss');
    expect(quotes[1].medium?.text).toBe('CNN');
  });

  it('takes the medium from "in an interview with X"', () => {
    const [q] = quotesOf('Lee said in an interview with the BBC that the project was over budget.');
    expect(speakerText(q)).toBe('Lee');
    expect(q.medium?.text).toBe('the BBC');
    expect(q.text).toBe('that the project was over budget');
  });

  it('makes a newspaper that reports the speaker, with no medium', () => {
    const [q] = quotesOf('The president will travel by train to the border, said the New York Times.');
    expect(speakerText(q)).toBe('the New York Times');
    expect(q.medium).toBeNull();
  });

  it('resolves names, bare titles and pronouns through the entities layer', () => {
    const doc = docOf('Defence Minister Ivo Lang visited the base. The spokesman said that talks went well. “We are ready,” he said.');
    doc.entities = [
      entity(doc, 'ent_lang', 'person', [{ text: 'Ivo Lang', via: 'name' }, { text: 'he', via: 'pronoun', from: 80 }]),
      entity(doc, 'ent_spokes', 'person', [{ text: 'The spokesman', via: 'title' }]),
    ];
    const quotes = extractQuotes(doc);
    expect(quotes.map((q) => [q.speakerText, q.speaker])).toEqual([
      ['The spokesman', 'ent_spokes'],
      ['he', 'ent_lang'],
    ]);
  });

  it('resolves a pronoun the entities layer left alone to the last person who spoke, less surely', () => {
    const doc = docOf('Ivo Lang said that the base would close. “It is a sad day,” he said.');
    doc.entities = [entity(doc, 'ent_lang', 'person', [{ text: 'Ivo Lang', via: 'name' }])];
    const quotes = extractQuotes(doc);
    expect(quotes[1].speaker).toBe('ent_lang');
    expect(quotes[1].confidence).toBeLessThan(quotes[0].confidence);
  });
});

describe('what stays unattributed', () => {
  it('finds nothing in titles, scare quotes, noun uses of cue words and bare cues', () => {
    expect(quotesOf('The film “Cold Harbour” opened in May.')).toEqual([]);
    expect(quotesOf('His promises were broken and the state budget failed.')).toEqual([]);
    expect(quotesOf('The striker, known as “the Hammer”, scored twice.')).toEqual([]);
    expect(quotesOf('He said.')).toEqual([]);
  });

  it('keeps a quotation nobody can speak with speaker null and a low confidence', () => {
    const [q] = quotesOf('“Nobody here remembers a winter this cold.”\n\nThe town has 400 people.');
    expect(q.kind).toBe('direct');
    expect(q.speaker).toBeNull();
    expect(q.speakerSpan).toBeNull();
    expect(q.confidence).toBeLessThanOrEqual(0.35);
  });

  it('leaves the speaker entity null for a speaker the entities layer does not know, with a capped confidence', () => {
    const doc = docOf('“The river is rising,” a local fisherman said.');
    doc.entities = [];
    const [q] = extractQuotes(doc);
    expect(q.speakerText).toBe('a local fisherman');
    expect(q.speaker).toBeNull();
  });
});
