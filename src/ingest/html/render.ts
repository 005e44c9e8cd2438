/**
 * DOM to plain text with the paragraph structure kept: block elements end a paragraph (a blank line), <br> ends a
 * line, and whitespace inside a paragraph collapses to single spaces, so the clean and segment stages see paragraphs.
 */

/** Elements whose content is never article text (lower case, as pages write them). */
export const NON_TEXT_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'button',
  'select', 'option', 'textarea', 'input', 'head', 'map', 'math',
]);

/** Elements that start and end a paragraph of their own. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Sink {
  paragraphs: string[];
  current: string;
}

function flush(sink: Sink): void {
  const text = sink.current
    .split('\n')
    .map((line) => line.replace(/[ \t\f\r\u00a0\u200b]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
  if (text) sink.paragraphs.push(text);
  sink.current = '';
}

function walk(node: Node, sink: Sink, inPre: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    const value = (node as Text).data ?? '';
    sink.current += inPre ? value : value.replace(/\s+/g, ' ');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const el = node as Element;
  const tag = el.tagName.toUpperCase();
  if (NON_TEXT_TAGS.has(tag.toLowerCase())) return;
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return;
  if (tag === 'BR') {
    sink.current += '\n';
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) flush(sink);
  const pre = inPre || tag === 'PRE';
  for (let child = el.firstChild; child; child = child.nextSibling) walk(child, sink, pre);
  if (block) flush(sink);
}

/** The paragraphs of a DOM subtree, in document order. */
export function renderParagraphs(root: Node): string[] {
  const sink: Sink = { paragraphs: [], current: '' };
  walk(root, sink, false);
  flush(sink);
  return sink.paragraphs;
}
