import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { dataPath } from '../data.js';

/** A gold toponym: span in the article text, the gold point, and GeoNames id / country name where the set has them. */
export interface GoldToponym {
  start: number;
  end: number;
  text: string;
  lat: number;
  lon: number;
  geonameId: string | null;
  /** GeoNames country name ("United States"); null where the set gives none (GeoVirus) */
  countryName: string | null;
  featureCode: string | null;
}

export interface GeoArticle {
  id: string;
  text: string;
  /** publication date when the set gives one (YYYY-MM-DD), else null */
  published: string | null;
  /** the publishing site (LGL and TR-News give its domain), else null */
  source: string | null;
  toponyms: GoldToponym[];
  /** gold toponyms without coordinates (LGL leaves some unresolved): not scored */
  unresolvedCount: number;
  /** their spans, where found: a prediction there is neither credited nor counted against precision */
  unresolvedSpans: { start: number; end: number }[];
}

export const GEO_DATASETS: Record<string, string> = { lgl: 'lgl.xml', trnews: 'TR-News.xml', geovirus: 'GeoVirus.xml' };

/** How far (characters) a gold offset may have drifted from its phrase; TR-News drifts by a few, GeoVirus by one. */
const ALIGN_WINDOW = 60;

/** Reads one of the geoparsing sets (LGL and TR-News: <toponym> with <gaztag>; GeoVirus: <location>). */
export function readGeoDataset(dataDir: string, dataset: string): { articles: GeoArticle[]; realigned: number; dropped: number } {
  const file = GEO_DATASETS[dataset];
  if (!file) throw new Error(`unknown geoparsing data set "${dataset}"; data sets: ${Object.keys(GEO_DATASETS).join(', ')}`);
  const xml = readFileSync(dataPath(dataDir, 'geoparsing', file), 'utf8');
  return parseGeoXml(xml);
}

type Node = Record<string, unknown>;
const str = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? String((v as Node)['#text'] ?? '') : String(v));

export function parseGeoXml(xml: string): { articles: GeoArticle[]; realigned: number; dropped: number } {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'article' || name === 'toponym' || name === 'location',
    parseTagValue: false,
    trimValues: false,
  });
  const root = parser.parse(xml) as { articles: { article: Node[] } };
  let realigned = 0;
  let dropped = 0;
  const articles: GeoArticle[] = [];
  root.articles.article.forEach((a, i) => {
    const text = str(a.text);
    const toponyms: GoldToponym[] = [];
    let unresolvedCount = 0;
    const unresolvedSpans: { start: number; end: number }[] = [];
    const raw = ((a.toponyms as Node | undefined)?.toponym ?? (a.locations as Node | undefined)?.location ?? []) as Node[];
    for (const t of raw) {
      const phrase = str(t.phrase ?? t.name).trim();
      const gaz = t.gaztag as Node | undefined;
      const lat = Number(str(gaz ? gaz.lat : t.lat));
      const lon = Number(str(gaz ? gaz.lon : t.lon));
      if ((gaz === undefined && t.lat === undefined) || !Number.isFinite(lat) || !Number.isFinite(lon) || str(gaz ? gaz.lat : t.lat) === '') {
        unresolvedCount++;
        const span = align(text, phrase, Number(str(t.start)));
        if (span) unresolvedSpans.push(span);
        continue;
      }
      const span = align(text, phrase, Number(str(t.start)));
      if (!span) {
        dropped++;
        continue;
      }
      if (span.start !== Number(str(t.start))) realigned++;
      toponyms.push({
        start: span.start,
        end: span.end,
        text: phrase,
        lat,
        lon,
        geonameId: gaz ? str(gaz['@_geonameid']) || null : null,
        countryName: gaz && gaz.country !== undefined ? str(gaz.country) || null : null,
        featureCode: gaz ? str(gaz.fcode) || null : null,
      });
    }
    const dl = str(a.dltime).slice(0, 10);
    articles.push({ id: str(a['@_docid']) || str(a.source) || String(i), text, published: /^\d{4}-\d{2}-\d{2}$/.test(dl) ? dl : null, source: str(a.domain).trim().replace(/^www\./, '') || null, toponyms, unresolvedCount, unresolvedSpans });
  });
  return { articles, realigned, dropped };
}

/** The occurrence of `phrase` nearest to the gold start (the sets' offsets drift by a few characters). */
function align(text: string, phrase: string, start: number): { start: number; end: number } | null {
  if (text.startsWith(phrase, start)) return { start, end: start + phrase.length };
  let best: number | null = null;
  const from = Math.max(0, start - ALIGN_WINDOW);
  for (let i = text.indexOf(phrase, from); i >= 0 && i <= start + ALIGN_WINDOW; i = text.indexOf(phrase, i + 1)) {
    if (best === null || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best === null ? null : { start: best, end: best + phrase.length };
}
