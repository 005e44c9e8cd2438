import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/html/dom.js';
import { findPageDates, normaliseDate, type PageDateOptions } from '../../src/ingest/html/dates/index.js';
import { boundsFor, findDatesInText, parseDateValue } from '../../src/ingest/html/dates/parse.js';
import { labelBefore } from '../../src/ingest/html/dates/labels.js';
import { addCounts, countPage, dateMetrics, emptyCounts } from '../../src/eval/dates/score.js';
import { halfOf, predictPages } from '../../src/eval/dates/index.js';
import { describeShared, SHARED_DATA } from '../helpers/shared.js';

/** Every page here is one we wrote; "now" is pinned so the latest plausible day does not move. */
const NOW = new Date('2024-06-01T12:00:00Z');
const bounds = boundsFor(NOW);

function page(head: string, body: string, lang = 'en'): Document {
  return parseDocument(`<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
}

function dates(doc: Document, options: PageDateOptions = {}) {
  return findPageDates(doc, { now: NOW, ...options });
}

const STORY = '<p>The council voted on Tuesday to keep the library open on Sundays through the winter, after a petition that gathered more signatures than any before it.</p><p>Opening hours will be reviewed in spring, the chair said, when the heating bills for the season are known.</p>';

describe('dates written in text', () => {
  it('reads the forms pages use, in several languages, each once', () => {
    const found = (s: string, order: 'dmy' | 'mdy' = 'dmy') => findDatesInText(s, bounds, order).map((d) => d.day);
    expect(found('Posted on November 22, 2011 by Ana')).toEqual(['2011-11-22']);
    expect(found('Dec 29th 2019, 10:04')).toEqual(['2019-12-29']);
    expect(found('Veröffentlicht am 6. Mai 2014 um 23:30')).toEqual(['2014-05-06']);
    expect(found('Stand: 09.10.2017, 01:40 Uhr')).toEqual(['2017-10-09']);
    expect(found('02.12.19')).toEqual(['2019-12-02']);
    expect(found('jeudi 27 juin 2019, par Ana')).toEqual(['2019-06-27']);
    expect(found('Publié le 1er août 2019')).toEqual(['2019-08-01']);
    expect(found('20 de noviembre de 2019')).toEqual(['2019-11-20']);
    expect(found('14 gennaio 2020')).toEqual(['2020-01-14']);
    expect(found('3 maart 2020')).toEqual(['2020-03-03']);
    expect(found('2020年3月4日')).toEqual(['2020-03-04']);
    expect(found('2019-11-20T10:00:00Z and 2019/11/21')).toEqual(['2019-11-20', '2019-11-21']);
    expect(found('26 | 01 | 2022')).toEqual(['2022-01-26']);
  });

  it('settles the order of an all-numeric date by the page, and remembers the other reading', () => {
    expect(findDatesInText('03/04/2020', bounds, 'mdy')[0]).toMatchObject({ day: '2020-03-04', otherReading: '2020-04-03' });
    expect(findDatesInText('03/04/2020', bounds, 'dmy')[0]).toMatchObject({ day: '2020-04-03', otherReading: '2020-03-04' });
    // a number over 12 can only be the day, whatever the page's habit
    expect(findDatesInText('25/04/2020', bounds, 'mdy')[0]).toMatchObject({ day: '2020-04-25' });
    expect(findDatesInText('25/04/2020', bounds, 'mdy')[0].otherReading).toBeUndefined();
  });

  it('refuses impossible days, days before the web and days after today', () => {
    expect(findDatesInText('31.02.2020', bounds)).toEqual([]);
    expect(findDatesInText('12 March 1989', bounds)).toEqual([]);
    expect(findDatesInText('1. Januar 2025', bounds)).toEqual([]);
    expect(findDatesInText('version 2.1.2020b', bounds).length).toBeLessThanOrEqual(1);
  });

  it('reads machine values without moving the writer\'s day to UTC', () => {
    expect(parseDateValue('2019-11-20T23:30:00-05:00', bounds)).toEqual({ day: '2019-11-20', value: '2019-11-20T23:30:00-05:00' });
    expect(parseDateValue('1507287600', bounds)?.day).toBe('2017-10-06');
    expect(normaliseDate('2019-11-20T04:00:00.000-0600')).toBe('2019-11-20T04:00:00-06:00');
    expect(normaliseDate('Wed, 20 Nov 2019 10:00:00 GMT')).toBe('2019-11-20T10:00:00Z');
    expect(normaliseDate('12/11/2019')).toBeUndefined();
  });

  it('tells a publication label from an update label, in English, German and French', () => {
    const label = (s: string) => labelBefore(s, s.length);
    expect(label('Published on ')).toBe('published');
    expect(label('Veröffentlicht am Montag, ')).toBe('published');
    expect(label('Erstellt am: ')).toBe('published');
    expect(label('Zuletzt aktualisiert: ')).toBe('modified');
    expect(label('Stand: ')).toBe('modified');
    expect(label('mis à jour le ')).toBe('modified');
    expect(label('The ferry sailed on ')).toBeUndefined();
  });
});

describe('the publication date of a page', () => {
  it('takes the JSON-LD article\'s datePublished and keeps dateModified apart', () => {
    const doc = page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Library stays open","datePublished":"2023-02-14T09:00:00+01:00","dateModified":"2023-02-20T17:00:00+01:00"}</script><title>Library stays open</title>`,
      `<h1>Library stays open</h1>${STORY}`,
    );
    const found = dates(doc);
    expect(found.published).toMatchObject({ value: '2023-02-14T09:00:00+01:00', source: 'json-ld' });
    expect(found.modified).toMatchObject({ value: '2023-02-20T17:00:00+01:00' });
  });

  it('takes article:published_time over article:modified_time, whichever comes first', () => {
    const doc = page(
      '<meta property="article:modified_time" content="2022-05-03T10:00:00Z"><meta property="article:published_time" content="2022-04-28T08:00:00Z"><title>Library stays open</title>',
      `<h1>Library stays open</h1>${STORY}`,
    );
    expect(dates(doc).published?.value).toBe('2022-04-28T08:00:00Z');
    expect(dates(doc).modified?.value).toBe('2022-05-03T10:00:00Z');
  });

  it('reads a German byline under the headline when the page has no markup', () => {
    const doc = page('<title>Bibliothek bleibt offen | Stadtanzeiger</title>', `<h1>Bibliothek bleibt offen</h1><div class="autor">von Ana Ruiz, 14. Februar 2023</div>${STORY}`, 'de');
    expect(dates(doc).published).toMatchObject({ value: '2023-02-14', source: 'text' });
  });

  it('does not take a date the headline itself names, nor a date in a sentence of the story', () => {
    const doc = page(
      '<title>Minutes of the meeting of 10 October 2019</title>',
      `<h1>Minutes of the meeting of 10 October 2019</h1><p class="meta">26/12/2019</p><p>The committee met in the town hall and agreed that from 1 January 2020 the reading room will stay open until nine in the evening on weekdays, a change members had asked for since the spring.</p>`,
      'en-GB',
    );
    expect(dates(doc).published?.value).toBe('2019-12-26');
  });

  it('prefers the article\'s own date to a related story\'s or a comment\'s, before or after it', () => {
    const doc = page(
      '<title>Library stays open</title>',
      `<aside class="related"><a href="/a">Pool closes</a> <time datetime="2023-03-01">1 March 2023</time></aside><article><h1>Library stays open</h1><time datetime="2023-02-14">14 February 2023</time>${STORY}</article><section class="comments"><p>Great!</p><time datetime="2023-02-15">15 February 2023</time></section>`,
    );
    expect(dates(doc).published?.value).toBe('2023-02-14');
  });

  it('does not mistake an "Updated" line or a copyright year for the publication', () => {
    const doc = page('<title>Library stays open</title>', `<h1>Library stays open</h1><p class="byline">Updated March 3, 2023</p><p class="byline">Published February 14, 2023</p>${STORY}<footer>© 2024 Town Crier</footer>`);
    const found = dates(doc);
    expect(found.published?.value).toBe('2023-02-14');
    expect(found.modified?.value).toBe('2023-03-03');
  });

  it('trusts the URL\'s day over markup stamped in UTC, and the shown day over an unshown markup day', () => {
    const utc = page(
      '<link rel="canonical" href="https://paper.example/2023/11/08/election-night/"><meta property="article:published_time" content="2023-11-09T03:28:35Z"><title>Election night</title>',
      `<h1>Election night</h1>${STORY}`,
    );
    expect(dates(utc).published).toMatchObject({ value: '2023-11-08', source: 'url' });
    const shown = page('<meta property="article:published_time" content="2020-01-20T09:49:32+00:00"><title>Awards night</title>', `<h1>Awards night</h1><div class="date">January 19, 2020 / 12:25 PM</div>${STORY}`);
    expect(dates(shown).published?.value).toBe('2020-01-19');
  });

  it('keeps the markup day when the page shows it, even if the headline zone shows another date first', () => {
    const doc = page(
      '<meta property="article:published_time" content="2020-09-20T10:00:00+03:00"><title>Metro case goes to court</title>',
      `<div class="today">21.09.2020</div><h1>Metro case goes to court</h1><time datetime="2020-09-20T10:00">20.09.2020</time>${STORY}`,
      'ru',
    );
    expect(dates(doc).published?.value).toBe('2020-09-20T10:00:00+03:00');
  });

  it('dates a wiki page by its last edit', () => {
    const doc = page('<meta name="generator" content="MediaWiki 1.39"><title>Reading group</title>', `<h1>Reading group</h1><p>We met first on 5 February 2020 and meet every month.</p><div id="footer-info-lastmod">This page was last edited on 29 January 2023, at 13:22.</div>`);
    expect(dates(doc).published?.value).toBe('2023-01-29');
  });

  it('reads a date left in the page\'s data for its renderer when nothing else dates it', () => {
    const doc = page('<title>Athletes ready</title>', `<div id="app"></div><script>window.__DATA__={"story":{"title":"Athletes ready","createdAt":"2022-01-31T15:58:43+01:00"}}</script>`);
    expect(dates(doc).published).toMatchObject({ value: '2022-01-31T15:58:43+01:00', source: 'script' });
  });

  it('finds content a light parser leaves in the head', () => {
    const doc = parseDocument(`<html><head><title>Wages</title><div class="x"><h1>Wages</h1><span class="_publishingdate">07.11.2023</span></div></head><body></body></html>`);
    expect(dates(doc).published?.value).toBe('2023-11-07');
  });

  it('gives no date where the page has none', () => {
    expect(dates(page('<title>Notes</title>', `<h1>Notes</h1>${STORY}`)).published).toBeUndefined();
  });
});

