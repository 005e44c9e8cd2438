import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { buildServer } from '../../src/serve/api/app.js';
import { runIngest } from '../../src/ingest/run-ingest.js';
import { buildExampleStore, HOSTILE_ARTICLE, type TestCorpus } from './corpus.js';
import { webBundle } from './web-bundle.js';
import { SEED_ARTICLE } from '../helpers/shared.js';

/**
 * The web UI in a real browser (Debian's chromium driven by playwright-core; never a downloaded browser), served by
 * the real server over the example corpus plus two hostile articles. Screenshots go to test-artifacts/.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = resolve(import.meta.dirname, '..', '..', 'test-artifacts');
/** A laptop screen. */
const VIEWPORT = { width: 1280, height: 800 };
const IN_CI = process.env.CI === 'true';
/** The seed article is read from ../shared at run time (never copied); CI always has it. */
const HAVE_SEED = existsSync(SEED_ARTICLE);

/** An HTML page we wrote: real script elements, handlers and javascript: URLs, and the same written out as text. */
const HOSTILE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Port authority report &lt;script&gt;alert(20)&lt;/script&gt;</title>
<meta property="article:published_time" content="2024-09-03T08:00:00Z">
<link rel="canonical" href="javascript:window.__pwned=21">
<script>window.__pwned = 22</script>
</head><body><article>
<h1>Port authority report &lt;script&gt;alert(20)&lt;/script&gt;</h1>
<p>The port authority of Lindvik published its yearly report on Tuesday. The report prints the tag &lt;script&gt;window.__pwned = 23&lt;/script&gt; exactly as written.</p>
<p>Director Ola Nilsen said the northern quay <img src="x" onerror="window.__pwned = 24"> would reopen in March. A reader wrote &lt;img src=x onerror="window.__pwned = 25"&gt; below the article.</p>
<p><a href="javascript:window.__pwned = 26">Download the report</a> or follow &lt;a href="javascript:alert(27)"&gt;this link&lt;/a&gt; to the archive.</p>
<script>alert(28)</script>
</article></body></html>`;

/** Installed in every page before its own scripts: records any write to window.__pwned and every CSP violation. */
const PROBE = `
window.__probe = { pwned: [], violations: [] };
Object.defineProperty(window, '__pwned', { configurable: false, get() { return undefined; }, set(v) { window.__probe.pwned.push(v); } });
document.addEventListener('securitypolicyviolation', (e) => window.__probe.violations.push(e.violatedDirective + ' ' + e.blockedURI));
`;

interface Probe { pwned: unknown[]; violations: string[] }

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !IN_CI) console.warn(`browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium)`);

describe.skipIf(!haveChromium && !IN_CI)('web UI in headless Chromium', () => {
  let corpus: TestCorpus;
  let app: FastifyInstance;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  let userDir: string;
  let bundle: Awaited<ReturnType<typeof webBundle>> | undefined;
  let htmlDir: string;
  let hostileIds: { text: string; html: string };
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  const api = async <T>(path: string): Promise<T> => (await fetch(base + path)).json() as Promise<T>;
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `browser-${name}.png`), fullPage: true });
  const probe = () => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
  const open = async (hash: string, ready: string) => {
    await page.goto(`${base}${hash}`);
    await page.waitForSelector(ready, { timeout: 15_000 });
  };

  beforeAll(async () => {
    if (!haveChromium) throw new Error(`${CHROMIUM} is missing, and CI must have it: .ci/run installs it with apt-get install chromium`);
    mkdirSync(ARTIFACTS, { recursive: true });
    const [built] = await Promise.all([buildExampleStore(), webBundle().then((b) => (bundle = b))]);
    corpus = built;
    // the HTML page goes through the HTML reader, as `tidings ingest page.html` would read it
    htmlDir = mkdtempSync(join(tmpdir(), 'tidings-hostile-'));
    writeFileSync(join(htmlDir, 'port-report.html'), HOSTILE_HTML);
    const read = await runIngest({ inputs: [join(htmlDir, 'port-report.html')], store: corpus.store, pipeline: await corpus.analyzer() });
    expect(read.failed).toEqual([]);
    if (HAVE_SEED) {
      const seed = await runIngest({ inputs: [SEED_ARTICLE], store: corpus.store, pipeline: await corpus.analyzer() });
      expect(seed.failed).toEqual([]);
    }
    app = buildServer({ store: corpus.store, analyzer: corpus.analyzer, host: '127.0.0.1', webRoot: bundle!.root });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    // the written article goes in over HTTP, as a client would post it
    const posted = await fetch(`${base}api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(HOSTILE_ARTICLE) });
    expect(posted.status).toBe(200);
    const htmlHits = await api<{ items: Array<{ id: string }> }>('api/search?q=Nilsen');
    hostileIds = { text: ((await posted.json()) as { ids: string[] }).ids[0], html: htmlHits.items[0].id };

    const { chromium } = await import('playwright-core');
    userDir = mkdtempSync(join(tmpdir(), 'tidings-chromium-'));
    context = await chromium.launchPersistentContext(userDir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: VIEWPORT });
    await context.addInitScript(PROBE);
    page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${m.text()} (${m.location().url})`);
    });
  });

  afterAll(async () => {
    await context?.close();
    await app?.close();
    await corpus?.cleanup();
    for (const dir of [userDir, htmlDir]) if (dir) rmSync(dir, { recursive: true, force: true });
    bundle?.cleanup();
  });

  it('searches and shows hits with the matched word marked', async () => {
    await open('#/', '#q');
    await page.fill('#q', 'ceasefire');
    await page.press('#q', 'Enter');
    await page.waitForSelector('ol.hits li');
    const marks = await page.locator('ol.hits mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain('ceasefire');
    expect(page.url()).toContain('q=ceasefire');
    expect(await page.locator('#stats').textContent()).toMatch(/\d+ articles · \d+ entities/);
    await shot('search');
  });

  it('opens an article with highlights of every kind, keyboard-focusable with a visible outline and a tooltip', async () => {
    await page.locator('ol.hits a.title').first().click();
    await page.waitForSelector('#article-text .hl');
    const id = decodeURIComponent(page.url().split('#/article/')[1]);
    const { extraction } = await api<{ extraction: { entities: Array<{ name: string }>; timexes: unknown[]; places: { mentions: unknown[] }; events: unknown[]; quotes: unknown[] } }>(`api/articles/${encodeURIComponent(id)}`);
    // every layer the article has is drawn; this article (a report of an agreement, with dates, places and quotes) has them all
    const layers = { entity: extraction.entities, place: extraction.places.mentions, time: extraction.timexes, event: extraction.events, quote: extraction.quotes };
    for (const [kind, items] of Object.entries(layers)) {
      expect(items.length, kind).toBeGreaterThan(0);
      expect(await page.locator(`#article-text .hl-${kind}`).count(), kind).toBeGreaterThan(0);
    }
    const legend = await page.locator('.legend').textContent();
    expect(legend).toContain(`Entities (${extraction.entities.length})`);
    expect(legend).toContain(`Quotes (${extraction.quotes.length})`);
    const linked = await page.locator('#article-text a.hl-entity').evaluateAll((els) => els.map((e) => decodeURIComponent(e.getAttribute('href')!.replace('#/entity/', ''))));
    for (const name of linked) expect(extraction.entities.map((e) => e.name)).toContain(name);

    // Tab from the back link reaches a highlight, which shows its outline and its tooltip
    await page.focus('a.back');
    let onHighlight = false;
    for (let i = 0; i < 20 && !onHighlight; i++) {
      await page.keyboard.press('Tab');
      onHighlight = await page.evaluate(() => document.activeElement?.classList.contains('hl') ?? false);
    }
    expect(onHighlight).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
    expect((await page.locator('#tip').textContent())!.length).toBeGreaterThan(3);
    await shot('article');
    await page.keyboard.press('Escape');
    expect(await page.locator('#tip').isVisible()).toBe(false);
  });

  it('opens an entity page from a highlight with the keyboard', async () => {
    // a person if the article names one, else any entity
    const people = page.locator('#article-text a.hl-entity[aria-label*="(person"]');
    const person = (await people.count()) ? people.first() : page.locator('#article-text a.hl-entity').first();
    const name = decodeURIComponent((await person.getAttribute('href'))!.replace('#/entity/', ''));
    await person.focus();
    await expect.poll(() => page.locator('#tip').textContent()).toContain(name);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#entity-name');
    expect(await page.locator('#entity-name').textContent()).toBe(name);
    // the page leads with the entity's type (a name shared by two entities opens the most mentioned one)
    expect(await page.locator('.meta').first().textContent()).toMatch(/^(person|organisation|place|group|other) · /);
    expect(await page.locator('.bars .bar').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href^="#/entity/"]').count()).toBeGreaterThan(0);
    await shot('entity');
  });

  it('draws the actor graph and lists an edge\'s evidence', async () => {
    const graph = await api<{ nodes: Array<{ name: string }>; edges: unknown[] }>('api/graph');
    expect(graph.edges.length).toBeGreaterThan(0);
    await open('#/graph', '#graph canvas');
    await page.waitForSelector('.edge-list button');
    expect(await page.locator('.edge-list li').count()).toBe(graph.edges.length);
    // cytoscape draws on canvases: some of their pixels must be painted
    const painted = await page.locator('#graph canvas').evaluateAll((canvases) => canvases.reduce((sum, c) => {
      const cv = c as HTMLCanvasElement;
      if (!cv.width || !cv.height) return sum;
      const data = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return sum + n;
    }, 0));
    expect(painted).toBeGreaterThan(500);
    const edgeText = await page.locator('.edge-list').textContent();
    expect(graph.nodes.some((n) => edgeText!.includes(n.name))).toBe(true);
    await page.locator('.edge-list button').first().click();
    await page.waitForSelector('#edge-details ul.evidence li q');
    expect((await page.locator('#edge-details ul.evidence li q').first().textContent())!.length).toBeGreaterThan(10);
    await shot('graph');
  });

  it('draws the world map with a dot for each place and each placed event', async () => {
    const events = await api<{ items: Array<{ lat: number | null; lon: number | null }> }>('api/events?limit=1000');
    const placed = events.items.filter((e) => e.lat !== null && e.lon !== null).length;
    expect(placed).toBeGreaterThan(0);
    await open('#/map', '#map svg path.land');
    expect(((await page.locator('#map path.land').getAttribute('d')) ?? '').length).toBeGreaterThan(10_000);
    expect(await page.locator('#map circle.event-dot').count()).toBe(placed);
    expect(await page.locator('#map-list ul.events li').count()).toBe(placed);
    const places = (await api<{ items: Array<{ name: string }> }>('api/places?limit=500')).items;
    expect(places.length).toBeGreaterThan(5);
    expect(await page.locator('#map circle.place-dot').count()).toBe(places.length);
    expect(await page.locator('#map-list ul.places').textContent()).toContain(places[0].name);
    await shot('map');
  });

  it('lists stories and opens one with its sources', async () => {
    await open('#/stories', 'ol.hits li a.title');
    const first = page.locator('ol.hits a.title').first();
    const title = await first.textContent();
    await first.click();
    await page.waitForSelector('main h1:not(:empty) ~ ul li a');
    expect(await page.locator('main h1').textContent()).toBe(title);
    await shot('stories');
  });

  it.skipIf(!HAVE_SEED && !IN_CI)('opens the seed article with its highlights and quotes', async () => {
    expect(HAVE_SEED, `${SEED_ARTICLE} is missing, and CI always has it`).toBe(true);
    const list = await api<{ items: Array<{ id: string; published: string }> }>('api/articles?limit=100');
    const { readSources } = await import('../../src/ingest/read.js');
    let seedId = '';
    for await (const item of readSources([SEED_ARTICLE], {})) if (item.ok) seedId = item.article.id;
    expect(list.items.map((a) => a.id)).toContain(seedId);
    await open(`#/article/${encodeURIComponent(seedId)}`, '#article-text .hl');
    const { extraction } = await api<{ extraction: { text: string; quotes: unknown[] } }>(`api/articles/${encodeURIComponent(seedId)}`);
    // the whole text is shown, paragraph by paragraph (paragraph breaks are elements, so compare without white space)
    expect((await page.locator('#article-text').textContent())!.replace(/\s+/g, '')).toBe(extraction.text.replace(/\s+/g, ''));
    for (const kind of ['entity', 'place', 'time']) expect(await page.locator(`#article-text .hl-${kind}`).count(), kind).toBeGreaterThan(2);
    expect(await page.locator('ul.quotes li').count()).toBe(extraction.quotes.length);
    // removed page furniture is hidden until asked for
    const removed = await api<{ extraction: { removed: unknown[] } }>(`api/articles/${encodeURIComponent(seedId)}`);
    if (removed.extraction.removed.length) {
      expect(await page.locator('ul.removed').isVisible()).toBe(false);
      await page.check('#show-removed');
      expect(await page.locator('ul.removed li').count()).toBe(removed.extraction.removed.length);
      expect(await page.locator('ul.removed').isVisible()).toBe(true);
    }
    await shot('seed-article');
  });

  it('empty results and errors say what to do', async () => {
    const before = { page: pageErrors.length, console: consoleErrors.length };
    await open('#/?q=zzqxv', '.notice.empty');
    expect(await page.locator('.notice.empty').textContent()).toMatch(/Nothing matches "zzqxv".*Try fewer words/);
    await open('#/article/no-such-article', '.notice.error');
    expect(await page.locator('.notice.error').textContent()).toMatch(/no article with id no-such-article.*Go back to Search/);
    await open('#/entity/Nobody%20Called%20Zzqxv', '.notice.error');
    expect(await page.locator('.notice.error').textContent()).toMatch(/no entity/);
    await shot('error');
    // the browser logs the 404 answers above, and only those: expected here, dropped before the final check
    expect(pageErrors.length).toBe(before.page);
    for (const m of consoleErrors.splice(before.console)) expect(m).toMatch(/status of 404/);
  });

  it('shows a written article full of script as text, and nothing runs', async () => {
    await open(`#/article/${encodeURIComponent(hostileIds.text)}`, '#article-text');
    const shown = await page.locator('#article-text').textContent();
    expect(shown).toContain('<script>window.__pwned = 3</script>');
    expect(shown).toContain('<img src=x onerror="window.__pwned = 4">');
    expect(shown).toContain('<a href="javascript:window.__pwned=5">Click here</a>');
    expect(await page.locator('#article-title').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.locator('main script, main img, main iframe, a[href^="javascript:" i]').count()).toBe(0);
    await page.waitForTimeout(300); // an onerror handler would fire once the broken image fails to load
    expect(await probe()).toEqual({ pwned: [], violations: [] });
    await shot('hostile-article');
  });

  it('shows an HTML page read by the HTML reader as text, and nothing runs', async () => {
    await open(`#/article/${encodeURIComponent(hostileIds.html)}`, '#article-text');
    const shown = (await page.locator('#article-text').textContent())!;
    expect(shown).toContain('<script>window.__pwned = 23</script>');
    expect(shown).toContain('<img src=x onerror="window.__pwned = 25">');
    expect(shown).toContain('<a href="javascript:alert(27)">this link</a>');
    // the real elements were markup, not text: the reader dropped them
    expect(shown).not.toContain('__pwned = 22');
    expect(await page.locator('main script, main img, main iframe, a[href^="javascript:" i]').count()).toBe(0);
    await page.waitForTimeout(300); // as above: time for a handler to fire
    expect(await probe()).toEqual({ pwned: [], violations: [] });
    await shot('hostile-html');
  });

  it('the probe catches what it should: the CSP blocks an injected inline handler and reports it', async () => {
    // what would happen if the UI ever put article text into innerHTML: the policy refuses the handler
    await page.evaluate(() => {
      const div = document.createElement('div');
      div.innerHTML = '<img src="/no-such-image.png" onerror="window.__pwned = 99">';
      document.body.append(div);
    });
    await expect.poll(async () => (await probe()).violations.length).toBeGreaterThan(0);
    expect((await probe()).pwned).toEqual([]);
    const csp = (await fetch(base)).headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    // and without a CSP (a blank page) the probe does see a handler run
    const blank = await context.newPage();
    await blank.setContent('<img src="data:," onerror="window.__pwned = 7">');
    await expect.poll(() => blank.evaluate(() => (window as unknown as { __probe: Probe }).__probe.pwned)).toEqual([7]);
    await blank.close();
  });

  it('no dialog opened, no page error, no console error in any view', () => {
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors.filter((m) => !/no-such-image|Content Security Policy/.test(m))).toEqual([]);
  });
});
