import { hashString, hashStep, FNV_OFFSET, mix } from '../ner/hash.js';

/**
 * One sentence's words as the tagger, parser and labeller read them: per word, hashes of its forms computed once
 * (no strings are made per feature), its tag, and after parsing its head. Reused across sentences; arrays grow as
 * needed, so the hot loops allocate nothing.
 */
export class SentenceBuffer {
  n = 0;
  forms: string[] = [];
  /** lower-cased form, digits as 0 */
  lower = new Int32Array(128);
  shape = new Int32Array(128);
  suffix1 = new Int32Array(128);
  suffix2 = new Int32Array(128);
  suffix3 = new Int32Array(128);
  suffix4 = new Int32Array(128);
  /** the first character, as written (carries capitalisation) */
  prefix1 = new Int32Array(128);
  /** the first three characters, lower-cased */
  prefix3 = new Int32Array(128);
  /** tag index (tagger output, or gold in training); 0 is reserved for "none" in parser features, so tags are 1-based */
  tag = new Int32Array(128);
  head = new Int32Array(128);
  deprel = new Int32Array(128);

  /** Loads the words' forms; hashes are computed here once. */
  load(forms: ArrayLike<string>, count: number): void {
    if (count > this.lower.length) this.grow(count);
    this.n = count;
    for (let i = 0; i < count; i++) {
      const f = forms[i];
      this.forms[i] = f;
      this.hashWord(i, f);
    }
  }

  private grow(count: number): void {
    let size = this.lower.length;
    while (size < count) size *= 2;
    for (const k of ['lower', 'shape', 'suffix1', 'prefix3', 'suffix2', 'suffix3', 'suffix4', 'prefix1', 'tag', 'head', 'deprel'] as const) {
      const a = new Int32Array(size);
      a.set(this[k]);
      this[k] = a;
    }
  }

  private hashWord(i: number, f: string): void {
    let lower = FNV_OFFSET | 0;
    let shape = FNV_OFFSET | 0;
    let lastShape = -1;
    let shapeLen = 0;
    const len = f.length;
    for (let k = 0; k < len; k++) {
      let c = f.charCodeAt(k);
      let s: number;
      if (c >= 48 && c <= 57) {
        s = 100; // 'd'
        c = 48;
      } else if (c >= 65 && c <= 90) {
        s = 88; // 'X'
        c += 32;
      } else if (c >= 97 && c <= 122) s = 120; // 'x'
      else if (c > 127) {
        const ch = String.fromCharCode(c);
        const lc = ch.toLowerCase();
        if (lc !== ch) {
          s = 88;
          c = lc.charCodeAt(0);
        } else s = ch.toUpperCase() !== ch ? 120 : c;
      } else s = c;
      lower = hashStep(lower, c);
      // runs of one class collapse after two ("Xxxx" → "Xxx"), so shapes stay few
      if (s === lastShape) shapeLen++;
      else {
        lastShape = s;
        shapeLen = 1;
      }
      if (shapeLen <= 2) shape = hashStep(shape, s);
    }
    this.lower[i] = lower;
    this.shape[i] = shape;
    this.suffix1[i] = len >= 1 ? suffixHash(f, 1) : lower;
    this.suffix2[i] = len >= 2 ? suffixHash(f, 2) : lower;
    this.suffix3[i] = len >= 3 ? suffixHash(f, 3) : lower;
    this.suffix4[i] = len >= 4 ? suffixHash(f, 4) : lower;
    this.prefix1[i] = len ? f.charCodeAt(0) : 0;
    this.prefix3[i] = len > 3 ? mix(prefixHash(f, 3), 3) : lower;
  }
}

function prefixHash(f: string, n: number): number {
  let h = FNV_OFFSET | 0;
  for (let k = 0; k < n; k++) {
    let c = f.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    h = hashStep(h, c);
  }
  return h;
}

function suffixHash(f: string, n: number): number {
  let h = FNV_OFFSET | 0;
  for (let k = f.length - n; k < f.length; k++) {
    let c = f.charCodeAt(k);
    if (c >= 65 && c <= 90) c += 32;
    h = hashStep(h, c);
  }
  return mix(h, n);
}

/** Hash standing for a word position outside the sentence. */
export const NONE = hashString('<none>') | 0;
