import { createPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { ArticleSchema } from '../../src/model/article.js';
import type { EventRecord } from '../../src/model/layers/events.js';

// the whole pipeline up to events, parser included, built once for a test file on first use
let pipeline: Pipeline | null = null;

/** The events the pipeline codes in a text we wrote, published on `published`. */
export function eventsOf(text: string, published = '2024-03-12'): EventRecord[] {
  pipeline ??= createPipeline({ stages: ['segment', 'syntax', 'ner', 'entities', 'time', 'places', 'quotes', 'events'] });
  return pipeline.run(ArticleSchema.parse({ id: 't', published, body: text, lang: 'en' })).events;
}

/** A short line per event (type, trigger, source and target codes), for a failure message that says what was coded. */
export const shownEvents = (list: EventRecord[]): string =>
  JSON.stringify(list.map((e) => `${e.type}:${e.trigger.text}:${e.source?.code}->${e.target?.code}`));
