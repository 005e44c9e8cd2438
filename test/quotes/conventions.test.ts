import { describe, expect, it } from 'vitest';
import type { QuoteRecord } from '../../src/model/layers/quotes.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { extractQuotes } from '../../src/pipeline/stages/quotes/index.js';
import { english } from '../../src/lang/en/index.js';
import { findQuotations } from '../../src/pipeline/stages/quotes/marks.js';

const segmenter = createPipeline({ stages: ['segment'] });

/** Quotes of `body` with the entities layer left empty (speaker spans only). */
function quotesOf(body: string): QuoteRecord[] {
  return extractQuotes(segmenter.run({ id: 't', published: '2024-03-01', body, lang: 'en' }));
}

const summary = (q: QuoteRecord) => [q.text, q.speakerText, q.cue?.text ?? null];

describe('misprinted marks', () => {
  it('takes a closing curly mark that opens a paragraph for an opening one', () => {
    const text = '”Rain again. The roads are closed.” A late bus.';
    const quotes = findQuotations(text, [{ start: 0, end: text.length }], english.quotes);
    expect(quotes.map((q) => q.inner)).toEqual(['Rain again. The roads are closed.']);
  });

  it('leaves a stray closing mark inside a line alone', () => {
    const text = 'The sign read STOP” and nothing else.';
    expect(findQuotations(text, [{ start: 0, end: text.length }], english.quotes)).toEqual([]);
  });
});

describe('quotations signed with a dash and a name', () => {
  it('gives each signed quotation to the name after the dash, the dash as cue', () => {
    const quotes = quotesOf('“The bridge has been shut for a year. We drive an hour to work.” ― Mara Olsen\n”I want the ferry back.”― Tom Ruiz.\n“Nobody asked us.” — Ines Dahl, a baker from the harbour');
    expect(quotes.map(summary)).toEqual([
      ['“The bridge has been shut for a year. We drive an hour to work.”', 'Mara Olsen', '―'],
      ['”I want the ferry back.”', 'Tom Ruiz', '―'],
      ['“Nobody asked us.”', 'Ines Dahl', '—'],
    ]);
    expect(quotes.every((q) => q.kind === 'direct')).toBe(true);
  });

  it('does not sign a quotation with a dash followed by a sentence or a lower-case word', () => {
    const quotes = quotesOf('“Closed for repairs” — that was all the sign said on Monday morning.\n\n“Open soon” — maybe next week.');
    expect(quotes.filter((q) => q.cue && /[―—]/.test(q.cue.text))).toEqual([]);
  });
});

describe('one speaker’s words over several sentences', () => {
  it('carries a quotation on into a next sentence that closes on quoted words and has no cue of its own', () => {
    const quotes = quotesOf('“The plant will close in June,” the owner said. But the workers “will all be offered jobs in the new mill.”');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].parts.map((p) => p.end - p.start)).toHaveLength(2);
    expect(quotes[0].text).toContain('But the workers “will all be offered jobs in the new mill.”');
  });

  it('does not carry on into a sentence with a cue of its own, or whose quoted words are only a title', () => {
    const withCue = quotesOf('“The plant will close in June,” the owner said. The union called it “a betrayal of the town.”');
    expect(withCue.find((q) => q.text.startsWith('“The plant'))?.text).toBe('“The plant will close in June,”');
    const title = quotesOf('“The plant will close in June,” the owner said. The mill opened in 1950 and its first product was “Blue Star” soap for the whole region.');
    expect(title[0].text).toBe('“The plant will close in June,”');
  });

  it('keeps the words around a quotation interrupted by a pronoun and its cue in one content', () => {
    const [q] = quotesOf('“Most of the cost comes from the new roof” alone, he said, rather than from the heating.');
    expect(q.speakerText).toBe('he');
    expect(q.text).toContain('alone');
    expect(q.text).toContain('rather than from the heating');
  });

  it('leaves ", adding that …" to its own attribution rather than to the cue before it', () => {
    const quotes = quotesOf('The bridge will open in May, the mayor said, adding that tolls would stay “as low as possible.”');
    expect(quotes.map(summary)).toEqual([
      ['The bridge will open in May', 'the mayor', 'said'],
      ['that tolls would stay “as low as possible.”', 'the mayor', 'adding'],
    ]);
  });
});

