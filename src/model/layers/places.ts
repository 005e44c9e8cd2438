import { z } from 'zod';
import { PlaceKindSchema } from './entities.js';

/** A geocoded place mention. */
export const PlaceMentionSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  name: z.string().describe('resolved name'),
  kind: PlaceKindSchema,
  country: z.string().nullable().describe('ISO 3166-1 alpha-2'),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  gazetteerId: z.string().nullable(),
  entity: z.string().nullable().describe('id of the entity this mention belongs to'),
  confidence: z.number().min(0).max(1),
  standsFor: z.string().nullable().describe('ISO alpha-2 of the government a capital stands for when it acts or speaks ("Washington warned"), else null'),
  adjectival: z.boolean().default(false).describe('named by a demonym or adjective ("Russian troops", "a Texan"), not by its name: filter these out for places named as places'),
  inOrganisation: z.boolean().default(false).describe('named inside an organisation\'s name ("Dublin City Council", "University of Texas")'),
});
export type PlaceMentionRecord = z.infer<typeof PlaceMentionSchema>;

export const FocusSchema = z.object({
  countries: z.array(z.object({ country: z.string(), score: z.number() })),
  city: z.object({ name: z.string(), country: z.string().nullable(), lat: z.number(), lon: z.number(), gazetteerId: z.string().nullable() }).nullable(),
});

export const PlacesLayerSchema = z.object({ mentions: z.array(PlaceMentionSchema), focus: FocusSchema });
export type PlacesLayer = z.infer<typeof PlacesLayerSchema>;
