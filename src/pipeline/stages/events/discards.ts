import type { EventDictionaries } from '../../../knowledge/petrarch/pack.js';

/**
 * PETRARCH's discard list: a sentence holding one of these phrases (sports results, entertainment, history: "Asian
 * Cup", "batsman", "years ago") is not coded; a `+` phrase rules out the whole article. Phrases are matched as whole
 * lower-case words, indexed by first word so a sentence costs one map lookup a word.
 */
export class Discards {
  private readonly byFirst = new Map<string, Array<{ words: string[]; story: boolean }>>();

  constructor(list: EventDictionaries['discards']) {
    for (const d of list) {
      const words = d.phrase.split(' ');
      const bucket = this.byFirst.get(words[0]) ?? [];
      bucket.push({ words, story: d.story });
      this.byFirst.set(words[0], bucket);
    }
  }

  /** 'story' when a story-level phrase occurs, 'sentence' for a sentence-level one, null for none. */
  find(words: string[]): 'story' | 'sentence' | null {
    let found: 'sentence' | null = null;
    for (let i = 0; i < words.length; i++) {
      const bucket = this.byFirst.get(words[i]);
      if (!bucket) continue;
      for (const d of bucket) {
        let k = 1;
        while (k < d.words.length && words[i + k] === d.words[k]) k++;
        if (k < d.words.length) continue;
        if (d.story) return 'story';
        found = 'sentence';
      }
    }
    return found;
  }
}
