import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { describeShared, SEED_ARTICLE, SHARED_DATA } from '../helpers/shared.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { ArticleSchema } from '../../src/model/article.js';
import type { Doc } from '../../src/model/doc.js';
import type { EventRecord } from '../../src/model/layers/events.js';
import { readPlover } from '../../src/eval/events/plover.js';
import { scorePlover } from '../../src/eval/events/index.js';

const between = (e: EventRecord, a: string, b: string): boolean =>
  (e.source?.country === a && e.target?.country === b) || (e.symmetric && e.source?.country === b && e.target?.country === a);

describeShared('seed/wion-2023-09-06.txt', 'events on the seed article', () => {
  let doc: Doc;
  beforeAll(() => {
    const raw = readFileSync(SEED_ARTICLE, 'utf8');
    const header = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw)!;
    doc = createPipeline().run(ArticleSchema.parse({ id: 'seed', published: header[1], body: raw.slice(header[0].length), lang: 'en' }));
  });

  it('North Korea to Russia, AID, reported', () => {
    expect(doc.events.some((e) => e.type === 'AID' && between(e, 'PRK', 'RUS') && e.modality === 'reported')).toBe(true);
  });

  it('United States to North Korea, THREATEN ("will pay a price")', () => {
    const e = doc.events.find((x) => x.type === 'THREATEN' && between(x, 'USA', 'PRK') && /price/.test(x.trigger.text));
    expect(e).toBeDefined();
  });

  it('Russia and North Korea, CONSULT, planned, in Vladivostok, 2023-09-10 to 2023-09-13', () => {
    const e = doc.events.find((x) => x.type === 'CONSULT' && x.modality === 'planned' && between(x, 'PRK', 'RUS') && x.place?.name === 'Vladivostok');
    expect(e).toBeDefined();
    expect(e!.date.begin).toBe('2023-09-10');
    expect(e!.date.end).toBe('2023-09-13');
  });

  // a defence minister is coded as the government, as Phoenix codes the office (~GOVMIL: government first)
  it('Russia (Shoigu, defence minister: GOV) to North Korea, CONSULT by visit, July 2023, asserted', () => {
    const e = doc.events.find((x) => x.type === 'CONSULT' && x.mode === 'visit' && x.source?.code === 'RUSGOV' && x.target?.country === 'PRK' && x.date.value === '2023-07');
    expect(e).toBeDefined();
    expect(e!.modality).toBe('asserted');
  });

  it('Russia and North Korea joint military drills, hypothetical', () => {
    expect(doc.events.some((e) => e.type === 'COOPERATE' && between(e, 'RUS', 'PRK') && e.modality === 'hypothetical')).toBe(true);
  });

  it('United States accuses Russia of secret talks, last week', () => {
    const e = doc.events.find((x) => x.type === 'DISAPPROVE' && between(x, 'USA', 'RUS'));
    expect(e?.date.value).toBe('2023-W35');
    expect(doc.events.some((x) => x.type === 'CONSULT' && between(x, 'RUS', 'PRK') && x.modality === 'reported')).toBe(true);
  });

  it('codes nothing from the promo lines', () => {
    for (const e of doc.events) expect(doc.text.slice(e.evidence.start, e.evidence.end)).not.toMatch(/ALSO READ|WATCH \||write for/);
  });

  it('fills the tone layer', () => {
    expect(doc.tone?.wordCount).toBeGreaterThan(300);
    expect(doc.tone?.negative).toBeGreaterThan(0);
  });
});

describeShared('data/plover/PLOVER_GSR_dev.json', 'events on a PLOVER dev subset', () => {
  it('codes event types and triples above a sanity threshold', () => {
    // 60 records keep the test quick; the full figures come from `tidings eval events`
    const metrics = scorePlover(readPlover(SHARED_DATA, 60)) as { typeMicroF1: number; tripleAccuracy: number };
    expect(metrics.typeMicroF1).toBeGreaterThan(0.6);
    // one record of 60 moves this by 0.017 (the NER model of 2026-12-06 moved one here and left full dev at 0.435)
    expect(metrics.tripleAccuracy).toBeGreaterThanOrEqual(0.4);
  });
});
