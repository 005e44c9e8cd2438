import { describe, expect, it } from 'vitest';
import { docWithMentions, entitiesOf, only, withMention } from './helpers.js';

describe('entities: people and their names', () => {
  it('groups full name, surname and titled name into one person', () => {
    const doc = docWithMentions(
      'Russian President Vladimir Putin met officials on Friday. Putin said the talks went well. Later, Vladimir Putin left.',
      [['Russian', 'MISC'], ['Vladimir Putin', 'PER'], ['Putin', 'PER']],
    );
    const ents = entitiesOf(doc);
    const putin = only(ents, 'Vladimir Putin');
    expect(putin.type).toBe('person');
    expect(putin.mentions.filter((m) => m.via === 'name' || m.via === 'alias')).toHaveLength(3);
    expect(putin.aliases).toContain('Putin');
    expect(putin.roles).toEqual([expect.objectContaining({ title: 'President', country: 'RU' })]);
    expect(putin.country).toBe('RU');
    const russian = only(ents, 'Russian');
    expect(russian).toMatchObject({ type: 'group', country: 'RU' });
    expect(russian.mentions[0].via).toBe('demonym');
  });

  it('merges a short form met before the full name', () => {
    const doc = docWithMentions('Putin spoke first. Then Vladimir Putin took questions.', [['Putin', 'PER'], ['Vladimir Putin', 'PER']]);
    const ents = entitiesOf(doc).filter((e) => e.type === 'person');
    expect(ents).toHaveLength(1);
    expect(ents[0].name).toBe('Vladimir Putin');
  });

  it('never merges two different people who share a family name', () => {
    const doc = docWithMentions(
      'Kim Jong Un inspected a factory. His sister Kim Yo Jong issued a statement on Monday. Kim called the drills a provocation.',
      [['Kim Jong Un', 'PER'], ['Kim Yo Jong', 'PER'], ['Kim', 'PER']],
    );
    const ents = entitiesOf(doc);
    const jongUn = only(ents, 'Kim Jong Un');
    const yoJong = only(ents, 'Kim Yo Jong');
    expect(jongUn.id).not.toBe(yoJong.id);
    // the bare "Kim" follows a sentence that names only Kim Yo Jong: recency gives it to her, with less confidence
    const bare = yoJong.mentions.find((m) => m.text === 'Kim');
    expect(bare).toBeDefined();
    expect(bare!.confidence).toBeLessThan(0.95);
    expect(jongUn.mentions.some((m) => m.text === 'Kim')).toBe(false);
  });

  it('leaves a bare shared name ambiguous when nothing settles it', () => {
    const doc = docWithMentions(
      'Kim arrived in the capital on Sunday. Officials said Kim Jong Un and Kim Yo Jong would attend the parade.',
      [['Kim Jong Un', 'PER'], ['Kim Yo Jong', 'PER'], ['Kim', 'PER']],
    );
    const ents = entitiesOf(doc);
    const bare = withMention(ents, 'Kim');
    expect(bare).toHaveLength(1);
    expect(bare[0].name).toBe('Kim');
    expect(bare[0].confidence).toBeLessThan(0.5);
    // its id is not the id of a person simply called Kim
    const plain = entitiesOf(docWithMentions('Kim spoke.', [['Kim', 'PER']]));
    expect(only(plain, 'Kim').id).not.toBe(bare[0].id);
    expect(only(ents, 'Kim Jong Un').mentions).toHaveLength(1);
    expect(only(ents, 'Kim Yo Jong').mentions).toHaveLength(1);
  });

  it('splits titles the recogniser put inside the name span and relabels the span as a person', () => {
    const doc = docWithMentions('National Security Advisor Jake Sullivan spoke to reporters in the afternoon.', [
      ['National Security Advisor Jake Sullivan', 'ORG'],
    ]);
    const sullivan = only(entitiesOf(doc), 'Jake Sullivan');
    expect(sullivan.type).toBe('person');
    expect(sullivan.mentions[0].text).toBe('Jake Sullivan');
    expect(sullivan.roles[0].title).toBe('National Security Advisor');
  });

  it('reads a title-only span as a role and takes in a given name the recogniser left out', () => {
    const doc = docWithMentions('National Security Advisor Jake Sullivan spoke. Sullivan said more later.', [
      ['National Security Advisor', 'ORG', 0.6], ['Sullivan', 'ORG'],
    ]);
    const ents = entitiesOf(doc);
    expect(ents.some((e) => e.name === 'National Security Advisor')).toBe(false);
    const sullivan = only(ents, 'Jake Sullivan');
    expect(sullivan.type).toBe('person');
    expect(sullivan.roles[0].title).toBe('National Security Advisor');
    expect(sullivan.mentions.filter((m) => m.text === 'Sullivan')).toHaveLength(1);
  });

  it('reads a name right after a title as a person whatever its label', () => {
    const doc = docWithMentions('The statement came from spokesman Peskov on Monday.', [['Peskov', 'ORG']]);
    const peskov = only(entitiesOf(doc), 'Peskov');
    expect(peskov.type).toBe('person');
    expect(peskov.roles[0].title).toBe('spokesman');
  });

  it('turns a repeated surname the recogniser mislabelled into a person mention, and finds one it missed', () => {
    const doc = docWithMentions('Jake Sullivan gave a briefing. Sullivan said the plan was ready. Then Sullivan left.', [
      ['Jake Sullivan', 'PER'],
    ]);
    doc.mentions.push({ start: doc.text.indexOf('Sullivan said'), end: doc.text.indexOf('Sullivan said') + 8, text: 'Sullivan', label: 'MISC', confidence: 0.6 });
    doc.mentions.sort((a, b) => a.start - b.start);
    const sullivan = only(entitiesOf(doc), 'Jake Sullivan');
    expect(sullivan.mentions.filter((m) => m.text === 'Sullivan')).toHaveLength(2);
  });

  it('cuts a run-on person span at the first lower-case word that is not a name particle', () => {
    const doc = docWithMentions('Ursula von der Leyen the president spoke. Ursula von der Leyen left.', [
      ['Ursula von der Leyen the president spoke', 'PER'], ['Ursula von der Leyen', 'PER'],
    ]);
    const ents = entitiesOf(doc).filter((e) => e.type === 'person');
    expect(ents.map((e) => e.name)).toEqual(['Ursula von der Leyen']);
    expect(ents[0].mentions.filter((m) => m.via === 'name')).toHaveLength(2);
  });

  it('reads a number after a name as a designation, not a person', () => {
    const doc = docWithMentions('The ships dock at Pier 33 every spring.', [['Pier', 'PER', 0.8]]);
    const pier = only(entitiesOf(doc), 'Pier');
    expect(pier.type).toBe('other');
  });
});

