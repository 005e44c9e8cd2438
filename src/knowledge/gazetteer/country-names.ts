import { createRequire } from 'node:module';

/** Names a country goes by in news text. */
export interface CountryNames {
  /** ISO 3166-1 alpha-2 */
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
}

const require = createRequire(import.meta.url);

/** Country names from i18n-iso-countries (official and short English names) plus countries-list aliases. */
export function countryNameRecords(): CountryNames[] {
  const en = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
  const list = require('countries-list') as { countries: Record<string, { name: string; alias?: string[] }> };
  const out: CountryNames[] = [];
  for (const [code, names] of Object.entries(en.countries)) {
    const all = Array.isArray(names) ? names : [names];
    // i18n-iso-countries lists the official form first ("Russian Federation"); the short form reads as the name
    const name = list.countries[code]?.name ?? all[all.length - 1];
    const aliases = new Set([...all, ...(list.countries[code]?.alias ?? [])]);
    aliases.delete(name);
    out.push({ code, name, aliases: [...aliases], demonyms: [] });
  }
  return out;
}
