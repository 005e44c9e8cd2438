import { z } from 'zod';

/** CoNLL labels, used for scoring the recogniser. */
export const NerLabelSchema = z.enum(['PER', 'ORG', 'LOC', 'MISC']);
export type NerLabel = z.infer<typeof NerLabelSchema>;

/** Product entity types. */
export const EntityTypeSchema = z.enum(['person', 'organisation', 'place', 'group', 'other']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const PlaceKindSchema = z.enum(['country', 'region', 'city', 'other']);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

/** How a mention refers to its entity. */
export const MentionViaSchema = z.enum(['name', 'alias', 'acronym', 'title', 'pronoun', 'standin', 'demonym']);
export type MentionVia = z.infer<typeof MentionViaSchema>;

/** One mention of an entity in the text. */
export const MentionSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  label: NerLabelSchema.optional().describe('recogniser label, when the mention came from the recogniser'),
  via: MentionViaSchema,
  confidence: z.number().min(0).max(1),
});
export type Mention = z.infer<typeof MentionSchema>;

/** A raw recogniser span before canonicalisation (Doc.mentions). */
export interface MentionRecord {
  start: number;
  end: number;
  text: string;
  label: NerLabel;
  confidence: number;
}

export const RoleSchema = z.object({
  title: z.string().describe('normalised title, e.g. "President", "Defence Minister", "spokesman"'),
  start: z.number().int(),
  end: z.number().int(),
  country: z.string().nullable().describe('ISO 3166-1 alpha-2 of the country the role belongs to, when stated'),
  of: z
    .string()
    .nullable()
    .describe('entity id of the organisation, seat or person the role belongs to ("Kremlin spokesman", "Biden\'s National Security Advisor")'),
});
export type Role = z.infer<typeof RoleSchema>;

/** What a stand-in (a capital or seat of government acting or speaking) stands for. */
export const StandsForSchema = z.object({
  country: z.string().describe('ISO 3166-1 alpha-2'),
  sector: z.string().describe('PLOVER/CAMEO sector code, e.g. GOV'),
  name: z.string().describe('e.g. "Government of Russia"'),
});

/** One canonical entity of the article, with all its mentions. */
export const EntitySchema = z.object({
  id: z.string().describe('stable across articles: derived from canonical name, type and country'),
  name: z.string().describe('canonical name'),
  type: EntityTypeSchema,
  placeKind: PlaceKindSchema.nullable(),
  aliases: z.array(z.string()),
  roles: z.array(RoleSchema),
  country: z.string().nullable().describe('ISO 3166-1 alpha-2 of the country the entity belongs to or is in'),
  standsFor: StandsForSchema.nullable(),
  party: z
    .object({ party: z.string(), state: z.string() })
    .optional()
    .describe('a US politician\'s party and state, read from a party-state tag after the name ("R-Utah"); absent otherwise'),
  mentions: z.array(MentionSchema),
  confidence: z.number().min(0).max(1),
});
export type EntityRecord = z.infer<typeof EntitySchema>;
