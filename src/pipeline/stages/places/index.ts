import type { Doc } from '../../../model/doc.js';
import type { PlaceKind } from '../../../model/layers/entities.js';
import type { PlaceMentionRecord, PlacesLayer } from '../../../model/layers/places.js';
import { loadGazetteer, type Gazetteer } from '../../../knowledge/gazetteer/index.js';
import type { Stage } from '../../stage.js';
import { countryByDemonym, countryByName } from '../../../knowledge/countries.js';
import { computeFocus } from './focus.js';
import { resolvePlaces, type PlaceQuery, type PlaceResolution } from './resolve.js';

export { resolvePlaces, DEFAULT_WEIGHTS, type PlaceQuery, type PlaceResolution, type RankWeights, type SourceHome } from './resolve.js';
export { computeFocus } from './focus.js';

/** The `places` stage: geocodes every place mention (entities of type place, and LOC spans) and the article's focus. */
export function createPlacesStage(gazetteer: Gazetteer = loadGazetteer()): Stage {
  return {
    name: 'places',
    run(doc: Doc): void {
      doc.places = geocodeDoc(gazetteer, doc);
    },
  };
}

/** Place mentions of a Doc, from the entity stage's place entities plus recogniser LOC spans no entity covers. */
export function placeQueries(doc: Doc): PlaceQuery[] {
  const queries: PlaceQuery[] = [];
  const covered: [number, number][] = [];
  for (const ent of doc.entities) {
    if (ent.type !== 'place') continue;
    for (const m of ent.mentions) {
      // "Russian officials" names a people, not a place; pronouns and titles carry no place name
      if (m.via === 'demonym' || m.via === 'pronoun' || m.via === 'title') continue;
      covered.push([m.start, m.end]);
      queries.push({
        start: m.start,
        end: m.end,
        text: m.text,
        kindHint: ent.placeKind as PlaceKind | null,
        countryHint: ent.country,
        standsFor: m.via === 'standin' && ent.standsFor ? ent.standsFor.country : null,
        entity: ent.id,
      });
    }
  }
  for (const m of doc.mentions) {
    if (m.label !== 'LOC') continue;
    if (covered.some(([s, e]) => s < m.end && m.start < e)) continue;
    // "North Korean" tagged as a location still names a people, not a place
    if (countryByDemonym(m.text) && !countryByName(m.text)) continue;
    queries.push({ start: m.start, end: m.end, text: m.text, entity: null });
  }
  return queries.sort((a, b) => a.start - b.start);
}

export function geocodeDoc(gazetteer: Gazetteer, doc: Doc): PlacesLayer {
  const resolutions = resolvePlaces(gazetteer, doc.text, placeQueries(doc));
  const mentions = resolutions.filter((r) => r.entry !== null).map(toMentionRecord);
  return { mentions, focus: computeFocus(resolutions) };
}

export function toMentionRecord(r: PlaceResolution): PlaceMentionRecord {
  const e = r.entry!;
  // a name the gazetteer lacks, located at the place named around it: its own name, no gazetteer id
  const byContext = r.via === 'context';
  return {
    start: r.query.start,
    end: r.query.end,
    text: r.query.text,
    name: byContext ? r.query.text : e.name,
    kind: byContext ? 'other' : e.kind,
    country: e.country,
    lat: e.lat,
    lon: e.lon,
    gazetteerId: byContext ? null : e.id,
    entity: r.query.entity ?? null,
    confidence: Math.round(r.confidence * 1000) / 1000,
    standsFor: r.standsFor,
  };
}
