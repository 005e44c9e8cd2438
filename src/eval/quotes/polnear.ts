import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../model/span.js';
import { dataPath } from '../data.js';

/** One gold attribution: content pieces, cue and source spans (character offsets into the article text). */
export interface GoldAttribution {
  content: Span[];
  cue: Span[];
  source: Span[];
  /** brat relation type: Attribution or Attribution-no-source */
  type: string;
}

export interface PolnearDocument {
  name: string;
  annotator: string;
  text: string;
  publisher: string;
  published: string;
  attributions: GoldAttribution[];
}

/**
 * Reads a PolNeAR split: metadata.tsv lists each article with its annotators; an article annotated by several is read
 * from the first annotator listed, so every article counts once. Sorted by name, so `limit` picks the same ones.
 */
export function readPolnear(dataDir: string, split: string, limit?: number): PolnearDocument[] {
  const root = dataPath(dataDir, 'polnear');
  const meta = readFileSync(join(root, 'metadata.tsv'), 'utf8').split('\n');
  const header = meta[0].split('\t');
  const col = (name: string) => header.indexOf(name);
  const rows = meta.slice(1).map((l) => l.split('\t')).filter((r) => r[col('compartment')] === split);
  if (!rows.length) throw new Error(`PolNeAR has no articles in split "${split}"`);
  rows.sort((a, b) => (a[col('filename')] < b[col('filename')] ? -1 : 1));
  const docs: PolnearDocument[] = [];
  for (const r of rows) {
    const name = r[col('filename')];
    const annotators = r[col('annotators')].split('|');
    const annotator = annotators.find((a) => existsSync(join(root, split, 'attributions', `${name}_${a}.ann`)));
    const textPath = join(root, split, 'text', `${name}.txt`);
    if (!annotator || !existsSync(textPath)) continue;
    const text = readFileSync(textPath, 'utf8');
    const attributions = parseBrat(readFileSync(join(root, split, 'attributions', `${name}_${annotator}.ann`), 'utf8'));
    docs.push({ name, annotator, text, publisher: r[col('publisher')], published: r[col('publication_date')], attributions });
    if (limit && docs.length >= limit) break;
  }
  return docs;
}

/** Parses brat stand-off: T lines (type, possibly discontinuous ranges) and the E lines that link them. */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: Array<{ type: string; roles: Array<[string, string]> }> = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d; ]+)\t/.exec(line);
    if (t) {
      const ranges = t[3].split(';').map((x) => x.trim().split(/\s+/).map(Number)).map(([start, end]) => ({ start, end }));
      spans.set(t[1], { type: t[2], spans: ranges });
      continue;
    }
    const e = /^(E\d+)\t(.*)$/.exec(line);
    if (e) {
      const args = e[2].trim().split(/\s+/).map((a) => a.split(':') as [string, string]);
      events.push({ type: args[0][0], roles: args.slice(1) });
    }
  }
  const out: GoldAttribution[] = [];
  for (const ev of events) {
    const pick = (role: RegExp) => ev.roles.filter(([r]) => role.test(r)).flatMap(([, id]) => spans.get(id)?.spans ?? []);
    const content = pick(/^Content\d*$/).sort((a, b) => a.start - b.start);
    if (!content.length) continue;
    out.push({ content, cue: pick(/^Cue\d*$/), source: pick(/^Source\d*$/), type: ev.type });
  }
  return out;
}
