import type { Gender, NamesLanguage, NameWords } from '../lang/sections/names.js';

/**
 * The title and organisation-name lookups the stages use, built from a language's words (src/lang/<code>/names):
 * the logic is here, the words are the pack's.
 */
export function nameLookups(words: NameWords): NamesLanguage {
  // abbreviations count as heads: "Gov. Mario Cuomo" has the role Governor
  const heads = new Set([...words.titleHeads, ...Object.keys(words.abbreviatedTitles)]);
  const modifiers = new Set(words.titleModifiers);
  const links = new Set(words.titleLinks);
  const honorifics = new Set(Object.keys(words.honorifics));
  const abbreviations = new Map(Object.entries(words.abbreviatedTitles));
  const genderByWord = new Map<string, Gender>(
    [...Object.entries(words.honorifics), ...Object.entries(words.genderedRoles)].filter((e): e is [string, Gender] => e[1] !== null),
  );
  const headBeforeLinks = new Set(words.headBeforeLinks);
  const organisationHeads = new Set(words.organisationHeads);
  const isTitleHead = (lower: string): boolean => heads.has(lower);
  const isTitleModifier = (lower: string): boolean => modifiers.has(lower);
  const isHonorific = (lower: string): boolean => honorifics.has(lower);
  return {
    isTitleHead,
    isTitleModifier,
    isHonorific,
    isTitleLink: (lower) => links.has(lower),
    isTitleWord: (lower) => isTitleHead(lower) || isTitleModifier(lower) || isHonorific(lower),
    genderOfTitleWord: (lower) => genderByWord.get(lower) ?? null,
    expandTitleAbbreviation: (lower) => abbreviations.get(lower) ?? null,
    titleHead(title) {
      const ws = title.toLowerCase().split(/\s+/);
      // "Secretary of State": the head comes before the linking "of"
      const link = ws.findIndex((w) => headBeforeLinks.has(w));
      const part = link > 0 ? ws.slice(0, link) : ws;
      for (let i = part.length - 1; i >= 0; i--) if (heads.has(part[i])) return part[i];
      return part[part.length - 1] ?? '';
    },
    canonicalHead: (lower) => words.headSynonyms[lower] ?? lower,
    isOrganisationHead: (lower) => organisationHeads.has(lower),
  };
}