describe('requests with a hearer', () => {
  it('keeps the hearer in the content of a request ("urged him to resign", "encouraged parents and students to …")', () => {
    const quotes = quotesOf('The senator urged him to resign before the vote. The coach encouraged parents and students to “stay calm” at the match.');
    expect(quotes.map(summary)).toEqual([
      ['him to resign before the vote', 'The senator', 'urged'],
      ['parents and students to “stay calm” at the match', 'The coach', 'encouraged'],
    ]);
  });

  it('still skips the hearer before a that-clause, and after "told"', () => {
    const quotes = quotesOf('The mayor warned drivers that the bridge was “not safe.” Ana Pires told reporters to wait outside.');
    expect(quotes.map(summary)).toEqual([
      ['that the bridge was “not safe.”', 'The mayor', 'warned'],
      ['to wait outside', 'Ana Pires', 'told'],
    ]);
  });
});

describe('transcript turns', () => {
  it('gives each "NAME:" line of a transcript to that name, the colon as cue', () => {
    const quotes = quotesOf('The governor spoke to a radio host on Sunday.\n\nHOST: Will the bridge open this year?\n\n"GOV. ANNA REIS: It will open in May, and the tolls stay “as low as possible.”\n\nHOST: Thank you for your time.');
    expect(quotes.map(summary)).toEqual([
      ['Will the bridge open this year?', 'HOST', ':'],
      ['It will open in May, and the tolls stay “as low as possible.”', 'GOV. ANNA REIS', ':'],
      ['Thank you for your time.', 'HOST', ':'],
    ]);
  });

  it('does not take a single label line or labels such as UPDATE and VIDEO for a transcript', () => {
    expect(quotesOf('Snow in the pass\n\nUPDATE: The road reopened at noon.\n\nVIDEO: Crews clear the snow near the pass.').filter((q) => q.cue?.text === ':')).toEqual([]);
    expect(quotesOf('The mayor spoke on Monday.\n\nMAYOR: The road reopened at noon.').filter((q) => q.cue?.text === ':')).toEqual([]);
  });
});

describe('a quotation resumed after its cue', () => {
  it('joins “A,” he said, but “B.” into one content with the conjunction', () => {
    const [q] = quotesOf('“I like the plan,” he said, but “the money is not there yet.”');
    expect(q.speakerText).toBe('he');
    expect(q.parts).toHaveLength(2);
    expect(q.text).toContain('but “the money is not there yet.”');
  });

  it('does not join a later quotation that follows narration rather than a conjunction', () => {
    const quotes = quotesOf('“I like the plan,” he said, while critics called it “a fantasy.”');
    expect(quotes[0].text).toBe('“I like the plan,”');
  });
});

describe('a quoted subject whose sentence goes on after the cue', () => {
  it('adds the rest of the sentence (“Only the river,” she said, would stop them.)', () => {
    const [q] = quotesOf('“Only the river,” she said, would stop the builders from taking the valley.');
    expect(q.parts).toHaveLength(2);
    expect(q.text).toContain('would stop the builders from taking the valley');
  });

  it('leaves asides after the cue out of the content', () => {
    for (const body of ['“We won,” he said, smiling at the crowd.', '“We won,” he said, in his office.', '“We won,” said Ana Reis, who runs the club.']) {
      expect(quotesOf(body)[0].text).toBe('“We won,”');
    }
  });
});

describe('a thought verb after "and" inside reported speech', () => {
  it('keeps "… and expects …" inside the reported clause rather than starting a new attribution', () => {
    const quotes = quotesOf('The coach says she is proud of the team and expects to win “a lot of games” this year.');
    expect(quotes.map(summary)).toEqual([['she is proud of the team and expects to win “a lot of games” this year', 'The coach', 'says']]);
  });

  it('still splits a second speech cue of the same speaker ("called it … and urged …")', () => {
    const quotes = quotesOf('The mayor called the plan “reckless” and urged the council to vote it down.');
    expect(quotes.map((q) => q.cue?.text)).toEqual(['called', 'urged']);
  });
});

