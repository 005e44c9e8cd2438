import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportGdelt, gdeltRow, GDELT_COLUMNS, isPeriod, type EventReports } from '../../src/corpus/export.js';
import { actorCode, averageTone, cleanValue, eventCode, fractionDate, geoType, globalEventId, intentCode, outletCount } from '../../src/corpus/gdelt/columns.js';
import { GOLDSTEIN, goldsteinScale } from '../../src/corpus/gdelt/goldstein.js';
import { knownGroup } from '../../src/corpus/gdelt/known-groups.js';
import { loadGazetteer } from '../../src/knowledge/gazetteer/index.js';
import type { MergedEventRow } from '../../src/corpus/queries.js';
import { BACKENDS, freshStoreEachTest } from '../store/backends.js';
import { makeItem, type EntitySpec } from './fixtures.js';

/**
 * The GDELT 2.0 event table as a typed schema from its codebook: integers where it has integers, ranges for QuadClass,
 * GoldsteinScale and the Geo_Type columns, codes as strings (a CAMEO code keeps its leading zero), dates as digits.
 */
const int = z.string().regex(/^-?\d+$/).transform(Number);
const intIn = (min: number, max: number) => int.pipe(z.number().int().min(min).max(max));
const num = z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number);
const optionalNum = z.union([z.literal(''), num]);
const code = z.string().regex(/^[A-Z0-9]*$/);
const cameo = z.string().regex(/^\d{2,4}$/).refine((c) => GOLDSTEIN.has(c), 'a CAMEO code GDELT knows');
const actor = (n: 1 | 2) => ({
  [`Actor${n}Code`]: code, [`Actor${n}Name`]: z.string(), [`Actor${n}CountryCode`]: code, [`Actor${n}KnownGroupCode`]: code,
  [`Actor${n}EthnicCode`]: code, [`Actor${n}Religion1Code`]: code, [`Actor${n}Religion2Code`]: code,
  [`Actor${n}Type1Code`]: code, [`Actor${n}Type2Code`]: code, [`Actor${n}Type3Code`]: code,
});
const geo = (prefix: string) => ({
  [`${prefix}_Type`]: intIn(0, 5), [`${prefix}_FullName`]: z.string(), [`${prefix}_CountryCode`]: code, [`${prefix}_ADM1Code`]: code,
  [`${prefix}_ADM2Code`]: z.string(), [`${prefix}_Lat`]: optionalNum, [`${prefix}_Long`]: optionalNum, [`${prefix}_FeatureID`]: z.string(),
});
const GdeltEventRow = z.object({
  GlobalEventID: int.pipe(z.number().int().positive()),
  Day: z.string().regex(/^\d{8}$/), MonthYear: z.string().regex(/^\d{6}$/), Year: z.string().regex(/^\d{4}$/),
  FractionDate: z.string().regex(/^\d{4}\.\d{4}$/),
  ...actor(1), ...actor(2),
  IsRootEvent: intIn(0, 1), EventCode: cameo, EventBaseCode: cameo, EventRootCode: cameo,
  QuadClass: intIn(1, 4), GoldsteinScale: num.pipe(z.number().min(-10).max(10)),
  NumMentions: intIn(0, Number.MAX_SAFE_INTEGER), NumSources: intIn(0, Number.MAX_SAFE_INTEGER), NumArticles: intIn(0, Number.MAX_SAFE_INTEGER),
  AvgTone: optionalNum,
  ...geo('Actor1Geo'), ...geo('Actor2Geo'), ...geo('ActionGeo'),
  DATEADDED: z.string().regex(/^\d{14}$/), SOURCEURL: z.string(),
});

/** Reads export lines with the typed schema; throws on the first value the codebook does not allow. */
function readRows(text: string): Array<z.infer<typeof GdeltEventRow>> {
  return text.trim().split('\n').filter(Boolean).map((line) => {
    const values = line.split('\t');
    expect(values).toHaveLength(GDELT_COLUMNS.length);
    return GdeltEventRow.parse(Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, values[i]])));
  });
}