describe('entities: titles and roles', () => {
  it('keeps titles as roles with the country they name', () => {
    const doc = docWithMentions(
      'US President Joe Biden met Russian Defence Minister Sergei Shoigu, while Kremlin spokesman Dmitry Peskov declined to comment.',
      [['US', 'LOC'], ['Joe Biden', 'PER'], ['Russian', 'MISC'], ['Sergei Shoigu', 'PER'], ['Kremlin', 'LOC'], ['Dmitry Peskov', 'PER']],
    );
    const ents = entitiesOf(doc);
    expect(only(ents, 'Joe Biden').roles).toEqual([expect.objectContaining({ title: 'President', country: 'US', of: null })]);
    expect(only(ents, 'Joe Biden').country).toBe('US');
    expect(only(ents, 'Sergei Shoigu').roles).toEqual([expect.objectContaining({ title: 'Defence Minister', country: 'RU' })]);
    const kremlin = only(ents, 'Kremlin');
    expect(only(ents, 'Dmitry Peskov').roles).toEqual([expect.objectContaining({ title: 'spokesman', country: 'RU', of: kremlin.id })]);
  });

  it('follows possessive chains: the adviser of a president takes the president\'s country', () => {
    const doc = docWithMentions("US President Joe Biden's National Security Advisor Jake Sullivan spoke on Tuesday.", [
      ['US', 'LOC'], ['Joe Biden', 'PER'], ['National Security Advisor Jake Sullivan', 'PER'],
    ]);
    const ents = entitiesOf(doc);
    const biden = only(ents, 'Joe Biden');
    const sullivan = only(ents, 'Jake Sullivan');
    expect(biden.roles.map((r) => r.title)).toEqual(['President']);
    expect(sullivan.roles).toEqual([expect.objectContaining({ title: 'National Security Advisor', country: 'US', of: biden.id })]);
  });

  it('reads roles in apposition after the name', () => {
    const doc = docWithMentions(
      "Jake Sullivan, the national security adviser, said talks would resume. Sergei Shoigu, Russia's defence minister, agreed.",
      [['Jake Sullivan', 'PER'], ['Sergei Shoigu', 'PER'], ['Russia', 'LOC']],
    );
    const ents = entitiesOf(doc);
    expect(only(ents, 'Jake Sullivan').roles[0].title).toBe('national security adviser');
    expect(only(ents, 'Sergei Shoigu').roles[0]).toMatchObject({ title: 'defence minister', country: 'RU' });
  });

  it('reads "adviser to President X" as a role owned by X, with X\'s country', () => {
    const doc = docWithMentions(
      'US President Joe Biden spoke first. Jake Sullivan, national security adviser to President Joe Biden, spoke next.',
      [['US', 'LOC'], ['Joe Biden', 'PER'], ['Jake Sullivan', 'PER']],
    );
    const ents = entitiesOf(doc);
    const biden = only(ents, 'Joe Biden');
    expect(only(ents, 'Jake Sullivan').roles).toEqual([expect.objectContaining({ title: 'national security adviser', country: 'US', of: biden.id })]);
  });

  it('does not take a title that ends in "of" for the title of the name after it', () => {
    const doc = docWithMentions('She is a co-founder of Zalando Smith, the firm.', [['Zalando Smith', 'PER']]);
    expect(only(entitiesOf(doc), 'Zalando Smith').roles).toEqual([]);
  });

  it('does not read a list of names as an apposition', () => {
    const doc = docWithMentions('Joe Biden, Olaf Scholz and Emmanuel Macron met in Rome.', [
      ['Joe Biden', 'PER'], ['Olaf Scholz', 'PER'], ['Emmanuel Macron', 'PER'], ['Rome', 'LOC'],
    ]);
    for (const e of entitiesOf(doc).filter((x) => x.type === 'person')) expect(e.roles).toEqual([]);
  });
});
