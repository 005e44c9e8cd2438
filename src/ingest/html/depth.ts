/**
 * Bounds how deeply a page's elements nest before any DOM library sees it. Readability and the DOM walk recurse per
 * level: 3,000 nested divs overflowed the stack and 1,000 took 16 s. Start tags past MAX_DEPTH are dropped with their
 * end tags (their text stays, one level up), in one linear pass over the markup.
 */

/** Deeper than real article pages (20-60 levels); Readability's cost grows with the square of the depth (0.3 s at 100, 2 s at 200). */
export const MAX_DEPTH = 100;

/** Elements with no content: they never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'isindex']);
/** Elements whose content is raw text up to their end tag (markup inside is not parsed). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);
/** Elements a parser closes when a sibling of the same kind opens (<p>a<p>b are siblings, not nested). */
const AUTO_CLOSED = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp', 'caption', 'colgroup']);
/** How far down the open elements an implied close looks (a sibling is near the top). */
const AUTO_CLOSE_REACH = 8;

export interface FlattenResult {
  html: string;
  /** start tags dropped for being too deep */
  dropped: number;
  /** the deepest nesting seen */
  depth: number;
}

const TAG = /<(!--[\s\S]*?(?:-->|$)|[!?][^>]*>?|\/?([a-zA-Z][a-zA-Z0-9:-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?)/g;

export function flattenDeepNesting(html: string, maxDepth = MAX_DEPTH): FlattenResult {
  const open: Array<{ name: string; dropped: boolean }> = [];
  // open elements per name: an end tag with none open is skipped without searching
  const openCount = new Map<string, number>();
  let lower: string | undefined;
  // inside <svg> or <math> a self-closing tag really closes (in HTML it does not)
  let foreign = 0;
  let deepest = 0;
  let dropped = 0;
  const out: string[] = [];
  let last = 0;
  const push = (name: string, isDropped: boolean) => {
    open.push({ name, dropped: isDropped });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
  };
  const drop = (start: number, end: number) => {
    out.push(html.slice(last, start));
    last = end;
  };
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    const tag = m[0];
    if (tag[1] === '/') {
      if (!openCount.get(name)) continue;
      // the innermost open element of that name closes with everything opened inside it (each popped once: linear)
      let at = open.length - 1;
      while (open[at].name !== name) at--;
      const entry = open[at];
      for (let k = open.length - 1; k >= at; k--) {
        const n = open[k].name;
        openCount.set(n, openCount.get(n)! - 1);
        if (n === 'svg' || n === 'math') foreign--;
      }
      open.length = at;
      if (entry.dropped) drop(m.index, m.index + tag.length);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      // skip to the end tag: its content is text, whatever it looks like
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = close < 0 ? html.length : close;
      if (open.length >= maxDepth) {
        // too deep: the element goes and its raw content stays as text
        dropped++;
        drop(m.index, m.index + tag.length);
        push(name, true);
      } else push(name, false);
      continue;
    }
    if (VOID.has(name) || (foreign > 0 && tag.endsWith('/>'))) continue;
    if (AUTO_CLOSED.has(name)) {
      for (let k = open.length - 1; k >= Math.max(0, open.length - AUTO_CLOSE_REACH); k--) {
        if (open[k].name === name) {
          for (let j = open.length - 1; j >= k; j--) {
            const n = open[j].name;
            openCount.set(n, openCount.get(n)! - 1);
            if (n === 'svg' || n === 'math') foreign--;
          }
          open.length = k;
          break;
        }
      }
    }
    if (name === 'svg' || name === 'math') foreign++;
    const tooDeep = open.length >= maxDepth;
    if (tooDeep) {
      dropped++;
      drop(m.index, m.index + tag.length);
    }
    push(name, tooDeep);
    deepest = Math.max(deepest, open.length);
  }
  if (dropped === 0) return { html, dropped, depth: deepest };
  out.push(html.slice(last));
  return { html: out.join(''), dropped, depth: deepest };
}
