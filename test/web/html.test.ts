import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml, htmlToArticle } from '../../src/ingest/html/index.js';
import { decodeHtml } from '../../src/ingest/html/decode.js';
import { normaliseDate } from '../../src/ingest/html/dates/index.js';
import { dayFromUrl } from '../../src/ingest/html/dates/url.js';
import { boundsFor } from '../../src/ingest/html/dates/parse.js';
import { detectLanguage } from '../../src/ingest/html/lang.js';
import { articleId } from '../../src/ingest/id.js';
import { UNDATED } from '../../src/model/article.js';

const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures', 'web');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name));

describe('publication date and its source', () => {
  it('takes the article\'s <time>, not a related story\'s (earlier in the page) or a comment\'s', () => {
    const page = extractHtml(fixture('trap-time.html'));
    expect(page.published).toMatchObject({ value: '2023-09-05T08:00:00Z', source: 'time' });
    const foreign = (value: string) => page.dateCandidates.find((d) => d.value === value)?.context?.foreign;
    expect(foreign('2023-09-10T09:00:00Z')).toBe(true); // related story, in an <aside> before the article
    expect(foreign('2023-09-07T18:22:00Z')).toBe(true); // a comment
    expect(foreign('2023-09-05T08:00:00Z')).toBe(false);
  });

  it('takes JSON-LD datePublished of the page\'s own article, not of a listed story or a comment', () => {
    const page = extractHtml(fixture('jsonld-date.html'), { url: 'https://valley.example.org/cider-press' });
    expect(page.published).toEqual({ value: '2022-09-14T06:30:00+02:00', source: 'json-ld', from: 'NewsArticle.datePublished' });
    expect(page.byline).toBe('Tomas Berg');
    expect(page.siteName).toBe('Valley Weekly');
  });

  it('reads article:published_time and date meta tags', () => {
    expect(extractHtml(fixture('cyrillic-1251.html')).published).toMatchObject({ value: '2021-06-02T09:15:00+03:00', source: 'meta' });
    expect(extractHtml(fixture('latin1.html')).published).toMatchObject({ value: '2020-07-14', source: 'meta' });
  });

  it('dates a page by its feed item, then its own date, then --published, then Last-Modified, else keeps it undated', () => {
    const html = fixture('no-date.html');
    const dated = fixture('jsonld-date.html');
    expect(extractHtml(html, { url: 'https://x.example/2021/03/04/notes' }).published).toMatchObject({ value: '2021-03-04', source: 'url' });
    expect(htmlToArticle(dated, { feedPublished: '2022-09-15T08:00:00Z' }).published).toBe('2022-09-15T08:00:00Z');
    expect(htmlToArticle(dated, { published: '2020-01-02' }).published).toBe('2022-09-14T06:30:00+02:00');
    expect(htmlToArticle(html, { published: '2020-01-02', lastModified: 'Wed, 21 Oct 2020 07:28:00 GMT' }).published).toBe('2020-01-02');
    expect(htmlToArticle(html, { lastModified: 'Wed, 21 Oct 2020 07:28:00 GMT' }).published).toBe('2020-10-21T07:28:00Z');
    const undated = htmlToArticle(html, { url: 'https://x.example/notes' });
    expect(undated.published).toBe(UNDATED);
    expect(undated.id).toBe(articleId(undated.body, UNDATED));
  });

  it('normalises the date forms pages use', () => {
    expect(normaliseDate('2019-11-20T04:00:00.000-0600')).toBe('2019-11-20T04:00:00-06:00');
    expect(normaliseDate('Wed, 20 Nov 2019 10:00:00 GMT')).toBe('2019-11-20T10:00:00Z');
    expect(normaliseDate('November 20, 2019')).toBe('2019-11-20');
    expect(normaliseDate('20191120')).toBe('2019-11-20');
    expect(normaliseDate('2019-02-30')).toBeUndefined();
    expect(normaliseDate('12/11/2019')).toBeUndefined(); // day/month order unknowable
    const bounds = boundsFor(new Date('2024-01-01'));
    expect(dayFromUrl('https://n.example/2019/11/19/story/', bounds)?.day).toBe('2019-11-19');
    expect(dayFromUrl('https://n.example/statements/2019/nov/8/someone/', bounds)?.day).toBe('2019-11-08');
    expect(dayFromUrl('https://n.example/cells-that-taste-danger-20191115/', bounds)?.day).toBe('2019-11-15');
    expect(dayFromUrl('https://n.example/meldungen/29-10-2021', bounds)?.day).toBe('2021-10-29');
    expect(dayFromUrl('https://n.example/story-123456/', bounds)).toBeUndefined();
    expect(dayFromUrl('https://n.example/article-20194512/', bounds)).toBeUndefined();
  });
});

