import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { ArticleSchema } from '../../src/model/article.js';
import { parseAgents } from '../../src/knowledge/petrarch/load.js';
import { codeOn, parseActorDictionary } from '../../src/knowledge/petrarch/actors.js';
import { createEventsStage } from '../../src/pipeline/stages/events/index.js';

const pipeline = createPipeline({ stages: ['segment', 'events', 'tone'] });
const run = (body: string) => pipeline.run(ArticleSchema.parse({ id: 't', published: '2024-05-01', body, lang: 'en' }));

describe('tone', () => {
  it('gives GDELT V2Tone fields: positive text scores above zero, hostile text below', () => {
    const good = run('The villagers celebrated a wonderful harvest and thanked the generous volunteers.').tone!;
    const bad = run('The attack killed ten people and wounded dozens in a horrific and brutal massacre.').tone!;
    expect(good.tone).toBeGreaterThan(0);
    expect(bad.tone).toBeLessThan(0);
    expect(bad.negative).toBeGreaterThan(bad.positive);
    expect(bad.polarity).toBeCloseTo(bad.positive + bad.negative, 1);
    expect(bad.wordCount).toBe(14);
    expect(bad.activityDensity).toBeGreaterThan(0);
  });

  it('sets the tone of each event from its sentence', () => {
    const doc = run('Chile praised Peru for its wonderful help. Bolivian troops attacked Chilean villages and killed farmers.');
    const praise = doc.events.find((e) => e.type === 'SUPPORT')!;
    const attack = doc.events.find((e) => e.type === 'ASSAULT')!;
    expect(praise.tone!).toBeGreaterThan(attack.tone!);
  });
});

describe('PETRARCH knowledge packs', () => {
  const actors = parseActorDictionary(['<!-- fictional -->', 'ELDORIA [ELD]', '+ELDORIAN', 'NORTH_MARCH  [NMRREB] # our test', 'VALE_OF_MISTS [---]'].join('\n'));
  const codeOf = (name: string): string | null => {
    const e = actors.find((x) => x.names.includes(name));
    return e ? codeOn(e.codes, '2024-05-01') : null;
  };
  const agents = parseAgents(['!PERSON! = MAN, MEN', 'TAX_COLLECTOR [~GOV]', 'HILL!PERSON! {} [~REB]', 'GREEN_HANDS {} [NGO~]'].join('\n'));

  it('parses actors with synonyms and agents with macros and plurals', () => {
    expect(codeOf('eldoria')).toBe('ELD');
    expect(codeOf('eldorian')).toBe('ELD');
    expect(codeOf('north march')).toBe('NMRREB');
    expect(codeOf('vale of mists')).toBe(null);
    expect(agents.get('tax collector')).toEqual({ code: 'GOV', suffix: true });
    expect(agents.get('tax collectors')?.code).toBe('GOV');
    expect(agents.get('hillmen')?.code).toBe('REB');
    expect(agents.get('green hands')).toEqual({ code: 'NGO', suffix: false });
  });

  it('codes actors the built-in knowledge does not know', () => {
    const stage = createEventsStage({ pack: { actors, agents } });
    const doc = createPipeline({ stages: ['segment'] }).run(ArticleSchema.parse({ id: 'p', published: '2024-05-01', body: 'Eldoria attacked North March on Friday.', lang: 'en' }));
    stage.run(doc);
    const e = doc.events.find((x) => x.type === 'ASSAULT')!;
    expect(e.source?.code).toBe('ELD');
    expect(e.target?.code).toBe('NMRREB');
    // "March" inside the actor's name is not a protest march
    expect(doc.events.map((x) => x.type)).toEqual(['ASSAULT']);
    const prefixed = createPipeline({ stages: ['segment'] }).run(ArticleSchema.parse({ id: 'q', published: '2024-05-01', body: 'Green Hands Eldoria criticised North March.', lang: 'en' }));
    stage.run(prefixed);
    expect(prefixed.events[0]?.source?.code).toBe('NGOELD');
  });
});
