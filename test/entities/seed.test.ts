import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { parseDatedText } from '../../src/ingest/text.js';
import type { Doc } from '../../src/model/doc.js';
import { EntitySchema, type EntityRecord } from '../../src/model/layers/entities.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { describeShared, SEED_ARTICLE } from '../helpers/shared.js';

describeShared('seed/wion-2023-09-06.txt', 'entities on the seed article (clean, segment, ner, entities)', () => {
  let doc: Doc;
  let entities: EntityRecord[];
  beforeAll(() => {
    const pipeline = createPipeline({ stages: ['clean', 'segment', 'ner', 'entities'] });
    doc = pipeline.run(parseDatedText(readFileSync(SEED_ARTICLE, 'utf8'), SEED_ARTICLE));
    entities = doc.entities;
  });

  const named = (name: string) => entities.filter((e) => e.name === name);

  it.each([
    ['Joe Biden', 'Biden', 'President'],
    ['Jake Sullivan', 'Sullivan', 'National Security Advisor'],
    ['Vladimir Putin', 'Putin', 'President'],
    ['Kim Jong Un', 'Kim', 'leader'],
    ['Sergei Shoigu', 'Shoigu', 'Defence Minister'],
    ['Dmitry Peskov', 'Peskov', 'spokesman'],
  ])('%s is exactly one person (also called %s), with the role %s', (name, surname, role) => {
    const people = entities.filter((e) => e.type === 'person' && e.mentions.some((m) => m.text.includes(surname)));
    expect(people.map((p) => p.name)).toEqual([name]);
    expect(people[0].roles.map((r) => r.title)).toContain(role);
  });

  it('gives the roles their countries and owners', () => {
    const role = (name: string) => named(name)[0].roles[0];
    expect(role('Joe Biden').country).toBe('US');
    expect(role('Jake Sullivan')).toMatchObject({ country: 'US', of: named('Joe Biden')[0].id });
    expect(role('Vladimir Putin').country).toBe('RU');
    expect(role('Kim Jong Un').country).toBe('KP');
    expect(role('Sergei Shoigu').country).toBe('RU');
    expect(role('Dmitry Peskov')).toMatchObject({ country: 'RU', of: named('Kremlin')[0].id });
  });

  it.each([['North Korea', 'KP'], ['Russia', 'RU'], ['Ukraine', 'UA'], ['United States', 'US']])('%s is a country entity', (name, code) => {
    expect(named(name)).toHaveLength(1);
    expect(named(name)[0]).toMatchObject({ type: 'place', placeKind: 'country', country: code });
  });

  it.each(['Pyongyang', 'Moscow', 'Kyiv', 'Vladivostok'])('%s is a place', (name) => {
    expect(named(name)).toHaveLength(1);
    expect(named(name)[0].type).toBe('place');
  });

  it.each(['White House', 'Kremlin', 'TASS', 'New York Times', 'Far Eastern Federal University', 'Eastern Economic Forum'])('%s is found', (name) => {
    expect(named(name)).toHaveLength(1);
  });

  it('links the Kremlin and Moscow, where they act, to the government of Russia', () => {
    for (const name of ['Kremlin', 'Moscow']) {
      const e = named(name)[0];
      expect(e.standsFor).toEqual({ country: 'RU', sector: 'GOV', name: 'Government of Russia' });
      expect(e.mentions.some((m) => m.via === 'standin')).toBe(true);
    }
    // the journey's end is a place, not an actor
    expect(named('Vladivostok')[0].standsFor).toBeNull();
  });

  it('produces entities that satisfy the extraction schema, with unique ids', () => {
    expect(() => EntitySchema.array().parse(entities)).not.toThrow();
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  it('resolves the pronouns of the quoted speakers', () => {
    const pronounsOf = (name: string) => named(name)[0].mentions.filter((m) => m.via === 'pronoun').length;
    expect(pronounsOf('Jake Sullivan')).toBeGreaterThanOrEqual(2);
    expect(pronounsOf('Sergei Shoigu')).toBeGreaterThanOrEqual(1);
  });
});
