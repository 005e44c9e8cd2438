import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeShared, SHARED_DATA } from '../helpers/shared.js';
import { codeOn, dictionaryDate, parseActorDictionary } from '../../src/knowledge/petrarch/actors.js';
import { laterLeaders } from '../../src/knowledge/petrarch/leaders.js';
import { DEFAULT_EVENT_DICTIONARIES_PATH, decodeActorCode, loadEventDictionaries, parseDiscards } from '../../src/knowledge/petrarch/pack.js';
import { parseVerbDictionary, returnCode, sourceCode } from '../../src/knowledge/petrarch/verbs.js';
import { compileEventDictionaries } from '../../src/train/events.js';
import { createPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { ArticleSchema } from '../../src/model/article.js';
import type { EventRecord } from '../../src/model/layers/events.js';

describe('PETRARCH verb dictionaries', () => {
  // a dictionary we wrote in the PETRARCH format
  const dict = parseVerbDictionary([
    '&WEAPON', '+RIFLE', '+HAND_GRENADE', '',
    '&AUX_', '+WILL', '',
    '---  SUPPLY   [070]  ---',
    'SUPPLY {SUPPLIES SUPPLYING SUPPLIED }',
    '+HAND_OVER [071]',
    'RE_+ARM',
    '- * &WEAPON                 [072]   # supply',
    '- * (TO {REBEL ARMY})       [072:120]',
    '- POLICE * [---]',
  ].join('\n'));

  it('reads blocks, inflected and multi-word verbs, and patterns with sets and phrases', () => {
    expect(dict.blocks.map((b) => [b.name, b.code])).toEqual([['SUPPLY', '070']]);
    const forms = dict.forms.map((f) => f.words.join(' '));
    expect(forms).toEqual(expect.arrayContaining(['supply', 'supplied', 'supplies', 'hand over', 'handed over', 're arm', 're armed']));
    expect(dict.forms.find((f) => f.words.join(' ') === 'handed over')?.code).toBe('071');
    expect(dict.forms.find((f) => f.words.join(' ') === 're armed')?.verbAt).toBe(1);
    const [weapons, rebels, police] = dict.blocks[0].patterns;
    expect(weapons.post[0].alts).toEqual(expect.arrayContaining([['rifle'], ['rifles'], ['hand', 'grenade'], ['hand', 'grenades']]));
    expect(rebels.post.map((e) => e.alts[0])).toEqual([['to'], ['rebel', 'army']]);
    expect(police.pre[0].alts[0]).toEqual(['police']);
    expect(sourceCode('072:120')).toBe('072');
    expect(returnCode('072:120')).toBe('120');
    expect(sourceCode(':110')).toBeNull();
    expect(sourceCode('---')).toBeNull();
  });
});

describe('PETRARCH actor dictionaries with dated roles', () => {
  const entries = parseActorDictionary([
    'ARNOR_ [ARN]', '+ARNORIAN_', '',
    'ARAGORN_  # a king we made up', '+ELESSAR', '\t[ARNREB 310101-900505]', '\t[ARNGOV >900506]', '\t[ARNELI]',
    'STRIDER_', 'RANGER_CAPTAIN', '\t[ARNREB <19891231]',
  ].join('\n'));

  it('reads names, synonyms and codes, and shares codes among spellings listed before them', () => {
    expect(entries.find((e) => e.names.includes('arnorian'))?.codes[0].code).toBe('ARN');
    const king = entries.find((e) => e.names.includes('elessar'))!;
    expect(codeOn(king.codes, '1950-06-01')).toBe('ARNREB');
    expect(codeOn(king.codes, '1995-06-01')).toBe('ARNGOV');
    // two-digit years from 00 to 30 are 20YY
    expect(dictionaryDate('300101')).toBe('2030-01-01');
    expect(dictionaryDate('310101')).toBe('1931-01-01');
    const strider = entries.find((e) => e.names.includes('strider'))!;
    expect(strider.names).toContain('ranger captain');
    expect(codeOn(strider.codes, '1980-01-01')).toBe('ARNREB');
    expect(codeOn(strider.codes, '2000-01-01')).toBeNull();
  });

  it('decodes CAMEO actor codes into PLOVER country and sector', () => {
    const iso = (c: string): boolean => ['RUS', 'PSE', 'USA'].includes(c);
    expect(decodeActorCode('RUSLEG', iso)).toEqual({ country: 'RUS', sector: 'LEG' });
    expect(decodeActorCode('PSEREBHMS', iso)).toEqual({ country: 'PSE', sector: 'REB' });
    expect(decodeActorCode('IGOUNO', iso)).toEqual({ country: 'IGO', sector: null });
    expect(decodeActorCode('MNCUSA', iso)).toEqual({ country: 'USA', sector: 'BUS' });
    expect(decodeActorCode('ELI', iso)).toEqual({ country: null, sector: 'ELI' });
  });

  it('keeps the discards that name a domain and drops those that only place a sentence in time', () => {
    const d = parseDiscards(['+WORLD CUP  # sport', 'BATSMAN', 'YEARS AGO', '1939', 'SECOND WORLD WAR'].join('\n'));
    expect(d).toEqual([{ phrase: 'world cup', story: true }, { phrase: 'batsman', story: false }]);
  });

  it('our update of later leaders parses line by line', () => {
    const leaders = laterLeaders();
    expect(leaders.length).toBeGreaterThan(100);
    for (const e of leaders) {
      expect(e.codes.length, e.names[0]).toBeGreaterThan(0);
      for (const c of e.codes) expect(c.from === null || c.to === null || c.from <= c.to, `${e.names[0]} ${c.code}`).toBe(true);
    }
    const trump = leaders.find((e) => e.names.includes('donald trump'))!;
    expect(codeOn(trump.codes, '2019-06-01')).toBe('USAGOV');
    expect(codeOn(trump.codes, '2023-06-01')).toBe('USAELI');
    expect(codeOn(trump.codes, '2025-06-01')).toBe('USAGOV');
  });
});

describe('the compiled table in models/ (the product without ../shared)', () => {
  let pipeline: Pipeline;
  beforeAll(() => {
    pipeline = createPipeline({ stages: ['segment', 'ner', 'entities', 'time', 'places', 'quotes', 'events'] });
  });
  const events = (body: string, published = '2012-05-02'): EventRecord[] =>
    pipeline.run(ArticleSchema.parse({ id: 't', published, body, lang: 'en' })).events;

  it('is present and holds the verb patterns, actors, agents and discards', () => {
    const t = loadEventDictionaries()!;
    expect(t).not.toBeNull();
    expect(t.verbs.blocks.length).toBeGreaterThan(300);
    expect(t.actors.length).toBeGreaterThan(20000);
    expect(new Map(t.agents).get('riot police')?.code).toBe('COP');
    expect(new Map(t.agents).get('rebels')?.code).toBe('REB');
  });

  it('codes the Duma, riot police and rebels from the dictionaries', () => {
    const duma = events('The Duma condemned the new border rules on Tuesday.').find((e) => e.type === 'DISAPPROVE');
    expect(duma?.source?.code).toBe('RUSLEG');
    const police = events('Kenyan riot police attacked the protesters.').find((e) => e.type === 'ASSAULT');
    expect(police?.source?.code).toBe('KENCOP');
    const rebels = events('Colombian rebels attacked an army post.').find((e) => e.type === 'ASSAULT');
    expect(rebels?.source?.code).toBe('COLREB');
  });

  it('reads a leader\'s role on the article\'s date, and takes his country from him, not from the sentence', () => {
    const in2012 = events('Barack Obama criticised Russia over the arrests.', '2012-05-02').find((e) => e.type === 'DISAPPROVE');
    expect(in2012?.source?.code).toBe('USAGOV');
    expect(in2012?.target?.country).toBe('RUS');
    const in2019 = events('Barack Obama criticised Russia over the arrests.', '2019-05-02').find((e) => e.type === 'DISAPPROVE');
    expect(in2019?.source?.code).toBe('USAELI');
    // a person we know nothing about stays of unknown country: never the country the sentence is about
    const unknown = events('Zorvan Plekt criticised Russia over the arrests.').find((e) => e.type === 'DISAPPROVE');
    expect(unknown?.source?.country ?? null).toBeNull();
  });
});

describeShared('data/event-dictionaries/CAMEO.2.0.txt', 'the compiled table matches the dictionaries', () => {
  it('a rebuild from ../shared is byte-identical to models/events-dictionaries.json.gz (run `tidings train events`)', () => {
    expect(compileEventDictionaries(SHARED_DATA).equals(readFileSync(DEFAULT_EVENT_DICTIONARIES_PATH))).toBe(true);
  });
});
