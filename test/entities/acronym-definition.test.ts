import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';

const pipeline = createPipeline({ stages: ['segment', 'syntax', 'ner', 'entities'] });

describe('acronyms the text defines', () => {
  it('joins an acronym in parentheses after an organisation to it, whatever its letters', () => {
    const doc = pipeline.run({ id: 't', published: '2024-03-01', lang: 'en', body: 'Jets struck camps of the Kurdistan Workers Party (PKK) in the mountains. The PKK said three fighters died.' });
    const orgs = doc.entities.filter((e) => e.type === 'organisation');
    expect(orgs.map((e) => e.name)).toEqual(['Kurdistan Workers Party']);
    expect(orgs[0].aliases).toContain('PKK');
    expect(orgs[0].mentions.filter((m) => m.text === 'PKK')).toHaveLength(2);
  });
});
