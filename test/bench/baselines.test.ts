import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withBaselines } from '../../src/cli/commands/bench.js';
import { UserError } from '../../src/cli/errors.js';

// wink-nlp and compromise are dev dependencies: a production install runs `tidings bench` without them
describe('tidings bench without its baseline packages', () => {
  // a folder with no node_modules above it: resolving a package from here fails as in a production install
  const dir = mkdtempSync(join(tmpdir(), 'bench-baselines-'));
  const requireHere = createRequire(join(dir, 'bench.js'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says which package is missing and how to get it, in one line (require and import)', async () => {
    const required = withBaselines(async () => requireHere('compromise'));
    await expect(required).rejects.toBeInstanceOf(UserError);
    await expect(required).rejects.toThrow(/development dependencies this install lacks \("compromise"\).*--include=dev/);
    // Node's error for an ES import of a package that is not installed
    const notInstalled = Object.assign(new Error(`Cannot find package 'wink-nlp' imported from ${join(dir, 'run.js')}`), { code: 'ERR_MODULE_NOT_FOUND' });
    await expect(withBaselines(() => Promise.reject(notInstalled))).rejects.toThrow(/lacks \("wink-nlp"\)/);
  });

  it('passes any other failure on as it is', async () => {
    const other = withBaselines(async () => requireHere('no-such-package-tidings-test'));
    await expect(other).rejects.not.toBeInstanceOf(UserError);
    await expect(other).rejects.toThrow(/no-such-package-tidings-test/);
    await expect(withBaselines(async () => 42)).resolves.toBe(42);
  });
});
