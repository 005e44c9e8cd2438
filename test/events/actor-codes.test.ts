import { beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, type Pipeline } from '../../src/pipeline/pipeline.js';
import { ArticleSchema } from '../../src/model/article.js';
import type { EventRecord } from '../../src/model/layers/events.js';

// sentences we wrote: an actor's country and sector from what the article says of it
let pipeline: Pipeline;
beforeAll(() => {
  pipeline = createPipeline({ stages: ['segment', 'syntax', 'ner', 'entities', 'time', 'places', 'quotes', 'events'] });
});

function first(text: string, type: string, published = '2024-03-12'): EventRecord {
  const list = pipeline.run(ArticleSchema.parse({ id: 't', published, body: text, lang: 'en' })).events;
  const e = list.find((x) => x.type === type);
  expect(e, `${type} in ${JSON.stringify(list.map((x) => `${x.type}:${x.trigger.text}`))}`).toBeDefined();
  return e!;
}

describe('actor codes from the article', () => {
  it('a title in the article outranks the dictionary role of the article date', () => {
    // on this date the dictionary lists Yeltsin as a former office holder (ELI); the article calls him President
    const e = first('Russian President Boris Yeltsin hosted Japanese Prime Minister Ryutaro Hashimoto in Moscow on Saturday.', 'CONSULT', '2003-05-10');
    expect(e.source?.code).toBe('RUSGOV');
    expect(e.target?.code).toBe('JPNGOV');
  });

  it('a former office holder is one of the elites', () => {
    expect(first('Former President Boris Yeltsin criticised the Kremlin on Tuesday.', 'DISAPPROVE').source?.code).toBe('RUSELI');
  });

  it('a defence minister is a member of the government, as the dictionary codes the office', () => {
    const e = first('Russian Defence Minister Sergei Shoigu visited Syria on Monday.', 'CONSULT');
    expect(e.source?.code).toBe('RUSGOV');
    expect(e.target?.country).toBe('SYR');
  });

  it('some members of a people are civilians; the people named alone is the state', () => {
    expect(first('Thousands of Iraqi Kurds protested against the government in Baghdad on Friday.', 'PROTEST').source?.code).toBe('IRQCVL');
    expect(first('Hundreds of Bosnian Serbs demonstrated against NATO in Banja Luka.', 'PROTEST').source?.code).toBe('BIHCVL');
    expect(first('The Palestinians rejected the Israeli proposal on Sunday.', 'REJECT').source?.code).toBe('PSE');
  });

  it('police and an armed group of no stated nationality belong where the sentence places them; a named person does not', () => {
    expect(first('Police in Lagos arrested twelve protesters on Monday.', 'COERCE').source?.code).toBe('NGACOP');
    const visit = first('President Emmanuel Macron met rebel leaders in Bamako on Tuesday.', 'CONSULT');
    expect(visit.source?.country).not.toBe('MLI');
  });
});
