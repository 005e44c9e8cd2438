import { api, ApiFailure, type Page } from '../api';
import { h, notice, replace } from '../dom';

interface Hit { id: string; title: string | null; published: string; source: string | null; snippet: Array<{ text: string; hit: boolean }> }
interface ArticleRow { id: string; title: string | null; published: string; source: string | null; counts: Record<string, number> }

/** Search with date filters; without a query, the stored articles. */
export async function searchView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'words or names, as you would write them', 'aria-label': 'Search articles', id: 'q' });
  const fromIn = h('input', { type: 'date', name: 'from', value: from, 'aria-label': 'Published from' });
  const toIn = h('input', { type: 'date', name: 'to', value: to, 'aria-label': 'Published to' });
  const form = h('form', { class: 'search', role: 'search' }, input, h('label', {}, 'from ', fromIn), h('label', {}, 'to ', toIn), h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    if (fromIn.value) p.set('from', fromIn.value);
    if (toIn.value) p.set('to', toIn.value);
    location.hash = `#/?${p}`;
  });
  const results = h('section', { id: 'results', 'aria-live': 'polite' });
  replace(main, h('h1', {}, 'Search'), form, results);
  if (!params.has('q')) input.focus();
  await loadPage(results, q, from, to, undefined);
}

async function loadPage(results: HTMLElement, q: string, from: string, to: string, cursor: string | undefined): Promise<void> {
  const list = h('ol', { class: 'hits' });
  if (q) {
    let page: Page<Hit>;
    try {
      page = await api<Page<Hit>>('/api/search', { q, from, to, cursor });
    } catch (err) {
      // the server's own words for a query it cannot take (too long, a cursor from before a restart)
      if (!(err instanceof ApiFailure) || err.status < 400 || err.status >= 500) throw err;
      replace(results, notice('error', `The search "${q}" could not run.`, err.message));
      return;
    }
    if (!page.items.length && !cursor) {
      replace(results, notice('empty', `Nothing matches "${q}".`, 'Try fewer words, another spelling, or widen the dates: every word must be in an article.'));
      return;
    }
    for (const hit of page.items) {
      list.append(h('li', {},
        h('a', { href: `#/article/${encodeURIComponent(hit.id)}`, class: 'title' }, hit.title ?? firstWords(hit.snippet)),
        h('div', { class: 'meta' }, hit.published.slice(0, 10), hit.source ? ` · ${hit.source}` : ''),
        h('p', { class: 'snippet' }, ...hit.snippet.map((p) => (p.hit ? h('mark', {}, p.text) : p.text)))));
    }
    if (!cursor) replace(results, list); else results.append(list);
    more(results, page.nextCursor, (c) => loadPage(results, q, from, to, c));
  } else {
    const page = await api<Page<ArticleRow>>('/api/articles', { from, to, cursor });
    if (!page.items.length && !cursor) {
      replace(results, notice('empty', 'The store holds no articles yet.', 'Add some with: tidings ingest examples/articles (or run tidings start), then reload.'));
      return;
    }
    for (const a of page.items) {
      list.append(h('li', {},
        h('a', { href: `#/article/${encodeURIComponent(a.id)}`, class: 'title' }, a.title ?? `Article of ${a.published.slice(0, 10)}`),
        h('div', { class: 'meta' }, a.published.slice(0, 10), a.source ? ` · ${a.source}` : '', ` · ${a.counts.entities} entities, ${a.counts.quotes} quotes, ${a.counts.events} events`)));
    }
    if (!cursor) replace(results, h('h2', {}, 'Articles'), list); else results.append(list);
    more(results, page.nextCursor, (c) => loadPage(results, q, from, to, c));
  }
}

function more(results: HTMLElement, cursor: string | null, load: (c: string) => Promise<void>): void {
  if (!cursor) return;
  const button = h('button', { type: 'button', class: 'more' }, 'More results');
  button.addEventListener('click', () => {
    button.remove();
    void load(cursor);
  });
  results.append(button);
}

function firstWords(parts: Array<{ text: string }>): string {
  const text = parts.map((p) => p.text).join('');
  return text.length > 80 ? text.slice(0, 79) + '…' : text;
}