describe('article text and metadata', () => {
  it('keeps paragraphs and headings as blank-line-separated blocks, drops captions, comments and the dateline', () => {
    const page = extractHtml(fixture('trap-time.html'));
    const paragraphs = page.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The small passenger ferry/);
    expect(paragraphs).toContain('Timetable changes');
    expect(page.text).not.toMatch(/Photo: Harbour Board|water taxi was always full|Pier lights|All rights reserved|5 September 2023/);
    expect(paragraphs.at(-1)).toMatch(/did not take bicycles\.$/);
    expect(page.title).toBe('Harbour ferry returns after winter repairs');
    expect(page.byline).toBe('Mara Lindqvist');
    expect(page.canonicalUrl).toBe('https://ledger.example.com/news/harbour-ferry-returns');
    expect(page.siteName).toBe('The Coastal Ledger');
    expect(page.lang).toBe('en');
  });

  it('builds an Article whose id is the shared content id', () => {
    const article = htmlToArticle(fixture('trap-time.html'), { url: 'https://ledger.example.com/news/harbour-ferry-returns?ref=rss' });
    expect(article.id).toBe(articleId(article.body, article.published));
    expect(article).toMatchObject({ url: 'https://ledger.example.com/news/harbour-ferry-returns', source: 'The Coastal Ledger', lang: 'en', published: '2023-09-05T08:00:00Z' });
    expect(htmlToArticle(fixture('trap-time.html'), { source: 'Ledger feed' }).source).toBe('Ledger feed');
  });

  it('detects the language with franc and maps it to ISO 639-1', () => {
    expect(detectLanguage('Der Bürgermeister eröffnete am Montag die neue Brücke über den Fluss, die zwei Jahre lang gebaut wurde.')).toBe('de');
    expect(detectLanguage('short')).toBe('und');
    expect(detectLanguage('short', 'it')).toBe('it');
  });
});

describe('encodings', () => {
  it('decodes windows-1251 from <meta charset>', () => {
    const page = extractHtml(fixture('cyrillic-1251.html'));
    expect(page.charset).toBe('windows-1251');
    expect(page.charsetSource).toBe('meta');
    expect(page.text).toContain('пешеходный мост через реку');
    expect(page.text.split('\n\n')[0]).not.toBe(page.title); // the repeated headline is not body text
    expect(page.lang).toBe('ru');
  });

  it('decodes windows-1251 from the HTTP Content-Type when the page does not say', () => {
    const bytes = fixture('cyrillic-1251-no-meta.html');
    expect(extractHtml(bytes).text).not.toContain('пешеходный'); // without the header it cannot be guessed right
    const page = extractHtml(bytes, { contentType: 'text/html; charset=windows-1251' });
    expect(page.charsetSource).toBe('header');
    expect(page.text).toContain('пешеходный мост');
  });

  it('decodes iso-8859-1 from http-equiv (as windows-1252, its web superset)', () => {
    const page = extractHtml(fixture('latin1.html'));
    expect(page.charset).toBe('windows-1252');
    expect(page.text).toContain('« Nous n\'avions jamais vu autant de monde »');
    expect(page.title).toBe('La fête du village attire les foules');
    expect(page.lang).toBe('fr');
  });

  it('lets a byte-order mark win over a wrong header, and a header win over <meta>', () => {
    const utf8 = Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>Grüße</p></body></html>', 'utf8');
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'text/html; charset=iso-8859-1')).toMatchObject({ charsetSource: 'bom', charset: 'utf-8' });
    const viaHeader = decodeHtml(utf8, 'text/html; charset=utf-8');
    expect(viaHeader.charsetSource).toBe('header');
    expect(viaHeader.html).toContain('Grüße');
    expect(decodeHtml(Buffer.from('<p>caf\xe9</p>', 'latin1')).html).toContain('café'); // not UTF-8: windows-1252
  });
});

describe('text-density fallback', () => {
  it('picks the container with the most unlinked text and leaves menus out', async () => {
    const { densityText } = await import('../../src/ingest/html/body.js');
    const { parseDocument } = await import('../../src/ingest/html/dom.js');
    const sentence = 'The village pump was mended on Saturday by volunteers from the allotment society.';
    const doc = parseDocument(`<html><body><div id="menu"><span><a href="/">Home</a> <a href="/news">News and more news</a></span></div>
      <div id="story">${sentence}<br>${sentence}<br><span>It had been dry since spring.</span><ul><li><a href="/x">Other story</a></li></ul></div>
      <div id="aside"><p>A short note.</p></div></body></html>`);
    const paragraphs = densityText(doc);
    expect(paragraphs.join('\n')).toContain('It had been dry since spring.');
    expect(paragraphs.join('\n')).not.toMatch(/Home|Other story|short note/);
  });
});
