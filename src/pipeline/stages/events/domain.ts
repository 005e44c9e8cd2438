import type { EventsLanguage } from '../../../lang/types.js';

/**
 * Reports of sport and of natural science tell of teams that "beat" and "attack", probes that "strike" and "fire":
 * none of it is a political event. A sentence holding a phrase of the pack's `outOfDomain` list is not coded, and an
 * article with several such sentences (beside PETRARCH's discards) is a report of that kind and codes nothing.
 */
const INDEXES = new WeakMap<readonly string[], Map<string, string[][]>>();

function indexOf(phrases: readonly string[]): Map<string, string[][]> {
  let index = INDEXES.get(phrases);
  if (!index) {
    index = new Map();
    for (const p of phrases) {
      const words = p.split(' ');
      index.set(words[0], [...(index.get(words[0]) ?? []), words]);
    }
    INDEXES.set(phrases, index);
  }
  return index;
}

/** Does a sentence (lower-case words) hold a phrase of sport or natural science? */
export function outOfDomain(lang: EventsLanguage, words: string[]): boolean {
  const index = indexOf(lang.outOfDomain);
  for (let i = 0; i < words.length; i++) {
    const list = index.get(words[i]);
    if (!list) continue;
    for (const p of list) {
      let k = 1;
      while (k < p.length && words[i + k] === p[k]) k++;
      if (k === p.length) return true;
    }
  }
  return false;
}

// two such sentences make a report of sport or science, however long the article
const MIN_OUT_OF_DOMAIN_SENTENCES = 2;

/** Is the article a report of sport or science (several sentences out of the political domain)? */
export function outOfDomainArticle(flags: boolean[]): boolean {
  let n = 0;
  for (const f of flags) if (f) n++;
  return n >= MIN_OUT_OF_DOMAIN_SENTENCES;
}
