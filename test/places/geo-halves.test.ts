import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geoScorer, geoSplitOf } from '../../src/eval/geo/index.js';
import type { GeoArticle } from '../../src/eval/geo/datasets.js';

/** An article of our own naming Nairobi, its text varied by `n` (the half follows the text). */
const textOf = (n: number): string => `Floods cut roads around Nairobi on Monday, officials said in report ${n}.`;

/** The first two variants that fall in different halves. */
function oneOfEachHalf(): string[] {
  const first = textOf(0);
  const half = geoSplitOf({ text: first } as GeoArticle);
  for (let n = 1; ; n++) if (geoSplitOf({ text: textOf(n) } as GeoArticle) !== half) return [first, textOf(n)];
}

/** A GeoVirus-style file: articles named by their source page, each with its located place names. */
function geoVirusXml(articles: { source: string; text: string }[]): string {
  const one = ({ source, text }: { source: string; text: string }) => {
    const at = text.indexOf('Nairobi');
    return `<article><source>${source}</source><text>${text}</text><locations><location><name>Nairobi</name><start>${at}</start><end>${at + 7}</end><lat>-1.28</lat><lon>36.82</lon></location></locations></article>`;
  };
  return `<articles>${articles.map(one).join('')}</articles>`;
}

describe('geo scorer halves', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geo-halves-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'geoparsing'));
  // two articles from one page share an id (GeoVirus has three from one page), and their texts fall in different halves; a third has its own page
  const [a, b] = oneOfEachHalf();
  writeFileSync(
    join(dir, 'geoparsing', 'GeoVirus.xml'),
    geoVirusXml([
      { source: 'https://example.org/floods', text: a },
      { source: 'https://example.org/floods', text: b },
      { source: 'https://example.org/other', text: textOf(1000) },
    ]),
  );
  const score = async (split: string) => (await geoScorer.run({ data: dir, dataset: 'geovirus', mode: 'gold-spans', split })).metrics as { articles: number; toponyms: number };

  it('scores every article in exactly one half, even where two share an id', async () => {
    const all = await score('all');
    const dev = await score('dev');
    const test = await score('test');
    expect(all).toMatchObject({ articles: 3, toponyms: 3 });
    expect(dev.articles + test.articles).toBe(all.articles);
    expect(dev.toponyms + test.toponyms).toBe(all.toponyms);
    expect(Math.min(dev.articles, test.articles)).toBeGreaterThan(0);
  });
});
