import { describe, expect, it } from 'vitest';
import type { QuoteRecord } from '../../src/model/layers/quotes.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';

/** The product's stages up to quotes: the rules read the dependency parse and the entities layer. */
const pipeline = createPipeline({ stages: ['segment', 'syntax', 'ner', 'entities', 'quotes'] });

function quotesOf(body: string): QuoteRecord[] {
  return pipeline.run({ id: 't', published: '2024-03-01', body, lang: 'en' }).quotes;
}

const summary = (q: QuoteRecord) => ({ text: q.text, speaker: q.speakerText, cue: q.cue?.text ?? null });

describe('passive cues', () => {
  it('gives a passive question to its "by" phrase, not to its subject, and starts the content after it', () => {
    const [q] = quotesOf('The senator was asked by host Dana Wells whether she would run again.');
    expect(summary(q)).toEqual({ text: 'whether she would run again', speaker: 'host Dana Wells', cue: 'asked' });
  });

  it('leaves a passive cue with no "by" phrase without a speaker', () => {
    const quotes = quotesOf('The senator was asked whether she would run again.');
    expect(quotes.map((q) => q.speakerText)).toEqual([null]);
  });

  it('keeps the subject of "was quoted as saying", with "as saying" in the cue', () => {
    const [q] = quotesOf('The minister was quoted as saying that the talks had failed.');
    expect(summary(q)).toEqual({ text: 'that the talks had failed', speaker: 'The minister', cue: 'quoted as saying' });
    const [d] = quotesOf('The coach was quoted as saying, “We lost our nerve.”');
    expect(summary(d)).toEqual({ text: '“We lost our nerve.”', speaker: 'The coach', cue: 'quoted as saying' });
  });
});

describe('cue forms that are as often nouns', () => {
  it('takes no cue from a noun the parse reads as one', () => {
    expect(quotesOf('She watched an NBC show about the election results last night.')).toEqual([]);
    expect(quotesOf('Voters saw a CNN report on the vote, which was close.')).toEqual([]);
  });

  it('takes no cue from any form the parse reads as a noun with its own determiner', () => {
    const quotes = quotesOf('A big reason for the change was the new road, which the mayor said would open in May.');
    expect(quotes.map((q) => q.cue?.text)).toEqual(['said']);
  });

  it('keeps such a form as a cue after a pronoun, whatever the tagger says', () => {
    const [q] = quotesOf('In the filing, it also points out that the fees were never paid.');
    expect(q?.speakerText).toBe('it');
  });
});

describe('speakers from the parse', () => {
  it('takes the subject of the cue, not a time or an adverb read before it', () => {
    const [poll] = quotesOf('A Harbor University poll in late March found that most voters favour the plan.');
    expect(summary(poll)).toEqual({ text: 'that most voters favour the plan', speaker: 'A Harbor University poll', cue: 'found' });
    const [they] = quotesOf('They almost never disclosed that the loans were late.');
    expect(summary(they)).toEqual({ text: 'that the loans were late', speaker: 'They', cue: 'disclosed' });
  });

  it('reads inverted cues, "according to", "told" and "in a statement"', () => {
    expect(quotesOf('“We will not leave,” said Ana Ortiz, a senior fellow at the Harbor Institute.').map(summary)).toEqual([
      { text: '“We will not leave,”', speaker: 'Ana Ortiz', cue: 'said' },
    ]);
    expect(quotesOf('Governor Lena Park told reporters the budget was balanced.').map(summary)).toEqual([
      { text: 'the budget was balanced', speaker: 'Governor Lena Park', cue: 'told' },
    ]);
    expect(quotesOf('In a statement, the ministry said the talks would resume on Monday.').map(summary)).toEqual([
      { text: 'the talks would resume on Monday', speaker: 'the ministry', cue: 'said' },
    ]);
  });
});

