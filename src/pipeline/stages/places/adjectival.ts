import type { PlacesLanguage } from '../../../lang/types.js';
import { countryByDemonym } from '../../../knowledge/countries.js';
import type { Gazetteer } from '../../../knowledge/gazetteer/index.js';

/**
 * The place a demonym or place adjective is made from ("Ohioan" → Ohio, "Dagestani" → Dagestan, "European" →
 * Europe): the word with its plural and adjective suffix taken off and the name's ending restored, when the gazetteer
 * holds that name as a country, region or area (towns are left out: "Roman" is not a mention of Roma).
 */
export function adjectivalPlace(gaz: Gazetteer, lang: PlacesLanguage): (word: string) => string | null {
  let byLang = SHARED.get(gaz);
  if (!byLang) SHARED.set(gaz, (byLang = new WeakMap()));
  let fn = byLang.get(lang);
  if (!fn) byLang.set(lang, (fn = deriveAdjectival(gaz, lang)));
  return fn;
}

/** One deriver (and its cache) per gazetteer and language: words recur across articles. */
const SHARED = new WeakMap<Gazetteer, WeakMap<PlacesLanguage, (word: string) => string | null>>();
/** Words remembered per deriver before the cache starts over (a few MB at most). */
const CACHE_LIMIT = 50_000;

function deriveAdjectival(gaz: Gazetteer, lang: PlacesLanguage): (word: string) => string | null {
  const cache = new Map<string, string | null>();
  return (word) => {
    let hit = cache.get(word);
    if (hit !== undefined) return hit;
    hit = null;
    const country = countryByDemonym(word);
    if (country) hit = country.name;
    const singular = word.replace(lang.pluralSuffix, '');
    for (const base of hit ? [] : singular === word ? [word] : [word, singular]) {
      for (const { suffix, restore } of lang.adjectivalSuffixes) {
        if (!base.endsWith(suffix) || base.length - suffix.length < 3) continue;
        const stem = base.slice(0, base.length - suffix.length);
        for (const ending of restore) {
          const name = stem + ending;
          if (name === word) continue;
          if (gaz.lookup(name).some((m) => m.via === 'name' && m.entry.kind !== 'city' && m.entry.name === name)) {
            hit = name;
            break;
          }
        }
        if (hit) break;
      }
      if (hit) break;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, hit);
    return hit;
  };
}
