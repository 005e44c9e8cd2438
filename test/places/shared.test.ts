import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeShared, SEED_ARTICLE, SHARED_DATA } from '../helpers/shared.js';
import { parseDatedText } from '../../src/ingest/text.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { STAGE_NAMES } from '../../src/pipeline/stages/index.js';
import { distanceKm, loadGazetteer } from '../../src/knowledge/gazetteer/index.js';
import { resolvePlaces } from '../../src/pipeline/stages/places/index.js';
import { readGeoDataset } from '../../src/eval/geo/datasets.js';

const STAGES = ['clean', 'segment', 'ner', 'entities', 'places'].filter((n) => STAGE_NAMES.includes(n));

describeShared('seed/wion-2023-09-06.txt', 'places on the seed article', () => {
  const article = parseDatedText(readFileSync(SEED_ARTICLE, 'utf8'), SEED_ARTICLE);
  const doc = createPipeline({ stages: STAGES }).run(article);
  const byText = (text: string) => doc.places.mentions.filter((m) => m.text === text);

  it('resolves the cities with their coordinates', () => {
    for (const [city, country] of [['Pyongyang', 'KP'], ['Moscow', 'RU'], ['Kyiv', 'UA'], ['Vladivostok', 'RU']]) {
      const found = byText(city);
      expect(found.length, city).toBeGreaterThan(0);
      for (const m of found) expect(m, city).toMatchObject({ kind: 'city', country, name: city });
    }
    const vlad = byText('Vladivostok')[0];
    expect(distanceKm(vlad.lat!, vlad.lon!, 43.1, 131.9)).toBeLessThan(10);
  });

  it('resolves the countries', () => {
    for (const [name, code] of [['North Korea', 'KP'], ['Russia', 'RU'], ['Ukraine', 'UA']]) {
      const found = byText(name);
      expect(found.length, name).toBeGreaterThan(0);
      for (const m of found) expect(m, name).toMatchObject({ kind: 'country', country: code });
    }
  });

  it('finds Russia and North Korea as the focus countries', () => {
    expect(doc.places.focus.countries.map((c) => c.country).sort()).toEqual(['KP', 'RU']);
  });
});

describeShared('data/geoparsing/TR-News.xml', 'geo scorer on a TR-News subset', () => {
  it('resolves gold toponyms of the first 30 articles within 161 km at a sane rate', () => {
    const gaz = loadGazetteer();
    const { articles } = readGeoDataset(SHARED_DATA, 'trnews');
    let right = 0;
    let total = 0;
    for (const a of articles.slice(0, 30)) {
      const res = resolvePlaces(gaz, a.text, a.toponyms.map((t) => ({ start: t.start, end: t.end, text: t.text })));
      a.toponyms.forEach((t, i) => {
        total++;
        const e = res[i].entry;
        if (e && distanceKm(t.lat, t.lon, e.lat, e.lon) <= 161) right++;
      });
    }
    expect(total).toBeGreaterThan(200);
    // the full set scores ~0.88; a subset this size stays well above 0.75 unless resolution breaks
    expect(right / total).toBeGreaterThan(0.75);
  });
});
