import { describe, expect, it } from 'vitest';
import { BACKENDS, freshStoreEachTest, type Backend } from '../store/backends.js';
import { makeItem, mergeRows, type EntitySpec } from './fixtures.js';

const org = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'organisation', aliases });

describe.each(BACKENDS)('acronyms across articles on $name', (backend: Backend) => {
  const open = freshStoreEachTest(backend);

  it('an acronym alone joins the organisation an article defined it for, before or after, with its quotes', async () => {
    const store = await open();
    await store.putBatch([makeItem({ body: 'The PKK said three of its fighters were killed near the border.', published: '2024-02-01', title: 'Fighters', source: 'Wire', entities: [org('PKK')],
      quotes: [{ text: 'three of its fighters were killed near the border', speaker: 'PKK' }] })]);
    await store.putBatch([makeItem({ body: 'Jets struck camps of the Kurdistan Workers Party (PKK) in the mountains on Monday.', published: '2024-03-04', title: 'Strikes', source: 'Wire', entities: [org('Kurdistan Workers Party', ['PKK'])] })]);
    await store.putBatch([makeItem({ body: 'The PKK denied that its camps had been hit.', published: '2024-03-20', title: 'Denial', source: 'Radio Test', entities: [org('PKK')] })]);
    expect(await mergeRows(store)).toEqual([
      { alias: 'PKK', entity: 'Kurdistan Workers Party', basis: 'corpus' },
      { alias: 'PKK', entity: 'Kurdistan Workers Party', basis: 'corpus' },
    ]);
    const p = await store.corpus().entityProfile('Kurdistan Workers Party');
    expect(p.entity.articles).toBe(3);
    expect(p.quotesBy.map((q) => q.text)).toEqual(['three of its fighters were killed near the border']);
    expect((await store.corpus().quotes({ speaker: 'Kurdistan Workers Party' })).map((q) => q.speaker)).toEqual(['Kurdistan Workers Party']);
  });

  it('an acronym two organisations were defined for stays apart, and a merge made on corpus evidence is withdrawn', async () => {
    const store = await open();
    await store.putBatch([makeItem({ body: 'The Party of Free Citizens (PFC) opened an office in the capital.', published: '2024-02-01', title: 'Office', source: 'Wire', entities: [org('Party of Free Citizens', ['PFC'])] })]);
    await store.putBatch([makeItem({ body: 'The PFC held a rally in the square on Sunday.', published: '2024-02-10', title: 'Rally', source: 'Radio Test', entities: [org('PFC')] })]);
    expect((await mergeRows(store)).length).toBe(1);
    await store.putBatch([makeItem({ body: 'The Pacific Fishing Council (PFC) set new quotas for tuna.', published: '2024-03-01', title: 'Quotas', source: 'Sea Test', entities: [org('Pacific Fishing Council', ['PFC'])] })]);
    expect(await mergeRows(store)).toEqual([]);
  });
});
