import { beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { ArticleSchema } from '../../src/model/article.js';
import type { EventRecord } from '../../src/model/layers/events.js';

// sentences we wrote: a trigger word counts only in a use that names an act
let pipeline: Pipeline;
beforeAll(() => {
  pipeline = createPipeline({ stages: ['segment', 'syntax', 'ner', 'entities', 'time', 'places', 'quotes', 'events'] });
});

function types(text: string): string[] {
  return pipeline.run(ArticleSchema.parse({ id: 't', published: '2024-03-12', body: text, lang: 'en' })).events.map((e: EventRecord) => e.type);
}

describe('an event noun modifying another noun names a kind of thing', () => {
  it('aid workers are no aid', () => expect(types('Two French aid workers were kidnapped in Mali on Sunday.')).not.toContain('AID'));
  it('attack helicopters are no attack', () => expect(types('The Nigerian army deployed attack helicopters to the north.')).not.toContain('ASSAULT'));
  it('protest leaders are no protest', () => {
    const found = types('Kenyan protest leaders met President William Ruto on Monday.');
    expect(found).not.toContain('PROTEST');
    expect(found).toContain('CONSULT');
  });
  it('an undertaking of the act is the act', () => expect(types('The Syrian army began a bombing campaign against rebel towns.')).toContain('ASSAULT'));
});

describe('a warning is a threat only of an act', () => {
  it('a warning of weak sales is no threat', () => expect(types('The Chinese carmaker BYD warned of weaker sales in Europe.')).not.toContain('THREATEN'));
  it('a warning of a storm is no threat', () => expect(types('The Kenyan weather service warned of heavy floods in Nairobi.')).not.toContain('THREATEN'));
  it('a warning of countermeasures is one', () => expect(types('The Chinese government warned of countermeasures against Japan.')).toContain('THREATEN'));
  it('a warning of grave consequences is one', () => expect(types('Russia warned of grave consequences if Finland joins the alliance.')).toContain('THREATEN'));
});

describe('an object that gives the verb another sense', () => {
  it('a statement released is no captive freed', () => expect(types('The Kenyan army released a video of the raid.')).not.toContain('RETREAT'));
  it('nor when the statement is the passive subject', () => expect(types('A statement was released by the Nigerian foreign ministry.')).not.toContain('RETREAT'));
  it('soldiers released are freed', () => expect(types('Malian rebels released two Kenyan soldiers on Monday.')).toContain('RETREAT'));
  it('an award received is no visitor hosted', () => expect(types('French President Emmanuel Macron received an award in Berlin.')).not.toContain('CONSULT'));
  it('a president received is hosted', () => expect(types('The Ghanaian president received the Kenyan president in Accra.')).toContain('CONSULT'));
});
