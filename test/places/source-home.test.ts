import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run-ingest.js';
import type { Article } from '../../src/model/article.js';
import type { Extraction } from '../../src/model/extraction.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { createSourceHomes, sourceHomeFromName } from '../../src/pipeline/stages/places/home.js';
import { loadGazetteer } from '../../src/knowledge/gazetteer/index.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';

const pipeline = createPipeline({ stages: ['segment', 'ner', 'entities', 'places'] });
const dir = mkdtempSync(join(tmpdir(), 'tidings-home-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (id: string, body: string, source = 'herald.example'): Article => ({ id, published: '2024-05-01', body, lang: 'en', source });
const kentucky = [
  article('a1', 'Lexington police closed roads in Frankfort, Kentucky, after the storm.'),
  article('a2', 'Farmers near Lexington, Kentucky, and Georgetown, Kentucky, lost crops.'),
  article('a3', 'A Lexington, Kentucky, school will close for repairs.'),
];
const local = article('a4', 'A barn burned in Versailles on Tuesday, firefighters said.');

describe('source homes as a product feature', () => {
  it('ingest learns a source\'s home from its articles and reads its bare town names there', async () => {
    const store = await openSqliteStore(join(dir, 't.db'));
    const seen: Extraction[] = [];
    try {
      const items = async function* () {
        for (const a of [...kentucky, local]) yield { ok: true as const, article: a, origin: a.id };
      };
      // one article a batch: each is analysed knowing the ones before it, as a stream of news would be
      await runIngest({ inputs: [], items: items(), store, batchSize: 1, sourceHomes: createSourceHomes(), pipeline: { analyze: (a) => { const x = pipeline.analyze(a); seen.push(x); return x; } } });
    } finally {
      await store.close();
    }
    expect(seen.slice(0, 3).every((x) => !x.article.sourceHome)).toBe(true);
    const last = seen[3];
    expect(last.article.sourceHome).toMatchObject({ country: 'US', admin1: 'KY' });
    expect(last.places.mentions.find((m) => m.text === 'Versailles')?.country).toBe('US');
    // the same article from a source with no history is read as the French town
    expect(pipeline.analyze(article('a5', local.body, 'other.example')).places.mentions[0].country).toBe('FR');
  });

  it('reads a source home from a place name, or none', () => {
    expect(sourceHomeFromName(loadGazetteer(), 'Lexington, Kentucky')).toMatchObject({ country: 'US', admin1: 'KY' });
    expect(sourceHomeFromName(loadGazetteer(), 'Ohio')).toMatchObject({ country: 'US', admin1: 'OH' });
    expect(sourceHomeFromName(loadGazetteer(), 'Qqqzzz')).toBeNull();
  });
});
