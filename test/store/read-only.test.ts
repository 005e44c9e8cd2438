import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { openStore } from '../../src/store/index.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const CLI = `${process.execPath} --import tsx ${join(REPO, 'src', 'cli', 'main.ts')}`;
/** A read-only mount needs a mount namespace of our own: root with unshare (as on CI and the dev machines). */
const canMount = spawnSync('unshare', ['-m', 'true']).status === 0;

(canMount ? describe : describe.skip)(`a database on a read-only mount${canMount ? '' : ' (skipped: unshare -m is not allowed here)'}`, () => {
  it('read commands work on it; a write command says the file is read-only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-ro-'));
    const db = join(dir, 'news.db');
    const store = await openStore(db);
    const pipeline = createPipeline({ stages: ['clean', 'segment'] });
    const article = { id: 'a1', published: '2024-05-20', lang: 'en', title: 'Harbour budget', body: 'The harbour council approved the budget on Monday.' };
    await store.putBatch([{ article, extraction: pipeline.analyze(article) }]);
    await store.close();
    const input = join(mkdtempSync(join(tmpdir(), 'tidings-ro-in-')), 'b.txt');
    writeFileSync(input, 'date 2024-05-21\nThe council met again on Tuesday to discuss the pier.');
    const script = [
      `mount --bind ${dir} ${dir} && mount -o remount,ro,bind ${dir}`,
      `${CLI} stats --db ${db} --json; echo "stats=$?"`,
      `${CLI} search harbour --db ${db} --json; echo "search=$?"`,
      `${CLI} ingest ${input} --db ${db} --workers 1; echo "ingest=$?"`,
    ].join('\n');
    const run = spawnSync('unshare', ['-m', 'sh', '-c', script], { cwd: REPO, encoding: 'utf8' });
    const out = run.stdout + run.stderr;
    expect(out).toContain('stats=0');
    expect(out).toMatch(/"articles":\s*1/);
    expect(out).toContain('search=0');
    expect(out).toMatch(/"id":\s*"a1"/);
    expect(out).toContain('ingest=1');
    expect(out).toMatch(/news\.db is read-only \(a read-only mount or a file this user cannot write\)/);
    expect(out).not.toMatch(/not a Tidings database/);
  });
});
