import { english } from './en/index.js';
import type { LanguagePack } from './types.js';

export type { LanguagePack } from './types.js';

/** Every language the stages can analyse; an article in any other language is stored without analysis. */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [english];

/** The pack for text that comes with no article and no language (training on English treebanks, knowledge lists). */
export const DEFAULT_PACK: LanguagePack = english;

const BY_CODE = new Map(LANGUAGE_PACKS.map((p) => [p.code, p]));

/** The primary language subtag of a tag ("en-GB", "EN", "en_US" -> "en"; an empty tag is "und", undetermined). */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0].toLowerCase() || 'und';
}

/** The pack for an article's language tag, or null when no pack covers it ("fr", "de", "und" today). */
export function languagePackFor(tag: string): LanguagePack | null {
  return BY_CODE.get(primaryLanguage(tag)) ?? null;
}