function event(overrides: Partial<MergedEventRow> = {}): MergedEventRow {
  return {
    key: 7, type: 'CONSULT', cameo: '042', quadClass: 1, intensity: 5, source: 'Ingrid Solberg', sourceCode: 'NORGOV', sourceCountry: 'NOR',
    target: 'Amina Wanjiru', targetCode: 'KENGOV', targetCountry: 'KEN', date: '2023-09-06', dateEnd: '2023-09-06', place: 'Nairobi', placeCountry: 'KE', placeFromFocus: false,
    lat: -1.2864, lon: 36.8172, mentions: 3, sources: 1, happened: 3, denied: 0, intended: 0, tone: -2.5,
    firstPublished: '2023-09-06T10:00:00Z', url: 'https://wire.example/talks', firstArticle: 'a_1', ...overrides,
  };
}

const REPORTS: EventReports = { articles: 3, outlets: 2, tone: 1.25, isRoot: true };
const gazetteer = loadGazetteer();
const row = (e: MergedEventRow, reports = REPORTS, options = {}) => {
  const r = gdeltRow(e, reports, gazetteer, options);
  return r && Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, r[i]]));
};

describe('GDELT columns, one codebook point at a time', () => {
  it('1. GoldsteinScale comes from GDELT\'s published CAMEO table', () => {
    expect(goldsteinScale('0874')).toBe(10);
    expect(goldsteinScale('112')).toBe(-2);
    expect(goldsteinScale('042')).toBe(1.9);
    expect(GOLDSTEIN.size).toBe(311);
    expect(row(event({ cameo: '112', intensity: -4 }))!.GoldsteinScale).toBe('-2');
  });

  it('2. FractionDate is ((month - 1) * 30 + day) / 365', () => {
    expect(fractionDate('2023-09-06')).toBe('2023.6740');
    expect(fractionDate('2024-01-01')).toBe('2024.0027');
    expect(row(event())!.FractionDate).toBe('2023.6740');
  });

  it('3. a geography the event does not have is type 0, never empty', () => {
    expect(geoType(null)).toBe('0');
    const r = row(event({ place: null, placeCountry: null, lat: null, lon: null }))!;
    expect([r.Actor1Geo_Type, r.Actor2Geo_Type, r.ActionGeo_Type]).toEqual(['0', '0', '0']);
  });

  it('4. no "---" placeholders: an unknown country is left out of the code', () => {
    expect(actorCode('---GOV')).toBe('GOV');
    expect(actorCode('---')).toBe('');
    expect(actorCode('NGO---HRI')).toBe('NGOHRI');
    const r = row(event({ sourceCode: '---GOV', sourceCountry: null }))!;
    expect(r.Actor1Code).toBe('GOV');
    expect(r.Actor1CountryCode).toBe('');
    expect(r.Actor1Type1Code).toBe('GOV');
  });

  it('5. an international body is coded by its known group, with no country', () => {
    const un = row(event({ source: 'United Nations', sourceCode: 'IGO', sourceCountry: 'IGO' }))!;
    expect([un.Actor1Code, un.Actor1CountryCode, un.Actor1KnownGroupCode, un.Actor1Type1Code]).toEqual(['IGOUNO', '', 'UNO', 'IGO']);
    const eu = row(event({ target: 'EU', targetCode: 'IGO', targetCountry: 'IGO' }))!;
    expect([eu.Actor2Code, eu.Actor2CountryCode, eu.Actor2KnownGroupCode]).toEqual(['IGOEUREEC', '', 'EEC']);
    const other = row(event({ source: 'Some Regional Council', sourceCode: 'IGO', sourceCountry: 'IGO' }))!;
    expect([other.Actor1Code, other.Actor1CountryCode, other.Actor1KnownGroupCode, other.Actor1Type1Code]).toEqual(['IGO', '', '', 'IGO']);
    expect(knownGroup('Amnesty International')).toEqual({ code: 'NGOHRIAMN', group: 'AMN', type: 'NGO' });
  });

  it('6. geography types 1-5 with FIPS ADM1 codes, and countries at their centroid', () => {
    const geo = (place: string | null, country: string | null, lat: number | null, lon: number | null) => {
      const r = row(event({ place, placeCountry: country, lat, lon }))!;
      return [r.ActionGeo_Type, r.ActionGeo_FullName, r.ActionGeo_CountryCode, r.ActionGeo_ADM1Code, r.ActionGeo_Lat !== '', r.ActionGeo_Long !== ''];
    };
    expect(geo('Washington', 'US', 38.895, -77.037)).toEqual(['3', 'Washington, District of Columbia, United States', 'US', 'USDC', true, true]);
    expect(geo('California', 'US', 37.25, -119.75)).toEqual(['2', 'California, United States', 'US', 'USCA', true, true]);
    expect(geo('Bavaria', 'DE', 49, 11.5).slice(0, 3)).toEqual(['5', 'Bavaria, Germany', 'GM']);
    expect(geo('Bavaria', 'DE', 49, 11.5)[3]).toMatch(/^GM\w{2}$/);
    const nairobi = geo('Nairobi', 'KE', -1.2864, 36.8172);
    expect(nairobi.slice(0, 3)).toEqual(['4', 'Nairobi, Kenya', 'KE']);
    expect(nairobi[3]).toMatch(/^KE\w{2}$/);
    // a country has no point of its own in the event: it is written at its centroid
    expect(geo('Chile', 'CL', null, null)).toEqual(['1', 'Chile', 'CI', 'CI', true, true]);
  });

  it('7. an event only planned is coded as the intention (03x, 13x); one only denied is left out unless claims are asked for', () => {
    expect(intentCode('042')).toBe('036');
    expect(intentCode('0711')).toBe('0331');
    expect(intentCode('190')).toBe('138');
    expect(intentCode('112')).toBe('112');
    const planned = row(event({ cameo: '073', happened: 0, intended: 2 }))!;
    expect([planned.EventCode, planned.EventBaseCode, planned.EventRootCode, planned.GoldsteinScale]).toEqual(['0333', '033', '03', '5.2']);
    expect(row(event({ happened: 0, denied: 2 }))).toBeNull();
    expect(row(event({ happened: 0, denied: 2 }), REPORTS, { includeClaims: true })!.EventCode).toBe('042');
    // one report that it happened outweighs denials
    expect(row(event({ happened: 1, denied: 2 }))!.EventCode).toBe('042');
  });

  it('8. an event known only to a period is written only when asked for, never silently as the 1st', () => {
    expect(isPeriod({ date: '2024-01-01', dateEnd: '2024-01-31' })).toBe(true);
    expect(isPeriod({ date: '2024-01-05', dateEnd: '2024-01-05' })).toBe(false);
    expect(isPeriod({ date: '2024-01-05', dateEnd: null })).toBe(false);
    const january = event({ date: '2024-01-01', dateEnd: '2024-01-31' });
    expect(row(january)).toBeNull();
    expect(row(january, REPORTS, { includePeriods: true })!.Day).toBe('20240101');
  });

  it('9. AvgTone is the documents\' tone, NumSources counts outlets, GlobalEventID is stable', () => {
    expect(averageTone([2, -1, null, 0.5])).toBe(0.5);
    expect(averageTone([null])).toBeNull();
    expect(outletCount([
      { source: 'Wire', url: 'https://wire.example/a', article: 'a1' }, { source: 'wire', url: 'https://wire.example/b', article: 'a2' },
      { source: null, url: 'https://www.daily.example/c', article: 'a3' }, { source: null, url: null, article: 'a4' },
    ])).toBe(3);
    const r = row(event())!;
    expect(r.AvgTone).toBe('1.25');
    expect(r.NumSources).toBe('2');
    expect(r.NumArticles).toBe('3');
    // the same event under another ingest-order key keeps its id; another event gets another
    expect(row(event({ key: 999 }))!.GlobalEventID).toBe(r.GlobalEventID);
    expect(row(event({ date: '2023-09-07', dateEnd: '2023-09-07' }))!.GlobalEventID).not.toBe(r.GlobalEventID);
    expect(globalEventId('x')).toMatch(/^[1-9]\d*$/);
  });

  it('10. values hold no tab or line break, and only CAMEO codes GDELT knows are written', () => {
    expect(cleanValue('a\tb\r\nc')).toBe('a b c');
    const r = row(event({ source: 'Two\r\nLines\tHere', url: 'https://x.example/a\rb' }))!;
    expect(r.Actor1Name).toBe('TWO LINES HERE');
    expect(r.SOURCEURL).toBe('https://x.example/a b');
    expect(eventCode('1213')).toBe('121');
    expect(eventCode('1214')).toBe('121');
    expect(row(event({ cameo: '1213' }))!.EventCode).toBe('121');
  });

  it('11. a place guessed from the article\'s focus is no ActionGeo unless asked for; the actors and event stay', () => {
    const guessed = event({ placeFromFocus: true });
    const r = row(guessed)!;
    expect([r.ActionGeo_Type, r.ActionGeo_FullName, r.ActionGeo_CountryCode, r.ActionGeo_Lat, r.ActionGeo_Long, r.ActionGeo_FeatureID]).toEqual(['0', '', '', '', '', '']);
    expect([r.Actor1Code, r.Actor2Code, r.EventCode]).toEqual(['NORGOV', 'KENGOV', '042']);
    const asked = row(guessed, REPORTS, { includeFocusPlaces: true })!;
    expect([asked.ActionGeo_Type, asked.ActionGeo_FullName, asked.ActionGeo_CountryCode]).toEqual(['4', 'Nairobi, Kenya', 'KE']);
    // a place the sentence names is written either way
    expect(row(event({ placeFromFocus: false }))!.ActionGeo_Type).toBe('4');
  });

  it('a row passes the typed codebook schema, and the schema refuses what readers refuse', () => {
    const r = gdeltRow(event(), REPORTS, gazetteer)!;
    expect(readRows(r.join('\t'))[0]).toMatchObject({ QuadClass: 1, GoldsteinScale: 1.9, ActionGeo_Type: 4, NumMentions: 3, EventCode: '042' });
    const bad = [...r];
    bad[GDELT_COLUMNS.indexOf('Actor1Geo_Type')] = '';
    expect(() => readRows(bad.join('\t'))).toThrow();
  });
});

