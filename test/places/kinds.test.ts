import { describe, expect, it } from 'vitest';
import { resolveIn } from '../helpers/places.js';
import { loadGazetteer } from '../../src/knowledge/gazetteer/index.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';

const gaz = loadGazetteer();
const pipeline = createPipeline({ stages: ['segment', 'ner', 'entities', 'places'] });
const placesIn = (body: string) => pipeline.run({ id: 't', published: '2024-05-01', body, lang: 'en' }).places.mentions;


describe('places named with a kind of place', () => {
  it('reads every name of a list before "counties" or "parishes" as that county or parish', () => {
    const [bibb, jones] = resolveIn(gaz, 'Volunteers from Bibb and Jones counties in Georgia cleaned the river banks.', ['Bibb', 'Jones', 'Georgia']);
    expect(bibb.entry).toMatchObject({ name: 'Bibb County', country: 'US', admin1: 'GA' });
    expect(jones.entry).toMatchObject({ name: 'Jones County', country: 'US', admin1: 'GA' });
    const parishes = resolveIn(gaz, 'Schools in Jefferson, Orleans and St. Bernard parishes closed on Monday.', ['Jefferson', 'Orleans', 'St. Bernard']);
    expect(parishes.map((r) => r.entry?.name)).toEqual(['Jefferson Parish', 'Orleans Parish', 'St. Bernard Parish']);
  });

  it('does so from raw text too, and leaves a name outside the list alone', () => {
    const mentions = placesIn('Floods closed roads in Athens on Friday. Volunteers from Bibb and Jones counties in Georgia cleaned the river banks.');
    expect(mentions.find((m) => m.text === 'Jones')).toMatchObject({ name: 'Jones County', kind: 'region' });
    expect(mentions.find((m) => m.text === 'Athens')?.kind).toBe('city');
  });
});
