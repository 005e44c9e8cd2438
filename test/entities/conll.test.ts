import { expect, it } from 'vitest';
import { entitiesScorer } from '../../src/eval/entities/index.js';
import { describeShared, SHARED_DATA } from '../helpers/shared.js';

describeShared('data/conll2003/dev.txt', 'entities read back as CoNLL spans (small dev subset)', () => {
  it('keeps the recogniser\'s F1: title stripping, label fixes and recovery must not cost accuracy', async () => {
    // 30 documents: enough sentences (~700) for a stable sanity check in a few seconds
    const result = await entitiesScorer.run({ data: SHARED_DATA, split: 'dev', limit: 30 });
    const m = result.metrics as { f1: number; nerF1: number; f1Gain: number };
    // the recogniser scores about 0.9 on dev; the stage may move it slightly either way, never by more than a point
    expect(m.f1).toBeGreaterThan(0.8);
    expect(m.f1Gain).toBeGreaterThan(-0.01);
  }, 120_000);
});
