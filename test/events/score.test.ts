import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/model/layers/events.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPlover, type PloverActor, type PloverRecord } from '../../src/eval/events/plover.js';
import { emptyEventCounts, eventMetrics, pairRecords, scoreSentence } from '../../src/eval/events/score.js';

const actor = (country: string, sector: string | null = null): PloverActor => ({ text: country, country, sector });

function gold(type: string, sources: PloverActor[], targets: PloverActor[], symmetric = false): PloverRecord {
  return { id: type, text: 's', date: '2020-01-01', type, mode: null, sources, targets, symmetric };
}

let at = 0;
function predicted(type: string, source: [string, string | null] | null, target: [string, string | null] | null, extra: Partial<EventRecord> = {}): EventRecord {
  const side = (a: [string, string | null] | null): EventRecord['source'] =>
    a ? { entity: null, name: a[0], code: a[0] + (a[1] ?? ''), country: a[0], sector: a[1], span: null } : null;
  at += 10;
  return {
    id: `v${at}`, type, mode: null, context: [], cameo: '010', quadClass: 1, intensity: 0, source: side(source), target: side(target),
    symmetric: false, place: null, date: { value: '2020', begin: null, end: null, precision: 'year', fromPublication: true, timex: null },
    modality: 'asserted', trigger: { start: at, end: at + 3, text: 'x' }, evidence: { start: 0, end: 1 }, tone: null, confidence: 0.6,
    ...extra,
  };
}

function score(records: PloverRecord[], events: EventRecord[]): Record<string, number> {
  const counts = emptyEventCounts();
  scoreSentence(records, events, counts);
  return eventMetrics(counts) as Record<string, number>;
}

