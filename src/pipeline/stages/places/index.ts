import type { Doc } from '../../../model/doc.js';
import type { PlaceMentionRecord, PlacesLayer } from '../../../model/layers/places.js';
import { loadGazetteer, type Gazetteer } from '../../../knowledge/gazetteer/index.js';
import type { Stage } from '../../stage.js';
import { computeFocus } from './focus.js';
import { resolvePlaces, type PlaceResolution, type ResolveOptions } from './resolve.js';
import { placeQueries } from './recognise.js';

export { resolvePlaces, DEFAULT_WEIGHTS, type PlaceQuery, type PlaceResolution, type RankWeights, type ResolveOptions, type SourceHome } from './resolve.js';
export { computeFocus } from './focus.js';
export { placeOfClause, type ClausePlace } from './clause.js';
export { placeQueries } from './recognise.js';
export { adjectivalPlace } from './adjectival.js';

/** The `places` stage: geocodes every place mention (entities of type place, and LOC spans) and the article's focus. */
export function createPlacesStage(gazetteer: Gazetteer = loadGazetteer()): Stage {
  return {
    name: 'places',
    run(doc: Doc): void {
      doc.places = geocodeDoc(gazetteer, doc, { home: doc.article.sourceHome ?? null });
    },
  };
}

export function geocodeDoc(gazetteer: Gazetteer, doc: Doc, options: ResolveOptions = {}): PlacesLayer {
  const resolutions = resolvePlaces(gazetteer, doc.text, placeQueries(doc, gazetteer), { language: doc.pack.places, ...options });
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
    adjectival: r.query.adjectival ?? false,
    inOrganisation: r.query.inOrganisation ?? false,
  };
}
