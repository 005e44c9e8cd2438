import { createHash } from 'node:crypto';
import { knownCameoCode } from './goldstein.js';

/**
 * The column rules of the GDELT 2.0 event table, as pure functions of one merged event's values (GDELT Event Codebook
 * V2.0). export.ts puts them together into rows.
 */

/** A value as GDELT readers split rows: no tab, carriage return or line break inside a field. */
export function cleanValue(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

/** FractionDate as GDELT computes it: YYYY + ((month - 1) * 30 + day) / 365, four decimals (2023-09-06 is 2023.6740). */
export function fractionDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return (y + ((m - 1) * 30 + d) / 365).toFixed(4);
}

/** A geography's Type column: 0 where the event has no such geography (an integer column; never empty). */
export function geoType(type: number | null): string {
  return String(type ?? 0);
}

/**
 * An actor code without our placeholder for an unknown country ("---GOV" -> "GOV"): GDELT leaves an unknown part out.
 * Codes are written in three-letter parts; every "---" part goes.
 */
export function actorCode(code: string | null): string {
  if (!code) return '';
  return (code.match(/.{1,3}/g) ?? []).filter((part) => part !== '---').join('');
}

/** The event code as GDELT writes it: a CAMEO code it knows (an unknown sub-code cut back to its parent: 1213 -> 121). */
export function eventCode(cameo: string): string {
  return knownCameoCode(cameo) ?? cameo.slice(0, 3);
}

/** A stable GlobalEventID from a merged event's identity: the same event gets the same id on every export and store. */
export function globalEventId(identity: string): string {
  // 48 bits: an integer every GDELT reader and JSON number holds exactly, with collisions out of reach at corpus sizes
  return String(parseInt(createHash('sha256').update(identity).digest('hex').slice(0, 12), 16));
}

/**
 * What an event planned or announced but not yet done is coded as, as GDELT codes intentions: the 03 ("express intent
 * to") code of a cooperative action, the 13 ("threaten") code of a conflictual one; verbal codes (01, 02, 10-13) are
 * already statements and stay.
 */
const INTENT_CODES: Array<[string, string]> = [
  // CAMEO prefix of the planned action, its intention code (most specific prefix first)
  ['061', '0311'], ['062', '0312'], ['063', '0313'], ['064', '0314'], ['06', '031'],
  ['071', '0331'], ['072', '0332'], ['073', '0333'], ['074', '0334'], ['07', '033'],
  ['083', '034'], ['08', '035'],
  ['04', '036'], ['05', '032'], ['09', '030'],
  ['14', '133'], ['15', '138'], ['163', '1312'], ['16', '131'], ['17', '137'], ['18', '138'], ['19', '138'], ['20', '138'],
];

export function intentCode(cameo: string): string {
  for (const [prefix, code] of INTENT_CODES) if (cameo.startsWith(prefix)) return code;
  return cameo;
}

/** How an event's reports read: done, only planned or announced, only denied or negated. */
export type ClaimKind = 'happened' | 'intended' | 'denied';

export function claimKind(counts: { happened: number; denied: number; intended: number }): ClaimKind {
  if (counts.happened > 0) return 'happened';
  if (counts.intended > 0) return 'intended';
  return counts.denied > 0 ? 'denied' : 'happened';
}

/** The outlets among an event's reports: their source names, else the sites of their URLs, else the articles. */
export function outletCount(reports: Array<{ source: string | null; url: string | null; article: string }>): number {
  const outlets = new Set<string>();
  for (const r of reports) {
    let outlet = r.source?.trim().toLowerCase();
    if (!outlet && r.url) {
      try {
        outlet = new URL(r.url).hostname.replace(/^www\./, '');
      } catch {
        outlet = undefined;
      }
    }
    outlets.add(outlet || `article:${r.article}`);
  }
  return outlets.size;
}

/** The average tone of the documents reporting an event (GDELT's AvgTone: of the articles, not of the sentence). */
export function averageTone(tones: Array<number | null>): number | null {
  const known = tones.filter((t): t is number => t !== null);
  if (!known.length) return null;
  return Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 1e4) / 1e4;
}
