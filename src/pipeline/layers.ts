import type { LayerDeclaration } from './declare.js';
import type { TableSpec } from './table.js';
import { STAGE_LIST } from './stages/index.js';

/** The keys every extraction starts with, before its layers (src/model/frame.ts). */
const FRAME_KEYS = ['schemaVersion', 'article', 'text', 'sourceMap'];

/**
 * The declared layers in their extraction order: each follows the key its declaration names (`after`), starting from
 * the frame's last key. Throws when two layers follow the same key or one follows a key nothing gives.
 */
function extractionOrder(layers: LayerDeclaration[]): LayerDeclaration[] {
  const byAfter = new Map<string, LayerDeclaration>();
  for (const l of layers) {
    if (FRAME_KEYS.includes(l.key)) throw new Error(`layer ${l.key} takes the name of an extraction key`);
    const other = byAfter.get(l.after);
    if (other) throw new Error(`layers ${other.key} and ${l.key} both follow ${l.after} in the extraction: give one another place`);
    byAfter.set(l.after, l);
  }
  const ordered: LayerDeclaration[] = [];
  for (let next = byAfter.get(FRAME_KEYS[FRAME_KEYS.length - 1]); next; next = byAfter.get(next.key)) ordered.push(next);
  const lost = layers.filter((l) => !ordered.includes(l));
  if (lost.length) throw new Error(`layer ${lost.map((l) => `${l.key} (after ${l.after})`).join(', ')} follows no layer of the extraction`);
  return ordered;
}

/** Every stage's layer, in the order of the extraction's keys. */
export const EXTRACTION_LAYERS: readonly LayerDeclaration[] = extractionOrder(STAGE_LIST.flatMap((s) => (s.layer ? [s.layer] : [])));

/** Every stored table, in the order rows are written (pipeline order: the entity registry before what refers to it). */
export const STORED_TABLES: ReadonlyArray<TableSpec<any>> = storedTables();

function storedTables(): Array<TableSpec<any>> {
  const tables: Array<TableSpec<any>> = [];
  for (const s of STAGE_LIST) {
    const layer = s.layer;
    if (!layer?.tables?.length) continue;
    if (layer.onRequest) throw new Error(`stage ${s.name}: a layer given only on request is not stored, so it has no tables`);
    tables.push(...layer.tables);
  }
  const names = new Set<string>();
  for (const t of tables) {
    if (names.has(t.name)) throw new Error(`two stages declare the table ${t.name}`);
    names.add(t.name);
  }
  const registries = tables.filter((t) => t.scope === 'registry');
  if (registries.length > 1) throw new Error(`one entity registry only; declared: ${registries.map((t) => t.name).join(', ')}`);
  if (registries.length && tables.indexOf(registries[0]) > 0) throw new Error(`the entity registry ${registries[0].name} must be written first`);
  return tables;
}

/** The layer of the extraction whose tables include `table`. */
export function layerOfTable(table: TableSpec<any>): LayerDeclaration {
  const layer = EXTRACTION_LAYERS.find((l) => l.tables?.includes(table));
  if (!layer) throw new Error(`table ${table.name} belongs to no declared layer`);
  return layer;
}
