import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dataPath } from '../eval/data.js';
import { laterLeaders } from '../knowledge/petrarch/leaders.js';
import { buildEventDictionaries, DEFAULT_EVENT_DICTIONARIES_PATH } from '../knowledge/petrarch/pack.js';

export interface TrainEventsOptions {
  /** folder holding the public data sets (../shared/data) */
  data: string;
  out?: string;
  log?: (line: string) => void;
}

/** The compiled table's bytes: gzip at level 9 of its JSON (no timestamp, so a rebuild is byte-identical). */
export function compileEventDictionaries(data: string): Buffer {
  const table = buildEventDictionaries(dataPath(data, 'event-dictionaries'), laterLeaders());
  return gzipSync(Buffer.from(JSON.stringify(table)), { level: 9 });
}

/** `tidings train events`: rebuilds models/events-dictionaries.json.gz from ../shared/data/event-dictionaries. */
export function trainEvents(options: TrainEventsOptions): { bytes: number; out: string } {
  const out = options.out ?? DEFAULT_EVENT_DICTIONARIES_PATH;
  const bytes = compileEventDictionaries(options.data);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  options.log?.(`wrote ${out} (${bytes.length} bytes)`);
  return { bytes: bytes.length, out };
}
