import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { StoreError } from '../../src/store/errors.js';
import type { Store } from '../../src/store/store.js';
import { BACKENDS } from './backends.js';

// articles we wrote: names and terms with punctuation, and text in scripts written without spaces
const ARTICLES = [
  {
    id: 'punct', published: '2024-01-02', lang: 'en', title: 'Sanctions on a telecom group',
    body: "U.S. sanctions on AT&T were lifted on Tuesday, said Senator Maeve O'Brien. Kim Jong-un spoke about COVID-19 and 9/11. Biden's plan was debated.",
  },
  { id: 'other', published: '2024-01-03', lang: 'en', title: 'Harbour works', body: 'The harbour council approved the pier repairs after a long debate about funding.' },
  { id: 'zh', published: '2024-01-04', lang: 'zh', title: '经济新闻', body: '中国经济在第三季度增长了百分之五，北京的官员星期一说。' },
  { id: 'ja', published: '2024-01-05', lang: 'ja', title: '予算のニュース', body: '東京都は新しい予算案を発表した。インフレーションが続いている。' },
];

for (const backend of BACKENDS) {
  describe(`search takes real queries (${backend.name})`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await backend.fresh());
      const pipeline = createPipeline({ stages: ['clean', 'segment'] });
      await store.putBatch(ARTICLES.map((article) => ({ article, extraction: pipeline.analyze(article) })));
    });
    afterAll(async () => cleanup?.());

    const ids = async (q: string, syntax?: 'words' | 'fts') => (await store.search(q, { syntax })).map((h) => h.id);

    it('words with punctuation are found, never a syntax error', async () => {
      for (const q of ['U.S. sanctions', 'Kim Jong-un', "Biden's", 'COVID-19', "O'Brien", '9/11', 'AT&T']) expect(await ids(q), q).toEqual(['punct']);
    });

    it('operators, quotes and stray symbols are plain text by default', async () => {
      for (const q of ['"unterminated', 'NOT', 'AND OR (', '!!!', 'pier)', 'NEAR(']) await expect(ids(q), q).resolves.toBeInstanceOf(Array);
      expect(await ids('pier)')).toEqual(['other']);
      expect(await ids('harbour debate')).toEqual(['other']);
    });

    it('the full-text syntax is there when asked for', async () => {
      expect((await ids('harbour OR sanctions', 'fts')).sort()).toEqual(['other', 'punct']);
      expect(await ids('debate NOT harbour', 'fts')).toEqual(['punct']);
      await expect(store.search('"unterminated', { syntax: 'fts' })).rejects.toBeInstanceOf(StoreError);
    });

    it('Chinese and Japanese text is searchable by any run of characters', async () => {
      expect(await ids('中国')).toEqual(['zh']);
      expect(await ids('北京的官员')).toEqual(['zh']);
      expect(await ids('经济')).toEqual(['zh']);
      expect(await ids('東京')).toEqual(['ja']);
      expect(await ids('インフレーション')).toEqual(['ja']);
      expect(await ids('予算')).toEqual(['ja']);
      expect(await ids('上海')).toEqual([]);
      // characters that are in the text but not next to each other are not a match
      expect(await ids('中济')).toEqual([]);
      const [hit] = await store.search('北京', { highlight: { open: '<', close: '>' } });
      expect(hit.snippet).toContain('<北京>');
    });
  });
}
