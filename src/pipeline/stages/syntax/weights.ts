/** Slots of a HashedWeights' row cache less one: 2^15 rows of 3 transitions take 512 KB. */
const FRONT_MASK = (1 << 15) - 1;

/**
 * Hashed perceptron weights at run time for few classes (the parser's transitions): an open-addressing table from a feature's hash bucket to its row of int16
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
   * A direct-mapped cache of rows (absent ones as zeros) in front of the table: per slot bucket + 1, then the row.
   * The table is megabytes and every look-up missed the CPU cache; a parser's features are few and repeat (tag
   * patterns, frequent words), so most look-ups hit this one, small enough to stay in the CPU's cache.
   */
  private readonly front: Int32Array;
  private readonly frontStride: number;
  /** one bit per bucket: set when the table holds its row (see presentBuckets) */
  private readonly present: Int32Array;

  /**
   * `rows` holds each row's non-zero weights only (a perceptron row is mostly zeros): per row its count in `counts`,
   * then the classes and values in order in `classesOf` and `values`.
   */
  constructor(
    readonly classes: number,
    buckets: Uint32Array,
    rows: SparseRows,
    readonly bits: number,
    /** weight = int16 × scale; scores are summed in int16 units */
    readonly scale: number,
  ) {
    this.keyMask = keyMaskOf(bits);
    this.slotCells = 2 + classes;
    this.frontStride = 1 + classes;
    this.front = new Int32Array((FRONT_MASK + 1) * this.frontStride);
    const capacity = slotCapacity(buckets.length);
    this.slotMask = capacity - 1;
    const cells = (this.cells = new Int16Array(capacity * this.slotCells));
    this.present = presentBuckets(buckets, bits);
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

  /** Adds the row of feature `key` to scores[0..classes), through the cache of recent rows. */
  add(key: number, scores: Int32Array | Float64Array): void {
    const bucket = key & this.keyMask;
    // an absent row (a word pair never seen) is answered by its bit, and takes no place in the cache of rows
    if ((this.present[bucket >>> 5] & (1 << (bucket & 31))) === 0) return;
    const front = this.front;
    const stride = this.frontStride;
    const at = (bucket & FRONT_MASK) * stride;
    const k = this.classes;
    if (front[at] !== bucket + 1) {
      const row = this.find(key);
      front[at] = bucket + 1;
      if (row < 0) front.fill(0, at + 1, at + 1 + k);
      else for (let l = 0; l < k; l++) front[at + 1 + l] = this.cells[row + l];
    }
    for (let l = 0; l < k; l++) scores[l] += front[at + 1 + l];
  }

  /** The weight of feature `key` for one class. */
  weight(key: number, cls: number): number {
    const at = this.find(key);
    return at < 0 ? 0 : this.cells[at + cls];
  }

  /** Cell index of the row of `key`, or -1. */
  private find(key: number): number {
    const bucket = key & this.keyMask;
    if ((this.present[bucket >>> 5] & (1 << (bucket & 31))) === 0) return -1;
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

/**
 * Hashed perceptron weights for many classes (the tagger's tags, the labeller's relations): a row holds a few non-zero
 * weights among dozens of classes, so rows are kept sparse, as runs of (weight, class) entries in one array, and the
 * slot table holds only keys and run positions. Both fit in a few MB of cache where rows stored whole (130 bytes a
 * slot for 63 tags) took 30 MB and missed the cache on nearly every look-up. Absent buckets score 0.
 */
export class SparseHashedWeights {
  readonly keyMask: number;
  private readonly slotMask: number;
  /** per slot: bucket + 1 (0 = empty), then its run's first entry × 256 + its entry count */
  private readonly slots: Int32Array;
  /** per non-zero weight: value × 256 + class (value int16, class < 256) */
  private readonly entries: Int32Array;
  /** one bit per bucket: set when the table holds its row (see presentBuckets) */
  private readonly present: Int32Array;

  constructor(
    readonly classes: number,
    buckets: Uint32Array,
    rows: SparseRows,
    readonly bits: number,
    /** weight = int16 × scale; scores are summed in int16 units */
    readonly scale: number,
  ) {
    this.keyMask = keyMaskOf(bits);
    if (classes > 256) throw new Error(`syntax model table of ${classes} classes exceeds the run-time table's 256`);
    // run starts are stored × 256 in an int32
    if (rows.values.length >= 1 << 23) throw new Error(`syntax model table of ${rows.values.length} weights exceeds the run-time table's 2^23`);
    const capacity = slotCapacity(buckets.length);
    this.slotMask = capacity - 1;
    const slots = (this.slots = new Int32Array(capacity * 2));
    this.present = presentBuckets(buckets, bits);
    const { counts, classesOf, values } = rows;
    const entries = (this.entries = new Int32Array(values.length));
    for (let j = 0; j < values.length; j++) entries[j] = values[j] * 256 + classesOf[j];
    let j = 0;
    for (let r = 0; r < buckets.length; r++) {
      let s = buckets[r] & this.slotMask;
      while (slots[s * 2] !== 0) s = (s + 1) & this.slotMask;
      slots[s * 2] = buckets[r] + 1;
      slots[s * 2 + 1] = j * 256 + counts[r];
      j += counts[r];
    }
  }

  /** Adds the row of feature `key` to scores[0..classes). */
  add(key: number, scores: Int32Array | Float64Array): void {
    const run = this.find(key);
    if (run < 0) return;
    const entries = this.entries;
    for (let j = run >> 8, end = j + (run & 255); j < end; j++) {
      const e = entries[j];
      scores[e & 255] += e >> 8;
    }
  }

  /** Adds the row of feature `key` to scores[at..at + classes). */
  addTo(key: number, scores: Int32Array, at: number): void {
    const run = this.find(key);
    if (run < 0) return;
    const entries = this.entries;
    for (let j = run >> 8, end = j + (run & 255); j < end; j++) {
      const e = entries[j];
      scores[at + (e & 255)] += e >> 8;
    }
  }

  /** The weight of feature `key` for one class. */
  weight(key: number, cls: number): number {
    const run = this.find(key);
    if (run < 0) return 0;
    const entries = this.entries;
    for (let j = run >> 8, end = j + (run & 255); j < end; j++) if ((entries[j] & 255) === cls) return entries[j] >> 8;
    return 0;
  }

  /** The run of `key` as its first entry × 256 + its entry count, or -1. */
  private find(key: number): number {
    const bucket = key & this.keyMask;
    if ((this.present[bucket >>> 5] & (1 << (bucket & 31))) === 0) return -1;
    const tag = bucket + 1;
    const slots = this.slots;
    const mask = this.slotMask;
    let s = (tag - 1) & mask;
    for (;;) {
      const h = slots[s * 2];
      if (h === tag) return slots[s * 2 + 1];
      if (h === 0) return -1;
      s = (s + 1) & mask;
    }
  }
}

/** The mask that reduces a feature key to its hash bucket; the run-time tables take up to 30 bits. */
function keyMaskOf(bits: number): number {
  if (bits > 30) throw new Error(`syntax model hash bits ${bits} exceed the run-time table's 30`);
  return (1 << bits) - 1;
}

/** Slots of an open-addressing table of `rows` rows: a power of two, at least 1.5 a row (keeps probe runs short). */
function slotCapacity(rows: number): number {
  let capacity = 1024;
  while (capacity < rows * 1.5) capacity *= 2;
  return capacity;
}

/**
 * A bit per bucket, set for the buckets that hold a row. A third of look-ups find no row (word pairs never seen in
 * training); the bits (2^bits / 8 bytes: 512 KB for the parser's 2^22) answer them from the CPU's cache without
 * probing the table.
 */
function presentBuckets(buckets: Uint32Array, bits: number): Int32Array {
  const present = new Int32Array(Math.max(1, (1 << bits) >>> 5));
  for (let r = 0; r < buckets.length; r++) present[buckets[r] >>> 5] |= 1 << (buckets[r] & 31);
  return present;
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

/** Each row's non-zero weights: per row its count in `counts`, then the classes and values in order in `classesOf` and `values`. */
export interface SparseRows {
  counts: Uint8Array;
  classesOf: Uint8Array;
  values: Int16Array;
}

/** The non-zero weights of dense rows (`classes` a row), as HashedWeights takes them. */
export function sparseRows(rows: Int16Array, classes: number): SparseRows {
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
