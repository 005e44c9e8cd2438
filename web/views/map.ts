import { geoEqualEarth, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import land from 'world-atlas/land-110m.json';
import { api } from '../api';
import { h, notice, replace } from '../dom';
import { eventLine, placeLine } from '../format';

interface EventRow { key: number; type: string; source: string | null; target: string | null; date: string; place: string | null; placeFromFocus: boolean | null; lat: number | null; lon: number | null; mentions: number; firstArticle: string }

const SVG = 'http://www.w3.org/2000/svg';
function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

interface PlaceRow { name: string; kind: string; country: string | null; lat: number; lon: number; articles: number; first: string; last: string }

/**
 * Places and events with coordinates over a world map shipped in the bundle (world-atlas, drawn with d3-geo): no tiles,
 * works offline. Places are blue, sized by how many articles name them; events orange, sized by their reports.
 */
export async function mapView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const type = params.get('type') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  // events placed only by their article's focus (the sentence names no place) are guesses: the user may leave them out
  const namedOnly = params.get('named') === '1';
  const fields = {
    type: h('input', { name: 'type', value: type, placeholder: 'event type, e.g. PROTEST', 'aria-label': 'Event type' }),
    from: h('input', { type: 'date', name: 'from', value: from, 'aria-label': 'From' }),
    to: h('input', { type: 'date', name: 'to', value: to, 'aria-label': 'To' }),
  };
  const named = h('input', { type: 'checkbox', id: 'named-places', checked: namedOnly });
  const form = h('form', { class: 'search' }, fields.type, fields.from, fields.to,
    h('label', { for: 'named-places' }, named, ' only places named in the sentence'), h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, el] of Object.entries(fields)) if (el.value.trim()) p.set(k, el.value.trim());
    if (named.checked) p.set('named', '1');
    location.hash = `#/map?${p}`;
  });
  const holder = h('div', { id: 'map' });
  const list = h('section', { id: 'map-list' });
  replace(main, h('h1', {}, 'Map of places and events'), form, holder, list);
  const [page, placeRows] = await Promise.all([
    // the latest thousand events that have coordinates (a box over the whole world keeps only placed ones)
    api<{ items: EventRow[] }>('/api/events', { type, from, to, limit: 1000, order: 'newest', bbox: '-180,-90,180,90', placeFromFocus: namedOnly ? 'false' : undefined }),
    api<{ items: PlaceRow[] }>('/api/places', { from, to, limit: 500 }),
  ]);
  const placed = page.items.filter((e) => e.lat !== null && e.lon !== null);
  const width = 960;
  const height = 500;
  const projection = geoEqualEarth().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `World map with ${placeRows.items.length} places and ${placed.length} placed events` });
  svg.append(s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  svg.append(s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  const topo = land as unknown as Parameters<typeof feature>[0];
  svg.append(s('path', { d: path(feature(topo, (topo as any).objects.land) as any) ?? '', class: 'land' }));
  const maxArticles = Math.max(1, ...placeRows.items.map((p) => p.articles));
  for (const p of placeRows.items) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    // area proportional to the article count, between 2 and 10 px radius
    const dot = s('circle', { cx: xy[0], cy: xy[1], r: 2 + 8 * Math.sqrt(p.articles / maxArticles), class: 'place-dot' });
    const title = s('title', {});
    title.textContent = `${p.name} (${p.kind}${p.country ? ', ' + p.country : ''}): ${p.articles} article${p.articles === 1 ? '' : 's'}`;
    dot.append(title);
    svg.append(dot);
  }
  for (const e of placed) {
    const xy = projection([e.lon!, e.lat!]);
    if (!xy) continue;
    const a = s('a', { href: `#/article/${encodeURIComponent(e.firstArticle)}` });
    const dot = s('circle', { cx: xy[0], cy: xy[1], r: Math.min(12, 4 + e.mentions), class: 'event-dot' });
    const title = s('title', {});
    title.textContent = `${eventLine(e)} in ${placeLine(e.place, e.placeFromFocus)}, ${e.date}`;
    dot.append(title);
    a.append(dot);
    svg.append(a);
  }
  holder.append(svg, h('p', { class: 'legend-line muted' }, h('span', { class: 'swatch swatch-place' }), ' places (by articles naming them) ', h('span', { class: 'swatch swatch-events' }), ' events (by reports)'));
  if (!placed.length && !placeRows.items.length) {
    list.append(notice('empty', 'No places or events with coordinates.', 'Places get coordinates when the gazetteer knows them, events when the article names where they happened; ingest more articles or clear the filters.'));
    return;
  }
  list.append(
    h('h2', {}, `${placed.length} placed event${placed.length === 1 ? '' : 's'}`),
    placed.length
      ? h('ul', { class: 'events' }, ...placed.map((e) => h('li', {}, h('a', { href: `#/article/${encodeURIComponent(e.firstArticle)}` }, `${e.date} ${eventLine(e)}`), h('span', { class: 'muted' }, ` in ${placeLine(e.place, e.placeFromFocus)}`))))
      : h('p', { class: 'muted' }, 'No events with a known place match; clear the type filter or widen the dates.'),
    h('h2', {}, `${placeRows.items.length} place${placeRows.items.length === 1 ? '' : 's'}`),
    h('ul', { class: 'places' }, ...placeRows.items.map((p) => h('li', {}, p.name, h('span', { class: 'muted' }, ` ${p.kind}${p.country ? ', ' + p.country : ''} · ${p.articles} article${p.articles === 1 ? '' : 's'} · ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}`)))));
}
