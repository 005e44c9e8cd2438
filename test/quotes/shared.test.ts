import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { parseDatedText } from '../../src/ingest/text.js';
import type { Doc } from '../../src/model/doc.js';
import type { QuoteRecord } from '../../src/model/layers/quotes.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { readPolnear } from '../../src/eval/quotes/polnear.js';
import { scorePolnear } from '../../src/eval/quotes/index.js';
import { describeShared, SEED_ARTICLE, SHARED_DATA } from '../helpers/shared.js';

describeShared('seed/wion-2023-09-06.txt', 'quotes on the seed article (clean, segment, ner, entities, quotes)', () => {
  let doc: Doc;
  /** the quotations of the seed in text order, found by their double marks at run time */
  let quotations: Array<{ start: number; end: number; text: string }>;
  beforeAll(() => {
    const pipeline = createPipeline({ stages: ['clean', 'segment', 'ner', 'entities', 'quotes'] });
    doc = pipeline.run(parseDatedText(readFileSync(SEED_ARTICLE, 'utf8'), SEED_ARTICLE));
    quotations = [...doc.text.matchAll(/["“]([^"”]+)["”]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[1] }));
  });

  const recordHolding = (q: { start: number; end: number }): QuoteRecord | undefined =>
    doc.quotes.find((r) => r.fragments.some((f) => f.start <= q.start && f.end >= q.end));
  const entityName = (id: string | null) => doc.entities.find((e) => e.id === id)?.name ?? null;
  /** the last quotation that closes before the first occurrence of `cue` (found in the seed at run time) */
  const quotationBefore = (cue: string) => {
    const at = doc.text.indexOf(cue);
    return quotations.filter((q) => q.end <= at).pop()!;
  };

  it('finds every quotation', () => {
    expect(quotations.length).toBeGreaterThanOrEqual(7);
    for (const q of quotations) expect(recordHolding(q), q.text).toBeDefined();
  });

  it("gives Jake Sullivan's quotations to him, the one introduced by \"he stated\" through the pronoun", () => {
    const sullivan = doc.entities.find((e) => e.type === 'person' && e.name.includes('Sullivan'));
    expect(sullivan).toBeDefined();
    // the quotations before the Russian defence minister's paragraph are all Sullivan's
    const his = quotations.filter((q) => q.start < doc.text.indexOf('Shoigu'));
    expect(his.length).toBeGreaterThanOrEqual(4);
    for (const q of his) expect(recordHolding(q)?.speaker, q.text).toBe(sullivan!.id);
    const stated = his.map(recordHolding).find((r) => r?.speakerText === 'he' && r.cue?.text === 'stated');
    expect(stated?.speaker).toBe(sullivan!.id);
  });

  it("gives the quotation attributed to the Kremlin spokesman to Dmitry Peskov", () => {
    const record = recordHolding(quotationBefore('Kremlin spokesman'));
    expect(entityName(record?.speaker ?? null)).toBe('Dmitry Peskov');
    expect(record?.kind).toBe('direct');
  });

  it('gives the quotation reported "as quoted by" TASS to Sergei Shoigu, with TASS as the medium', () => {
    const record = recordHolding(quotationBefore('as quoted by'));
    expect(entityName(record?.speaker ?? null)).toBe('Sergei Shoigu');
    expect(record?.medium?.text).toContain('TASS');
    expect(record?.speakerText).not.toContain('TASS');
  });
});

describeShared('data/polnear/metadata.tsv', 'quotes on a PolNeAR dev subset', () => {
  it('scores above a sanity floor on the first 15 dev articles', () => {
    const { metrics } = scorePolnear(readPolnear(SHARED_DATA, 'dev', 15));
    const direct = metrics.direct as Record<string, number>;
    const all = metrics.all as Record<string, number>;
    // far below the full-dev figures (direct F1@0.8 ~0.9, all F1@0.3 ~0.75): catches a broken stage, not a small regression
    expect(direct.f1At08).toBeGreaterThan(0.6);
    expect(direct.speakerAccuracy).toBeGreaterThan(0.75);
    expect(all.f1At03).toBeGreaterThan(0.5);
  }, 60_000);
});
