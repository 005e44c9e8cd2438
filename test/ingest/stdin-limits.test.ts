import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundedLines, readAtMost } from '../../src/ingest/bounded-lines.js';

const CLI = [process.execPath, '--import', 'tsx', resolve(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts')];
const MB = 1024 * 1024;

/** Pipes up to `total` bytes into `analyze -` and reports how many the command took before it stopped reading. */
function pipeInto(args: string[], chunk: Buffer, total: number): Promise<{ written: number; status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(CLI[0], [...CLI.slice(1), ...args], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let written = 0;
    let stopped = false;
    child.stdin.on('error', () => (stopped = true));
    const pump = () => {
      while (!stopped && written < total) {
        written += chunk.length;
        if (!child.stdin.write(chunk)) return void child.stdin.once('drain', pump);
      }
      if (!stopped) child.stdin.end();
    };
    pump();
    child.on('exit', (status) => {
      stopped = true;
      done({ written, status, stderr });
    });
  });
}

describe('standard input is read within the size limit', () => {
  it('an article on stdin over --max-bytes is refused once it passes the limit, without reading the rest', async () => {
    const chunk = Buffer.from(`${'The minister said the talks would resume next week. '.repeat(20)}\n`.repeat(1000));
    const { written, status, stderr } = await pipeInto(['analyze', '-', '--published', '2024-05-20', '--max-bytes', '1MB'], chunk, 400 * MB);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/<stdin>: more than 1\.0 MB, the article size limit \(--max-bytes\)/);
    // the pipe and the stream buffers hold a few megabytes at most; buffering everything would take all 400 MB
    expect(written).toBeLessThan(64 * MB);
  });

  it('JSONL on stdin: a line too long for any article is skipped as it streams, the lines after it are read', async () => {
    const good = JSON.stringify({ text: 'Kenyan President William Ruto will visit Addis Ababa next week.', published: '2024-03-06' });
    const huge = `{"text": "${'x'.repeat(3 * MB)}", "published": "2024-03-06"}`;
    const child = spawn(CLI[0], [...CLI.slice(1), 'analyze', '-', '--max-bytes', '1MB', '--stages', 'clean,segment'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.stdin.end(`${huge}\n${good}\n`);
    const status = await new Promise((r) => child.on('exit', r));
    expect(status).toBe(1);
    expect(err).toMatch(/<stdin>:1: a line of 3\.0 MB is over the article size limit of 1\.0 MB/);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out).text).toContain('William Ruto');
  });

  it('boundedLines never holds a line over its limit, and keeps numbering after it', async () => {
    async function* chunks() {
      yield Buffer.from('short\n' + 'y'.repeat(50));
      yield Buffer.from('y'.repeat(50) + '\r\nafter');
    }
    const lines = [];
    for await (const l of boundedLines(chunks(), 40)) lines.push(l);
    expect(lines).toEqual([{ n: 1, text: 'short' }, { n: 2, tooLong: true, bytes: 101 }, { n: 3, text: 'after' }]);
    const read = await readAtMost(chunks(), 60);
    expect(read.ok).toBe(false);
  });
});
