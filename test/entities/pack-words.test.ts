import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import type { EntitiesLanguage, LanguagePack } from '../../src/lang/types.js';
import { Doc } from '../../src/model/doc.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { buildKnowledgeMatcher } from '../../src/pipeline/stages/entities/candidates.js';
import { canonicaliseEntities } from '../../src/pipeline/stages/entities/index.js';

const front = createPipeline({ stages: ['clean', 'segment', 'syntax', 'ner'] });

/** Entities of `body` with the English pack, its entities section changed by `change`. */
function entitiesWith(body: string, change: Partial<EntitiesLanguage> = {}) {
  const entities = { ...english.entities, ...change };
  const pack: LanguagePack = { ...english, entities };
  const doc = new Doc({ id: 'e-1', published: '2024-05-02', lang: 'en', body }, pack);
  for (const stage of front.stages) stage.run(doc);
  return canonicaliseEntities(doc, buildKnowledgeMatcher(entities), () => null);
}

describe('the entities stage reads its function words from the pack', () => {
  it('the agent of a passive acts for its government ("pushed by Moscow") only by the pack\'s agent preposition', () => {
    const body = 'The new sanctions were pushed by Moscow in March.';
    const moscow = (change?: Partial<EntitiesLanguage>) => entitiesWith(body, change).find((e) => e.name === 'Moscow');
    expect(moscow()?.standsFor).toBeTruthy();
    expect(moscow({ agentPreposition: 'through' })?.standsFor).toBeFalsy();
  });

  it('irregular demonym plurals ("Frenchmen") come from the pack', () => {
    const body = 'Thousands of Frenchmen marched in Lyon on Sunday.';
    const french = (change?: Partial<EntitiesLanguage>) => entitiesWith(body, change).find((e) => e.mentions.some((m) => m.text === 'Frenchmen'));
    expect(french()?.name).toBe('French');
    expect(french({ demonymPlurals: [] })?.name).not.toBe('French');
  });
});
