import { api } from '../api';
import { h, replace } from '../dom';
import { unquoted } from '../format';

interface Profile {
  entity: { id: string; name: string; type: string; country: string | null; articles: number };
  alsoNamed: Array<{ name: string; type: string; articles: number }>;
  names: string[];
  merges: Array<{ alias: string; article: string; published: string; basis: 'story' | 'corpus'; match: string; confidence: number }>;
  roles: Array<{ title: string; first: string; last: string; articles: number }>;
  mentionsByMonth: Array<{ month: string; articles: number; mentions: number }>;
  coOccurring: Array<{ name: string; type: string; articles: number }>;
  quotesBy: Array<{ text: string; published: string; article: string }>;
  quotesAbout: Array<{ text: string; speaker: string | null; published: string; article: string }>;
  edges: Array<{ direction: 'out' | 'in'; other: string | null; type: string; events: number; mentions: number; tone: number | null }>;
}

/** Entries per kind the timeline endpoint returns (its default limit). */
const TIMELINE_LIMIT = 500;

const entityLink = (name: string) => h('a', { href: `#/entity/${encodeURIComponent(name)}` }, name);
const articleLink = (id: string, label: string) => h('a', { href: `#/article/${encodeURIComponent(id)}` }, label);

export async function entityView(main: HTMLElement, name: string): Promise<void> {
  const [p, timeline] = await Promise.all([
    api<Profile>(`/api/entities/${encodeURIComponent(name)}`),
    // events by date for the chart; a missing timeline only leaves the events bars out
    api<{ entries: Array<{ date: string; kind: 'event' | 'quote' }> }>('/api/timeline', { name }).catch(() => ({ entries: [] })),
  ]);
  const eventsByMonth = new Map<string, number>();
  const timelineEvents = timeline.entries.filter((t) => t.kind === 'event');
  for (const t of timelineEvents) eventsByMonth.set(t.date.slice(0, 7), (eventsByMonth.get(t.date.slice(0, 7)) ?? 0) + 1);
  // the timeline stops at its first TIMELINE_LIMIT events: say how far the events bars reach instead of showing zeros
  const eventsUpTo = timelineEvents.length >= TIMELINE_LIMIT ? timelineEvents[timelineEvents.length - 1].date.slice(0, 7) : null;
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
        section('Merged names', 'No other names merged into this one.', p.merges.map((m) => h('li', {}, `${m.alias} `, articleLink(m.article, m.published.slice(0, 10)), h('span', { class: 'muted' }, ` ${m.match}, only such name in the ${m.basis}, confidence ${m.confidence}`)))),
        section('Roles', 'No roles stated.', p.roles.map((r) => h('li', {}, r.title, h('span', { class: 'muted' }, ` ${r.first.slice(0, 10)} – ${r.last.slice(0, 10)} (${r.articles})`)))),
        h('section', {}, h('h2', {}, 'Mentions and events over time'), timelineChart(p.mentionsByMonth, eventsByMonth), eventsUpTo ? h('p', { class: 'muted' }, `Events are counted up to ${eventsUpTo} (the first ${TIMELINE_LIMIT} in the timeline).`) : null),
        section('Co-occurring entities', 'None.', p.coOccurring.map((c) => h('li', {}, entityLink(c.name), h('span', { class: 'muted' }, ` ${c.type}, ${c.articles} article${c.articles === 1 ? '' : 's'}`))))),
      h('div', {},
        section('Quotes by', 'No quotes by this entity.', p.quotesBy.map((q) => h('li', {}, h('q', {}, unquoted(q.text)), ' ', articleLink(q.article, q.published.slice(0, 10))))),
        section('Quotes about', 'No quotes by others naming this entity.', p.quotesAbout.map((q) => h('li', {}, h('q', {}, unquoted(q.text)), ` — ${q.speaker ?? 'unknown'} `, articleLink(q.article, q.published.slice(0, 10))))),
        section('Events', 'No coded events with this entity as actor or target.', p.edges.map((ed) => h('li', {}, ed.direction === 'out' ? `${e.name} ${ed.type} ` : '', ed.other ? entityLink(ed.other) : ed.direction === 'out' ? '' : '?', ed.direction === 'in' ? ` ${ed.type} ${e.name}` : '', h('span', { class: 'muted' }, ` (${ed.events} event${ed.events === 1 ? '' : 's'}, ${ed.mentions} report${ed.mentions === 1 ? '' : 's'}${ed.tone !== null ? ', tone ' + ed.tone : ''})`)))))));
}

/** Bars per month: mentions, and events with the entity as actor or target (heights set through the style object, which the CSP allows). */
function timelineChart(rows: Profile['mentionsByMonth'], eventsByMonth: Map<string, number>): HTMLElement {
  const months = [...new Set([...rows.map((r) => r.month), ...eventsByMonth.keys()])].sort();
  if (!months.length) return h('p', { class: 'muted' }, 'No dated mentions.');
  const mentions = new Map(rows.map((r) => [r.month, r]));
  const max = Math.max(1, ...rows.map((r) => r.mentions), ...eventsByMonth.values());
  const label = (m: string) => `${m}: ${mentions.get(m)?.mentions ?? 0} mentions in ${mentions.get(m)?.articles ?? 0} articles, ${eventsByMonth.get(m) ?? 0} events`;
  const chart = h('div', { class: 'bars', role: 'img', 'aria-label': months.map(label).join('; ') });
  const bar = (cls: string, value: number, title: string) => {
    const el = h('div', { class: cls, title });
    el.style.height = `${value ? Math.max(4, (value / max) * 100) : 0}%`;
    return el;
  };
  for (const m of months) {
    chart.append(h('div', { class: 'bar-col' },
      h('div', { class: 'bar-pair' }, bar('bar', mentions.get(m)?.mentions ?? 0, label(m)), bar('bar bar-events', eventsByMonth.get(m) ?? 0, label(m))),
      h('span', { class: 'bar-label' }, m)));
  }
  return h('div', {}, chart, h('p', { class: 'legend-line muted' }, h('span', { class: 'swatch' }), ' mentions ', h('span', { class: 'swatch swatch-events' }), ' events'));
}
