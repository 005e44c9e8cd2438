import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';

/** The product's stages up to quotes: the speaker a reader gets is the entity its phrase names, by its canonical name. */
const pipeline = createPipeline({ stages: ['segment', 'syntax', 'ner', 'entities', 'quotes'] });

/** Each quote as "speaker words -> canonical speaker" (null when no entity is named). */
function speakersOf(body: string): string[] {
  const doc = pipeline.run({ id: 't', published: '2026-03-02', body, lang: 'en' });
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.quotes.map((q) => `${q.speakerText} -> ${q.speaker ? names.get(q.speaker) : null}`);
}

describe('a role held for a body is read with it as one speaker', () => {
  it('reads "a spokesman for X" after a quotation, before and after its cue', () => {
    expect(speakersOf('“The board will meet next week,” a spokesman for the Harbour Authority said.')).toEqual([
      'a spokesman for the Harbour Authority -> Harbour Authority',
    ]);
    expect(speakersOf('“The board will meet next week,” said a spokeswoman for the Harbour Authority.')).toEqual([
      'a spokeswoman for the Harbour Authority -> Harbour Authority',
    ]);
  });

  it('gives a role that does not speak for its body no body ("a lawyer for the family")', () => {
    const [s] = speakersOf('A lawyer for the Okafor family said the police had lied.');
    expect(s).toBe('A lawyer for the Okafor family -> null');
  });
});

describe('the speaker is the head of its phrase, not a modifier', () => {
  it('names the person before "of" a place or an outlet', () => {
    expect(speakersOf('“We need a deal,” said Rep. Tom Okafor of Nebraska.')).toEqual(['Rep. Tom Okafor of Nebraska -> Tom Okafor']);
    expect(speakersOf('“Nobody asked us,” said Joel Pratt of Breitbart News.')).toEqual(['Joel Pratt of Breitbart News -> Joel Pratt']);
  });

  it('names the person after a title that holds a place of the same length', () => {
    const [s] = speakersOf('Republican South Dakota Sen. Mara Lindqvist said she disagreed with the plan.');
    expect(s).toBe('Republican South Dakota Sen. Mara Lindqvist -> Mara Lindqvist');
  });

  it('gives "the Vermont senator" or a people noun no place or person of its modifier', () => {
    // the senator is the person named before, whom the description takes up (below)
    const quotes = speakersOf('Anna Berg arrived late. “It is a bad deal,” the Vermont senator told supporters.\n\nBerg supporters said the vote was rigged.');
    expect(quotes).toEqual(['the Vermont senator -> Anna Berg', 'Berg supporters -> null']);
  });

  it('lets officials, a campaign or a poll speak for the body that modifies them', () => {
    expect(speakersOf('Kremlin officials said the talks would resume.')).toEqual(['Kremlin officials -> Kremlin']);
    expect(speakersOf('An Ipsos poll shows the race is close.')).toEqual(['An Ipsos poll -> Ipsos']);
  });

  it('reads the body after "the government of", and many of a group as the group', () => {
    expect(speakersOf('The government of Costa Rica said it would host the talks.')).toEqual(['The government of Costa Rica -> Costa Rica']);
    expect(speakersOf('Several Democratic voters said the vote was rigged.')).toEqual(['Several Democratic voters -> Democrat']);
  });

  it('takes the name after a description and its comma', () => {
    const [s] = speakersOf('“We will win this,” said her campaign manager, Robby Lund.');
    expect(s).toBe('her campaign manager, Robby Lund -> Robby Lund');
  });

  it('keeps the name when a dateline misleads the parse about the role', () => {
    const [s] = speakersOf('LONDON, March 2 (Wire) — A spokesman for opposition leader Mara Quint called the report “outrageous.”');
    expect(s).toBe('A spokesman for opposition leader Mara Quint -> Mara Quint');
  });
});

describe('a relative pronoun is the name it follows', () => {
  it('gives "who" the person named right before it, not the last speaker', () => {
    const quotes = speakersOf('“We are ready,” said Coach Ana Reis.\n\nWork on the new stadium was led by Tomas Brandt, who said it would open in May.');
    expect(quotes).toEqual(['Coach Ana Reis -> Ana Reis', 'who -> Tomas Brandt']);
  });
});

