import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/eval/data.js';
import { languagePackFor, LANGUAGE_PACKS } from '../../src/lang/index.js';
import { Doc } from '../../src/model/doc.js';
import type { Article } from '../../src/model/article.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { openStore } from '../../src/store/index.js';

// Articles we wrote: each names people, places and dates and holds a quotation, so English rules, were they run,
// would find entities, quotes and times in them.
const FRENCH: Article = {
  id: 'fr-1',
  published: '2024-03-06',
  lang: 'fr',
  title: 'Sommet à Marseille',
  body:
    'Le président Emmanuel Macron recevra lundi à Marseille la Première ministre italienne Giorgia Meloni. ' +
    '« Nous ne céderons rien sur la pêche », a déclaré mardi le ministre Bruno Le Maire devant les députés à Paris.',
};
const GERMAN: Article = {
  id: 'de-1',
  published: '2024-03-06',
  lang: 'de-AT',
  title: 'Treffen in Wien',
  body:
    'Bundeskanzler Olaf Scholz wird am Montag in Wien den österreichischen Kanzler Karl Nehammer treffen. ' +
    '„Wir lassen die Bauern nicht allein“, sagte Landwirtschaftsminister Cem Özdemir am Dienstag in Berlin.',
};
const ENGLISH: Article = {
  id: 'en-1',
  published: '2024-03-06',
  lang: 'en',
  body: 'President Emmanuel Macron will host Italian Prime Minister Giorgia Meloni in Marseille on Monday. "We will give up nothing on fishing," Bruno Le Maire said on Tuesday in Paris.',
};

describe('language packs', () => {
  it('are chosen by the primary subtag of article.lang, in any case', () => {
    expect(LANGUAGE_PACKS.map((p) => p.code)).toContain('en');
    for (const tag of ['en', 'EN', 'en-GB', 'en_US']) expect(languagePackFor(tag)?.code).toBe('en');
    for (const tag of ['fr', 'de', 'de-AT', 'und', '']) expect(languagePackFor(tag)).toBeNull();
  });

  it('give a Doc its pack, and refuse a pack to a Doc in a language without one', () => {
    expect(new Doc(ENGLISH).pack.code).toBe('en');
    expect(() => new Doc(FRENCH).pack).toThrow(/no language pack for "fr"/);
  });
});

describe('an article in a language without a pack', () => {
  const pipeline = createPipeline();

  it('is analysed when English, for comparison', () => {
    const x = pipeline.analyze(ENGLISH);
    expect(x.analysis).toBeUndefined();
    expect(x.entities.length).toBeGreaterThan(0);
    expect(x.quotes.length).toBeGreaterThan(0);
    expect(x.timexes.length).toBeGreaterThan(0);
  });

  for (const article of [FRENCH, GERMAN]) {
    it(`is marked skipped and never analysed with English rules (${article.lang})`, () => {
      const x = pipeline.analyze(article);
      const language = article.lang.slice(0, 2);
      expect(x.analysis).toEqual({ status: 'skipped', language, reason: `language ${language}` });
      expect(x.text).toBe(article.body);
      expect(x.removed).toEqual([]);
      expect(x.sentences).toEqual([]);
      expect(x.entities).toEqual([]);
      expect(x.quotes).toEqual([]);
      expect(x.timexes).toEqual([]);
      expect(x.places.mentions).toEqual([]);
      expect(x.events).toEqual([]);
      expect(x.tone).toBeNull();
    });
  }

  it('is stored with its mark and found by search (library)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidings-lang-'));
    const store = await openStore(join(dir, 'lang.db'));
    try {
      await store.putBatch([FRENCH, GERMAN, ENGLISH].map((article) => ({ article, extraction: pipeline.analyze(article) })));
      expect((await store.search('céderons')).map((h) => h.id)).toEqual(['fr-1']);
      expect((await store.search('Bauern')).map((h) => h.id)).toEqual(['de-1']);
      expect((await store.getArticle('fr-1'))?.extraction.analysis?.reason).toBe('language fr');
      expect((await store.getArticle('de-1'))?.extraction.analysis?.reason).toBe('language de');
      expect((await store.getArticle('en-1'))?.extraction.analysis).toBeUndefined();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('tidings ingest and search with French and German articles', () => {
  const CLI = [process.execPath, '--import', 'tsx', join(REPO_ROOT, 'src', 'cli', 'main.ts')];
  const run = (args: string[]) => spawnSync(CLI[0], [...CLI.slice(1), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  let dir: string;
  let db: string;
  let ingest: ReturnType<typeof run>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tidings-lang-cli-'));
    db = join(dir, 'lang.db');
    // the French page declares no language: the HTML reader tells it from the text
    writeFileSync(
      join(dir, 'sommet.html'),
      `<!doctype html><html><head><title>${FRENCH.title}</title><meta property="article:published_time" content="2024-03-06"></head>` +
        `<body><article><h1>${FRENCH.title}</h1><p>${FRENCH.body}</p><p>Les deux dirigeants parleront aussi de l'immigration, de l'énergie et du budget européen pour les années à venir.</p></article></body></html>`,
    );
    writeFileSync(join(dir, 'wire.jsonl'), [GERMAN, ENGLISH].map((a) => JSON.stringify({ text: a.body, title: a.title, published: a.published, lang: a.lang })).join('\n') + '\n');
    ingest = run(['ingest', dir, '--db', db, '--workers', '1', '--json']);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores all three and reports the two it could not analyse', () => {
    expect(ingest.status, ingest.stderr).toBe(0);
    const summary = JSON.parse(ingest.stdout);
    expect(summary.stored).toBe(3);
    expect(summary.notAnalysed).toEqual({ de: 1, fr: 1 });
  });

  it('finds the French and the German article by their words', () => {
    for (const [word, title] of [['céderons', FRENCH.title], ['Bauern', GERMAN.title]] as const) {
      const res = run(['search', word, '--db', db, '--json']);
      expect(res.status, res.stderr).toBe(0);
      expect(JSON.parse(res.stdout).map((h: { title: string }) => h.title)).toEqual([title]);
    }
  });

  it('keeps the mark on the stored extraction', async () => {
    const store = await openStore(db, { mustExist: true });
    try {
      const marks: Record<string, string | undefined> = {};
      for await (const item of store.scan()) marks[item.article.lang] = item.extraction.analysis?.reason;
      expect(marks).toEqual({ fr: 'language fr', 'de-AT': 'language de', en: undefined });
    } finally {
      await store.close();
    }
  });
});
