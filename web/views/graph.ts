import cytoscape from 'cytoscape';
import { api } from '../api';
import { h, notice, replace } from '../dom';

interface Graph {
  nodes: Array<{ id: string; name: string; events: number }>;
  edges: Array<{ id: string; source: string; target: string; type: string; events: number; mentions: number; tone: number | null; eventKeys: number[] }>;
}
interface Mention { article: string; source: string | null; published: string; claim: string; modality: string; confidence: number; evidence: string }

/** The actor graph: entities as nodes, coded events as edges (typed, weighted by count); an edge lists its evidence. */
export async function graphView(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const entity = params.get('entity') ?? '';
  const type = params.get('type') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const fields = {
    entity: h('input', { name: 'entity', value: entity, placeholder: 'entity name', 'aria-label': 'Around entity' }),
    type: h('input', { name: 'type', value: type, placeholder: 'event type, e.g. CONSULT', 'aria-label': 'Event type' }),
    from: h('input', { type: 'date', name: 'from', value: from, 'aria-label': 'From' }),
    to: h('input', { type: 'date', name: 'to', value: to, 'aria-label': 'To' }),
  };
  const form = h('form', { class: 'search' }, fields.entity, fields.type, fields.from, fields.to, h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const [k, el] of Object.entries(fields)) if (el.value.trim()) p.set(k, el.value.trim());
    location.hash = `#/graph?${p}`;
  });
  const canvas = h('div', { id: 'graph', role: 'img', 'aria-label': 'Actor graph' });
  const details = h('section', { id: 'edge-details', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Select an edge (click it, or use the list below) to read its events and the sentences they came from.'));
  replace(main, h('h1', {}, 'Actor graph'), form, canvas, details);
  const full = await api<Graph>('/api/graph', { entity, type, from, to });
  const g = busiest(full);
  if (!g.edges.length) {
    replace(canvas, notice('empty', 'No events between actors match.', 'Clear the filters, or ingest more articles: events appear when an article reports an actor doing something to another.'));
    return;
  }
  cytoscapeStylesheetMarker();
  const maxEvents = Math.max(...g.edges.map((e) => e.events));
  const cy = cytoscape({
    container: canvas,
    elements: [
      // start from a circle (not all at one point), so the force layout is deterministic and separates every node
      ...g.nodes.map((n, i) => ({ data: { id: n.id, label: n.name, weight: n.events }, position: { x: 300 * Math.cos((2 * Math.PI * i) / g.nodes.length), y: 300 * Math.sin((2 * Math.PI * i) / g.nodes.length) } })),
      ...g.edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.target, label: e.type, width: 1 + (4 * e.events) / maxEvents, tone: e.tone ?? 0 } })),
    ],
    // labels count as part of a node, so names do not land on each other; repulsion strong enough to spread a busy cluster
    layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 20_000, idealEdgeLength: () => 50, componentSpacing: 30, padding: 10 },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 16, 'text-wrap': 'wrap', 'text-max-width': '130px', 'background-color': '#2f6fab', color: '#1b1b1b', 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18 } },
      { selector: 'edge', style: { label: 'data(label)', 'font-size': 12, width: 'data(width)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'line-color': '#9aa7b4', 'target-arrow-color': '#9aa7b4', color: '#555' } },
      { selector: 'edge:selected', style: { 'line-color': '#d9480f', 'target-arrow-color': '#d9480f' } },
    ],
    wheelSensitivity: 0.3,
  });
  const names = new Map(g.nodes.map((n) => [n.id, n.name]));
  const showEdge = async (edgeId: string) => {
    const e = g.edges.find((x) => x.id === edgeId);
    if (!e) return;
    cy.$(':selected').unselect();
    cy.getElementById(edgeId).select();
    replace(details, h('h2', {}, `${names.get(e.source)} ${e.type} ${names.get(e.target)}`), h('p', { class: 'muted' }, 'Loading evidence…'));
    const lists = await Promise.all(e.eventKeys.slice(0, 10).map((k) => api<{ items: Mention[] }>(`/api/events/${k}/mentions`)));
    const items = lists.flatMap((l) => l.items);
    replace(details, h('h2', {}, `${names.get(e.source)} ${e.type} ${names.get(e.target)}`),
      h('p', {}, `${e.events} event${e.events === 1 ? '' : 's'}, ${e.mentions} report${e.mentions === 1 ? '' : 's'}`),
      h('ul', { class: 'evidence' }, ...items.map((m) => h('li', {}, h('q', {}, m.evidence), ' ', h('a', { href: `#/article/${encodeURIComponent(m.article)}` }, `${m.published.slice(0, 10)}${m.source ? ' ' + m.source : ''}`), h('span', { class: 'muted' }, ` (${m.claim}, ${m.modality})`)))));
  };
  cy.on('tap', 'edge', (evt) => void showEdge(evt.target.id()));
  cy.on('tap', 'node', (evt) => {
    location.hash = `#/entity/${encodeURIComponent(evt.target.data('label'))}`;
  });
  // the same edges as a keyboard-usable list
  const list = h('ul', { class: 'edge-list' }, ...g.edges.map((e) => {
    const b = h('button', { type: 'button', class: 'linklike' }, `${names.get(e.source)} ${e.type} ${names.get(e.target)} (${e.events})`);
    b.addEventListener('click', () => void showEdge(e.id));
    return h('li', {}, b);
  }));
  const shown = g.edges.length < full.edges.length
    ? h('p', { class: 'muted' }, `Showing the ${g.edges.length} busiest of ${full.edges.length} links. Filter by entity, event type or dates to see the others.`)
    : null;
  main.insertBefore(h('p', { class: 'meta' }, `${g.nodes.length} actors, ${g.edges.length} links`), canvas);
  if (shown) main.insertBefore(shown, canvas);
  main.append(h('section', {}, h('h2', {}, 'Edges'), list));
}

/**
 * Cytoscape adds an inline <style> element (".__________cytoscape_container { position: relative; }") unless an element
 * with its stylesheet id exists. The served CSP refuses inline styles, so the rule lives in style.css and this empty
 * marker tells cytoscape not to try.
 */
function cytoscapeStylesheetMarker(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('meta');
  marker.id = id;
  document.head.append(marker);
}

/** Most links drawn at once: beyond this a force layout on a laptop becomes a slow, unreadable hairball. */
const MAX_DRAWN_EDGES = 120;

/** The graph cut to its busiest links (most events first) and the actors they join. */
function busiest(g: Graph): Graph {
  if (g.edges.length <= MAX_DRAWN_EDGES) return g;
  const edges = [...g.edges].sort((a, b) => b.events - a.events || b.mentions - a.mentions).slice(0, MAX_DRAWN_EDGES);
  const used = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: g.nodes.filter((n) => used.has(n.id)), edges };
}
