import { PlacesLayerSchema } from '../../../model/layers/places.js';
import { declareStage } from '../../declare.js';
import { createPlacesStage } from './index.js';
import { PLACES_TABLE } from './table.js';

/** places: place mentions geocoded against the gazetteer, and the article's focus. */
export const placesStage = declareStage({
  name: 'places',
  requires: ['text', 'sentences', 'tokens', 'mentions', 'entities'],
  assigns: ['places'],
  create: () => createPlacesStage(),
  layer: { key: 'places', after: 'timexes', schema: PlacesLayerSchema, read: (doc) => doc.places, tables: [PLACES_TABLE] },
  scorer: async () => (await import('../../../eval/geo/index.js')).geoScorer,
});
