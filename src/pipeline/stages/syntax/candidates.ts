import { mix } from '../ner/hash.js';

/**
 * Classes worth scoring for a key, learned from the training data: the tags a frequent word was seen with (a tag
 * dictionary, Ratnaparkhi 1996; keys are word hashes, so no word is stored), or the relations seen between a pair of
 * tags in one direction. Scoring only those is faster and keeps the classifier from answers the data never gave.
 */
export type CandidateLists = Record<string, number[]>;

export class Candidates {
  /** open addressing: per slot the key and its list's offset + 1 (0 = empty); looked up once a word, so no Map */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** per key, at its offset: the count of classes, then the classes */
  readonly lists: Int32Array;

  constructor(source: CandidateLists) {
    let size = 0;
    const entries = Object.entries(source);
    for (const [, v] of entries) size += v.length + 1;
    this.lists = new Int32Array(size);
    // at least 2 slots a key keeps probe runs short
    let capacity = 16;
    while (capacity < entries.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2);
    let at = 0;
    for (const [k, v] of entries) {
      const key = Number(k) | 0;
      let s = mix(key, 0) & this.mask;
      while (this.slots[s * 2 + 1] !== 0) s = (s + 1) & this.mask;
      this.slots[s * 2] = key;
      this.slots[s * 2 + 1] = at + 1;
      this.lists[at] = v.length;
      this.lists.set(v, at + 1);
      at += v.length + 1;
    }
  }

  /** Offset of the key's list in `lists` (its count first), or -1 when any class may do. */
  find(key: number): number {
    const slots = this.slots;
    for (let s = mix(key, 0) & this.mask; ; s = (s + 1) & this.mask) {
      const at = slots[s * 2 + 1];
      if (at === 0) return -1;
      if (slots[s * 2] === key) return at - 1;
    }
  }
}