describe('PLOVER scorer: one predicted event per gold record', () => {
  it('does not pool actors over several events of the gold type', () => {
    // one event has the right source, the other the right target: neither is the whole triple
    const m = score([gold('ASSAULT', [actor('RUS')], [actor('UKR')])], [
      predicted('ASSAULT', ['RUS', null], ['POL', null], { confidence: 0.9 }),
      predicted('ASSAULT', ['BLR', null], ['UKR', null], { confidence: 0.5 }),
    ]);
    expect(m.tripleAccuracy).toBe(0);
    expect(m.sourceAccuracy).toBe(1);
    expect(m.targetAccuracy).toBe(0);
  });

  it('answers a record with the most confident event, not a later one of the right type', () => {
    const m = score([gold('ASSAULT', [actor('RUS')], [actor('UKR')])], [
      predicted('DISAPPROVE', ['RUS', null], ['UKR', null], { confidence: 0.8 }),
      predicted('ASSAULT', ['RUS', null], ['UKR', null], { confidence: 0.5 }),
    ]);
    expect(m.typeMicroF1).toBe(0);
    expect(m.tripleAccuracy).toBe(0);
  });

  it('lets the direction swap only when the gold itself is symmetric', () => {
    const reversed = predicted('CONSULT', ['FRA', 'GOV'], ['DEU', 'GOV'], { symmetric: true });
    expect(score([gold('CONSULT', [actor('DEU', 'GOV')], [actor('FRA', 'GOV')])], [reversed]).tripleAccuracy).toBe(0);
    const m = score([gold('CONSULT', [actor('DEU', 'GOV')], [actor('FRA', 'GOV')], true)], [{ ...reversed, symmetric: false }]);
    expect(m.tripleAccuracy).toBe(1);
    expect(m.tripleAccuracySector).toBe(1);
  });

  it('with the sector, the actor must match one gold actor in country and sector', () => {
    const records = [gold('PROTEST', [actor('FRA', 'CIV'), actor('FRA', 'LAB')], [actor('FRA', 'GOV')])];
    expect(score(records, [predicted('PROTEST', ['FRA', 'CVL'], ['FRA', 'GOV'])]).tripleAccuracySector).toBe(1);
    expect(score(records, [predicted('PROTEST', ['FRA', 'MIL'], ['FRA', 'GOV'])]).tripleAccuracySector).toBe(0);
    expect(score(records, [predicted('PROTEST', ['FRA', 'MIL'], ['FRA', 'GOV'])]).tripleAccuracy).toBe(1);
    // the state itself (no sector in the gold) is not its government
    expect(score([gold('REJECT', [actor('USA')], [actor('IRN')])], [predicted('REJECT', ['USA', 'GOV'], ['IRN', null])]).tripleAccuracySector).toBe(0);
  });

  it('a gold record without a target wants none', () => {
    const records = [gold('PROTEST', [actor('KEN', 'CVL')], [])];
    expect(score(records, [predicted('PROTEST', ['KEN', 'CVL'], null)]).tripleAccuracy).toBe(1);
    expect(score(records, [predicted('PROTEST', ['KEN', 'CVL'], ['KEN', 'GOV'])]).tripleAccuracy).toBe(0);
  });

  it('pairs two gold records with two different events, and counts a sentence with no event as unanswered', () => {
    const records = [gold('ASSAULT', [actor('SDN')], [actor('SSD')]), gold('DISAPPROVE', [actor('IGO')], [actor('SDN')])];
    const events = [predicted('DISAPPROVE', ['IGO', null], ['SDN', null]), predicted('ASSAULT', ['SDN', null], ['SSD', null])];
    const paired = pairRecords(records, events);
    expect(paired.map((e) => e?.type)).toEqual(['ASSAULT', 'DISAPPROVE']);
    expect(score(records, events).tripleAccuracy).toBe(1);
    const none = score(records, []);
    expect(none.unanswered).toBe(2);
    expect(none.typeMacroF1).toBe(0);
  });

  it('says why a source or target is wrong: missing, spurious, swapped, another participant, its country, its sector', () => {
    const named = (text: string, country: string | null, sector: string | null = null): PloverActor => ({ text, country, sector });
    const withName = (e: EventRecord, side: 'source' | 'target', name: string): EventRecord => ({ ...e, [side]: { ...e[side]!, name } });
    const rec = { ...gold('ASSAULT', [named('Russian troops', 'RUS', 'MIL')], [named('Kyiv', 'UKR', 'GOV')]), text: 'Russian troops shelled Kyiv.' };
    const errors = (e: EventRecord): [Record<string, number>, Record<string, number>] => {
      const m = score([rec], [e]) as unknown as Record<string, Record<string, number>>;
      const nonzero = (x: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(x).filter(([, v]) => v > 0));
      return [nonzero(m.sourceErrors), nonzero(m.targetErrors)];
    };
    expect(errors(predicted('ASSAULT', ['RUS', 'MIL'], null))).toEqual([{}, { missing: 1 }]);
    expect(errors(predicted('ASSAULT', ['UKR', 'GOV'], ['RUS', 'MIL']))).toEqual([{ swapped: 1 }, { swapped: 1 }]);
    expect(errors(withName(withName(predicted('ASSAULT', ['RUS', null], ['UKR', 'GOV']), 'source', 'Russian troops'), 'target', 'Kyiv'))).toEqual([{ wrongSector: 1 }, {}]);
    expect(errors(withName(withName(predicted('ASSAULT', ['BLR', 'MIL'], ['UKR', 'GOV']), 'source', 'Russian troops'), 'target', 'Kyiv'))).toEqual([{ wrongCountry: 1 }, {}]);
    expect(errors(withName(withName(predicted('ASSAULT', ['BLR', 'MIL'], ['UKR', 'GOV']), 'source', 'Minsk'), 'target', 'Kyiv'))).toEqual([{ wrongEntity: 1 }, {}]);
    const noTarget = { ...rec, targets: [] };
    const m = score([noTarget], [predicted('ASSAULT', ['RUS', 'MIL'], ['UKR', null])]) as unknown as Record<string, Record<string, number>>;
    expect(m.targetErrors.spurious).toBe(1);
    expect(m.tripleErrors).toEqual({ type: 0, source: 0, target: 1 });
  });

  it('reads a symmetric record listed as two sources as each being the other\'s target', () => {
    const pair = gold('AGREE', [actor('TUR', 'GOV'), actor('GRC', 'GOV')], [], true);
    expect(score([pair], [predicted('AGREE', ['TUR', 'GOV'], ['GRC', 'GOV'])]).tripleAccuracySector).toBe(1);
    expect(score([pair], [predicted('AGREE', ['GRC', 'GOV'], null)]).tripleAccuracySector).toBe(1);
    // the same party twice, or a third party, is not the other side
    expect(score([pair], [predicted('AGREE', ['TUR', 'GOV'], ['CYP', 'CVL'])]).tripleAccuracy).toBe(0);
    expect(score([gold('AGREE', [actor('TUR'), actor('GRC')], [], false)], [predicted('AGREE', ['TUR', null], ['GRC', null])]).tripleAccuracy).toBe(0);
  });

  it('reads the gold file\'s non-codes for Japan, Italy and Vietnam as the countries they mean', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plover-'));
    mkdirSync(join(dir, 'plover'));
    const rec = { id: 1, text: 'Tokyo and Rome met.', date: '20000101', event: 'CONSULT', source: [{ actorText: 'Tokyo', code: 'JAP' }], target: [{ actorText: 'Rome', code: 'ITLGOV' }] };
    writeFileSync(join(dir, 'plover', 'PLOVER_GSR_dev.json'), JSON.stringify([rec, { ...rec, id: 2, text: 'Hanoi and Paris met.', source: [{ code: 'VTN' }], target: [{ code: 'FRA' }] }]));
    const read = readPlover(dir);
    expect(read.map((r) => [r.sources[0].country, r.targets[0].country])).toEqual([['JPN', 'ITA'], ['VNM', 'FRA']]);
  });
});
