import { describe, expect, it } from 'vitest';
import { docWithMentions, entitiesOf, only } from './helpers.js';

// names here are our own; the recogniser's spans and labels are given by hand, as the errors it makes on real news
describe('entities: family names the article uses for a person', () => {
  it('reads a full name the recogniser called an organisation as the person its family name names', () => {
    const doc = docWithMentions(
      'Dana Whitcombe opened her campaign in a school gym. Whitcombe said the state needed new roads. Later, Whitcombe took questions.',
      [['Dana Whitcombe', 'ORG', 0.85], ['Whitcombe', 'PER', 0.95]],
    );
    const ents = entitiesOf(doc);
    const dana = only(ents, 'Dana Whitcombe');
    expect(dana.type).toBe('person');
    expect(dana.mentions.filter((m) => m.text === 'Whitcombe')).toHaveLength(2);
    expect(ents.filter((e) => e.type !== 'person')).toHaveLength(0);
  });

  it('keeps an organisation whose last word the recogniser also read alone as a person, after a common noun', () => {
    const doc = docWithMentions(
      'Supplies reached the Harbour Village Tamsk on Monday. Flights to Tamsk resumed later that week.',
      [['Harbour Village Tamsk', 'ORG', 0.8], ['Tamsk', 'PER', 0.7]],
    );
    const ents = entitiesOf(doc);
    expect(ents.find((e) => e.name.endsWith('Village Tamsk'))?.type).toBe('organisation');
  });

  it('keeps a sure place and a gazetteer place whose last word is a family name in use', () => {
    const doc = docWithMentions(
      'Voters in North Dakota and Santa Cruz went to the polls. Dakota said the count was fair. Cruz agreed.',
      [['North Dakota', 'LOC', 0.95], ['Santa Cruz', 'LOC', 0.6], ['Dakota', 'PER', 0.9], ['Cruz', 'PER', 0.9]],
    );
    const ents = entitiesOf(doc);
    expect(only(ents, 'North Dakota').type).toBe('place');
    expect(only(ents, 'Santa Cruz').type).toBe('place');
  });

  it('cuts a name that runs on into a title-case headline after the family name', () => {
    const doc = docWithMentions(
      'Harlan Pruett Vows To Fight On After Recount\n\nThe mayor, Harlan Pruett, spoke on Tuesday. Pruett said he would appeal.',
      [['Harlan Pruett Vows', 'PER', 0.8], ['Harlan Pruett', 'PER', 0.95], ['Pruett', 'PER', 0.95]],
    );
    const ents = entitiesOf(doc);
    const harlan = only(ents, 'Harlan Pruett');
    expect(harlan.mentions.filter((m) => m.text === 'Harlan Pruett')).toHaveLength(2);
    expect(harlan.mentions.some((m) => m.text === 'Pruett')).toBe(true);
    expect(ents.some((e) => e.name.includes('Vows'))).toBe(false);
  });

  it('keeps a two-part family name whole in running prose', () => {
    const doc = docWithMentions(
      'Lucia Ortega Vidal, the finance minister, presented the budget. Ortega said spending would fall.',
      [['Lucia Ortega Vidal', 'PER', 0.95], ['Ortega', 'PER', 0.95]],
    );
    const ents = entitiesOf(doc);
    expect(only(ents, 'Lucia Ortega Vidal').type).toBe('person');
  });

  it('splits a place before a title from the titled name', () => {
    const doc = docWithMentions(
      'Ohio Gov. Randall Keefe signed the bill on Friday. Keefe said it would help farmers.',
      [['Ohio Gov. Randall Keefe', 'PER', 0.9], ['Keefe', 'PER', 0.95]],
    );
    const ents = entitiesOf(doc);
    const keefe = only(ents, 'Randall Keefe');
    expect(keefe.roles.map((r) => r.title)).toContain('Governor');
    expect(keefe.mentions.some((m) => m.text === 'Keefe')).toBe(true);
    expect(only(ents, 'Ohio').type).toBe('place');
  });

  it('splits a party word before a name the recogniser took into the span', () => {
    const doc = docWithMentions('Republican Dana Whitcombe won the primary. Whitcombe thanked her volunteers.', [
      ['Republican Dana Whitcombe', 'ORG', 0.7],
      ['Whitcombe', 'PER', 0.95],
    ]);
    const ents = entitiesOf(doc);
    expect(only(ents, 'Dana Whitcombe').type).toBe('person');
    expect(only(ents, 'Republican').type).toBe('group');
  });

  it('keeps a shared surname with the person the writer already used it for', () => {
    const doc = docWithMentions(
      'Marion Castell launched her campaign on Monday. Castell said the race would be close. ' +
        'Joel Castell and Marion Castell appeared together at the rally. Castell later told reporters she was confident.',
      [['Marion Castell', 'PER'], ['Joel Castell', 'PER'], ['Castell', 'PER']],
    );
    const ents = entitiesOf(doc);
    const marion = only(ents, 'Marion Castell');
    expect(marion.mentions.filter((m) => m.text === 'Castell')).toHaveLength(2);
    expect(only(ents, 'Joel Castell').mentions.some((m) => m.text === 'Castell')).toBe(false);
  });

  it('reads a name after an honorific as a person whatever the recogniser called it', () => {
    const doc = docWithMentions('In a brief interview, Ms. Okafor rejected the idea. Ms. Okafor said the plan stood.', [['Okafor', 'ORG', 0.7]]);
    const ents = entitiesOf(doc);
    expect(only(ents, 'Okafor').type).toBe('person');
  });

  it('gives "Mr." and a shared surname to the man of that name', () => {
    const doc = docWithMentions(
      'Walter Greaves is running for governor. Margaret Greaves, his mother, taught school for forty years. Mr. Greaves said she taught him patience.',
      [['Walter Greaves', 'PER'], ['Margaret Greaves', 'PER'], ['Greaves', 'PER']],
    );
    const ents = entitiesOf(doc);
    expect(only(ents, 'Walter Greaves').mentions.filter((m) => m.text === 'Greaves')).toHaveLength(1);
    expect(only(ents, 'Margaret Greaves').mentions.some((m) => m.text === 'Greaves')).toBe(false);
  });
});

