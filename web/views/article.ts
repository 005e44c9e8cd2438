import { api } from '../api';
import { attachTip, h, notice, replace } from '../dom';
import { placeLine, published, unquoted } from '../format';

type Kind = 'entity' | 'place' | 'time' | 'event' | 'quote';
const KIND_LABEL: Record<Kind, string> = { entity: 'Entities', place: 'Places', time: 'Time expressions', event: 'Events', quote: 'Quotes' };

interface Span { start: number; end: number }
interface Extraction {
  text: string;
  removed: Array<{ text: string; rule: string; kind: string }>;
  entities: Array<{ id: string; name: string; type: string; country: string | null; roles: Array<{ title: string }>; standsFor: { name: string } | null; confidence: number; mentions: Array<Span & { text: string; via: string; confidence: number }> }>;
  timexes: Array<Span & { type: string; value: string; mod: string | null; confidence: number }>;
  places: { mentions: Array<Span & { name: string; kind: string; country: string | null; lat: number | null; lon: number | null; confidence: number; entity: string | null }> };
  quotes: Array<Span & { kind: string; speaker: string | null; speakerText: string | null; confidence: number; parts: Span[] }>;
  events: Array<{ id: string; type: string; cameo: string; modality: string; confidence: number; intensity: number; source: { name: string } | null; target: { name: string } | null; date: { value: string }; place: { name: string; fromFocus: boolean } | null; trigger: Span & { text: string } }>;
}
interface ArticleResponse { article: { id: string; title?: string; published: string; source?: string; url?: string }; extraction: Extraction }

/** One highlight in the text: a span with every annotation that has exactly that span. */
interface Mark extends Span { kinds: Set<Kind>; lines: string[]; entity?: { id: string; name: string } }

const pct = (c: number) => `${Math.round(c * 100)}%`;

