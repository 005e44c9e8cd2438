/**
 * Hashed perceptron weights at run time: an open-addressing table from a feature's hash bucket to its row of int16
 * weights (one per class), stored inline in the slot so a lookup touches one place in memory. Absent buckets score 0,
 * exactly as the dense table they were trained in scored a bucket no update ever touched.
 */
export class HashedWeights {
  readonly keyMask: number;
  private readonly slotMask: number;
  private readonly slotCells: number;
  /** per slot: bucket low 16 bits, bucket high bits + 1 (0 = empty), then the row's int16 weights */
  private readonly cells: Int16Array;

  /**
   * `rows` holds each row's non-zero weights only (a perceptron row is mostly zeros): per row its count in `counts`,
   * then the classes and values in order in `classesOf` and `values`.
   */
  constructor(
    readonly classes: number,
    buckets: Uint32Array,
    rows: { counts: Uint8Array; classesOf: Uint8Array; values: Int16Array },
    readonly bits: number,
    /** weight = int16 × scale; scores are summed in int16 units */
    readonly scale: number,
  ) {
    if (bits > 30) throw new Error(`syntax model hash bits ${bits} exceed the run-time table's 30`);
    this.keyMask = (1 << bits) - 1;
    this.slotCells = 2 + classes;
    // at least 1.5 slots a row keeps probe runs short
    let capacity = 1024;
    while (capacity < buckets.length * 1.5) capacity *= 2;
    this.slotMask = capacity - 1;
    const cells = (this.cells = new Int16Array(capacity * this.slotCells));
    const { counts, classesOf, values } = rows;
    let j = 0;
    for (let r = 0; r < buckets.length; r++) {
      let s = buckets[r] & this.slotMask;
      while (cells[s * this.slotCells + 1] !== 0) s = (s + 1) & this.slotMask;
      const at = s * this.slotCells;
      cells[at] = buckets[r] & 0xffff;
      cells[at + 1] = (buckets[r] >>> 16) + 1;
      for (const end = j + counts[r]; j < end; j++) cells[at + 2 + classesOf[j]] = values[j];
    }
  }

  /** Adds the row of feature `key` to scores[0..classes). */
  add(key: number, scores: Int32Array | Float64Array): void {
    const at = this.find(key);
    if (at < 0) return;
    const cells = this.cells;
    for (let l = 0; l < this.classes; l++) scores[l] += cells[at + l];
  }

  /** Adds the row of feature `key` to scores, for the classes `only[from..to)` alone. */
  addSome(key: number, only: Int32Array, from: number, to: number, scores: Float64Array): void {
    const at = this.find(key);
    if (at < 0) return;
    const cells = this.cells;
    for (let j = from; j < to; j++) scores[only[j]] += cells[at + only[j]];
  }

  /** Adds the weight of feature `key` for one class. */
  weight(key: number, cls: number): number {
    const at = this.find(key);
    return at < 0 ? 0 : this.cells[at + cls];
  }

  /** Cell index of the row of `key`, or -1. */
  private find(key: number): number {
    const bucket = key & this.keyMask;
    const low = (bucket << 16) >> 16; // as stored in an Int16Array cell
    const high = (bucket >>> 16) + 1;
    const cells = this.cells;
    const sc = this.slotCells;
    let at = (bucket & this.slotMask) * sc;
    for (;;) {
      const h = cells[at + 1];
      if (h === 0) return -1;
      if (h === high && cells[at] === low) return at + 2;
      at = at + sc === cells.length ? 0 : at + sc;
    }
  }
}

/** Averaged perceptron weights over 2^bits hashed buckets, for training (Collins 2002, lazy "w - u/c" averaging). */
export class TrainingWeights {
  readonly w: Float32Array;
  private readonly u: Float32Array;
  readonly mask: number;
  /** update clock: one tick per training example */
  c = 1;

  constructor(
    readonly classes: number,
    readonly bits: number,
  ) {
    this.w = new Float32Array((1 << bits) * classes);
    this.u = new Float32Array((1 << bits) * classes);
    this.mask = (1 << bits) - 1;
  }

  add(key: number, scores: Int32Array | Float64Array): void {
    const base = (key & this.mask) * this.classes;
    const w = this.w;
    for (let l = 0; l < this.classes; l++) scores[l] += w[base + l];
  }

  update(key: number, cls: number, delta: number): void {
    const j = (key & this.mask) * this.classes + cls;
    this.w[j] += delta;
    this.u[j] += this.c * delta;
  }

  /**
   * The averaged weights as sparse int16 rows: buckets whose largest averaged weight is below `pruneBelow` dropped,
   * the rest quantised so the largest magnitude maps to 32767.
   */
  fold(pruneBelow: number): { buckets: Uint32Array; rows: Int16Array; scale: number; classes: number } {
    const k = this.classes;
    const avg = new Float32Array(this.w.length);
    let max = 0;
    const keep: number[] = [];
    for (let b = 0; b <= this.mask; b++) {
      let rowMax = 0;
      for (let l = 0; l < k; l++) {
        const v = this.w[b * k + l] - this.u[b * k + l] / this.c;
        avg[b * k + l] = v;
        const a = Math.abs(v);
        if (a > rowMax) rowMax = a;
      }
      if (rowMax >= pruneBelow && rowMax > 0) {
        keep.push(b);
        if (rowMax > max) max = rowMax;
      }
    }
    const scale = max > 0 ? max / 32767 : 1;
    const buckets = new Uint32Array(keep.length);
    const rows = new Int16Array(keep.length * k);
    for (let r = 0; r < keep.length; r++) {
      buckets[r] = keep[r];
      for (let l = 0; l < k; l++) rows[r * k + l] = Math.round(avg[keep[r] * k + l] / scale);
    }
    return { buckets, rows, scale, classes: k };
  }
}

/** The non-zero weights of dense rows (`classes` a row), as HashedWeights takes them. */
export function sparseRows(rows: Int16Array, classes: number): { counts: Uint8Array; classesOf: Uint8Array; values: Int16Array } {
  const n = rows.length / classes;
  const counts = new Uint8Array(n);
  let total = 0;
  for (let i = 0; i < rows.length; i++) if (rows[i] !== 0) total++;
  const classesOf = new Uint8Array(total);
  const values = new Int16Array(total);
  let j = 0;
  for (let r = 0; r < n; r++) {
    for (let l = 0; l < classes; l++) {
      const v = rows[r * classes + l];
      if (v === 0) continue;
      counts[r]++;
      classesOf[j] = l;
      values[j++] = v;
    }
  }
  return { counts, classesOf, values };
}