describe('attributions nested in reported speech', () => {
  it('keeps a thought verb or a naming verb inside what a speaker said as part of it', () => {
    const quotes = quotesOf('The minister said he would welcome “a fair deal” soon. Ana Reis said the plan was what she called “a dead end.”');
    expect(quotes.map(summary)).toEqual([
      ['he would welcome “a fair deal” soon', 'The minister', 'said'],
      ['the plan was what she called “a dead end.”', 'Ana Reis', 'said'],
    ]);
  });

  it('keeps a nested statement cue, and a thought verb that no statement holds', () => {
    const nested = quotesOf('The lawyer said the witness told police that the car was “blue.”');
    expect(nested.map((q) => q.cue?.text)).toEqual(['said', 'told']);
    const alone = quotesOf('The minister believes the deal is “fair.”');
    expect(alone.map((q) => q.cue?.text)).toEqual(['believes']);
  });

  it('ends a content before ", adding …", which starts an attribution of its own', () => {
    const quotes = quotesOf('Ana Reis said that the road would reopen in May, adding that tolls would stay “low.”');
    expect(quotes.map(summary)).toEqual([
      ['that the road would reopen in May', 'Ana Reis', 'said'],
      ['that tolls would stay “low.”', 'Ana Reis', 'adding'],
    ]);
  });
});

describe('"said of"', () => {
  it('takes what the words were about into the content and "of" into the cue', () => {
    const [q] = quotesOf('“It is a jewel,” the mayor said of the old harbour. “We will keep it.”');
    expect(q.cue?.text).toBe('said of');
    expect(q.text).toContain('the old harbour');
    expect(q.parts).toHaveLength(3);
  });

  it('leaves a plain trailing cue with its time words alone', () => {
    const [q] = quotesOf('“It is a jewel,” the mayor said on Monday.');
    expect(q.cue?.text).toBe('said on Monday');
    expect(q.parts).toHaveLength(1);
  });
});

describe('speakers further from their cue', () => {
  it('gives a speech cue coordinated with the main verb the sentence subject', () => {
    const quotes = quotesOf('The Harbour Authority on Monday approved the budget and pledged to keep ferry fares “as they are.”');
    expect(quotes.map(summary)).toEqual([['to keep ferry fares “as they are.”', 'The Harbour Authority', 'pledged']]);
  });

  it('reads an irregular past verb of the subject before "and <cue>"', () => {
    const quotes = quotesOf('Mayor Ana Reis took the stage at the harbour and called the ferry plan “a gift to the town.”');
    expect(quotes.map(summary)).toEqual([['the ferry plan “a gift to the town.”', 'Mayor Ana Reis', 'called']]);
  });

  it('gives no speaker to a coordinated cue after a sentence opening with a preposition or a bare noun', () => {
    expect(quotesOf('In May the council approved the budget and pledged to keep fares low.')).toEqual([]);
    expect(quotesOf('The man walked home and said nothing about the fares.')).toEqual([]);
  });

  it('reads a speaker over an appositive and a time phrase before the cue', () => {
    const quotes = quotesOf('Ana Reis, the harbour minister, on Tuesday called the ferry plan “a gift.” Tom Ruiz, her deputy, also said the plan was sound.');
    expect(quotes.map((q) => [q.speakerText, q.cue?.text])).toEqual([
      ['Ana Reis', 'called'],
      ['Tom Ruiz', 'said'],
    ]);
  });

  it('steps over a sentence adverb before a speaker with an appositive', () => {
    const [q] = quotesOf('Even Norway, the town’s oldest partner and its biggest buyer, said it was “deeply worried” by the vote.');
    expect(q.speakerText).toBe('Norway');
    expect(q.text).toBe('it was “deeply worried” by the vote');
  });

  it('reads a trailing speaker over appositives that hold a noun use of a cue word', () => {
    const [q] = quotesOf('“The rule is an overreach,” Ana Reis, the attorney general of one of the states suing the agency, said on Monday.');
    expect(q.speakerText).toBe('Ana Reis');
    expect(q.cue?.text).toBe('said on Monday');
  });
});

