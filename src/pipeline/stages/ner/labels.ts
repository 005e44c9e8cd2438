import type { NerLabel } from '../../../model/layers/entities.js';

/** Entity types in label-index order. */
export const ENTITY_TYPES: readonly NerLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];

/** BILOU positions: Begin, Inside, Last, Unit. */
const POSITIONS = ['B', 'I', 'L', 'U'] as const;

/** BILOU labels: index 0 is O, then B/I/L/U for each entity type (17 labels). */
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => POSITIONS.map((p) => `${p}-${t}`))];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

/** Entity type index (0..3) of a label, or -1 for O. */
export function labelType(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 2;
}

/** BILOU position (0 B, 1 I, 2 L, 3 U) of a label, or -1 for O. */
export function labelPosition(label: number): number {
  return label === 0 ? -1 : (label - 1) & 3;
}

export function makeLabel(type: number, position: number): number {
  return 1 + type * 4 + position;
}

/** Is an entity open after this label (B or I), so the next label must continue it? */
export function opensEntity(label: number): boolean {
  const p = labelPosition(label);
  return p === 0 || p === 1;
}

/**
 * allowedAfter[prev * LABEL_COUNT + cur] is 1 when `cur` may follow `prev` under BILOU; prev = LABEL_COUNT stands for
 * the sentence start.
 */
export const ALLOWED_AFTER: Uint8Array = (() => {
  const table = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let prev = 0; prev <= LABEL_COUNT; prev++) {
    for (let cur = 0; cur < LABEL_COUNT; cur++) {
      const open = prev < LABEL_COUNT && opensEntity(prev);
      const cp = labelPosition(cur);
      let ok: boolean;
      if (open) ok = (cp === 1 || cp === 2) && labelType(cur) === labelType(prev);
      else ok = cp === -1 || cp === 0 || cp === 3;
      table[prev * LABEL_COUNT + cur] = ok ? 1 : 0;
    }
  }
  return table;
})();

/** BILOU label indices of the IOB2 tags of one sentence. */
export function iobToBilou(tags: string[]): number[] {
  const out: number[] = new Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === 'O') {
      out[i] = OUTSIDE;
      continue;
    }
    const type = ENTITY_TYPES.indexOf(tag.slice(2) as NerLabel);
    const begins = tag[0] === 'B' || i === 0 || tags[i - 1] === 'O' || tags[i - 1].slice(2) !== tag.slice(2);
    const next = i + 1 < tags.length ? tags[i + 1] : 'O';
    const continues = next[0] === 'I' && next.slice(2) === tag.slice(2);
    out[i] = makeLabel(type, begins ? (continues ? 0 : 3) : continues ? 1 : 2);
  }
  return out;
}

/** IOB2 tags of BILOU label indices. */
export function bilouToIob(labels: ArrayLike<number>): string[] {
  const out: string[] = new Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === OUTSIDE) out[i] = 'O';
    else {
      const p = labelPosition(l);
      out[i] = `${p === 0 || p === 3 ? 'B' : 'I'}-${ENTITY_TYPES[labelType(l)]}`;
    }
  }
  return out;
}
