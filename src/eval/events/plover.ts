import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dataPath } from '../data.js';

/** A coded participant of a gold record: country (alpha-3 or IGO) and sector as the file writes them. */
export interface PloverActor {
  text: string;
  country: string | null;
  sector: string | null;
}

/** One gold record of the PLOVER gold-standard file: a sentence with one coded event. */
export interface PloverRecord {
  id: string;
  text: string;
  date: string;
  type: string;
  mode: string | null;
  sources: PloverActor[];
  targets: PloverActor[];
  /** the markup codes the actors as both source and target ("SRC/TAR"): a symmetric event */
  symmetric: boolean;
}

interface RawActor {
  actorText?: string;
  code?: string;
  sector?: string;
}

/**
 * Country codes the gold file writes that are neither ISO alpha-3 nor CAMEO (CountryInfo has none of them), read as
 * the country they plainly mean.
 */
const GOLD_COUNTRY_TYPOS: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

function goldCountry(code: string | undefined): string | null {
  if (!code || code === '---') return null;
  const c = code.slice(0, 3).toUpperCase();
  return GOLD_COUNTRY_TYPOS[c] ?? c;
}

function actors(raw: unknown): PloverActor[] {
  if (!Array.isArray(raw)) return [];
  return (raw as RawActor[]).map((a) => ({
    text: a.actorText ?? '',
    country: goldCountry(a.code),
    sector: a.sector ? a.sector.slice(0, 3).toUpperCase() : null,
  }));
}

/**
 * The halves of the dev file, by a hash of each sentence's text (so records of one sentence stay together): `dev-a`
 * may be read for error analysis, `dev-b` only scored.
 */
export const PLOVER_SPLITS = ['dev', 'dev-a', 'dev-b'] as const;

function halfOf(text: string): 'dev-a' | 'dev-b' {
  return createHash('sha1').update(text).digest()[0] < 128 ? 'dev-a' : 'dev-b';
}

/** Reads PLOVER_GSR_dev.json (the one split shipped), skipping the file's DOCUMENT records; `split` picks a half. */
export function readPlover(dataDir: string, limit?: number, split: string = 'dev'): PloverRecord[] {
  if (!(PLOVER_SPLITS as readonly string[]).includes(split)) throw new Error(`PLOVER has splits ${PLOVER_SPLITS.join(', ')}, not ${split}`);
  const raw = JSON.parse(readFileSync(dataPath(dataDir, 'plover', 'PLOVER_GSR_dev.json'), 'utf8')) as Array<Record<string, unknown>>;
  const out: PloverRecord[] = [];
  for (const r of raw) {
    if (r.event === 'DOCUMENT' || typeof r.text !== 'string') continue;
    const info = r.textInfo as { markup?: string } | string | undefined;
    const markup = typeof info === 'string' ? info : info?.markup ?? '';
    const text = r.text.replace(/^\{/, '').trim();
    if (split !== 'dev' && halfOf(text) !== split) continue;
    out.push({
      id: String(r.id),
      text,
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
