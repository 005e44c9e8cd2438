import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LargeArticleRun } from '../../src/bench/large-article.js';

const CHILD = resolve(import.meta.dirname, '..', 'helpers', 'analyse-sizes.ts');
/** Ten times the text may cost at most this many times the CPU: linear with room for noise, far below quadratic (100). */
const MAX_RATIO = 12;
const SMALL = 500_000;
/** Just under the readers' default 5 MB limit. */
const LARGE = 5_000_000;

/**
 * Runs the analysis in a child process and stops it once the large article has used more wall time than the budget
 * could explain (a quadratic stage would otherwise keep the test running for many minutes).
 */
function analyseSizes(sizes: number[], wallBudget: (first: LargeArticleRun) => number): Promise<{ runs: LargeArticleRun[]; killed: boolean }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...sizes.map(String)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const runs: LargeArticleRun[] = [];
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    createInterface({ input: child.stdout }).on('line', (line) => {
      runs.push(JSON.parse(line));
      if (runs.length === 1) {
        timer = setTimeout(() => {
          killed = true;
          child.kill('SIGKILL');
        }, wallBudget(runs[0]) * 1000);
      }
    });
    child.on('error', fail);
    child.on('exit', () => {
      clearTimeout(timer);
      done({ runs, killed });
    });
  });
}

describe('analysis cost grows linearly with article length', () => {
  it(`a 5 MB article costs at most ${MAX_RATIO} times the CPU of a 500 KB one`, async () => {
    // wall-clock guard: ten times the CPU budget (the machine is shared with other suites), never under three minutes
    const { runs, killed } = await analyseSizes([SMALL, LARGE], (small) => Math.max(180, 10 * MAX_RATIO * small.cpuSeconds));
    expect(killed, `the 5 MB article was still being analysed after the budget (500 KB took ${runs[0]?.cpuSeconds.toFixed(2)} s)`).toBe(false);
    expect(runs).toHaveLength(2);
    const [small, large] = runs;
    const ratio = large.cpuSeconds / small.cpuSeconds;
    expect(ratio, `500 KB ${small.cpuSeconds.toFixed(2)} s, 5 MB ${large.cpuSeconds.toFixed(2)} s CPU`).toBeLessThanOrEqual(MAX_RATIO);
    // the long article is really analysed: its events and entities grow with it
    expect(large.events).toBeGreaterThan(5 * small.events);
  }, 600_000);
});

describe('a large single article shows progress', () => {
  const CLI = [process.execPath, '--import', 'tsx', resolve(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts')];

  it('analyze and ingest print a line per stage on stderr for an article over 1 MB, and none for a short one', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const { largeArticle } = await import('../../src/bench/large-article.js');
    const dir = mkdtempSync(resolve(tmpdir(), 'tidings-large-'));
    const big = resolve(dir, 'big.txt');
    writeFileSync(big, `date 2024-05-20\n${largeArticle(1_200_000).body}`);
    const small = resolve(dir, 'small.txt');
    writeFileSync(small, `date 2024-05-20\n${largeArticle(5_000).body}`);
    const analyze = spawnSync(CLI[0], [...CLI.slice(1), 'analyze', big, small], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(analyze.status, analyze.stderr).toBe(0);
    const lines = analyze.stderr.split('\n').filter((l) => l.includes('big.txt'));
    expect(lines.some((l) => /analysing .*big\.txt \(1\.2 MB\): ner \(stage \d+ of \d+/.test(l)), analyze.stderr).toBe(true);
    expect(lines.at(-1)).toMatch(/analysed .*big\.txt \(1\.2 MB\) in \d+\.\d s/);
    expect(analyze.stderr).not.toContain('small.txt');
    const ingest = spawnSync(CLI[0], [...CLI.slice(1), 'ingest', big, '--db', resolve(dir, 't.db')], { encoding: 'utf8' });
    expect(ingest.status, ingest.stderr).toBe(0);
    // ingest analyses in worker threads by default: the line names the article, then one closes it
    expect(ingest.stderr).toMatch(/analysing .*big\.txt \(1\.2 MB\)/);
    expect(ingest.stderr).toMatch(/analysed .*big\.txt \(1\.2 MB\) in \d+\.\d s/);
    // two processes each loading the models and analysing 1.2 MB: minutes on a busy shared machine
  }, 600_000);
});
