import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/eval/data.js';
import { decodeNerModel, loadNerModel } from '../../src/pipeline/stages/ner/model.js';
import { trainNer } from '../../src/train/ner.js';

describe('what the recogniser learns from', () => {
  it('ships a model trained on CoNLL train and dev, with the epoch count chosen on dev by a train-only run', () => {
    const header = loadNerModel().header;
    expect(header.trainedOn).toMatch(/train and dev/);
    expect(header.epochs).toBeGreaterThan(0);
    expect(header.dev.f1).toBeGreaterThan(0.9);
  });

  it('refuses an unknown final training set with one clear message, before reading any data', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli', 'main.ts'), 'train', 'ner', '--final', 'test', '--data', '/nonexistent'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/--final must be train\+dev or train/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('trains deterministically: the epoch count chosen on dev, then train and dev together, several shuffles averaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-train-'));
    try {
      // invented documents in CoNLL format: a person, an organisation and a place in each
      const doc = (person: string, org: string, place: string): string =>
        `-DOCSTART- -X- -X- O\n\n${person} NNP B-NP B-PER\njoined VBD B-VP O\n${org} NNP B-NP B-ORG\nin IN B-PP O\n${place} NNP B-NP B-LOC\n. . O O\n\n`;
      mkdirSync(join(dir, 'conll2003'));
      writeFileSync(join(dir, 'conll2003', 'train.txt'), doc('Quenby', 'Marlowfield', 'Tarrow') + doc('Odile', 'Brannagh', 'Vesk') + doc('Ilse', 'Corvane', 'Dunmere'));
      writeFileSync(join(dir, 'conll2003', 'dev.txt'), doc('Arvid', 'Pellstone', 'Kessock'));
      const train = (out: string, final: 'train' | 'train+dev') => trainNer({ data: dir, out: join(dir, out), epochs: 3, bits: 16, members: 2, final, clusters: null });
      const a = train('a.bin.gz', 'train+dev');
      train('b.bin.gz', 'train+dev');
      train('c.bin.gz', 'train');
      const bytes = (f: string) => readFileSync(join(dir, f));
      expect(bytes('a.bin.gz').equals(bytes('b.bin.gz'))).toBe(true);
      expect(bytes('a.bin.gz').equals(bytes('c.bin.gz'))).toBe(false);
      const model = decodeNerModel(bytes('a.bin.gz'));
      expect(model.header.trainedOn).toMatch(/train and dev/);
      expect(model.header.epochs).toBe(a.bestEpoch);
      expect(decodeNerModel(bytes('c.bin.gz')).header.trainedOn).not.toMatch(/dev/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