describe('the date benchmark\'s scoring', () => {
  it('counts pages as htmldate\'s evaluation does', () => {
    expect(countPage('2020-01-02', '2020-01-02')).toEqual({ tp: 1, fp: 0, tn: 0, fn: 0 });
    expect(countPage('2020-01-03', '2020-01-02')).toEqual({ tp: 0, fp: 1, tn: 0, fn: 0 });
    expect(countPage(undefined, '2020-01-02')).toEqual({ tp: 0, fp: 0, tn: 0, fn: 1 });
    // a page without a gold date and without a prediction is both a true negative and a miss, as htmldate counts it
    expect(countPage(undefined, null)).toEqual({ tp: 0, fp: 0, tn: 1, fn: 1 });
    expect(countPage('2020-01-02', null)).toEqual({ tp: 0, fp: 1, tn: 0, fn: 0 });
    const total = [countPage('a', 'a'), countPage('a', 'a'), countPage('b', 'a'), countPage(undefined, null)].reduce(addCounts, emptyCounts());
    expect(dateMetrics(total, 4)).toMatchObject({ tp: 2, fp: 1, tn: 1, fn: 1, precision: 0.6667, recall: 0.6667, accuracy: 0.6, f1: 0.6667 });
  });

  it('splits pages into halves by a hash of the file name', () => {
    expect(halfOf('example.html.gz')).toBe(halfOf('example.html.gz'));
    const halves = Array.from({ length: 200 }, (_, i) => halfOf(`page-${i}.html.gz`));
    expect(halves.filter((h) => h === 'dev').length).toBeGreaterThan(70);
    expect(halves.filter((h) => h === 'test').length).toBeGreaterThan(70);
  });
});

describeShared('data/html-dates/gold.json', 'html-dates benchmark', () => {
  /** A sample big enough to catch a broken finder, small enough for a quick test (the 1,000 pages are `tidings eval dates`). */
  const SAMPLE_PAGES = 60;
  /** Our full-set accuracy is about 0.92; a sample below 0.8 means the finder broke. */
  const SAMPLE_ACCURACY_FLOOR = 0.8;

  it(`finds the gold day on a sample of ${SAMPLE_PAGES} pages from their HTML alone`, () => {
    const results = predictPages({ data: SHARED_DATA, limit: SAMPLE_PAGES });
    const counts = results.map((r) => countPage(r.predicted, r.gold)).reduce(addCounts, emptyCounts());
    expect(results).toHaveLength(SAMPLE_PAGES);
    expect(dateMetrics(counts, results.length).accuracy).toBeGreaterThan(SAMPLE_ACCURACY_FLOOR);
  });
});
