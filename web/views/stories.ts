import { api } from '../api';
import { h, notice, replace } from '../dom';
import { eventLine } from '../format';

interface Story { key: number; title: string | null; first: string; last: string; articles: number; sources: number; entities: string[] }
interface StoryArticle { id: string; title: string | null; source: string | null; published: string; duplicateOf: string | null }

export async function storiesView(main: HTMLElement): Promise<void> {
  const { items } = await api<{ items: Story[] }>('/api/stories');
  if (!items.length) {
    replace(main, h('h1', {}, 'Stories'), notice('empty', 'No stories yet.', 'Stories form as related articles are ingested: run tidings ingest on more articles.'));
    return;
  }
  replace(main, h('h1', {}, 'Stories'), h('ol', { class: 'hits' }, ...items.map((st) => h('li', {},
    h('a', { href: `#/story/${st.key}`, class: 'title' }, st.title ?? `Story ${st.key}`),
    h('div', { class: 'meta' }, `${st.first.slice(0, 10)} – ${st.last.slice(0, 10)} · ${st.articles} article${st.articles === 1 ? '' : 's'} from ${st.sources} source${st.sources === 1 ? '' : 's'}`),
    h('div', { class: 'muted' }, st.entities.join(', '))))));
}

export async function storyView(main: HTMLElement, key: string): Promise<void> {
  const { story, articles, events } = await api<{ story: Story; articles: StoryArticle[]; events: Array<{ key: number; type: string; source: string | null; target: string | null; date: string; mentions: number; sources: number }> }>(`/api/stories/${encodeURIComponent(key)}`);
  replace(main,
    h('p', {}, h('a', { href: '#/stories', class: 'back' }, '← Stories')),
    h('h1', {}, story.title ?? `Story ${story.key}`),
    h('div', { class: 'meta' }, `${story.first.slice(0, 10)} – ${story.last.slice(0, 10)}`),
    h('h2', {}, 'Sources'),
    h('ul', {}, ...articles.map((a) => h('li', {}, h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title ?? a.id), h('span', { class: 'muted' }, ` ${a.published.slice(0, 10)}${a.source ? ' · ' + a.source : ''}${a.duplicateOf ? ' · copy' : ''}`)))),
    h('h2', {}, 'Merged events'),
    events.length ? h('ul', {}, ...events.map((e) => h('li', {}, `${e.date} ${eventLine(e)}`, h('span', { class: 'muted' }, ` (${e.mentions} report${e.mentions === 1 ? '' : 's'}, ${e.sources} source${e.sources === 1 ? '' : 's'})`)))) : h('p', { class: 'muted' }, 'No coded events in this story.'));
}