describe('entities: a bare title before its holder is named', () => {
  it('links "the senator" to the senator named in the next sentence', () => {
    const doc = docWithMentions(
      'The senator arrived late to the hearing. Senator Jane Roe said the bill would pass. Roe left before the vote.',
      [['Jane Roe', 'PER'], ['Roe', 'PER']],
    );
    const roe = only(entitiesOf(doc), 'Jane Roe');
    const title = roe.mentions.find((m) => m.via === 'title');
    expect(title?.text).toBe('The senator');
    expect(title!.confidence).toBeLessThan(0.9);
  });

  it('leaves it unresolved when the holder is named much later', () => {
    const doc = docWithMentions(
      'The senator arrived late to the hearing. Lawmakers waited. The clerk read the bill. Reporters gathered outside. Senator Jane Roe said the bill would pass.',
      [['Jane Roe', 'PER']],
    );
    const roe = only(entitiesOf(doc), 'Jane Roe');
    expect(roe.mentions.some((m) => m.via === 'title')).toBe(false);
  });

  it('leaves it to the person just named when another holder is named next', () => {
    const doc = docWithMentions(
      '"We will keep going," Lena Marsh told the panel. "That is right," the senator said. Later, Senator Jane Roe said the bill would pass.',
      [['Lena Marsh', 'PER'], ['Jane Roe', 'PER']],
    );
    const roe = only(entitiesOf(doc), 'Jane Roe');
    expect(roe.mentions.some((m) => m.via === 'title')).toBe(false);
  });
});
