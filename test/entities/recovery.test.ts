import { describe, expect, it } from 'vitest';
import { entityId } from '../../src/pipeline/stages/entities/build.js';
import { findEntityAt } from '../../src/pipeline/stages/entities/lookup.js';
import { docWithMentions, entitiesOf, only } from './helpers.js';

describe('entities: recovery and label fixes', () => {
  it('groups all the names of one country into one entity', () => {
    const doc = docWithMentions('The US said on Monday that the U.S. would act. The United States and America are one.', [
      ['US', 'LOC'], ['U.S.', 'ORG'], ['United States', 'LOC'], ['America', 'LOC'],
    ]);
    const us = only(entitiesOf(doc), 'United States');
    expect(us).toMatchObject({ type: 'place', placeKind: 'country', country: 'US' });
    expect(us.mentions).toHaveLength(4);
    expect(new Set(us.mentions.map((m) => m.via))).toEqual(new Set(['acronym', 'name', 'alias']));
  });

  it('recovers countries, demonyms and seats the recogniser missed, with lower confidence', () => {
    const doc = docWithMentions('North Korean officials met Russian diplomats, and the Kremlin said Russia would help.', []);
    const ents = entitiesOf(doc);
    expect(only(ents, 'North Korean')).toMatchObject({ type: 'group', country: 'KP' });
    expect(only(ents, 'Russian')).toMatchObject({ type: 'group', country: 'RU' });
    expect(only(ents, 'Kremlin').standsFor?.country).toBe('RU');
    const russia = only(ents, 'Russia');
    expect(russia.placeKind).toBe('country');
    expect(russia.confidence).toBeLessThan(0.9);
  });

  it('reads religions, ethnic groups and party members as groups', () => {
    const doc = docWithMentions('Sunni and Shia leaders met Kurds and Republicans on Monday.', [['Sunni', 'MISC'], ['Shia', 'MISC']]);
    const ents = entitiesOf(doc);
    for (const name of ['Sunni', 'Shia', 'Kurd', 'Republican']) expect(only(ents, name).type).toBe('group');
    expect(only(ents, 'Republican').country).toBe('US');
  });

  it('does not read the pronoun "us" as the United States', () => {
    const doc = docWithMentions('Join us for the briefing tomorrow.', []);
    expect(entitiesOf(doc)).toEqual([]);
  });

  it('fixes a country labelled as an organisation and a demonym labelled as an organisation', () => {
    const doc = docWithMentions('Britain and North Korean envoys spoke.', [['Britain', 'ORG'], ['North Korean', 'ORG', 0.6]]);
    const ents = entitiesOf(doc);
    expect(only(ents, 'United Kingdom')).toMatchObject({ type: 'place', placeKind: 'country', country: 'GB' });
    expect(only(ents, 'North Korean').type).toBe('group');
  });

  it('links an acronym to the organisation whose initials it spells', () => {
    const doc = docWithMentions('Students of Far Eastern Federal University protested. FEFU declined to comment.', [
      ['Far Eastern Federal University', 'ORG'], ['FEFU', 'ORG'],
    ]);
    const fefu = only(entitiesOf(doc), 'Far Eastern Federal University');
    expect(fefu.mentions.map((m) => m.via)).toEqual(['name', 'acronym']);
  });

  it('links a company\'s first word to its full name, and a less sure person reading of it follows the company', () => {
    const doc = docWithMentions('Magna International Inc bought the firm. Ontario-based Magna said Magna would grow.', [
      ['Magna International Inc', 'ORG'], ['Ontario-based Magna', 'PER', 0.63], ['Magna', 'ORG'],
    ]);
    const ents = entitiesOf(doc);
    const magna = only(ents, 'Magna International Inc');
    expect(magna.mentions.filter((m) => m.via === 'alias').map((m) => m.text)).toEqual(['Magna', 'Magna']);
    expect(ents.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  });

  it('knows well-known organisations and their country', () => {
    const doc = docWithMentions('He spoke to TASS on Monday.', [['TASS', 'ORG']]);
    expect(only(entitiesOf(doc), 'TASS')).toMatchObject({ type: 'organisation', country: 'RU' });
  });
});

describe('entities: stable ids and lookup', () => {
  it('gives the same person the same id in two articles, whatever else differs', () => {
    const a = docWithMentions('Russian President Vladimir Putin spoke.', [['Russian', 'MISC'], ['Vladimir Putin', 'PER']]);
    const b = docWithMentions('Vladimir Putin did not attend the summit in Delhi.', [['Vladimir Putin', 'PER'], ['Delhi', 'LOC']]);
    const idA = only(entitiesOf(a), 'Vladimir Putin').id;
    const idB = only(entitiesOf(b), 'Vladimir Putin').id;
    expect(idA).toMatch(/^ent_[0-9a-f]{12}$/);
    expect(idA).toBe(idB);
    expect(entityId('Kim Jong-un', 'person', null)).toBe(entityId('Kim Jong Un', 'person', 'KP'));
  });

  it('tells apart places of the same name in different countries', () => {
    expect(entityId('Georgia', 'place', 'GE')).not.toBe(entityId('Georgia', 'place', 'US'));
  });

  it('finds the entity at a span, and nothing where there is none', () => {
    const doc = docWithMentions('Joe Biden met reporters.', [['Joe Biden', 'PER']]);
    entitiesOf(doc);
    expect(findEntityAt(doc, 4, 9)?.name).toBe('Joe Biden');
    expect(findEntityAt(doc, 14, 22)).toBeNull();
  });
});
