import type { EntitiesLanguage } from '../../../lang/types.js';
import { createHash } from 'node:crypto';
import type { EntityRecord, EntityType, Mention } from '../../../model/layers/entities.js';
import { normaliseName } from '../../../knowledge/countries.js';
import type { Candidate, Cluster } from './context.js';
import { newCluster } from './people.js';

/** Upper-case initials of a multi-word name ("Far Eastern Federal University" → "FEFU"). */
function initials(lang: EntitiesLanguage, name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !lang.acronymSkip.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
}

/**
 * Groups the non-person candidates by key (country code, seat, capital, normalised name), then links an unknown
 * acronym to the organisation the text defines it by ("Kurdistan Workers Party (PKK)"), or else to the one
 * organisation in the article whose initials it spells ("FEFU" → Far Eastern Federal University).
 */
export function clusterOthers(lang: EntitiesLanguage, cands: Candidate[], text = ''): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const out: Cluster[] = [];
  for (const c of cands) {
    if (c.cls === 'person' || !c.key) continue;
    let cl = byKey.get(c.key);
    if (!cl) {
      cl = newCluster(c.key, c.cls, c.canonical || c.text);
      cl.country = c.country ?? c.standIn?.country ?? null;
      cl.placeKind = c.placeKind;
      cl.standIn = c.standIn;
      byKey.set(c.key, cl);
      out.push(cl);
    }
    c.cluster = cl;
    cl.candidates.push(c);
  }
  const orgs = out.filter((cl) => cl.cls === 'organisation' && cl.name.includes(' '));
  if (orgs.length === 0) return out;
  const kept: Cluster[] = [];
  for (const cl of out) {
    // only spans the recogniser called organisations (or missed) may be acronyms of one ("BSE" the disease is MISC)
    const acronym = cl.cls === 'organisation' && cl.candidates.every((c) => c.label !== 'MISC') ? cl.name : '';
    if (/^[A-Z]{2,6}$/.test(acronym) && cl.country === null) {
      // defined in the text ("the Kurdistan Workers Party (PKK)"), whatever its letters; else spelled by the initials
      const defined = definedBy(orgs, cl, text);
      const fits = defined ? [defined] : orgs.filter((o) => initials(lang, o.name) === acronym);
      if (fits.length === 1) {
        for (const c of cl.candidates) {
          c.via = 'acronym';
          c.cluster = fits[0];
          fits[0].candidates.push(c);
        }
        continue;
      }
    }
    // "Magna" after "Magna International Inc": the first word of exactly one longer organisation name
    if (cl.cls === 'organisation' && !cl.name.includes(' ') && cl.country === null) {
      const fits = orgs.filter((o) => o.name.split(' ')[0] === cl.name);
      if (fits.length === 1) {
        for (const c of cl.candidates) {
          c.via = 'alias';
          c.cluster = fits[0];
          fits[0].candidates.push(c);
        }
        continue;
      }
    }
    kept.push(cl);
  }
  return kept;
}

/**
 * The organisation an acronym is defined by: one of its mentions stands in parentheses right after a mention of a
 * longer organisation name ("the Kurdistan Workers Party (PKK)", "Partiya Karkerên Kurdistanê (PKK)").
 */
function definedBy(orgs: Cluster[], acronym: Cluster, text: string): Cluster | null {
  if (!text) return null;
  for (const a of acronym.candidates) {
    if (text[a.end] !== ')') continue;
    for (const o of orgs) {
      if (o.candidates.some((c) => c.end < a.start && text.slice(c.end, a.start).trim() === '(')) return o;
    }
  }
  return null;
}

/** The product type of a cluster. */
function entityType(cl: Cluster): EntityType {
  switch (cl.cls) {
    case 'person':
      return 'person';
    case 'organisation':
      return 'organisation';
    case 'country':
    case 'place':
      return 'place';
    case 'group':
      return 'group';
    case 'seat':
      // a seat is the building unless the recogniser read it as the institution ("the White House" tagged ORG)
      return cl.candidates.some((c) => c.label === 'ORG') ? 'organisation' : 'place';
    default:
      return 'other';
  }
}

/** Name normalised for ids: lower case, no diacritics, hyphens and stops as spaces ("Kim Jong-un" = "Kim Jong Un"). */
export function idName(name: string): string {
  return normaliseName(name)
    .replace(/[-.'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Stable entity id: `ent_` + 12 hex of SHA-1 over normalised name, type and, for places and groups, the country
 * (which tells apart Georgia the country from Georgia the state). People and organisations hash name and type only,
 * because their country is inferred per article and often absent, and the same person must get the same id.
 */
export function entityId(name: string, type: EntityType, country: string | null): string {
  const withCountry = type === 'place' || type === 'group';
  const key = `${idName(name)}|${type}|${withCountry ? (country ?? '') : ''}`;
  let id = idCache.get(key);
  if (id === undefined) {
    id = `ent_${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
    if (idCache.size >= ID_CACHE_LIMIT) idCache.clear();
    idCache.set(key, id);
  }
  return id;
}

// ids of recurring names (countries, leaders) are asked for in nearly every article
const ID_CACHE_LIMIT = 100_000;
const idCache = new Map<string, string>();

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Entity records from clusters, in order of first mention. */
export function buildEntities(clusters: Cluster[]): EntityRecord[] {
  const live = clusters.filter((cl) => cl.candidates.length > 0);
  // an unsettled short name ("Kim" between two Kims) must not share its id with a person really called that
  for (const cl of live) cl.id = entityId(cl.ambiguous ? `${cl.name} (ambiguous)` : cl.name, entityType(cl), cl.country);
  const records: Array<{ first: number; record: EntityRecord }> = [];
  for (const cl of live) {
    const type = entityType(cl);
    const mentions: Mention[] = [];
    for (const c of cl.candidates) {
      const via = c.acting && (cl.cls === 'seat' || cl.standIn) ? 'standin' : c.via;
      mentions.push({ start: c.start, end: c.end, text: c.text, ...(c.label ? { label: c.label } : {}), via, confidence: round(c.confidence) });
    }
    for (const r of cl.references) mentions.push({ start: r.start, end: r.end, text: r.text, via: r.via, confidence: r.confidence });
    mentions.sort((a, b) => a.start - b.start);
    const aliases = new Set<string>();
    for (const c of cl.candidates) if (c.text !== cl.name) aliases.add(c.text);
    const acting = cl.candidates.some((c) => c.acting);
    const standsFor = cl.standIn && (cl.cls === 'seat' || acting)
      ? { country: cl.standIn.country, sector: cl.standIn.sector, name: cl.standIn.standsForName }
      : null;
    const confidence = cl.candidates.reduce((m, c) => Math.max(m, c.confidence), 0);
    records.push({
      first: mentions[0]?.start ?? 0,
      record: {
        id: cl.id!,
        name: cl.name,
        type,
        placeKind: type === 'place' ? (cl.placeKind ?? (cl.cls === 'seat' ? 'other' : null)) : null,
        aliases: [...aliases],
        roles: cl.roles.map((r) => ({ title: r.title, start: r.start, end: r.end, country: r.country, of: r.of?.id ?? null })),
        country: cl.country,
        standsFor,
        ...(cl.party ? { party: { party: cl.party.party, state: cl.party.state } } : {}),
        mentions,
        confidence: round(confidence),
      },
    });
  }
  records.sort((a, b) => a.first - b.first);
  return records.map((r) => r.record);
}
