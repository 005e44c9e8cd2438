import { api } from '../api';
import { h, replace } from '../dom';

interface Profile {
  entity: { id: string; name: string; type: string; country: string | null; articles: number };
  alsoNamed: Array<{ name: string; type: string; articles: number }>;
  names: string[];
  roles: Array<{ title: string; first: string; last: string; articles: number }>;
  mentionsByMonth: Array<{ month: string; articles: number; mentions: number }>;
  coOccurring: Array<{ name: string; type: string; articles: number }>;
  quotesBy: Array<{ text: string; published: string; article: string }>;
  quotesAbout: Array<{ text: string; speaker: string | null; published: string; article: string }>;
  edges: Array<{ direction: 'out' | 'in'; other: string | null; type: string; events: number; mentions: number; tone: number | null }>;
}

const entityLink = (name: string) => h('a', { href: `#/entity/${encodeURIComponent(name)}` }, name);
const articleLink = (id: string, label: string) => h('a', { href: `#/article/${encodeURIComponent(id)}` }, label);

export async function entityView(main: HTMLElement, name: string): Promise<void> {
  const p = await api<Profile>(`/api/entities/${encodeURIComponent(name)}`);
  const e = p.entity;
  const section = (title: string, empty: string, items: Node[]) => h('section', {}, h('h2', {}, title), items.length ? h('ul', {}, ...items) : h('p', { class: 'muted' }, empty));
  replace(main,
    h('p', {}, h('a', { href: '#/', class: 'back' }, '← Search')),
    h('h1', { id: 'entity-name' }, e.name),
    h('div', { class: 'meta' }, `${e.type}${e.country ? ' · ' + e.country : ''} · in ${e.articles} article${e.articles === 1 ? '' : 's'}`, ' · ', h('a', { href: `#/graph?entity=${encodeURIComponent(e.name)}` }, 'show in graph'), ' · ', h('a', { href: `#/?q=${encodeURIComponent(`"${e.name}"`)}` }, 'search articles')),
    p.names.length > 1 ? h('p', {}, h('strong', {}, 'Also called: '), p.names.filter((n) => n !== e.name).join(', ')) : null,
    p.alsoNamed.length ? h('p', { class: 'muted' }, 'The name may also mean: ', ...p.alsoNamed.flatMap((a, i) => [i ? ', ' : '', `${a.name} (${a.type})`])) : null,
    h('div', { class: 'columns' },
      h('div', {},
        section('Roles', 'No roles stated.', p.roles.map((r) => h('li', {}, r.title, h('span', { class: 'muted' }, ` ${r.first.slice(0, 10)} – ${r.last.slice(0, 10)} (${r.articles})`)))),
        h('section', {}, h('h2', {}, 'Mentions over time'), timelineChart(p.mentionsByMonth)),
        section('Co-occurring entities', 'None.', p.coOccurring.map((c) => h('li', {}, entityLink(c.name), h('span', { class: 'muted' }, ` ${c.type}, ${c.articles} article${c.articles === 1 ? '' : 's'}`))))),
      h('div', {},
        section('Quotes by', 'No quotes by this entity.', p.quotesBy.map((q) => h('li', {}, h('q', {}, q.text), ' ', articleLink(q.article, q.published.slice(0, 10))))),
        section('Quotes about', 'No quotes by others naming this entity.', p.quotesAbout.map((q) => h('li', {}, h('q', {}, q.text), ` — ${q.speaker ?? 'unknown'} `, articleLink(q.article, q.published.slice(0, 10))))),
        section('Events', 'No coded events with this entity as actor or target.', p.edges.map((ed) => h('li', {}, ed.direction === 'out' ? `${e.name} ${ed.type} ` : '', ed.other ? entityLink(ed.other) : '?', ed.direction === 'in' ? ` ${ed.type} ${e.name}` : '', h('span', { class: 'muted' }, ` (${ed.events} event${ed.events === 1 ? '' : 's'}, ${ed.mentions} report${ed.mentions === 1 ? '' : 's'}${ed.tone !== null ? ', tone ' + ed.tone : ''})`)))))));
}

/** Bars of mentions per month (heights set through the style object, which the CSP allows). */
function timelineChart(rows: Profile['mentionsByMonth']): HTMLElement {
  if (!rows.length) return h('p', { class: 'muted' }, 'No dated mentions.');
  const max = Math.max(...rows.map((r) => r.mentions));
  const chart = h('div', { class: 'bars', role: 'img', 'aria-label': rows.map((r) => `${r.month}: ${r.mentions} mentions`).join('; ') });
  for (const r of rows) {
    const bar = h('div', { class: 'bar', title: `${r.month}: ${r.mentions} mentions in ${r.articles} articles` });
    bar.style.height = `${Math.max(4, (r.mentions / max) * 100)}%`;
    chart.append(h('div', { class: 'bar-col' }, bar, h('span', { class: 'bar-label' }, r.month)));
  }
  return chart;
}