/** The inline highlights: same-span annotations merged, then overlaps resolved longest first (quotes are drawn separately). */
export function inlineMarks(x: Extraction): Mark[] {
  const bySpan = new Map<string, Mark>();
  const add = (s: Span, kind: Kind, lines: string[], entity?: { id: string; name: string }) => {
    if (!(s.end > s.start)) return;
    const key = `${s.start}:${s.end}`;
    const m = bySpan.get(key) ?? { start: s.start, end: s.end, kinds: new Set<Kind>(), lines: [] };
    m.kinds.add(kind);
    m.lines.push(...lines);
    if (entity) m.entity = entity;
    bySpan.set(key, m);
  };
  for (const e of x.entities) {
    for (const m of e.mentions) {
      add(m, 'entity', [`${e.name} (${e.type}${e.country ? ', ' + e.country : ''})`, ...(e.roles.length ? [`roles: ${e.roles.map((r) => r.title).join(', ')}`] : []), ...(e.standsFor ? [`stands for ${e.standsFor.name}`] : []), `via ${m.via}, confidence ${pct(m.confidence)}`], { id: e.id, name: e.name });
    }
  }
  for (const p of x.places.mentions) add(p, 'place', [`place: ${p.name} (${p.kind}${p.country ? ', ' + p.country : ''})`, p.lat !== null && p.lon !== null ? `at ${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}` : 'no coordinates', `confidence ${pct(p.confidence)}`]);
  for (const t of x.timexes) add(t, 'time', [`${t.type} ${t.value}${t.mod ? ' (' + t.mod + ')' : ''}`, `confidence ${pct(t.confidence)}`]);
  for (const e of x.events) add(e.trigger, 'event', [`event ${e.type} (CAMEO ${e.cameo}), ${e.modality}`, `${e.source?.name ?? '?'} → ${e.target?.name ?? '?'}${e.place ? ' in ' + placeLine(e.place.name, e.place.fromFocus) : ''}, ${e.date.value}`, `intensity ${e.intensity}, confidence ${pct(e.confidence)}`]);
  const sorted = [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const chosen: Mark[] = [];
  for (const m of sorted) if (!chosen.length || m.start >= chosen[chosen.length - 1].end) chosen.push(m);
  return chosen;
}

export async function articleView(main: HTMLElement, id: string): Promise<void> {
  const { article, extraction: x } = await api<ArticleResponse>(`/api/articles/${encodeURIComponent(id)}`);
  const marks = inlineMarks(x);
  const quoteAt = quoteIndex(x);
  const body = h('div', { class: 'article-text', id: 'article-text' });
  // paragraphs split on blank lines; every piece of article text goes in as a text node
  let para = h('p', {});
  body.append(para);
  const pushText = (from: number, to: number) => {
    let pos = from;
    while (pos < to) {
      const nl = x.text.indexOf('\n\n', pos);
      const end = nl === -1 || nl >= to ? to : nl;
      appendQuoted(para, x.text.slice(pos, end), quoteAt, pos);
      if (end === nl) {
        para = h('p', {});
        body.append(para);
        pos = end + 2;
      } else pos = end;
    }
  };
  let pos = 0;
  for (const m of marks) {
    pushText(pos, m.start);
    const kinds = [...m.kinds];
    const cls = ['hl', ...kinds.map((k) => `hl-${k}`), quoteAt(m.start) ? 'in-quote' : ''].join(' ').trim();
    const el = m.entity
      ? h('a', { class: cls, href: `#/entity/${encodeURIComponent(m.entity.name)}`, 'data-entity': m.entity.id }, x.text.slice(m.start, m.end))
      : h('span', { class: cls, tabindex: '0' }, x.text.slice(m.start, m.end));
    el.setAttribute('aria-label', `${x.text.slice(m.start, m.end)}: ${m.lines[0]}`);
    attachTip(el, () => m.lines);
    para.append(el);
    pos = m.end;
  }
  pushText(pos, x.text.length);

  const legend = h('div', { class: 'legend', 'aria-label': 'Highlight kinds' }, ...(['entity', 'place', 'time', 'event', 'quote'] as Kind[]).map((k) => h('span', { class: `hl hl-${k}` }, `${KIND_LABEL[k]} (${count(x, k)})`)));
  const furniture = removedToggle(x);
  const quotes = h('section', {}, h('h2', {}, 'Quotes'), x.quotes.length ? h('ul', { class: 'quotes' }, ...x.quotes.map((q) => {
    const speaker = x.entities.find((e) => e.id === q.speaker);
    return h('li', {}, h('q', {}, unquoted(x.text.slice(q.start, q.end))), ' — ', speaker ? h('a', { href: `#/entity/${encodeURIComponent(speaker.name)}` }, speaker.name) : (q.speakerText ?? 'unknown speaker'), h('span', { class: 'muted' }, ` (${q.kind}, ${pct(q.confidence)})`));
  })) : h('p', { class: 'muted' }, 'No quotes found in this article.'));
  const url = article.url && /^https?:\/\//i.test(article.url) ? h('a', { href: article.url, rel: 'noopener noreferrer' }, 'original') : null;
  replace(main,
    h('p', {}, h('a', { href: '#/', class: 'back' }, '← Search')),
    h('h1', { id: 'article-title' }, article.title ?? `Article of ${article.published.slice(0, 10)}`),
    h('div', { class: 'meta' }, published(article.published), article.source ? ` · ${article.source}` : '', url ? ' · ' : '', url),
    legend, furniture, body, quotes);
}

function count(x: Extraction, k: Kind): number {
  if (k === 'entity') return x.entities.length;
  if (k === 'place') return x.places.mentions.length;
  if (k === 'time') return x.timexes.length;
  if (k === 'event') return x.events.length;
  return x.quotes.length;
}

/** Whether an offset lies inside a quote's content. */
function quoteIndex(x: Extraction): (offset: number) => boolean {
  const parts = x.quotes.flatMap((q) => (q.parts.length ? q.parts : [q]));
  return (o) => parts.some((p) => o >= p.start && o < p.end);
}

/** Appends plain text, wrapping the runs that are inside quotes. */
function appendQuoted(para: HTMLElement, text: string, inQuote: (o: number) => boolean, offset: number): void {
  let runStart = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || inQuote(offset + i) !== inQuote(offset + runStart)) {
      const run = text.slice(runStart, i);
      para.append(inQuote(offset + runStart) ? h('span', { class: 'hl-quote' }, run) : document.createTextNode(run));
      runStart = i;
    }
  }
}

function removedToggle(x: Extraction): HTMLElement {
  if (!x.removed.length) return h('p', { class: 'muted' }, 'Cleaning removed nothing from this article.');
  const list = h('ul', { class: 'removed', hidden: true }, ...x.removed.map((r) => h('li', {}, h('span', { class: 'muted' }, `${r.kind} (${r.rule}): `), r.text)));
  const box = h('input', { type: 'checkbox', id: 'show-removed' });
  box.addEventListener('change', () => {
    list.hidden = !box.checked;
  });
  return h('div', { class: 'furniture' }, h('label', {}, box, ` Show removed page furniture (${x.removed.length})`), list);
}
