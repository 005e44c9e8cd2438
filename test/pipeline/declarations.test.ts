import { describe, expect, it } from 'vitest';
import { STAGE_LIST, STAGE_NAMES, stagesRequiredBy } from '../../src/pipeline/stages/index.js';
import { EXTRACTION_LAYERS, STORED_TABLES } from '../../src/pipeline/layers.js';
import { INITIAL_LAYERS } from '../../src/pipeline/declare.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { ExtractionSchema } from '../../src/model/extraction.js';
import { loadScorers } from '../../src/eval/scorers.js';

const article = { id: 'decl-1', published: '2024-03-06', lang: 'en', body: 'Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday. "We agreed," Ruto said.' };

describe('stage declarations', () => {
  it('every layer a stage requires is assigned by a stage before it', () => {
    STAGE_LIST.forEach((stage, i) => {
      for (const layer of stage.requires) {
        const before = STAGE_LIST.slice(0, i).some((s) => s.assigns.includes(layer));
        expect(before || INITIAL_LAYERS.includes(layer), `${stage.name} requires ${layer}`).toBe(true);
      }
    });
  });

  it('a stage run on its own takes the stages its requirements name, in pipeline order', () => {
    expect(stagesRequiredBy('time')).toEqual(['segment', 'time']);
    expect(stagesRequiredBy('quotes')).toEqual(['segment', 'syntax', 'ner', 'entities', 'quotes']);
    // a pipeline of exactly those runs
    const doc = createPipeline({ stages: stagesRequiredBy('quotes') }).run(article);
    expect(doc.quotes.length).toBeGreaterThan(0);
    expect(() => stagesRequiredBy('nonesuch')).toThrow(/unknown stage/);
  });

  it('the extraction is the frame, the stored layers in their declared order, the note, then layers given on request', () => {
    const keys = Object.keys(ExtractionSchema.shape);
    // the released keys keep their order (stored extractions are JSON); a stage added later takes a place of its own
    const released = ['schemaVersion', 'article', 'text', 'sourceMap', 'removed', 'sentences', 'entities', 'quotes', 'timexes', 'places', 'events', 'tone', 'analysis', 'syntax'];
    expect(keys.filter((k) => released.includes(k))).toEqual(released);
    const onRequest = EXTRACTION_LAYERS.filter((l) => l.onRequest).map((l) => l.key);
    expect(keys.slice(keys.indexOf('analysis') + 1)).toEqual(onRequest);
    const x = createPipeline().analyze(article);
    expect(Object.keys(x)).toEqual(keys.filter((k) => k !== 'analysis' && k !== 'syntax'));
    ExtractionSchema.parse(x);
  });

  it('a layer given on request is left out unless asked for, and only such layers can be asked for', () => {
    const onRequest = EXTRACTION_LAYERS.filter((l) => l.onRequest).map((l) => l.key);
    expect(onRequest).toEqual(['syntax']);
    const x = createPipeline({ stages: ['segment', 'syntax'], withLayers: ['syntax'] }).analyze(article);
    expect(x.syntax?.length).toBeGreaterThan(10);
    ExtractionSchema.parse(x);
    expect(createPipeline({ stages: ['segment', 'syntax'] }).analyze(article).syntax).toBeUndefined();
    expect(() => createPipeline({ withLayers: ['entities'] })).toThrow(/not given on request/);
  });

  it('every stored table belongs to one stored layer, the entity registry first', () => {
    // the released tables, in the order they are written; a table declared later follows
    expect(STORED_TABLES.map((t) => t.name).slice(0, 6)).toEqual(['entities', 'entity_names', 'entity_mentions', 'places', 'quotes', 'events']);
    for (const t of STORED_TABLES) expect(EXTRACTION_LAYERS.filter((l) => l.tables?.includes(t))).toHaveLength(1);
  });

  it('the eval registry lists each declared scorer once, in pipeline order, then the HTML reader\'s', async () => {
    const scorers = (await loadScorers()).map((s) => s.stage);
    expect(scorers).toEqual(['segment', 'syntax', 'ner', 'entities', 'time', 'geo', 'quotes', 'events', 'extract', 'dates']);
    const declared = STAGE_LIST.filter((s) => s.scorer).map((s) => s.name);
    expect(declared.every((n) => STAGE_NAMES.includes(n))).toBe(true);
  });
});
