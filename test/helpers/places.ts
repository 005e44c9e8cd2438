import type { Gazetteer } from '../../src/knowledge/gazetteer/index.js';
import { resolvePlaces } from '../../src/pipeline/stages/places/index.js';

/** Resolves the names, found in order in the text, as gold spans (the stage's queries). */
export function resolveIn(gaz: Gazetteer, text: string, names: string[]) {
  let from = 0;
  const queries = names.map((n) => {
    const start = text.indexOf(n, from);
    if (start < 0) throw new Error(`fixture: "${n}" not found`);
    from = start + n.length;
    return { start, end: start + n.length, text: n };
  });
  return resolvePlaces(gaz, text, queries);
}
