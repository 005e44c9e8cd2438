import { articleId } from '../../src/ingest/id.js';
import type { Article } from '../../src/model/article.js';
import type { Extraction } from '../../src/model/extraction.js';
import type { EntityRecord } from '../../src/model/layers/entities.js';
import type { EventRecord, Modality } from '../../src/model/layers/events.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { Store, StoreItem } from '../../src/store/store.js';

const pipeline = createPipeline({ stages: ['clean', 'segment'] });

export interface EntitySpec { name: string; type: EntityRecord['type']; country?: string; aliases?: string[] }
export interface EventSpec {
  type: string; cameo: string; source: string; target: string | null; trigger: string; date: string;
  modality?: Modality; place?: { name: string; country: string; lat: number; lon: number; fromFocus?: boolean };
}

function entityId(e: EntitySpec): string {
  return `e_${e.type}_${e.name.toLowerCase().replace(/\W+/g, '_')}`;
}

/** An analysed article (clean + segment run for real) whose entity, quote and event layers are filled by hand at real offsets. */
export function makeItem(spec: { body: string; published: string; title: string; source: string; entities: EntitySpec[]; events?: EventSpec[]; quotes?: Array<{ text: string; speaker: string }> }): StoreItem {
  const article: Article = { id: articleId(spec.body + spec.source, spec.published), published: spec.published, title: spec.title, body: spec.body, lang: 'en', source: spec.source, url: `https://${spec.source.toLowerCase().replace(/\W+/g, '')}.example/${spec.published}` };
  const extraction: Extraction = pipeline.analyze(article);
  const text = extraction.text;
  const entities: EntityRecord[] = spec.entities.map((e) => {
    const mentions = [];
    for (let at = text.indexOf(e.name); at >= 0; at = text.indexOf(e.name, at + 1)) mentions.push({ start: at, end: at + e.name.length, text: e.name, via: 'name' as const, confidence: 0.9 });
    return { id: entityId(e), name: e.name, type: e.type, placeKind: e.type === 'place' ? 'country' as const : null, aliases: e.aliases ?? [], roles: [], country: e.country ?? null, standsFor: null, mentions, confidence: 0.9 };
  });
  extraction.entities = entities;
  const actor = (name: string | null): EventRecord['source'] => {
    if (!name) return null;
    const e = spec.entities.find((x) => x.name === name)!;
    const at = text.indexOf(name);
    const a3 = e.country === 'NO' ? 'NOR' : e.country === 'CL' ? 'CHL' : e.country === 'KE' ? 'KEN' : null;
    return { entity: entityId(e), name, code: (a3 ?? '') + (e.type === 'person' ? 'GOV' : ''), country: a3, sector: e.type === 'person' ? 'GOV' : null, span: at >= 0 ? { start: at, end: at + name.length } : null };
  };
  extraction.events = (spec.events ?? []).map((ev, i) => {
    const t = text.indexOf(ev.trigger);
    if (t < 0) throw new Error(`trigger "${ev.trigger}" not in text`);
    return {
      id: `ev${i + 1}`, type: ev.type, mode: null, context: [], cameo: ev.cameo, quadClass: 1, intensity: 1,
      source: actor(ev.source), target: actor(ev.target), symmetric: false,
      place: ev.place ? { fromFocus: false, ...ev.place, span: null } : null,
      date: { value: ev.date, begin: ev.date, end: ev.date, precision: 'day', fromPublication: false, timex: null },
      modality: ev.modality ?? 'asserted', trigger: { start: t, end: t + ev.trigger.length, text: ev.trigger },
      evidence: { start: t, end: t + ev.trigger.length }, tone: -1, confidence: 0.8,
    };
  });
  extraction.quotes = (spec.quotes ?? []).map((q, i) => {
    const s = text.indexOf(q.text);
    const sp = spec.entities.find((x) => x.name === q.speaker)!;
    return { id: `q${i + 1}`, start: s, end: s + q.text.length, text: q.text, kind: 'direct' as const, parts: [{ start: s, end: s + q.text.length }], fragments: [],
      speaker: entityId(sp), speakerSpan: null, speakerText: q.speaker, cue: null, medium: null, confidence: 0.8 };
  });
  return { article, extraction };
}

/** A wire story about a fisheries deal (written for these tests), ~120 words. */
export const FISHERIES_WIRE = [
  'Norway and Chile signed a fisheries agreement in Oslo on Monday after three days of talks, ending a dispute over quotas in the southern Pacific.',
  'Norwegian Fisheries Minister Ingrid Solberg said the deal would let trawlers from both countries share data on stocks of jack mackerel and hake.',
  '"This is a fair agreement for our coastal communities," Solberg told reporters after the signing ceremony at the foreign ministry.',
  'Chilean negotiator Rodrigo Pizarro said the agreement would be reviewed every two years and that inspectors from both sides would board vessels at sea.',
  'Environmental groups welcomed the accord but warned that quotas remained too high for the recovery of depleted stocks off the coast of Patagonia.',
  'The agreement still needs approval from the Chilean Congress, which is expected to vote on it before the end of the year.',
].join('\n\n');

/** The same wire story republished with different page furniture and headline. */
export const FISHERIES_SYNDICATED = [
  'ADVERTISEMENT',
  FISHERIES_WIRE,
  'ALSO READ | Ferry services resume after storm',
  'Follow us on Twitter for the latest updates. Copyright 2024 Coastal Times. All rights reserved.',
].join('\n\n');

/** A different story on the same topic (fisheries, Norway, Chile), written independently. */
export const FISHERIES_OTHER = [
  'Fishing crews in Valparaiso protested on Tuesday against a new quota system, blocking the harbour entrance with dozens of small boats.',
  'The crews said larger industrial fleets were taking most of the catch while family businesses were left with almost nothing to sell.',
  'Officials from the fisheries agency met union leaders in the afternoon but no compromise was reached, according to local radio.',
  'Norway is often cited by the protesters as a model because its cooperatives share licences among small coastal villages.',
  'A second day of protests is planned for Thursday in the port city of Talcahuano.',
].join('\n\n');

/** The corpus's entity merges as (alias, entity, basis). */
export async function mergeRows(store: Store): Promise<Array<{ alias: string; entity: string; basis: string }>> {
  return (await store.corpus().entityMerges()).map(({ alias, entity, basis }) => ({ alias, entity, basis }));
}
