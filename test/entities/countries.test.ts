import { describe, expect, it } from 'vitest';
import { countryByCode, countryByDemonym, countryByName, governmentOf, standInFor } from '../../src/knowledge/countries.js';

describe('countries knowledge', () => {
  it('finds countries by canonical name, alias and acronym', () => {
    for (const n of ['United States', 'US', 'U.S.', 'USA', 'United States of America', 'America']) expect(countryByName(n)?.alpha2, n).toBe('US');
    for (const n of ['North Korea', 'DPRK', "Democratic People's Republic of Korea"]) expect(countryByName(n)?.alpha2, n).toBe('KP');
    for (const n of ['Britain', 'UK', 'United Kingdom', 'Great Britain']) expect(countryByName(n)?.alpha2, n).toBe('GB');
    expect(countryByName('Burma')?.alpha2).toBe('MM');
    expect(countryByName('Myanmar')?.alpha2).toBe('MM');
    expect(countryByName('the Netherlands')?.alpha2).toBe('NL');
    expect(countryByName('russia')?.name).toBe('Russia');
  });

  it('matches acronyms with their exact case only, so the pronoun "us" is not a country', () => {
    expect(countryByName('us')).toBeNull();
    expect(countryByName('Us')).toBeNull();
  });

  it('leaves names shared by two countries alone', () => {
    expect(countryByName('Congo')).toBeNull();
    expect(countryByName('DRC')?.alpha2).toBe('CD');
  });

  it('finds countries by alpha-2 and alpha-3 code', () => {
    expect(countryByCode('RU')?.name).toBe('Russia');
    expect(countryByCode('rus')?.alpha2).toBe('RU');
    expect(countryByCode('PRK')?.name).toBe('North Korea');
    expect(countryByCode('XX')).toBeNull();
  });

  it('finds countries by demonym, singular and plural', () => {
    expect(countryByDemonym('Russian')?.alpha2).toBe('RU');
    expect(countryByDemonym('North Korean')?.alpha2).toBe('KP');
    expect(countryByDemonym('Americans')?.alpha2).toBe('US');
    expect(countryByDemonym('British')?.alpha2).toBe('GB');
    expect(countryByDemonym('Britons')?.alpha2).toBe('GB');
    expect(countryByDemonym('Frenchmen')?.alpha2).toBe('FR');
    expect(countryByDemonym('Martian')).toBeNull();
  });

  it('knows seats of government and capitals as stand-ins', () => {
    expect(standInFor('the Kremlin')).toMatchObject({ country: 'RU', sector: 'GOV', standsForName: 'Government of Russia', kind: 'seat' });
    expect(standInFor('White House')).toMatchObject({ country: 'US', sector: 'GOV', kind: 'seat' });
    expect(standInFor('Downing Street')?.country).toBe('GB');
    expect(standInFor('Elysee')?.country).toBe('FR');
    expect(standInFor('Zhongnanhai')?.country).toBe('CN');
    expect(standInFor('Pentagon')).toMatchObject({ country: 'US', sector: 'MIL' });
    expect(standInFor('Moscow')).toMatchObject({ country: 'RU', kind: 'capital' });
    expect(standInFor('Kiev')?.country).toBe('UA');
    expect(standInFor('Washington')?.country).toBe('US');
    expect(standInFor('Vladivostok')).toBeNull();
    expect(governmentOf('US')).toBe('Government of the United States');
  });
});
