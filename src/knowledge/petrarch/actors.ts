/**
 * PETRARCH-format actor dictionaries with dated roles (the Phoenix actor files, PETR.Validate.actors.txt).
 * An entry is a name line (`VLADIMIR_PUTIN_`), `+SYNONYM` lines, and codes, on the name line or on lines of their own:
 * `[RUSGOV]` (no date: the default), `[RUSGOV 991231-080507]` (a window), `[RUSGOV >080508]` (from), `[USAELI <090120]`
 * (until). Dates are YYMMDD (00-30 read as 20YY, as PETRARCH does) or YYYYMMDD. Name lines with no code of their own
 * share the codes that follow them (the dictionaries list several spellings before one set of codes).
 */

export interface DatedCode {
  code: string;
  /** ISO day the code starts to apply, or null */
  from: string | null;
  /** ISO day it stops applying, or null */
  to: string | null;
}

export interface ActorEntry {
  /** lower-case phrases, words joined by single spaces */
  names: string[];
  codes: DatedCode[];
}

/** YYMMDD or YYYYMMDD to YYYY-MM-DD; null for anything else. */
export function dictionaryDate(raw: string): string | null {
  const d = raw.trim();
  let y: number;
  let rest: string;
  if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    // PETRARCH's own rule for two-digit years
    y = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = d.slice(2);
  } else if (/^\d{8}$/.test(d)) {
    y = Number(d.slice(0, 4));
    rest = d.slice(4);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || day < 1 || day > 31) return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** `CODE`, `CODE >YYMMDD`, `CODE <YYMMDD`, `CODE YYMMDD-YYMMDD`; null when the date cannot be read. */
export function parseDatedCode(inside: string): DatedCode | null {
  const m = /^\s*([A-Za-z]{3,})\s*(.*)$/.exec(inside);
  if (!m) return null;
  const code = m[1].toUpperCase();
  const when = m[2].replace(/\s+/g, '');
  if (!when) return { code, from: null, to: null };
  if (when.startsWith('>')) {
    const from = dictionaryDate(when.slice(1));
    return from ? { code, from, to: null } : null;
  }
  if (when.startsWith('<')) {
    const to = dictionaryDate(when.slice(1));
    return to ? { code, from: null, to } : null;
  }
  const [a, b] = when.split('-');
  const from = dictionaryDate(a ?? '');
  const to = dictionaryDate(b ?? '');
  return from && to ? { code, from, to } : null;
}

function phraseOf(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Parses one actor dictionary's text into entries (names with their dated codes). */
export function parseActorDictionary(text: string): ActorEntry[] {
  const out: ActorEntry[] = [];
  // names waiting for codes: the current entry and any code-less name lines before it
  let pending: string[] = [];
  let codes: DatedCode[] = [];
  const flush = (): void => {
    if (pending.length && codes.length) out.push({ names: [...new Set(pending)], codes });
    if (codes.length) pending = [];
    codes = [];
  };
  for (const raw of text.replace(/<!--[\s\S]*?-->/g, '\n').split(/\r?\n/)) {
    const hash = raw.indexOf('#');
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!line) continue;
    if (line.startsWith('[')) {
      for (const m of line.matchAll(/\[([^\]]*)\]/g)) {
        const c = parseDatedCode(m[1]);
        if (c) codes.push(c);
      }
      continue;
    }
    const onLine = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => parseDatedCode(m[1])).filter((c): c is DatedCode => !!c);
    const name = phraseOf(line.replace(/\[[^\]]*\]/g, '').replace(/^\+/, ''));
    if (line.startsWith('+')) {
      if (name) pending.push(name);
      codes.push(...onLine);
      continue;
    }
    // a new name line: the entry before it is complete if it has codes
    flush();
    if (name) pending.push(name);
    codes.push(...onLine);
  }
  flush();
  return out;
}

/** The code in force on `day` (YYYY-MM-DD): a dated code whose window holds it, else the undated default. */
export function codeOn(codes: DatedCode[], day: string): string | null {
  let fallback: string | null = null;
  for (const c of codes) {
    if (c.from === null && c.to === null) {
      fallback ??= c.code;
      continue;
    }
    if ((c.from === null || c.from <= day) && (c.to === null || day <= c.to)) return c.code;
  }
  return fallback;
}