describe('speakers a cue borrows from its clause', () => {
  it('gives ", saying …" the subject of the verb of speaking it goes on, not a subject inside what was reported', () => {
    const quotes = quotesOf('Ana Ruiz told the panel that she believes we must keep the clinics open, saying that "health still decides too much" in the valley.');
    expect(quotes.map((q) => [q.cue?.text, q.speakerText])).toEqual([
      ['told', 'Ana Ruiz'],
      ['saying', 'Ana Ruiz'],
    ]);
  });

  it('gives a coordinated cue the speaker of the verb of speaking it is coordinated with, not the last speaker read', () => {
    const pledged = quotesOf('Farmers said they want "fair prices," but pledged to stay calm.').find((q) => q.cue?.text === 'pledged');
    expect(pledged?.speakerText).toBe('Farmers');
    const suggested = quotesOf('Premier Olga Lind said on Monday that the province would formally declare its intention to leave and suggested that it would quit the trade pact.').find((q) => q.cue?.text === 'suggested');
    expect(suggested?.speakerText).toBe('Premier Olga Lind');
  });

  it('keeps the title of each name of a coordinated subject it borrows', () => {
    const [q] = quotesOf('Senator Pike and Senator Moss sent a letter to the board this week, adding that the rules were unclear.');
    expect(summary(q)).toEqual({ text: 'that the rules were unclear', speaker: 'Senator Pike and Senator Moss', cue: 'adding' });
  });

  it('takes no verb phrase as a speaker', () => {
    const [q] = quotesOf('The union issued a statement welcoming the decision to reopen the mill.');
    expect(q.text).toBe('the decision to reopen the mill');
    expect(q.speakerText).not.toMatch(/issued/);
  });

  it('leaves a quotation after "X said:" to X and gives ", adding …" the words after it', () => {
    const quotes = quotesOf('In a statement, the firm said: "The mill was doing well when it was sold," adding that its value tripled in a year.');
    expect(quotes.map(summary)).toEqual([
      { text: '"The mill was doing well when it was sold,"', speaker: 'the firm', cue: 'said' },
      { text: 'that its value tripled in a year', speaker: 'the firm', cue: 'adding' },
    ]);
  });

  it('gives a participle on a noun the noun, not the verb its phrase hangs on', () => {
    const [q] = quotesOf('The new ad uses footage of Reyes asking, “Why are the roads still closed?”');
    expect(q.text).toBe('“Why are the roads still closed?”');
    expect(q.speakerText).toContain('Reyes');
  });

  it('gives the cue to the name a chain of appositions describes', () => {
    const [q] = quotesOf('Lena Ortiz, the trade minister of Chile, a member of the Trade Council, said the tariffs "cannot stand."');
    expect(q.speakerText).toBe('Lena Ortiz');
  });
});

describe('content bounds from the parse', () => {
  it('leaves the part of the day after its day out of the content', () => {
    const [q] = quotesOf('Moss said Wednesday night that under the old plan, "the farms have been left to die."');
    expect(summary(q)).toEqual({ text: 'that under the old plan, "the farms have been left to die."', speaker: 'Moss', cue: 'said Wednesday night' });
  });

  it('ends the content of a cue in a "when" clause before the clause it sets the scene for, and leaves that clause out of the other', () => {
    const quotes = quotesOf('So when the mill signaled last summer that it would sell to a stranger, Mr. Hart said, "we were stunned."');
    expect(quotes.map((q) => [q.text, q.speakerText])).toEqual([
      ['that it would sell to a stranger', 'the mill'],
      ['"we were stunned."', 'Mr. Hart'],
    ]);
  });

  it('keeps a conditional lead-in the parse reads as part of what was said', () => {
    const [q] = quotesOf('If the mill closes, Mr. Hart said, the town will die.');
    expect(q.text).toBe('If the mill closes, Mr. Hart said, the town will die');
  });
});

describe('contents', () => {
  it('leaves the speaker\'s apposition out of the content', () => {
    const [q] = quotesOf("The plant will close in May, according to Mark Bell, the union's president.");
    expect(summary(q)).toEqual({ text: 'The plant will close in May', speaker: 'Mark Bell', cue: 'according to' });
    expect(q.parts).toHaveLength(1);
  });

  it('goes on into the next quotation after an apposition that ends the sentence', () => {
    const [q] = quotesOf('Prices are out of control, says Mark Bell, the union\'s president. “Nobody can pay the rent.”');
    expect(q.parts.map((p) => q.text.slice(p.start - q.start, p.end - q.start))).toEqual(['Prices are out of control', '“Nobody can pay the rent.”']);
  });

  it('leaves the reporter\'s question out of the content, and keeps a fronted part of what was said', () => {
    const [q] = quotesOf('Asked to describe the device, Officer Ray Dunn said, “It looked like a pressure cooker.”');
    expect(summary(q)).toEqual({ text: '“It looked like a pressure cooker.”', speaker: 'Officer Ray Dunn', cue: 'said' });
    const [r] = quotesOf('To understand the city, Mayor Ray Dunn said, one should walk its streets.');
    expect(r.parts).toHaveLength(2);
  });
});

