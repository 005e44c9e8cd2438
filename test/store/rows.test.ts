import { describe, expect, it } from 'vitest';
import { UNDATED } from '../../src/model/article.js';
import { itemRows, tableRows } from '../../src/store/rows.js';
import { STORED_TABLES } from '../../src/pipeline/layers.js';
import { PLACES_TABLE } from '../../src/pipeline/stages/places/table.js';
import { EVENTS_TABLE } from '../../src/pipeline/stages/events/table.js';
import { ENTITY_NAMES_TABLE } from '../../src/pipeline/stages/entities/tables.js';
import { makeItem } from './fixtures.js';

describe('the rows an item becomes, as the stages\' table specs derive them', () => {
  it('fills every declared table, one entity name per normalised form', () => {
    const rows = itemRows(makeItem(1));
    expect(Object.keys(rows.tables)).toEqual(STORED_TABLES.map((t) => t.name));
    const names = tableRows(rows, ENTITY_NAMES_TABLE).map((n) => n.nameNorm);
    expect(new Set(names).size).toBe(names.length);
    // a day-precise event spans that day
    const [ev] = tableRows(rows, EVENTS_TABLE);
    expect(ev.dateBegin).toBe(ev.dateValue.slice(0, 10));
    expect(ev.dateEnd).toBe(ev.dateBegin);
  });

  it('keeps demonyms in the extraction but not in the place rows', () => {
    const item = makeItem(2);
    const [named] = item.extraction.places.mentions;
    item.extraction.places.mentions.push({ ...named, start: named.start + 1, text: 'Demonymic', adjectival: true });
    const places = tableRows(itemRows(item), PLACES_TABLE);
    expect(places).toHaveLength(item.extraction.places.mentions.length - 1);
    expect(places.every((p) => p.start !== named.start + 1)).toBe(true);
  });

  it('gives an undated article no layer rows', () => {
    const item = makeItem(3);
    item.article = { ...item.article, published: UNDATED };
    item.extraction = { ...item.extraction, article: { ...item.extraction.article, published: UNDATED } };
    const rows = itemRows(item);
    for (const t of STORED_TABLES) expect(rows.tables[t.name], t.name).toEqual([]);
  });
});
