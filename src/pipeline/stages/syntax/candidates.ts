/**
 * Classes worth scoring for a key, learned from the training data: the tags a frequent word was seen with (a tag
 * dictionary, Ratnaparkhi 1996; keys are word hashes, so no word is stored), or the relations seen between a pair of
 * tags in one direction. Scoring only those is faster and keeps the classifier from answers the data never gave.
 */
export type CandidateLists = Record<string, number[]>;

export class Candidates {
  private readonly offsets = new Map<number, number>();
  /** per key, at its offset: the count of classes, then the classes */
  readonly lists: Int32Array;

  constructor(source: CandidateLists) {
    let size = 0;
    for (const v of Object.values(source)) size += v.length + 1;
    this.lists = new Int32Array(size);
    let at = 0;
    for (const [k, v] of Object.entries(source)) {
      this.offsets.set(Number(k) | 0, at);
      this.lists[at] = v.length;
      this.lists.set(v, at + 1);
      at += v.length + 1;
    }
  }

  /** Offset of the key's list in `lists` (its count first), or -1 when any class may do. */
  find(key: number): number {
    return this.offsets.get(key) ?? -1;
  }
}
