import { resolve } from 'node:path';
import { ArticleSchema } from '../../model/article.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { STAGE_NAMES } from '../../pipeline/stages/index.js';
import { createEventsStage } from '../../pipeline/stages/events/index.js';
import { loadActorPack } from '../../knowledge/petrarch/load.js';
import { round } from '../metrics.js';
import type { EvalOptions, EvalResult, Scorer } from '../registry.js';
import { dataPath } from '../data.js';
import { readGigaword, readPetrarch, type GigawordSentence, type PetrarchRecord } from './petrarch.js';
import { PLOVER_SPLITS, readPlover, type PloverRecord } from './plover.js';
import { emptyEventCounts, eventMetrics, scoreSentence } from './score.js';

/** Stages the events scorer runs: the whole pipeline from raw text up to events (tone adds nothing events read). */
const SCORED_STAGES = STAGE_NAMES.slice(0, STAGE_NAMES.indexOf('events') + 1);

function isoDate(d: string): string {
  return /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : '2000-01-01';
}

/** Codes each gold sentence and scores type, actors and triples. */
export function scorePlover(records: PloverRecord[]): Record<string, unknown> {
  const pipeline = createPipeline({ stages: SCORED_STAGES, timing: true });
  const byText = new Map<string, PloverRecord[]>();
  for (const r of records) byText.set(r.text, [...(byText.get(r.text) ?? []), r]);
  const counts = emptyEventCounts();
  let tokens = 0;
  let eventsMs = 0;
  let n = 0;
  for (const [text, gold] of byText) {
    const doc = pipeline.run(ArticleSchema.parse({ id: `plover-${n++}`, published: isoDate(gold[0].date), body: text, lang: 'en' }));
    tokens += doc.tokens.length;
    eventsMs += doc.timings.events ?? 0;
    scoreSentence(gold, doc.events, counts);
  }
  return { ...eventMetrics(counts), sentences: byText.size, eventsTokensPerSecond: eventsMs > 0 ? Math.round(tokens / (eventsMs / 1000)) : 0 };
}

/** Runs the PETRARCH2 validation records with their own dictionaries as a knowledge pack; reports agreement. */
export function scorePetrarch(dataDir: string, records: PetrarchRecord[]): Record<string, unknown> {
  const dir = dataPath(dataDir, 'petrarch2-validation');
  const stages = SCORED_STAGES.filter((s) => s !== 'events');
  const pipeline = createPipeline({ stages });
  // the events stage is built here with the suite's own fictional dictionaries in place of the real ones
  const pack = loadActorPack([resolve(dir, 'PETR.Validate.actors.txt'), resolve(dir, 'PETR.Validate.agents.txt')]);
  const eventsStage = createEventsStage({ pack, dictionaries: null });
  let agreeRecords = 0;
  let expected = 0;
  let exact = 0;
  let rootAndActors = 0;
  let rootOnly = 0;
  let actorsOnly = 0;
  let noEventRecords = 0;
  let noEventAgree = 0;
  for (const r of records) {
    const doc = pipeline.run(ArticleSchema.parse({ id: r.id || 'petr', published: isoDate(r.date), body: r.text, lang: 'en' }));
    eventsStage.run(doc);
    if (r.noEvents || r.codings.length === 0) {
      noEventRecords++;
      if (doc.events.length === 0) {
        noEventAgree++;
        agreeRecords++;
      }
      continue;
    }
    let all = true;
    for (const c of r.codings) {
      expected++;
      const root = c.code.slice(0, 2);
      const sameActors = doc.events.filter((e) => (e.source?.code ?? '') === c.source && (e.target?.code ?? '') === c.target);
      if (sameActors.length) actorsOnly++;
      if (sameActors.some((e) => e.cameo === c.code)) exact++;
      if (sameActors.some((e) => e.cameo.slice(0, 2) === root)) rootAndActors++;
      else all = false;
      if (doc.events.some((e) => e.cameo.slice(0, 2) === root)) rootOnly++;
    }
    if (all) agreeRecords++;
  }
  return {
    records: records.length,
    recordAgreement: round(records.length ? agreeRecords / records.length : 0),
    codings: expected,
    codingAgreementRoot: round(expected ? rootAndActors / expected : 0),
    codingAgreementExact: round(expected ? exact / expected : 0),
    eventRootRecall: round(expected ? rootOnly / expected : 0),
    actorPairAgreement: round(expected ? actorsOnly / expected : 0),
    noEventRecords,
    noEventAgreement: round(noEventRecords ? noEventAgree / noEventRecords : 0),
  };
}

/**
 * What the product codes on PETRARCH2's real news sample. The sample ships without codings, so no agreement can be
 * computed on it: this reports coverage (sentences with an event, events with both actors, actors of known country)
 * and the spread of types and modalities, for reading beside the validation agreement.
 */
export function scoreGigaword(sentences: GigawordSentence[]): Record<string, unknown> {
  const pipeline = createPipeline({ stages: SCORED_STAGES });
  let withEvent = 0;
  let events = 0;
  let bothActors = 0;
  let actors = 0;
  let actorsWithCountry = 0;
  const types: Record<string, number> = {};
  const modalities: Record<string, number> = {};
  for (const s of sentences) {
    const doc = pipeline.run(ArticleSchema.parse({ id: s.id || 'gw', published: isoDate(s.date), body: s.text, lang: 'en' }));
    if (doc.events.length) withEvent++;
    for (const e of doc.events) {
      events++;
      if (e.source && e.target) bothActors++;
      for (const a of [e.source, e.target]) {
        if (!a) continue;
        actors++;
        if (a.country) actorsWithCountry++;
      }
      types[e.type] = (types[e.type] ?? 0) + 1;
      modalities[e.modality] = (modalities[e.modality] ?? 0) + 1;
    }
  }
  return {
    sentences: sentences.length,
    goldCodings: 0,
    sentencesWithEvent: withEvent,
    events,
    eventsWithSourceAndTarget: round(events ? bothActors / events : 0),
    actorsWithCountry: round(actors ? actorsWithCountry / actors : 0),
    types,
    modalities,
  };
}

export const eventsScorer: Scorer = {
  stage: 'events',
  description:
    'events on PLOVER gold sentences, one predicted event per gold record (type P/R/F1 macro and micro; triple with country, and with country and sector); --split dev-a|dev-b: a half; --dataset petrarch2: PETRARCH2 validation agreement',
  datasets: ['plover', 'petrarch2'],
  splits: [...PLOVER_SPLITS],
  async run(options: EvalOptions): Promise<EvalResult> {
    const dataset = options.dataset ?? 'plover';
    if (dataset === 'petrarch2') {
      const records = readPetrarch(options.data, options.limit);
      const gigaword = scoreGigaword(readGigaword(options.data));
      return { stage: 'events', dataset, split: 'validation', metrics: { ...scorePetrarch(options.data, records), gigaword } };
    }
    if (dataset !== 'plover') throw new Error(`unknown events dataset ${dataset}; use plover or petrarch2`);
    const split = options.split ?? 'dev';
    return { stage: 'events', dataset, split, metrics: scorePlover(readPlover(options.data, options.limit, split)) };
  },
};
