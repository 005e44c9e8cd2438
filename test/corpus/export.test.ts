import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { BACKENDS, freshStoreEachTest } from '../store/backends.js';
import type { Store } from '../../src/store/store.js';
import { exportCsv, exportGdelt, exportGeojson, GDELT_COLUMNS, gdeltTimestamp } from '../../src/corpus/export.js';
import { makeItem, type EntitySpec } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Ingrid Solberg', type: 'person', country: 'NO' }, { name: 'Amina Wanjiru', type: 'person', country: 'KE' },
];
const NAIROBI = { name: 'Nairobi', country: 'KE', lat: -1.2864, lon: 36.8172 };

async function collect(run: (out: PassThrough) => Promise<number>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await run(out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

async function storeWithVisit(freshStore: () => Promise<Store>) {
  const store = await freshStore();
  const bodies = [
    ['Wire', 'Ingrid Solberg met Amina Wanjiru in Nairobi on Wednesday to discuss fertiliser imports.'],
    ['Daily Test', 'In Nairobi, Amina Wanjiru and Ingrid Solberg met for two hours of talks about fertiliser and shipping.'],
  ];
  for (const [source, body] of bodies) {
    await store.putBatch([makeItem({ body, published: '2024-05-02T09:30:00Z', title: 'Talks in Nairobi', source, entities: ENTITIES,
      events: [{ type: 'CONSULT', cameo: '042', source: 'Ingrid Solberg', target: 'Amina Wanjiru', trigger: 'met', date: '2024-05-01', place: NAIROBI }] })]);
  }
  return store;
}

describe.each(BACKENDS)('exports on $name', (backend) => {
  const freshStore = freshStoreEachTest(backend);
  it('GDELT layout: 61 tab-separated columns per row, and the known event in the right columns', async () => {
    const store = await storeWithVisit(freshStore);
    const text = await collect((out) => exportGdelt(store.corpus(), out));
    const rows = text.trim().split('\n').map((l) => l.split('\t'));
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(rows).toHaveLength(1);
    for (const r of rows) expect(r).toHaveLength(61);
    const col = (name: (typeof GDELT_COLUMNS)[number]) => rows[0][GDELT_COLUMNS.indexOf(name)];
    expect(col('Day')).toBe('20240501');
    expect(col('MonthYear')).toBe('202405');
    expect(col('Year')).toBe('2024');
    expect(col('Actor1Code')).toBe('NORGOV');
    expect(col('Actor1Name')).toBe('INGRID SOLBERG');
    expect(col('Actor1CountryCode')).toBe('NOR');
    expect(col('Actor1Type1Code')).toBe('GOV');
    expect(col('Actor2Name')).toBe('AMINA WANJIRU');
    expect(col('Actor2CountryCode')).toBe('KEN');
    expect(col('EventCode')).toBe('042');
    expect(col('EventBaseCode')).toBe('042');
    expect(col('EventRootCode')).toBe('04');
    expect(col('QuadClass')).toBe('1');
    expect(col('NumMentions')).toBe('2');
    expect(col('NumSources')).toBe('2');
    expect(col('NumArticles')).toBe('2');
    expect(col('IsRootEvent')).toBe('1');
    expect(col('GlobalEventID')).toMatch(/^[1-9]\d*$/);
    // ((month - 1) * 30 + day) / 365, as GDELT computes it
    expect(col('FractionDate')).toBe('2024.3315');
    // GDELT's CAMEO Goldstein table: 042 (make a visit) is 1.9
    expect(col('GoldsteinScale')).toBe('1.9');
    expect(col('ActionGeo_Type')).toBe('4');
    expect(col('ActionGeo_FullName')).toBe('Nairobi, Kenya');
    expect(col('ActionGeo_CountryCode')).toBe('KE');
    expect(col('Actor1Geo_CountryCode')).toBe('');
    expect(Number(col('ActionGeo_Lat'))).toBeCloseTo(-1.2864);
    expect(Number(col('ActionGeo_Long'))).toBeCloseTo(36.8172);
    expect(col('DATEADDED')).toBe('20240502093000');
    expect(col('SOURCEURL')).toMatch(/^https:\/\/wire\.example\//);
    // geography country codes are FIPS 10-4 (Chile CI, Germany GM), a country-level place is type 1 with its code as feature id
    await store.putBatch([makeItem({ body: 'Ingrid Solberg met Amina Wanjiru in Chile on Friday.', published: '2024-12-31T08:00:00Z', title: 'Talks in Chile', source: 'Wire', entities: ENTITIES,
      events: [{ type: 'CONSULT', cameo: '042', source: 'Ingrid Solberg', target: 'Amina Wanjiru', trigger: 'met', date: '2024-12-31', place: { name: 'Chile', country: 'CL', lat: -35.7, lon: -71.5 } }] })]);
    const chile = (await collect((out) => exportGdelt(store.corpus(), out))).trim().split('\n').map((l) => l.split('\t'))[1];
    const chileCol = (name: (typeof GDELT_COLUMNS)[number]) => chile[GDELT_COLUMNS.indexOf(name)];
    expect(chileCol('FractionDate')).toBe('2024.9890');
    expect(chileCol('ActionGeo_Type')).toBe('1');
    expect(chileCol('ActionGeo_FullName')).toBe('Chile');
    expect(chileCol('ActionGeo_CountryCode')).toBe('CI');
    expect(chileCol('ActionGeo_FeatureID')).toBe('CI');
    expect(chileCol('GlobalEventID')).not.toBe(col('GlobalEventID'));
    const header = await collect((out) => exportGdelt(store.corpus(), out, { header: true }));
    expect(header.split('\n')[0].split('\t')).toEqual([...GDELT_COLUMNS]);
  });

  it('an event placed only by its article\'s focus: GDELT leaves ActionGeo empty unless asked, GeoJSON marks it', async () => {
    const store = await freshStore();
    await store.putBatch([makeItem({ body: 'Ingrid Solberg met Amina Wanjiru on Thursday to discuss fertiliser imports.', published: '2024-05-03T09:30:00Z', title: 'Kenya talks', source: 'Wire', entities: ENTITIES,
      events: [{ type: 'CONSULT', cameo: '042', source: 'Ingrid Solberg', target: 'Amina Wanjiru', trigger: 'met', date: '2024-05-02', place: { ...NAIROBI, fromFocus: true } }] })]);
    const cols = (text: string) => {
      const r = text.trim().split('\n')[0].split('\t');
      return ['ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'Actor1Code', 'EventCode'].map((c) => r[GDELT_COLUMNS.indexOf(c as (typeof GDELT_COLUMNS)[number])]);
    };
    expect(cols(await collect((out) => exportGdelt(store.corpus(), out)))).toEqual(['0', '', '', 'NORGOV', '042']);
    expect(cols(await collect((out) => exportGdelt(store.corpus(), out, { includeFocusPlaces: true })))).toEqual(['4', 'Nairobi, Kenya', 'KE', 'NORGOV', '042']);
    const geo = JSON.parse(await collect((out) => exportGeojson(store.corpus(), out)));
    const events = geo.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'event');
    expect(events.map((f: { properties: { placeFromFocus: boolean } }) => f.properties.placeFromFocus)).toEqual([true]);
  });

  it('CSV has a header and one row per merged event; entity and quote tables; GeoJSON parses with event and place features', async () => {
    const store = await storeWithVisit(freshStore);
    const csv = (await collect((out) => exportCsv(store.corpus(), 'events', out))).trim().split('\n');
    expect(csv).toHaveLength(2);
    expect(csv[0].split(',')).toContain('mentions');
    // the place is named in the sentence, not guessed from the article focus
    const header = csv[0].split(',');
    expect(csv[1].split(',')[header.indexOf('placeFromFocus')]).toBe('false');
    const geo = JSON.parse(await collect((out) => exportGeojson(store.corpus(), out)));
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'event')).toHaveLength(1);
    expect(geo.features[0].geometry.coordinates).toEqual([36.8172, -1.2864]);
    expect(geo.features[0].properties.placeFromFocus).toBe(false);
    const entities = (await collect((out) => exportCsv(store.corpus(), 'entities', out))).trim().split('\n');
    expect(entities[0]).toBe('id,name,type,country,place_kind,articles,mentions,names');
    expect(entities.slice(1).map((l) => l.split(',').slice(1, 3).join(',')).sort()).toEqual(['Amina Wanjiru,person', 'Ingrid Solberg,person']);
    expect(entities[1].split(',').slice(5, 7)).toEqual(['2', '2']);
    await store.putBatch([makeItem({ body: '"We want cheaper fertiliser, and soon," Amina Wanjiru said in Nairobi.', published: '2024-05-03', title: 'Wanjiru on fertiliser', source: 'Wire', entities: ENTITIES,
      quotes: [{ text: 'We want cheaper fertiliser, and soon,', speaker: 'Amina Wanjiru' }] })]);
    const quotes = (await collect((out) => exportCsv(store.corpus(), 'quotes', out))).trim().split('\n');
    expect(quotes[0]).toBe('article,published,speaker,speaker_id,kind,text,start,end,confidence,source,url');
    expect(quotes.slice(1)).toEqual([expect.stringMatching(/^\w+,2024-05-03,Amina Wanjiru,e_person_amina_wanjiru,direct,"We want cheaper fertiliser, and soon,",1,38,0.8,Wire,https:/)]);
  });
});

describe('GDELT fields', () => {
  it('DATEADDED is UTC', () => {
    expect(gdeltTimestamp('2024-05-02T09:30:00+05:30')).toBe('20240502040000');
    expect(gdeltTimestamp('2024-05-02')).toBe('20240502000000');
  });
});
