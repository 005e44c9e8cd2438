import type { Doc } from '../../../model/doc.js';
import type { EntityRecord, PlaceKind } from '../../../model/layers/entities.js';
import { loadGazetteer } from '../../../knowledge/gazetteer/index.js';
import type { Stage } from '../../stage.js';
import { buildEntities, clusterOthers } from './build.js';
import { LANGUAGE_PACKS } from '../../../lang/index.js';
import { buildKnowledgeMatcher, collectCandidates, type KnownForm } from './candidates.js';
import { DocView } from './context.js';
import { resolveReferences } from './coref.js';
import { clusterPeople, recoverPersonMentions } from './people.js';
import type { PhraseMatcher } from './phrases.js';
import { assignRoles } from './roles.js';
import { markStandIns } from './standins.js';
import { attachPartyTags, takePartyTags } from './party-tags.js';
import { settleNameTypes } from './type-consistency.js';

export { findEntityAt } from './lookup.js';
export { entityId } from './build.js';

export interface EntitiesStageOptions {
  /** place kind of a name the country lists do not know (default: the gazetteer's best match) */
  placeKindOf?: (name: string) => PlaceKind | null;
}

// a city this large outranks a same-named region ("New York" the city before the state)
const CITY_OVER_REGION_POPULATION = 1_000_000;
// names remembered per pipeline, so a long corpus run does not grow the cache without bound
const PLACE_KIND_CACHE_LIMIT = 50_000;

/** Place kind from the shared gazetteer: a country, a big city, a region, a sea or area, else a city. */
export function gazetteerPlaceKind(): (name: string) => PlaceKind | null {
  const gazetteer = loadGazetteer();
  const cache = new Map<string, PlaceKind | null>();
  return (name) => {
    const hit = cache.get(name);
    if (hit !== undefined) return hit;
    const matches = gazetteer.lookup(name);
    let kind: PlaceKind | null = null;
    if (matches.length > 0) {
      let bigCity = 0;
      let anyCity = false;
      let anyRegion = false;
      let anyCountry = false;
      let anyOther = false;
      for (const m of matches) {
        if (m.entry.kind === 'city') {
          anyCity = true;
          bigCity = Math.max(bigCity, m.entry.population);
        } else if (m.entry.kind === 'region') anyRegion = true;
        else if (m.entry.kind === 'country') anyCountry = true;
        else anyOther = true;
      }
      // seas, continents and areas ("Pacific", "Asia") outrank the small towns named after them
      kind = anyCountry ? 'country' : bigCity >= CITY_OVER_REGION_POPULATION ? 'city' : anyRegion ? 'region' : anyOther ? 'other' : anyCity ? 'city' : null;
    }
    if (cache.size < PLACE_KIND_CACHE_LIMIT) cache.set(name, kind);
    return kind;
  };
}

/** Canonical entities of one document: the whole stage, as a pure function of the Doc and the knowledge. */
export function canonicaliseEntities(doc: Doc, matcher: PhraseMatcher<KnownForm>, placeKindOf: (name: string) => PlaceKind | null): EntityRecord[] {
  if (doc.tokens.length === 0) return [];
  const view = new DocView(doc);
  const collected = takePartyTags(view, collectCandidates(view, matcher, doc.mentions, placeKindOf));
  let cands = collected.cands;
  settleNameTypes(view, cands);
  cands = recoverPersonMentions(view, cands);
  const people = clusterPeople(view, cands);
  attachPartyTags(view, cands, collected.tags);
  const others = clusterOthers(view.lang, cands, view.doc.text);
  markStandIns(view, cands);
  assignRoles(view, cands);
  resolveReferences(view, cands, people);
  return buildEntities([...people, ...others]);
}

/**
 * Stage `entities`: groups the recogniser's mentions into canonical entities with aliases, roles, countries and
 * stand-ins, recovers countries/demonyms/seats it missed, and resolves pronouns and bare titles to people.
 * One rule family a file, applied in this order:
 * - candidates.ts: recogniser spans cleaned (titles split off, title-only spans dropped, given names taken in,
 *   run-on names cut) and classified from the knowledge lists first, the recogniser's label second; exact matches of
 *   countries, demonyms, group words, seats, capitals and known organisations it missed are added (confidence 0.8).
 * - party-tags.ts: US party-state tags ("R-Utah") taken out of the names; after grouping, each becomes the party and
 *   state of the person it follows.
 * - type-consistency.ts: a name read both as a person and as an organisation takes the type of its surest reading.
 * - people.ts: person mentions grouped by full name and short forms (see `clusterPeople` for the Kim rule);
 *   repeated surnames the recogniser mislabelled or missed become person mentions.
 * - build.ts `clusterOthers`: countries by ISO code (all aliases), capitals and seats by canonical name,
 *   organisations by name, acronyms by initials.
 * - standins.ts: a capital or seat that acts or speaks gets `standsFor` and its mention `via: 'standin'`; the entity
 *   keeps its type (a capital stays a place), so the places stage still geocodes it.
 * - roles.ts: titles before the name, possessive chains and appositions become roles with country and owner.
 * - coref.ts: pronouns and bare titles become person mentions with a confidence, or stay unresolved.
 * - build.ts `buildEntities`: records with stable ids (`entityId`).
 */
export function createEntitiesStage(options: EntitiesStageOptions = {}): Stage {
  // the knowledge matcher of each language pack (its plural rules), built once with the pipeline
  const matchers = new Map(LANGUAGE_PACKS.map((p) => [p.entities, buildKnowledgeMatcher(p.entities)]));
  const placeKindOf = options.placeKindOf ?? gazetteerPlaceKind();
  return {
    name: 'entities',
    run(doc: Doc): void {
      doc.entities = canonicaliseEntities(doc, matchers.get(doc.pack.entities)!, placeKindOf);
    },
  };
}
