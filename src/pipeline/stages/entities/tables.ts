import type { EntityRecord } from '../../../model/layers/entities.js';
import { normaliseName } from '../../../model/names.js';
import { entity, integer, nullable, real, table, text, type RowOf } from '../../table.js';

/** The entity registry: one row per entity id across the corpus; every entity column of every table holds its key. */
export const ENTITIES_TABLE = table({
  name: 'entities',
  rowIs: 'canonical entity',
  since: 2,
  scope: 'registry',
  serial: true,
  columns: { id: text('id'), name: text('name'), type: text('type'), country: nullable(text('country')), placeKind: nullable(text('place_kind')) },
  unique: ['id'],
  rows: (entities: EntityRecord[]) => entities.map((e) => ({ id: e.id, name: e.name, type: e.type, country: e.country, placeKind: e.placeKind })),
});

/** Every name and alias an entity was seen under, normalised, to look it up by any of them ("tidings entity NAME"). */
export const ENTITY_NAMES_TABLE = table({
  name: 'entity_names',
  rowIs: '(normalised name or alias, entity)',
  since: 2,
  scope: 'corpus',
  serial: false,
  columns: { nameNorm: text('name_norm'), entityId: entity('entity_key'), name: text('name') },
  primaryKey: ['name_norm', 'entity_key'],
  indexes: { entity_names_entity: ['entity_key'] },
  rows: (entities: EntityRecord[]) =>
    entities.flatMap((e) => {
      const seen = new Set<string>();
      const out: Array<{ nameNorm: string; entityId: string; name: string }> = [];
      for (const name of [e.name, ...e.aliases]) {
        const nameNorm = normaliseName(name);
        if (!nameNorm || seen.has(nameNorm)) continue;
        seen.add(nameNorm);
        out.push({ nameNorm, entityId: e.id, name });
      }
      return out;
    }),
});

/** One row per (entity, article): its primary key is the entity timeline index. */
export const ENTITY_MENTIONS_TABLE = table({
  name: 'entity_mentions',
  rowIs: '(entity, article)',
  since: 2,
  scope: 'article',
  serial: false,
  columns: {
    entityId: entity('entity_key'),
    count: integer('count'),
    /** distinct role titles the article gives the entity, a JSON array */
    roles: nullable(text('roles')),
    /** offset of the first mention in the text, for ordering an article's entities */
    firstStart: integer('first_start'),
    confidence: real('confidence'),
  },
  primaryKey: ['entity_key', 'published', 'article_key'],
  indexes: { entity_mentions_article: ['article_key'] },
  rows: (entities: EntityRecord[]) =>
    entities.map((e) => {
      const roles = [...new Set(e.roles.map((r) => r.title))];
      return {
        entityId: e.id,
        count: e.mentions.length,
        roles: roles.length ? JSON.stringify(roles) : null,
        firstStart: e.mentions.length ? Math.min(...e.mentions.map((m) => m.start)) : 0,
        confidence: e.confidence,
      };
    }),
});

export type EntityRow = RowOf<typeof ENTITIES_TABLE.columns>;
export type MentionRow = RowOf<typeof ENTITY_MENTIONS_TABLE.columns>;