describe('a sentence closed by its own attribution', () => {
  it('ends an earlier content before ", lawyers for the family said."', () => {
    const doc = pipeline.run({ id: 't', published: '2026-03-02', body: 'The Lindqvist family, who asked the police to release the tapes, watched them on Monday, lawyers for the family said.', lang: 'en' });
    const asked = doc.quotes.find((q) => q.cue?.text === 'asked');
    expect(asked?.text).toBe('the police to release the tapes, watched them on Monday');
    expect(doc.quotes.find((q) => q.cue?.text === 'said')?.speakerText).toBe('lawyers for the family');
  });
});

describe('a description that takes up a person named before it', () => {
  it('reads an office with a state before it as the person the last sentence was about, across a paragraph', () => {
    const speakers = speakersOf(
      'Marta Quill is opening her campaign for the spring primary in Ohio, where Dale Fenwick leads the polls.\n\nThe Ohio senator told reporters that she expects to win the state.',
    );
    expect(speakers).toContain('The Ohio senator -> Marta Quill');
  });

  it('reads a description with a name set beside it between commas as that name', () => {
    const speakers = speakersOf('Lena Voss said the plan was too slow.\n\n“We will not wait for the council,” the city press secretary, Omar Hale, said on Tuesday.');
    expect(speakers).toContain('the city press secretary -> Omar Hale');
  });

  it('reads an epithet ("the billionaire businessman") as the person named before it', () => {
    const speakers = speakersOf('Dale Fenwick spoke to 2,000 supporters in Reno on Sunday.\n\nThe billionaire businessman said the city needed a new stadium.');
    expect(speakers).toContain('The billionaire businessman -> Dale Fenwick');
  });

  it('reads a party epithet after a state as a person, not the party', () => {
    const speakers = speakersOf(
      'Senate Majority Leader Ira Dunn is criticizing President Carla Webb as a weak leader who cares more about taxes than jobs.\n\nIn a statement, the Kentucky Republican on Tuesday dismissed Webb’s plans to raise the fuel tax.',
    );
    expect(speakers).toContain('the Kentucky Republican -> Ira Dunn');
  });

  it('takes the gender the epithet says over the subject', () => {
    const speakers = speakersOf('Tom Avery thanked Nora Bell at the premiere on Monday.\n\nThe actress said the film would open in May.');
    expect(speakers).toContain('The actress -> Nora Bell');
  });

  it('takes nobody named only inside the quotation', () => {
    const speakers = speakersOf('Dale Fenwick opened a new tower on Monday.\n\n“Carla Webb has let this city down,” the billionaire developer said.');
    expect(speakers).toContain('the billionaire developer -> Dale Fenwick');
  });

  it('gives an office to nobody who holds only another one', () => {
    const speakers = speakersOf('House Speaker Ira Dunn says the budget will pass this week.\n\nThe president said on Tuesday that she would sign it.');
    expect(speakers).toContain('The president -> null');
  });

  it('reads a description that names another person or an owner as someone else', () => {
    expect(speakersOf('Ana Ruiz spoke in Dayton on Monday.\n\nThe Ruiz campaign manager said the crowd was the largest yet.')).toContain(
      'The Ruiz campaign manager -> null',
    );
    expect(speakersOf('Ana Ruiz met Prime Minister Omar Hale on Monday.\n\nThe prime minister’s spokesman said the talks went well.')).not.toContain(
      'The prime minister’s spokesman -> Ana Ruiz',
    );
  });
});

describe('a period between the speaker and its cue', () => {
  it('steps over "last month" or "last year" to the speaker before it', () => {
    expect(speakersOf('Rep. Tom Okafor last month said the bridge would close.')).toEqual(['Rep. Tom Okafor -> Tom Okafor']);
    expect(speakersOf('Mayor Lena Voss, who last year promised a new school, said the money was gone.').map((s) => s.split(' -> ')[1])).toEqual(['Lena Voss', 'Lena Voss']);
  });
});
