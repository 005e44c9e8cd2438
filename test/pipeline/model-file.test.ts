import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bytesOf, decodeModelFile, encodeModelFile, modelLoader } from '../../src/pipeline/model-file.js';

describe('the model file container', () => {
  it('gives back the header and a body whose typed arrays start aligned, whatever the header length', () => {
    for (const name of ['a', 'ab', 'abc', 'abcd']) {
      const buckets = Uint32Array.from([3, 1, 4, 1, 5]);
      const weights = Int16Array.from([-9, 2, 6]);
      const file = gzipSync(encodeModelFile({ name, rows: 5 }, [bytesOf(buckets), bytesOf(weights)]));
      const { header, body } = decodeModelFile<{ name: string; rows: number }>(file);
      expect(header).toEqual({ name, rows: 5 });
      expect(Array.from(new Uint32Array(body.buffer, 0, 5))).toEqual([3, 1, 4, 1, 5]);
      expect(Array.from(new Int16Array(body.buffer, 20, 3))).toEqual([-9, 2, 6]);
    }
  });

  it('loads a model once per path, and says how to build one that is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-file-'));
    const path = join(dir, 'toy.bin.gz');
    writeFileSync(path, gzipSync(encodeModelFile({ size: 2 }, [])));
    let decoded = 0;
    const load = modelLoader('toy', 'toy', (file) => {
      decoded++;
      return decodeModelFile<{ size: number }>(file).header;
    });
    expect(load(path)).toBe(load(path));
    expect(decoded).toBe(1);
    expect(() => load(join(dir, 'absent.bin.gz'))).toThrow(`toy model not found at ${join(dir, 'absent.bin.gz')}: run "tidings train toy" to build it`);
  });
});
