import type { PlacesLayer } from '../../../model/layers/places.js';
import { entity, integer, nullable, real, table, text, type RowOf } from '../../table.js';

export const PLACES_TABLE = table({
  name: 'places',
  rowIs: 'place mention',
  since: 2,
  scope: 'article',
  serial: true,
  columns: {
    name: text('name'),
    kind: text('kind'),
    country: nullable(text('country')),
    lat: nullable(real('lat')),
    lon: nullable(real('lon')),
    gazetteerId: nullable(text('gazetteer_id')),
    entityId: nullable(entity('entity_key')),
    start: integer('start_offset'),
    end: integer('end_offset'),
    confidence: real('confidence'),
  },
  indexes: { places_article: ['article_key'], places_country: ['country', 'published'], places_name: ['name'] },
  // demonyms ("Russian troops") stay in the extraction; place rows hold the places named
  rows: (places: PlacesLayer) =>
    places.mentions.filter((p) => !p.adjectival).map((p) => ({
      name: p.name,
      kind: p.kind,
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      gazetteerId: p.gazetteerId,
      entityId: p.entity,
      start: p.start,
      end: p.end,
      confidence: p.confidence,
    })),
});

export type PlaceRow = RowOf<typeof PLACES_TABLE.columns>;
