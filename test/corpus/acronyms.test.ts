import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { BACKENDS, type Backend } from '../store/backends.js';
import { makeItem, type EntitySpec } from './fixtures.js';

const org = (name: string, aliases: string[] = []): EntitySpec => ({ name, type: 'organisation', aliases });

async function merges(store: Store): Promise<Array<{ alias: string; entity: string; basis: string }>> {
  return (await store.corpus().entityMerges()).map(({ alias, entity, basis }) => ({ alias, entity, basis }));
}

describe.each(BACKENDS)('acronyms across articles on $name', (backend: Backend) => {
  let cleanup: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await cleanup?.();
    cleanup = null;
  });
  const open = async (): Promise<Store> => {
    const fresh = await backend.fresh();
    cleanup = fresh.cleanup;
    return fresh.store;
  };

  it('an acronym alone joins the organisation an article defined it for, before or after, with its quotes', async () => {
    const store = await open();
    await store.putBatch([makeItem({ body: 'The PKK said three of its fighters were killed near the border.', published: '2024-02-01', title: 'Fighters', source: 'Wire', entities: [org('PKK')],
      quotes: [{ text: 'three of its fighters were killed near the border', speaker: 'PKK' }] })]);
    await store.putBatch([makeItem({ body: 'Jets struck camps of the Kurdistan Workers Party (PKK) in the mountains on Monday.', published: '2024-03-04', title: 'Strikes', source: 'Wire', entities: [org('Kurdistan Workers Party', ['PKK'])] })]);
    await store.putBatch([makeItem({ body: 'The PKK denied that its camps had been hit.', published: '2024-03-20', title: 'Denial', source: 'Radio Test', entities: [org('PKK')] })]);
    expect(await merges(store)).toEqual([
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
    expect((await merges(store)).length).toBe(1);
    await store.putBatch([makeItem({ body: 'The Pacific Fishing Council (PFC) set new quotas for tuna.', published: '2024-03-01', title: 'Quotas', source: 'Sea Test', entities: [org('Pacific Fishing Council', ['PFC'])] })]);
    expect(await merges(store)).toEqual([]);
  });
});
