import { geoEqualEarth, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import land from 'world-atlas/land-110m.json';
import { api } from '../api';
import { h, notice, replace } from '../dom';
import { eventLine } from '../format';

interface EventRow { key: number; type: string; source: string | null; target: string | null; date: string; place: string | null; lat: number | null; lon: number | null; mentions: number; firstArticle: string }

const SVG = 'http://www.w3.org/2000/svg';
function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** Events with coordinates over a world map shipped in the bundle (world-atlas, drawn with d3-geo): no tiles, works offline. */
export async function mapView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const type = params.get('type') ?? '';
  const heading = h('h1', {}, 'Map of events');
  const holder = h('div', { id: 'map' });
  const list = h('section', { id: 'map-list' });
  replace(main, heading, holder, list);
  const page = await api<{ items: EventRow[] }>('/api/events', { type, limit: 1000 });
  const placed = page.items.filter((e) => e.lat !== null && e.lon !== null);
  const width = 960;
  const height = 500;
  const projection = geoEqualEarth().fitSize([width, height], { type: 'Sphere' });
  const path = geoPath(projection);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `World map with ${placed.length} placed events` });
  svg.append(s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  svg.append(s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  const topo = land as unknown as Parameters<typeof feature>[0];
  svg.append(s('path', { d: path(feature(topo, (topo as any).objects.land) as any) ?? '', class: 'land' }));
  for (const e of placed) {
    const xy = projection([e.lon!, e.lat!]);
    if (!xy) continue;
    const a = s('a', { href: `#/article/${encodeURIComponent(e.firstArticle)}` });
    const dot = s('circle', { cx: xy[0], cy: xy[1], r: Math.min(12, 4 + e.mentions), class: 'event-dot' });
    const title = s('title', {});
    title.textContent = `${eventLine(e)} in ${e.place ?? '?'}, ${e.date}`;
    dot.append(title);
    a.append(dot);
    svg.append(a);
  }
  holder.append(svg);
  if (!placed.length) {
    list.append(notice('empty', 'No events with a known place.', 'Events get a place when the article names where they happened; ingest more articles or clear the type filter.'));
    return;
  }
  list.append(h('h2', {}, `${placed.length} placed event${placed.length === 1 ? '' : 's'}`), h('ul', {}, ...placed.map((e) => h('li', {}, h('a', { href: `#/article/${encodeURIComponent(e.firstArticle)}` }, `${e.date} ${eventLine(e)}`), h('span', { class: 'muted' }, ` in ${e.place}`)))));
}
