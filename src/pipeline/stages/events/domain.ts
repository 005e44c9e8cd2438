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

/** a game's score, "4-2" or "3–1" (a hyphen or an en dash between two counts) */
const SCORELINE = /^\d{1,3}[-–]\d{1,3}$/;
// a result word this near before a scoreline tells of it ("beat the Boston Bruins 4-2"), and the word right after it
const RESULT_REACH = 6;

/** Does the sentence tell a game's result: a scoreline beside a result word, and no vote, poll or ruling counted? */
export function gameResult(lang: EventsLanguage, words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const c = words[i].charCodeAt(0);
    // a score starts with a digit: the pattern is tried on few words
    if (c < 48 || c > 57 || !SCORELINE.test(words[i])) continue;
    let result = lang.gameResultWords.has(words[i + 1] ?? '');
    for (let k = Math.max(0, i - RESULT_REACH); k < i && !result; k++) result = lang.gameResultWords.has(words[k]);
    if (result) return !words.some((w) => lang.tallyWords.has(w));
  }
  return false;
}

/** Does a sentence (lower-case words) hold a phrase of sport or natural science, or tell a game's result? */
export function outOfDomain(lang: EventsLanguage, words: string[]): boolean {
  if (gameResult(lang, words)) return true;
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
