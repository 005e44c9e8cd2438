import { allCountries } from '../countries.js';

/** Names a country goes by in news text. */
export interface CountryNames {
  /** ISO 3166-1 alpha-2 */
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
}

/** Country names, aliases and demonyms from the project's country knowledge (src/knowledge/countries.ts). */
export function countryNameRecords(): CountryNames[] {
  return allCountries().map((c) => ({
    code: c.alpha2,
    name: c.name,
    aliases: c.aliases,
    // singular forms are listed; the plural ("Russians") is tried by the resolver
    demonyms: c.demonyms,
  }));
}