describe('gerund cues', () => {
  it('gives ", saying “…”" the subject after an opening adverbial', () => {
    const quotes = quotesOf('Before the vote, Harbour Minister Ana Reis pushed the plan through, saying, “The ferry will pay for itself.”');
    expect(quotes.map(summary)).toEqual([['“The ferry will pay for itself.”', 'Harbour Minister Ana Reis', 'saying']]);
  });

  it('splits “…,” adding, “…” after a quotation from the content before it', () => {
    const quotes = quotesOf('Reis told the radio that the old ferry was “a wreck,” adding, “We will not sail it again.”');
    expect(quotes.map(summary)).toEqual([
      ['that the old ferry was “a wreck,”', 'Reis', 'told'],
      ['“We will not sail it again.”', 'Reis', 'adding'],
    ]);
  });

  it('finds no subject for a gerund after a sentence with no named subject', () => {
    expect(quotesOf('In the end, the plan was dropped, saying little about the cost.')).toEqual([]);
  });
});

describe('"according to" after a quotation of several sentences', () => {
  it('takes the whole quotation into the content', () => {
    const quotes = quotesOf('“We sail at dawn. The boats are ready,” the captain told the crew, according to the harbour log.');
    const according = quotes.find((q) => q.cue?.text === 'according to');
    expect(according?.speakerText).toBe('the harbour log');
    expect(according?.text.startsWith('“We sail at dawn.')).toBe(true);
  });
});

describe('hearers of "told"', () => {
  it('steps over a programme of the hearer and stops the hearer at a new noun phrase or pronoun', () => {
    const quotes = quotesOf('Reis told NBC’s “Morning Desk” on Monday the ferry was “safe.” Ruiz told The Courier a strike was likely. Lee told Harbour Radio he would resign. Ortiz told the BBC’s State of the Union that the deal was dead.');
    expect(quotes.map((q) => q.text)).toEqual(['the ferry was “safe.”', 'a strike was likely', 'he would resign', 'that the deal was dead']);
    expect(quotesOf('Reis told the mayor’s office that the ferry was “safe.”')[0].text).toBe('that the ferry was “safe.”');
  });
});

describe('"declined to", "refused to" and "In a poll,"', () => {
  it('reads "declined to comment" with the infinitive as content, and not a decline in numbers', () => {
    const quotes = quotesOf('The harbour office declined to say whether the ferry was safe. Ticket sales declined sharply in March.');
    expect(quotes.map(summary)).toEqual([['to say whether the ferry was safe', 'The harbour office', 'declined']]);
  });

  it('makes a poll in an opening "In …," phrase the source of the clause after it', () => {
    const quotes = quotesOf('In a Courier poll released Monday, 60 percent of residents backed the ferry. In May, the town voted for the plan.');
    expect(quotes.map(summary)).toEqual([['60 percent of residents backed the ferry', 'a Courier poll', 'In']]);
  });

  it('leaves "In a speech, X attacked …" to the cue of its clause', () => {
    const quotes = quotesOf('In a speech on Monday, Reis attacked the “reckless” plan of the council.');
    expect(quotes.map((q) => q.cue?.text)).toEqual(['attacked']);
  });
});

describe('a sentence opening with "Asked"', () => {
  it('keeps the question as an attribution with an unnamed asker, and the answer to its own cue', () => {
    const quotes = quotesOf('Asked whether the ferry was “safe enough,” Reis said it had passed every test.');
    expect(quotes.map(summary)).toEqual([
      ['whether the ferry was “safe enough,”', null, 'Asked'],
      ['it had passed every test', 'Reis', 'said'],
    ]);
    expect(quotes[0].speaker).toBeNull();
  });

  it('does not read "Asked" without a question word', () => {
    expect(quotesOf('Asked to leave, the crowd stayed on the pier.')).toEqual([]);
  });
});
