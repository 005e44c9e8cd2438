import { describe, expect, it } from 'vitest';
import { decodeGeonamesTable } from '../../src/knowledge/gazetteer/cities.js';
import { decimalAt } from '../../src/knowledge/gazetteer/table-bytes.js';

describe('decimalAt (the byte-decimal reader of the GeoNames tables)', () => {
  const buf = Buffer.from('12345\t\t0\t12a4\t-7\t007');
  it('reads the digits of a range as a number', () => {
    expect(decimalAt(buf, 0, 5)).toBe(12345);
    expect(decimalAt(buf, 1, 3)).toBe(23);
    expect(decimalAt(buf, 7, 8)).toBe(0);
    expect(decimalAt(buf, 17, 20)).toBe(7);
  });
  it('gives null for an empty range or one holding anything but digits', () => {
    expect(decimalAt(buf, 6, 6)).toBeNull();
    expect(decimalAt(buf, 9, 13)).toBeNull();
    expect(decimalAt(buf, 14, 16)).toBeNull();
    expect(decimalAt(buf, 4, 6)).toBeNull();
  });
});

describe('the GeoNames table reader on malformed numbers', () => {
  const row = (id: string, population: string): string =>
    [id, 'Madeupton', 'Madeupton', '', 45.5, 10.25, 'P', 'PPL', 'IT', '', '09', '', '', '', population, '', '12', 'Europe/Rome', '2024-01-01'].join('\t');
  it('passes over a row whose id is not a number, and counts an empty population as none', () => {
    const cols = decodeGeonamesTable(Buffer.from([row('9x1', '740'), row('', '740'), row('905', '')].join('\n') + '\n'), Int32Array.from([]));
    expect(Array.from(cols.geonameId)).toEqual([905]);
    expect(cols.population[0]).toBe(0);
  });
});
