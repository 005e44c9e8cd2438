import type { Doc } from '../../../model/doc.js';
import type { PlaceKind } from '../../../model/layers/entities.js';
import type { PlaceMentionRecord, PlacesLayer } from '../../../model/layers/places.js';
import { loadGazetteer, type Gazetteer } from '../../../knowledge/gazetteer/index.js';
import type { Stage } from '../../stage.js';
import type { Span } from '../../../model/span.js';
import { SpanIndex } from '../../../model/span-index.js';
import { countryByDemonym, countryByName } from '../../../knowledge/countries.js';
import { computeFocus } from './focus.js';
import { resolvePlaces, type PlaceQuery, type PlaceResolution, type ResolveOptions } from './resolve.js';

export { resolvePlaces, DEFAULT_WEIGHTS, type PlaceQuery, type PlaceResolution, type RankWeights, type ResolveOptions, type SourceHome } from './resolve.js';
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
  // surnames of the article's people: "Obama" in "the Obama administration" is not the town in Japan
  const surnames = new Set<string>();
  for (const ent of doc.entities) {
    if (ent.type !== 'person') continue;
    const parts = ent.name.split(/\s+/);
    if (parts.length > 1) surnames.add(parts[parts.length - 1].toLowerCase());
  }
  const isPersonName = (text: string, end: number): boolean =>
    surnames.has(text.toLowerCase()) || PERSON_AFTER.test(doc.text.slice(end, end + 16));
  // every span the entity stage typed, whatever the type: its typing overrides the recogniser's label
  const typed: Span[] = [];
  for (const ent of doc.entities) {
    for (const m of ent.mentions) {
      typed.push({ start: m.start, end: m.end });
      if (ent.type !== 'place') continue;
      // "Russian officials" names a people, not a place; pronouns and titles carry no place name
      if (m.via === 'demonym' || m.via === 'pronoun' || m.via === 'title') continue;
      if (STREET.test(m.text) || isPersonName(m.text, m.end)) continue;
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
  const typedIndex = new SpanIndex(typed);
  for (const m of doc.mentions) {
    if (m.label !== 'LOC') continue;
    if (typedIndex.overlapsAny(m.start, m.end)) continue;
    // "North Korean" tagged as a location still names a people, not a place
    if (countryByDemonym(m.text) && !countryByName(m.text)) continue;
    if (STREET.test(m.text) || isPersonName(m.text, m.end)) continue;
    queries.push({ start: m.start, end: m.end, text: m.text, entity: null });
  }
  return queries.sort((a, b) => a.start - b.start);
}

/** Words after a name that make it a person's ("the Obama administration"). */
const PERSON_AFTER = /^\s+(?:administration|presidency|campaign)\b/;

/** Street addresses: below what the gazetteer can place, and not worth a guess. */
const STREET = /\s(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Drive|Dr\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Trail|Highway|Hwy\.?|Court|Ct\.?|Circle|Parkway|Pike)$/;

export function geocodeDoc(gazetteer: Gazetteer, doc: Doc, options: ResolveOptions = {}): PlacesLayer {
  return geocodeDocWithResolutions(gazetteer, doc, options).layer;
}

/** The places layer with the resolutions it came from (a source-home learner reads those). */
export function geocodeDocWithResolutions(gazetteer: Gazetteer, doc: Doc, options: ResolveOptions = {}): { layer: PlacesLayer; resolutions: PlaceResolution[] } {
  const resolutions = resolvePlaces(gazetteer, doc.text, placeQueries(doc), options);
  const mentions = resolutions.filter((r) => r.entry !== null).map(toMentionRecord);
  return { layer: { mentions, focus: computeFocus(resolutions) }, resolutions };
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
  };
}
