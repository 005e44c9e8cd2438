/** A small TimeML reader: the plain text of <TEXT> with the TIMEX3 spans inside it as offsets, and the document's DCT. */

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod: string | null;
}

export interface TimeMLDocument {
  id: string;
  /** value of the TIMEX3 whose functionInDocument is CREATION_TIME */
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

function decodeEntity(name: string): string {
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? `&${name};`;
}

/** Reads one .tml file's content; throws with the file id when it has no TEXT or no creation time. */
export function readTimeML(xml: string, id: string): TimeMLDocument {
  const dctTag = /<TIMEX3\b([^>]*functionInDocument="CREATION_TIME"[^>]*)>/.exec(xml);
  if (!dctTag) throw new Error(`${id}: no TIMEX3 with functionInDocument="CREATION_TIME"`);
  const dct = attributes(dctTag[1]).value;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  if (open < 0 || close < open) throw new Error(`${id}: no <TEXT> element`);
  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const timexes: GoldTimex[] = [];
  let openTimex: { start: number; attrs: Record<string, string> } | null = null;
  let last = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9_]+)([^>]*?)\/?>|&(#x?[0-9a-fA-F]+|\w+);/g)) {
    text += body.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4] !== undefined) {
      text += decodeEntity(m[4]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') openTimex = { start: text.length, attrs: attributes(m[3]) };
    else if (openTimex) {
      const a = openTimex.attrs;
      timexes.push({ start: openTimex.start, end: text.length, text: text.slice(openTimex.start), type: a.type ?? '', value: a.value ?? '', mod: a.mod ?? null });
      openTimex = null;
    }
  }
  text += body.slice(last);
  return { id, dct, text, timexes };
}
