import { readFileSync } from 'node:fs';
import { dataPath } from '../data.js';

/** One gold record of the PLOVER gold-standard file: a sentence with one coded event. */
export interface PloverRecord {
  id: string;
  text: string;
  date: string;
  type: string;
  mode: string | null;
  sources: Array<{ text: string; country: string | null; sector: string | null }>;
  targets: Array<{ text: string; country: string | null; sector: string | null }>;
  /** the markup codes the actors as both source and target ("SRC/TAR"): a symmetric event */
  symmetric: boolean;
}

interface RawActor {
  actorText?: string;
  code?: string;
  sector?: string;
}

function actors(raw: unknown): PloverRecord['sources'] {
  if (!Array.isArray(raw)) return [];
  return (raw as RawActor[]).map((a) => ({
    text: a.actorText ?? '',
    country: a.code && a.code !== '---' ? a.code.slice(0, 3).toUpperCase() : null,
    sector: a.sector ? a.sector.slice(0, 3).toUpperCase() : null,
  }));
}

/** Reads PLOVER_GSR_dev.json (the one split shipped), skipping the file's DOCUMENT records. */
export function readPlover(dataDir: string, limit?: number): PloverRecord[] {
  const raw = JSON.parse(readFileSync(dataPath(dataDir, 'plover', 'PLOVER_GSR_dev.json'), 'utf8')) as Array<Record<string, unknown>>;
  const out: PloverRecord[] = [];
  for (const r of raw) {
    if (r.event === 'DOCUMENT' || typeof r.text !== 'string') continue;
    const info = r.textInfo as { markup?: string } | string | undefined;
    const markup = typeof info === 'string' ? info : info?.markup ?? '';
    out.push({
      id: String(r.id),
      text: r.text.replace(/^\{/, '').trim(),
      date: typeof r.date === 'string' ? r.date : '2000-01-01',
      type: String(r.event),
      mode: typeof r.mode === 'string' && r.mode ? r.mode : null,
      sources: actors(r.source),
      targets: actors(r.target),
      symmetric: /SRC\/TAR/.test(markup),
    });
    if (limit && out.length >= limit) break;
  }
  return out;
}
