import { describe, expect, it } from 'vitest';
import { docWithMentions, entitiesOf, only } from './helpers.js';

describe('entities: stand-ins for governments', () => {
  it('links a seat of government that speaks to its country', () => {
    const doc = docWithMentions('The Kremlin on Tuesday said it had no plans for talks.', [['Kremlin', 'LOC']]);
    const kremlin = only(entitiesOf(doc), 'Kremlin');
    expect(kremlin.standsFor).toEqual({ country: 'RU', sector: 'GOV', name: 'Government of Russia' });
    expect(kremlin.mentions[0].via).toBe('standin');
  });

  it('links coordinated capitals that act, and keeps them places', () => {
    const doc = docWithMentions('Analysts said Moscow and Beijing were eyeing a new pipeline deal.', [['Moscow', 'LOC'], ['Beijing', 'LOC']]);
    const ents = entitiesOf(doc);
    const moscow = only(ents, 'Moscow');
    const beijing = only(ents, 'Beijing');
    expect(moscow).toMatchObject({ type: 'place', placeKind: 'city', country: 'RU' });
    expect(moscow.standsFor?.name).toBe('Government of Russia');
    expect(beijing.standsFor?.country).toBe('CN');
    expect(moscow.mentions[0].via).toBe('standin');
  });

  it('reads "Washington warned" as the US government', () => {
    const doc = docWithMentions('Washington warned of further sanctions.', [['Washington', 'LOC']]);
    expect(only(entitiesOf(doc), 'Washington').standsFor).toMatchObject({ country: 'US', name: 'Government of the United States' });
  });

  it('leaves a capital that is only a location without a stand-in', () => {
    const doc = docWithMentions('The delegation arrived in Moscow and later travelled to Vladivostok by train.', [['Moscow', 'LOC'], ['Vladivostok', 'LOC']]);
    const ents = entitiesOf(doc);
    const moscow = only(ents, 'Moscow');
    expect(moscow.standsFor).toBeNull();
    expect(moscow.mentions[0].via).toBe('name');
    expect(only(ents, 'Vladivostok')).toMatchObject({ type: 'place', standsFor: null });
  });

  it('reads the agent of a passive and the owner of a war effort as the government', () => {
    const doc = docWithMentions(
      'The counteroffensive was pushed by Kyiv in the south. Supplies went to the war effort of Moscow.',
      [['Kyiv', 'LOC'], ['Moscow', 'LOC']],
    );
    const ents = entitiesOf(doc);
    expect(only(ents, 'Kyiv').standsFor?.country).toBe('UA');
    expect(only(ents, 'Moscow').standsFor?.country).toBe('RU');
  });

  it('reads a capital that modifies a noun, or follows a preposition, as a place', () => {
    const doc = docWithMentions('The London event drew crowds, London police said. A man of Paris entered the race.', [
      ['London', 'LOC'], ['Paris', 'LOC'],
    ]);
    const ents = entitiesOf(doc);
    expect(only(ents, 'London').standsFor).toBeNull();
    expect(only(ents, 'Paris').standsFor).toBeNull();
  });

  it('reads an inverted subject after a modal as acting', () => {
    const doc = docWithMentions('Neither would Ottawa raise its share of spending.', [['Ottawa', 'LOC']]);
    expect(only(entitiesOf(doc), 'Ottawa').standsFor?.country).toBe('CA');
  });

  it('does not read a copula as an action', () => {
    const doc = docWithMentions('Moscow is a large city with cold winters.', [['Moscow', 'LOC']]);
    expect(only(entitiesOf(doc), 'Moscow').standsFor).toBeNull();
  });

  it('types a seat as a place when it is only a location', () => {
    const doc = docWithMentions('Reporters waited outside the White House for hours.', [['White House', 'LOC']]);
    const wh = only(entitiesOf(doc), 'White House');
    expect(wh.type).toBe('place');
    expect(wh.mentions[0].via).toBe('name');
  });
});
