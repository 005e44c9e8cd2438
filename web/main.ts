import { ApiFailure, api } from './api';
import { h, notice, replace } from './dom';
import { searchView } from './views/search';
import { articleView } from './views/article';
import { entityView } from './views/entity';
import { graphView } from './views/graph';
import { mapView } from './views/map';
import { storiesView, storyView } from './views/stories';

/** Hash routes: #/ search, #/article/ID, #/entity/NAME, #/graph, #/map, #/stories, #/story/KEY. */
async function route(): Promise<void> {
  const main = document.getElementById('main') as HTMLElement;
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query ?? '');
  const parts = (path || '/').split('/').filter(Boolean).map(decodeURIComponent);
  document.getElementById('tip')!.hidden = true;
  try {
    if (!parts.length) await searchView(main, params);
    else if (parts[0] === 'article' && parts[1]) await articleView(main, parts[1]);
    else if (parts[0] === 'entity' && parts[1]) await entityView(main, parts[1]);
    else if (parts[0] === 'graph') await graphView(main, params);
    else if (parts[0] === 'map') await mapView(main, params);
    else if (parts[0] === 'stories') await storiesView(main);
    else if (parts[0] === 'story' && parts[1]) await storyView(main, parts[1]);
    else replace(main, notice('error', 'No such page.', 'Use the links at the top: Search, Stories, Graph or Map.'));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const advice = err instanceof ApiFailure && err.status === 404 ? `${message}. Go back to Search and pick another.` : `${message}. Reload the page; if it persists, check the terminal running tidings serve.`;
    replace(main, notice('error', 'This view could not be loaded.', advice));
  }
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · Tidings` : 'Tidings';
}

/** A count with thousands separators. */
const n = (value: number) => value.toLocaleString('en');

async function stats(): Promise<void> {
  try {
    const s = await api<{ articles: number; entities: number; events: number }>('/api/stats');
    replace(document.getElementById('stats')!, `${n(s.articles)} articles · ${n(s.entities)} entities · ${n(s.events)} events`);
  } catch {
    replace(document.getElementById('stats')!, h('span', {}, 'server not answering'));
  }
}

window.addEventListener('hashchange', () => void route());
void route();
void stats();
