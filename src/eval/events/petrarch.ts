import { readFileSync } from 'node:fs';
import { dataPath } from '../data.js';

/** One PETRARCH validation record: a stylised sentence and the codings PETRARCH2 must produce. */
export interface PetrarchRecord {
  id: string;
  category: string;
  date: string;
  text: string;
  /** expected codings; empty with `noEvents` true when the record expects none */
  codings: Array<{ source: string; target: string; code: string }>;
  noEvents: boolean;
}

const unquote = (s: string): string => s.replace(/^"+|"+$/g, '').trim();

/** Reads PETR.UnitTest.records.xml, skipping the records that test error handling. */
export function readPetrarch(dataDir: string, limit?: number): PetrarchRecord[] {
  const xml = readFileSync(dataPath(dataDir, 'petrarch2-validation', 'PETR.UnitTest.records.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const out: PetrarchRecord[] = [];
  const sentence = /<Sentence\s+([^>]*)>([\s\S]*?)<\/Sentence>/g;
  for (let m = sentence.exec(xml); m; m = sentence.exec(xml)) {
    const attrs = m[1];
    const body = m[2];
    const attr = (name: string): string => new RegExp(`${name}\\s*=\\s*"([^"]*)"`).exec(attrs)?.[1] ?? '';
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1].replace(/\s+/g, ' ').trim() ?? '';
    if (!text || /<EventCoding\s+error/.test(body)) continue;
    const codings: PetrarchRecord['codings'] = [];
    const coding = /<EventCoding\s+sourcecode\s*=\s*('"[^']*"'|"[^"]*")\s+targetcode\s*=\s*('"[^']*"'|"[^"]*")\s+eventcode\s*=\s*"([^"]*)"/g;
    for (let c = coding.exec(body); c; c = coding.exec(body)) {
      codings.push({ source: unquote(c[1].replace(/'/g, '')), target: unquote(c[2].replace(/'/g, '')), code: c[3].trim() });
    }
    out.push({ id: attr('id'), category: attr('category'), date: attr('date'), text, codings, noEvents: /noevents/.test(body) });
    if (limit && out.length >= limit) break;
  }
  return out;
}

/** One sentence of PETRARCH2's real news sample (AFP, August 2008): no codings ship with it. */
export interface GigawordSentence {
  id: string;
  date: string;
  text: string;
}

/** Reads GigaWord.sample.PETR.xml (text only; its parse trees are not used: we parse the raw text ourselves). */
export function readGigaword(dataDir: string): GigawordSentence[] {
  const xml = readFileSync(dataPath(dataDir, 'petrarch2-validation', 'GigaWord.sample.PETR.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const out: GigawordSentence[] = [];
  const sentence = /<Sentence\s+([^>]*)>([\s\S]*?)<\/Sentence>/g;
  for (let m = sentence.exec(xml); m; m = sentence.exec(xml)) {
    const attr = (name: string): string => new RegExp(`${name}\\s*=\\s*"([^"]*)"`).exec(m![1])?.[1] ?? '';
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(m[2])?.[1].replace(/\s+/g, ' ').trim() ?? '';
    if (text) out.push({ id: attr('id'), date: attr('date'), text });
  }
  return out;
}
