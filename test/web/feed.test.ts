import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseFeed } from '../../src/ingest/feed/parse.js';
import { rssFeed } from './server.js';

describe('feeds', () => {
  it('reads RSS 2.0 items with guid, link, date and a plain-text summary', () => {
    const feed = parseFeed(rssFeed('Harbour News', [
      { title: 'Ferry back', link: 'https://h.example/ferry', guid: 'h-1', date: 'Tue, 05 Sep 2023 08:00:00 GMT' },
      { title: 'Pier lights', link: '/pier' },
    ]));
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Harbour News');
    expect(feed.items).toEqual([
      { id: 'h-1', url: 'https://h.example/ferry', title: 'Ferry back', published: '2023-09-05T08:00:00Z', summary: 'About Ferry back' },
      { id: 'https://feeds.example/pier', url: 'https://feeds.example/pier', title: 'Pier lights', published: undefined, summary: 'About Pier lights' },
    ]);
  });

  it('reads Atom entries, choosing the alternate link', () => {
    const xml = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Weekly</title>
      <link rel="self" href="https://valley.example/atom.xml"/><link href="https://valley.example/"/>
      <entry><id>tag:valley.example,2022:cider</id><title type="html">Cider &amp;amp; press</title>
        <link rel="edit" href="https://valley.example/edit/9"/><link rel="alternate" type="text/html" href="/cider-press"/>
        <published>2022-09-14T06:30:00+02:00</published><updated>2022-09-20T10:00:00+02:00</updated>
        <summary>Nineteen growers share a press.</summary></entry></feed>`;
    const feed = parseFeed(xml);
    expect(feed.format).toBe('atom');
    expect(feed.items).toEqual([{ id: 'tag:valley.example,2022:cider', url: 'https://valley.example/cider-press', title: 'Cider & press', published: '2022-09-14T06:30:00+02:00', summary: 'Nineteen growers share a press.' }]);
  });

  it('reads JSON Feed items', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Bakery notes', home_page_url: 'https://bake.example/',
      items: [{ id: '7', url: 'https://bake.example/sourdough', title: 'Sourdough', date_published: '2021-03-04T10:00:00Z', content_html: '<p>Feed it <b>weekly</b>.</p>' }, { id: 'no-url' }] });
    expect(parseFeed(json)).toEqual({ format: 'json', title: 'Bakery notes', link: 'https://bake.example/',
      items: [{ id: '7', url: 'https://bake.example/sourdough', title: 'Sourdough', published: '2021-03-04T10:00:00Z', summary: 'Feed it weekly .' }] });
  });

  it('decodes a feed in the encoding its XML declaration names', () => {
    const xml = '<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новости</title><item><title>Мост открыт</title><link>https://r.example/most</link></item></channel></rss>';
    const feed = parseFeed(iconv.encode(xml, 'windows-1251'));
    expect(feed.title).toBe('Новости');
    expect(feed.items[0].title).toBe('Мост открыт');
  });

  it('refuses what is not a feed with one clear message', () => {
    expect(() => parseFeed('<html><body>hi</body></html>')).toThrow(/not a feed: no <rss>, <feed>/);
    expect(() => parseFeed('{"items":[]}')).toThrow(/not a JSON Feed/);
    expect(() => parseFeed('plain words')).toThrow(/neither XML nor JSON/);
  });
});
