import { expect } from 'vitest';
import type { Extraction } from '../../src/model/extraction.js';
import { OffsetMap } from '../../src/model/span.js';

/** Every object in the extraction (outside `removed`, which indexes the source) that carries start/end offsets. */
export function collectSpans(value: unknown, path = '$', out: Array<{ path: string; start: number; end: number; text?: string }> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => collectSpans(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      out.push({ path, start: o.start, end: o.end, text: typeof o.text === 'string' ? o.text : undefined });
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'removed' && k !== 'sourceMap') collectSpans(v, `${path}.${k}`, out);
  }
  return out;
}

/**
 * For every span of every layer: `text.slice(start, end)` is the span's text, and each of its characters maps back
 * to the same character of the source body (a space of the text may be a wrapped line break of the source); removed
 * ranges slice the source to their text.
 */
export function expectSpansExact(x: Extraction, body: string): number {
  const map = new OffsetMap(x.sourceMap);
  const spans = collectSpans(x);
  for (const s of spans) {
    expect(s.start, s.path).toBeGreaterThanOrEqual(0);
    expect(s.end, s.path).toBeLessThanOrEqual(x.text.length);
    expect(s.end, s.path).toBeGreaterThanOrEqual(s.start);
    if (s.text !== undefined) expect(x.text.slice(s.start, s.end), s.path).toBe(s.text);
    for (let i = s.start; i < s.end; i++) {
      const source = body[map.toSource(i)];
      if (source !== x.text[i] && !(source === '\n' && x.text[i] === ' ')) expect(`${s.path} char ${i} maps to ${JSON.stringify(source)}`).toBe(`maps to ${JSON.stringify(x.text[i])}`);
    }
  }
  for (const r of x.removed) expect(body.slice(r.start, r.end)).toBe(r.text);
  return spans.length;
}