const ENTITIES: EntitySpec[] = [{ name: 'Ingrid Solberg', type: 'person', country: 'NO' }, { name: 'Amina Wanjiru', type: 'person', country: 'KE' }];

describe.each(BACKENDS)('the GDELT export of a stored corpus on $name', (backend) => {
  const freshStore = freshStoreEachTest(backend);
  it('reads back with the typed schema, and the known event is right column by column', async () => {
    const store = await freshStore();
    for (const source of ['Wire', 'Daily Test']) {
      await store.putBatch([makeItem({ body: `Ingrid Solberg met Amina Wanjiru in Nairobi on Wednesday (${source}).`, published: '2023-09-06T09:30:00Z', title: 'Talks', source, entities: ENTITIES,
        events: [{ type: 'CONSULT', cameo: '042', source: 'Ingrid Solberg', target: 'Amina Wanjiru', trigger: 'met', date: '2023-09-06', place: { name: 'Nairobi', country: 'KE', lat: -1.2864, lon: 36.8172 } }] })]);
    }
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await exportGdelt(store.corpus(), out);
    const [known] = readRows(Buffer.concat(chunks).toString('utf8'));
    expect(known).toMatchObject({
      Day: '20230906', MonthYear: '202309', Year: '2023', FractionDate: '2023.6740',
      Actor1Code: 'NORGOV', Actor1Name: 'INGRID SOLBERG', Actor1CountryCode: 'NOR', Actor1KnownGroupCode: '', Actor1Type1Code: 'GOV',
      Actor2Code: 'KENGOV', Actor2Name: 'AMINA WANJIRU', Actor2CountryCode: 'KEN',
      IsRootEvent: 1, EventCode: '042', EventBaseCode: '042', EventRootCode: '04', QuadClass: 1, GoldsteinScale: 1.9,
      NumMentions: 2, NumSources: 2, NumArticles: 2,
      Actor1Geo_Type: 0, Actor2Geo_Type: 0, ActionGeo_Type: 4, ActionGeo_FullName: 'Nairobi, Kenya', ActionGeo_CountryCode: 'KE',
      ActionGeo_Lat: -1.2864, ActionGeo_Long: 36.8172, DATEADDED: '20230906093000',
    });
    expect(known.GlobalEventID).toBeGreaterThan(0);
  });
});
