/** Elements whose text is never read: code, styles, templates, form options (an archive drop-down lists months). */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'option', 'select', 'textarea', 'title', 'meta', 'link']);
/** Elements that end a line of text: a date in one never runs into the words of the next. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/** Decimal digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, full-width): each is one UTF-16 unit. */
const OTHER_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\uFF10-\uFF19]/g;
const DIGIT_ZERO = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];

/** Western digits for the digits of other scripts, keeping every offset. */
export function westernDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZERO.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/** A stretch of the page's text and the element whose own text it is. */
export interface TextRun {
  start: number;
  end: number;
  el: Element;
}

/** The page's visible text as one string (white space collapsed, a line break between blocks), mapped back to elements. */
export interface PageText {
  text: string;
  runs: TextRun[];
  /** where each element's text begins (elements without text begin where the next text does) */
  startOf: Map<Element, number>;
  /** where each element's text ends */
  endOf: Map<Element, number>;
}

/**
 * Walks the whole document without recursion (a page nested thousands deep must not overflow the stack). Not just the
 * body: a light parser leaves a page's content in the head when the head holds a stray element.
 */
export function pageText(doc: Document): PageText {
  const parts: string[] = [];
  const runs: TextRun[] = [];
  const startOf = new Map<Element, number>();
  const endOf = new Map<Element, number>();
  let length = 0;
  let lastChar = '\n';
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    lastChar = s[s.length - 1];
  };
  const root = doc.documentElement;
  if (!root) return { text: '', runs, startOf, endOf };
  // a stack of nodes to visit, with a marker to close a block after its children
  const stack: Array<Node | { close: Element; block: boolean }> = Array.from(doc.childNodes).reverse();
  while (stack.length) {
    const item = stack.pop()!;
    if ('close' in item) {
      if (item.block && lastChar !== '\n') push('\n');
      endOf.set(item.close, length);
      continue;
    }
    const node = item;
    if (node.nodeType === 3) {
      const raw = westernDigits((node.nodeValue ?? '').replace(/\s+/g, ' '));
      const s = lastChar === '\n' || lastChar === ' ' ? raw.replace(/^ /, '') : raw;
      if (s) {
        runs.push({ start: length, end: length + s.length, el: node.parentElement ?? root });
        push(s);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    startOf.set(el, length);
    const block = BLOCK_TAGS.has(tag);
    if (block && lastChar !== '\n') push('\n');
    stack.push({ close: el, block });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return { text: parts.join(''), runs, startOf, endOf };
}

/** The element whose text holds the character at `offset` (binary search over the runs). */
export function elementAt(page: PageText, offset: number): Element | undefined {
  let lo = 0, hi = page.runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const run = page.runs[mid];
    if (offset < run.start) hi = mid - 1;
    else if (offset >= run.end) lo = mid + 1;
    else return run.el;
  }
  return undefined;
}
