import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';

const pipeline = createPipeline({ stages: ['segment', 'syntax', 'ner', 'entities'] });
const entitiesOf = (body: string) => pipeline.run({ id: 't', published: '2024-03-01', lang: 'en', body }).entities;

describe('stand-ins read through the parse', () => {
  it('links a capital that is the subject of a verb of saying across an inserted phrase', () => {
    const ents = entitiesOf('Beijing, in a statement issued late on Friday, denied the report.');
    const beijing = ents.find((e) => e.name === 'Beijing');
    expect(beijing?.standsFor?.country).toBe('CN');
    expect(beijing?.mentions[0].via).toBe('standin');
  });

  it('leaves a dateline a place', () => {
    const ents = entitiesOf('PARIS (Reuters) - The ministers said on Monday that the talks had failed.');
    const paris = ents.find((e) => e.name.toLowerCase() === 'paris');
    expect(paris).toBeDefined();
    expect(paris!.standsFor).toBeNull();
  });
});
