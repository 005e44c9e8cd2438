/** The id of a word no dictionary of the stage holds: equal to no dictionary word's id. */
export const UNKNOWN_WORD = -1;

/** Slots of the first table (a power of two); it doubles whenever it is half full. */
const INITIAL_SLOTS = 1024;

/** FNV-1a over the word's UTF-16 units, with the high bits folded in (the table indexes by the low ones). */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < word.length; k++) h = Math.imul(h ^ word.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * Small integer ids for the lower-case words of the events dictionaries (actor phrases, CAMEO verbs and patterns): a
 * sentence's words are looked up in one table once, and the matchers index arrays and compare numbers. The table is
 * open addressing over one Int32Array of (hash, id + 1) pairs: a word no dictionary holds (most of a sentence's) costs
 * one read of the table, not the reads of other words' strings a Map of strings makes on a busy bucket.
 */
export class WordIds {
  private readonly words: string[] = [];
  private slots = new Int32Array(2 * INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;

  /** How many words have ids: every id is below it. */
  get size(): number {
    return this.words.length;
  }

  /** The id of a dictionary word, or UNKNOWN_WORD. */
  id(word: string): number {
    const h = hashOf(word);
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const stored = this.slots[2 * i + 1];
      if (stored === 0) return UNKNOWN_WORD;
      if (this.slots[2 * i] === h && this.words[stored - 1] === word) return stored - 1;
    }
  }

  /** The id of a dictionary word, new when the word is. */
  add(word: string): number {
    const known = this.id(word);
    if (known !== UNKNOWN_WORD) return known;
    const id = this.words.length;
    this.words.push(word);
    if (2 * this.words.length > this.mask + 1) this.grow();
    else this.place(hashOf(word), id);
    return id;
  }

  /** The ids of dictionary words, adding those not seen yet. */
  addAll(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) out[k] = this.add(words[k]);
    return out;
  }

  /** The ids of a sentence's lower-case words, UNKNOWN_WORD for words no dictionary holds. */
  of(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) out[k] = this.id(words[k]);
    return out;
  }

  private place(h: number, id: number): void {
    let i = h & this.mask;
    while (this.slots[2 * i + 1] !== 0) i = (i + 1) & this.mask;
    this.slots[2 * i] = h;
    this.slots[2 * i + 1] = id + 1;
  }

  private grow(): void {
    const slots = 2 * (this.mask + 1);
    this.slots = new Int32Array(2 * slots);
    this.mask = slots - 1;
    this.words.forEach((w, id) => this.place(hashOf(w), id));
  }
}
