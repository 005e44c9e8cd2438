import type { EvalOptions, EvalResult } from '../registry.js';
import { dataPath } from '../data.js';
import { round } from '../metrics.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import type { Doc } from '../../model/doc.js';
import { emptyNameScore, readGum, scoreNames, type GumDocument, type NameScore, type PredictedName } from './gum.js';

const ENTITY_LABELS: Record<string, string> = { person: 'PER', organisation: 'ORG', place: 'LOC' };

/** Token range [start, end) of the GUM tokens a character span overlaps, or null. */
function tokenRange(doc: GumDocument, start: number, end: number): [number, number] | null {
  let a = -1;
  let b = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.end <= start || t.start >= end) continue;
    if (a < 0) a = i;
    b = i + 1;
  }
  return a < 0 ? null : [a, b];
}

function toPredicted(gum: GumDocument, spans: Array<{ start: number; end: number; type: string | undefined }>): PredictedName[] {
  const out: PredictedName[] = [];
  for (const s of spans) {
    if (!s.type) continue;
    const r = tokenRange(gum, s.start, s.end);
    if (r) out.push({ start: r[0], end: r[1], type: s.type });
  }
  return out;
}

function summary(s: NameScore): Record<string, number> {
  const precision = s.predicted ? s.correct / s.predicted : 0;
  const recall = s.gold ? s.found / s.gold : 0;
  return {
    gold: s.gold,
    predicted: s.predicted,
    recall: round(recall, 4),
    precision: round(precision, 4),
    f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0, 4),
    recallUntyped: round(s.gold ? s.foundUntyped / s.gold : 0, 4),
  };
}

/**
 * Names on UD GUM dev (CC BY-NC-SA: evaluation only), end to end from each document's text (segment, ner, entities):
 * gold names are GUM's person, organization and place mentions headed by a proper noun; a prediction matches one when
 * it lies inside the mention, covers its head and has its type. Scored for the recogniser's mentions (PER/ORG/LOC) and
 * for the entity stage's name mentions (person/organisation/place), per type and overall.
 */
export async function scoreGumNames(options: EvalOptions): Promise<EvalResult> {
  const split = options.split ?? 'dev';
  if (split !== 'dev') throw new Error(`GUM has only the dev split here (got "${split}")`);
  let docs = readGum(dataPath(options.data, 'ud-english-gum', 'en_gum-ud-dev.conllu'));
  if (options.limit) docs = docs.slice(0, options.limit);
  const pipeline = createPipeline({ stages: ['segment', 'ner', 'entities'] });
  const types = ['PER', 'ORG', 'LOC'];
  const ner = Object.fromEntries(['all', ...types].map((t) => [t, emptyNameScore()]));
  const entities = Object.fromEntries(['all', ...types].map((t) => [t, emptyNameScore()]));
  const add = (into: Record<string, NameScore>, gum: GumDocument, predicted: PredictedName[]): void => {
    scoreNames(gum.names, predicted, into.all);
    for (const t of types) scoreNames(gum.names.filter((g) => g.type === t), predicted.filter((p) => p.type === t), into[t]);
  };
  for (const gum of docs) {
    const doc: Doc = pipeline.run({ id: gum.id, published: '2020-01-01', lang: 'en', body: gum.text });
    add(ner, gum, toPredicted(gum, doc.mentions.map((m) => ({ start: m.start, end: m.end, type: m.label === 'MISC' ? undefined : m.label }))));
    const names = doc.entities.flatMap((e) =>
      e.mentions.filter((m) => m.via !== 'pronoun' && m.via !== 'title').map((m) => ({ start: m.start, end: m.end, type: ENTITY_LABELS[e.type] })),
    );
    add(entities, gum, toPredicted(gum, names));
  }
  const report = (s: Record<string, NameScore>) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, summary(v)]));
  return {
    stage: 'ner',
    dataset: 'gum',
    split,
    metrics: { documents: docs.length, ner: report(ner), entities: report(entities) },
  };
}