describe('a cue must be speech', () => {
  it('takes no cue from a verb used in a sense that is not speech', () => {
    expect(quotesOf('Authorities are refusing to allow more protests in the capital.')).toEqual([]);
    expect(quotesOf('The index added 20.72 points to close at 11,200.')).toEqual([]);
    expect(quotesOf('Riot police responded by spraying water cannons at the crowd.')).toEqual([]);
    expect(quotesOf('Prices continued to climb through the winter.')).toEqual([]);
  });

  it('keeps the same verbs with a clause or a quotation as content', () => {
    expect(quotesOf('The minister added that the talks would continue.').map(summary)).toEqual([
      { text: 'that the talks would continue', speaker: 'The minister', cue: 'added' },
    ]);
    expect(quotesOf('The minister added the talks would continue.').map((q) => q.speakerText)).toEqual(['The minister']);
    expect(quotesOf('The company responded: “We followed the law.”').map((q) => q.speakerText)).toEqual(['The company']);
    expect(quotesOf('The mayor refused to say whether she would run.').map((q) => q.speakerText)).toEqual(['The mayor']);
    expect(quotesOf('Officials declined to comment on the report.').map((q) => q.speakerText)).toEqual(['Officials']);
  });
});

describe('pronouns and titles', () => {
  const speakerName = (body: string) => {
    const doc = pipeline.run({ id: 't', published: '2024-03-01', body, lang: 'en' });
    return doc.quotes.map((q) => doc.entities.find((e) => e.id === q.speaker)?.name ?? null);
  };

  it('gives "the president" only to the holder of that title of the country the sentence names, else to nobody', () => {
    const story = 'President Barack Obama met Russian President Vladimir Putin in Beijing. Putin said the talks were useful.';
    expect(speakerName(`${story} The president warned that sanctions would stay.`)).toEqual(['Vladimir Putin', null]);
    expect(speakerName(`${story} In Moscow, the president said the sanctions would hurt.`)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });

  it('with no country in the sentence, gives a title held by several to the holder of the article\'s focus country', () => {
    const story = 'President Maria Lind of Sweden met Russian President Ivan Orlov in Oslo. Orlov said the talks were useful. Russian officials said Moscow would keep its ships in the Baltic. The Kremlin said Russia wanted a deal.';
    expect(speakerName(`${story} The president warned that sanctions would stay.`).at(-1)).toBe('Ivan Orlov');
    // an article about no one country leaves it unresolved
    const split = 'President Maria Lind of Sweden met Russian President Ivan Orlov in Oslo. Orlov said the talks were useful.';
    expect(speakerName(`${split} The president warned that sanctions would stay.`).at(-1)).toBeNull();
  });

  it('gives a title held by one person in the article to that person', () => {
    expect(speakerName('Finance Minister Lena Ostrova met bankers on Monday. The minister said rates would stay low.')).toEqual(['Lena Ostrova']);
  });

  it('prefers the speaker of the last turn to a person named since, and only when the gender agrees', () => {
    const story = '“The roads are a disgrace,” said Mayor Tom Reyes. Paul Dunn and Mark Hale listened.';
    expect(speakerName(`${story} “We need help,” he said.`)).toEqual(['Tom Reyes', 'Tom Reyes']);
    expect(speakerName(`${story} “We need help,” she said.`)).toEqual(['Tom Reyes', null]);
  });

  it('leaves "he" unresolved when the last speaker is too far back and nobody is named near it', () => {
    const body = '“The roads are a disgrace,” said Mayor Tom Reyes. Crews worked through the night. Trucks came from three towns. The storm moved east on Friday. Snow fell again on Sunday. “We need help,” he said.';
    expect(speakerName(body)).toEqual(['Tom Reyes', null]);
  });
});

describe('a quotation that carries on the words its sentence opens with', () => {
  const parts = (q: QuoteRecord, body: string) => q.parts.map((p) => body.slice(p.start, p.end));

  it('takes the whole sentence as content when a trailing cue closes a lower-case quotation inside it', () => {
    const body = 'The new bridge “will open in the spring,” Ana Reis said in June, citing the new funds.';
    const [q] = quotesOf(body);
    expect(summary(q)).toEqual({ text: 'The new bridge “will open in the spring,”', speaker: 'Ana Reis', cue: 'said' });
    const inverted = 'Despite the delays, the new bridge ‘‘will open in the spring,’’ said Mr. Reis (a view his staff shares).';
    expect(summary(quotesOf(inverted)[0])).toEqual({ text: 'Despite the delays, the new bridge ‘‘will open in the spring,’’', speaker: 'Mr. Reis', cue: 'said' });
  });

  it('reads a quotation of several sentences after the subject, "the report says" closing it, and starts after a colon', () => {
    const body = "Here is one case: The port authority ''only checks the large ships, by weight. By checking only those, it lets small boats carry anything,'' the report says.";
    const [q] = quotesOf(body);
    expect(summary(q)).toEqual({ text: "The port authority ''only checks the large ships, by weight. By checking only those, it lets small boats carry anything,''", speaker: 'the report', cue: 'says' });
  });

  it('goes on into a coordinated predicate after the cue, quoted or not', () => {
    const body = 'The mayor “signed the order,” Reis said, and still “got to keep the veto. It raises questions.”';
    const [q] = quotesOf(body);
    expect(parts(q, body)).toEqual(['The mayor “signed the order,”', 'and still “got to keep the veto. It raises questions.”']);
    expect(q.speakerText).toBe('Reis');
  });

  it('leaves a quotation after a cue of the lead-in, and a cue inside the sentence, to the other rules', () => {
    const asked = quotesOf('Asked whether the mayor “has the votes to win,” most residents said yes.');
    expect(asked.map((q) => q.cue?.text)).toContain('Asked');
    const inside = 'Despite his “brash manner,” his lawyer wrote, Lee is a kind man.';
    const [q] = quotesOf(inside);
    expect(parts(q, inside)).toEqual(['Despite his “brash manner,”', 'Lee is a kind man']);
  });
});

describe('"as X put it"', () => {
  it('credits the clause after an opening "As X put it," to X, stepping over an appositive, an adverb and a channel', () => {
    const [q] = quotesOf('As Ana Reis, a lawyer at the Tax Center, recently put it in a letter to the board, “Did the council act in good faith?”');
    expect(summary(q)).toEqual({ text: '“Did the council act in good faith?”', speaker: 'Ana Reis', cue: 'recently put it' });
  });

  it('credits the clause before a closing ", as X put it" to X, from the comma that opens that clause', () => {
    const [q] = quotesOf('Most traders pay the fee, but the first rule for the port is a “clean record of trade,” as a council memo put it.');
    expect(summary(q)).toEqual({ text: 'but the first rule for the port is a “clean record of trade,”', speaker: 'a council memo', cue: 'put it' });
  });

  it('leaves "put it" in its sense of placing alone', () => {
    expect(quotesOf('As the ship left, Reis put it on the table.')).toEqual([]);
  });
});

describe('a speaker with an aside between dashes before the cue', () => {
  it('steps over the aside to the name before its appositive', () => {
    const [q] = quotesOf('Ana Reis, the head of Harbour Media -- the firm that owns the paper, which is also sold in Leeds -- told me, “We sell to people who want it.”');
    expect(summary(q)).toEqual({ text: '“We sell to people who want it.”', speaker: 'Ana Reis', cue: 'told' });
    const [d] = quotesOf('Ana Reis — the head of Harbour Media — said the paper would close.');
    expect(summary(d)).toEqual({ text: 'the paper would close', speaker: 'Ana Reis', cue: 'said' });
  });
});

describe('a speaker pronoun by salience in the parse', () => {
  const speakerName = (body: string) => {
    const doc = pipeline.run({ id: 't', published: '2024-03-01', body, lang: 'en' });
    const q = doc.quotes.find((x) => x.speakerText === 'he' || x.speakerText === 'she');
    return doc.entities.find((e) => e.id === q?.speaker)?.name ?? null;
  };

  it('gives "he" to the subject of the sentence before, not to a person named earlier in it', () => {
    expect(speakerName('After a long talk with Tom Lee, coach Mike Babcock left the rink. “We were lucky,” he said.')).toBe('Mike Babcock');
    expect(speakerName('With Tom Lee on the bench, Mike Babcock watched the third period. “We were lucky,” he said.')).toBe('Mike Babcock');
  });

  it('passes over a subject of the other gender, and a subject that only names a person’s thing', () => {
    expect(speakerName('After a long talk with Anna Berg, coach Mike Babcock left the rink. “We were lucky,” she said.')).toBe('Anna Berg');
    expect(speakerName('Next to Tom Lee, Mike Babcock’s assistant watched the third period. “We were lucky,” he said.')).not.toBe('Mike Babcock');
  });
});
