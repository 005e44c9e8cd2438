/**
 * The only way this UI builds DOM: elements with attributes set one by one and children added as text nodes.
 * Article content is never parsed as HTML, so tags, handlers and javascript: links inside it stay plain text.
 */
export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (/^on/i.test(k)) throw new Error(`event handlers are attached with addEventListener, not as "${k}"`);
    if (k === 'href' && typeof v === 'string' && !safeHref(v)) continue;
    el.setAttribute(k, v === true ? '' : v);
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/** Links the UI makes go to its own routes or to http(s) pages; anything else (javascript:, data:) is dropped. */
export function safeHref(href: string): boolean {
  return href.startsWith('#') || /^https?:\/\//i.test(href);
}

/** Replaces the content of `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

/** An error or empty state that says what to do next. */
export function notice(kind: 'empty' | 'error', title: string, advice: string): HTMLElement {
  return h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, h('strong', {}, title), h('p', {}, advice));
}

const tip = () => document.getElementById('tip') as HTMLElement;

/** Shows `lines` next to `anchor` (hover or keyboard focus); hidden again on leave or blur. */
export function attachTip(anchor: HTMLElement, lines: () => string[]): void {
  const show = () => {
    const t = tip();
    replace(t, ...lines().map((l) => h('div', {}, l)));
    t.hidden = false;
    const r = anchor.getBoundingClientRect();
    t.style.left = `${Math.max(8, Math.min(window.innerWidth - 340, r.left + window.scrollX))}px`;
    t.style.top = `${r.bottom + window.scrollY + 6}px`;
  };
  const hide = () => {
    tip().hidden = true;
  };
  anchor.addEventListener('mouseenter', show);
  anchor.addEventListener('focus', show);
  anchor.addEventListener('mouseleave', hide);
  anchor.addEventListener('blur', hide);
  // Escape dismisses the tooltip without moving focus (it can hide text the reader wants to see)
  anchor.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}
