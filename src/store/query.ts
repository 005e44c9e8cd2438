import { StoreError } from './errors.js';
import { NO_SPACE_RANGES, noSpaceRuns } from './ngrams.js';

/**
 * The search syntax both backends accept, after SQLite FTS5's: words (implicit AND), "a phrase", prefix*, AND, OR,
 * NOT (binary: `a NOT b`), NEAR(a b) and parentheses; NOT binds tightest, then AND, then OR. SQLite reads the
 * query natively; PostgreSQL gets it translated to a tsquery through this parser, so both refuse the same
 * malformed queries.
 */
export type QueryNode =
  | { kind: 'term'; words: string[]; prefix: boolean }
  | { kind: 'and' | 'or'; children: QueryNode[] }
  | { kind: 'not'; keep: QueryNode; drop: QueryNode };

type Token = { type: 'word'; text: string; prefix: boolean } | { type: 'phrase'; words: string[]; prefix: boolean } | { type: 'op'; text: 'AND' | 'OR' | 'NOT' | 'NEAR' } | { type: '(' | ')' };

/** A bareword: letters, digits, underscore, and any non-ASCII character (as FTS5). */
const BAREWORD = /^[\p{L}\p{N}_\u0080-\uFFFF]+/u;
/** Splits a quoted phrase into words the way the tokenizers do: on anything that is not a letter or digit. */
const PHRASE_WORD = /[\p{L}\p{N}_]+/gu;

function bad(query: string, why: string): StoreError {
  return new StoreError('bad-query', `malformed search query ${JSON.stringify(query)}: ${why} (put phrases and words with punctuation in double quotes; operators are AND, OR, NOT, NEAR)`);
}

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ type: c });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      let inner = '';
      for (;;) {
        if (j >= query.length) throw bad(query, 'unterminated quotes');
        if (query[j] === '"') {
          if (query[j + 1] === '"') { // "" inside a phrase is a literal quote
            inner += '"';
            j += 2;
            continue;
          }
          break;
        }
        inner += query[j++];
      }
      i = j + 1;
      const prefix = query[i] === '*';
      if (prefix) i++;
      const words = inner.match(PHRASE_WORD) ?? [];
      if (!words.length) throw bad(query, 'a phrase without words');
      tokens.push({ type: 'phrase', words, prefix });
    } else {
      const m = BAREWORD.exec(query.slice(i));
      if (!m) throw bad(query, `unexpected ${JSON.stringify(c)}`);
      i += m[0].length;
      const prefix = query[i] === '*';
      if (prefix) i++;
      if (!prefix && (m[0] === 'AND' || m[0] === 'OR' || m[0] === 'NOT' || m[0] === 'NEAR')) tokens.push({ type: 'op', text: m[0] });
      else tokens.push({ type: 'word', text: m[0], prefix });
    }
  }
  return tokens;
}

export function parseQuery(query: string): QueryNode {
  const tokens = tokenize(query);
  if (!tokens.length) throw new StoreError('bad-query', 'empty search query');
  let pos = 0;
  const peek = () => tokens[pos];
  const startsPrimary = (t: Token | undefined) => !!t && (t.type === 'word' || t.type === 'phrase' || t.type === '(' || (t.type === 'op' && t.text === 'NEAR'));

  const primary = (): QueryNode => {
    const t = tokens[pos++];
    if (!t) throw bad(query, 'it ends where a word was expected');
    if (t.type === 'word') return { kind: 'term', words: [t.text], prefix: t.prefix };
    if (t.type === 'phrase') return { kind: 'term', words: t.words, prefix: t.prefix };
    if (t.type === '(') {
      const inner = orExpr();
      if (tokens[pos++]?.type !== ')') throw bad(query, 'unbalanced parentheses');
      return inner;
    }
    if (t.type === 'op' && t.text === 'NEAR') {
      // NEAR(a b [, N]): every term near the others; both backends approximate it as AND
      if (tokens[pos++]?.type !== '(') throw bad(query, 'NEAR wants parentheses: NEAR(a b)');
      const children: QueryNode[] = [];
      while (peek() && peek().type !== ')') {
        const n = peek();
        if (n.type === 'word' && /^\d+$/.test(n.text) && children.length >= 2) {
          pos++;
          continue;
        }
        children.push(primary());
      }
      if (tokens[pos++]?.type !== ')') throw bad(query, 'unbalanced parentheses');
      if (children.length < 1) throw bad(query, 'NEAR() is empty');
      return { kind: 'and', children };
    }
    throw bad(query, `${t.type === 'op' ? t.text : t.type} where a word was expected`);
  };
  const notExpr = (): QueryNode => {
    let node = primary();
    while (peek()?.type === 'op' && (peek() as { text: string }).text === 'NOT') {
      pos++;
      node = { kind: 'not', keep: node, drop: primary() };
    }
    return node;
  };
  const andExpr = (): QueryNode => {
    const children = [notExpr()];
    for (;;) {
      const t = peek();
      if (t?.type === 'op' && t.text === 'AND') {
        pos++;
        children.push(notExpr());
      } else if (startsPrimary(t)) children.push(notExpr());
      else break;
    }
    return children.length === 1 ? children[0] : { kind: 'and', children };
  };
  const orExpr = (): QueryNode => {
    const children = [andExpr()];
    while (peek()?.type === 'op' && (peek() as { text: string }).text === 'OR') {
      pos++;
      children.push(andExpr());
    }
    return children.length === 1 ? children[0] : { kind: 'or', children };
  };

  const node = orExpr();
  if (pos < tokens.length) {
    const t = tokens[pos];
    throw bad(query, t.type === ')' ? 'unbalanced parentheses' : `unexpected ${t.type === 'op' ? t.text : t.type}`);
  }
  return node;
}

/** The query as PostgreSQL tsquery text (for to_tsquery, which stems each quoted word as the index did). */
export function toTsquery(node: QueryNode): string {
  switch (node.kind) {
    case 'term': {
      const quoted = node.words.map((w) => `'${w.replace(/['\\]/g, (c) => '\\' + c)}'`);
      if (node.prefix) quoted[quoted.length - 1] += ':*';
      return quoted.length > 1 ? `(${quoted.join(' <-> ')})` : quoted[0];
    }
    case 'and':
      return `(${node.children.map(toTsquery).join(' & ')})`;
    case 'or':
      return `(${node.children.map(toTsquery).join(' | ')})`;
    case 'not':
      return `(${toTsquery(node.keep)} & !${toTsquery(node.drop)})`;
  }
}

/** What a user's text asks for, read as words: word terms (each a phrase of its word parts) and no-space runs. */
export interface WordsQuery {
  /** all of these must match (null: none, the runs alone decide) */
  node: QueryNode | null;
  /** runs of no-space script, each found as a phrase in the character index */
  runs: string[];
  /** the white-space-separated chunks with letters or digits, as typed (PostgreSQL's parser reads each as a phrase) */
  chunks: string[];
}

/**
 * The user's text as words, never a syntax error: each white-space-separated chunk is a phrase of its letters and
 * digits ("U.S." -> "U S", "Jong-un" -> "Jong un", "Biden's" -> "Biden s", "9/11" -> "9 11", "AT&T" -> "AT T"),
 * every chunk required; operators and quotes are plain text here. Runs of scripts without spaces go to `runs`.
 */
export function wordsQuery(text: string): WordsQuery {
  const terms: QueryNode[] = [];
  const runs: string[] = [];
  const chunks: string[] = [];
  for (const chunk of text.split(/\s+/)) {
    const found = noSpaceRuns(chunk);
    runs.push(...found);
    const rest = found.length ? chunk.replace(new RegExp(`[${NO_SPACE_RANGES}]+`, 'gu'), ' ') : chunk;
    for (const part of rest.split(' ')) {
      const words = part.match(PHRASE_WORD);
      if (!words?.length) continue;
      terms.push({ kind: 'term', words, prefix: false });
      chunks.push(part);
    }
  }
  return { node: terms.length === 0 ? null : terms.length === 1 ? terms[0] : { kind: 'and', children: terms }, runs, chunks };
}

/** The query in SQLite FTS5's syntax (every term a quoted phrase: nothing in it can be read as an operator). */
export function toFts5(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return `"${node.words.join(' ').replace(/"/g, '""')}"${node.prefix ? '*' : ''}`;
    case 'and':
      return `(${node.children.map(toFts5).join(' AND ')})`;
    case 'or':
      return `(${node.children.map(toFts5).join(' OR ')})`;
    case 'not':
      return `(${toFts5(node.keep)} NOT ${toFts5(node.drop)})`;
  }
}

/**
 * A snippet for a hit found only through the character index: up to `width` characters around the first run found,
 * each run marked.
 */
export function runSnippet(text: string, runs: string[], open: string, close: string, width = 80): string {
  const at = Math.max(0, Math.min(...runs.map((r) => text.indexOf(r)).filter((i) => i >= 0)));
  const from = Math.max(0, at - Math.floor(width / 3));
  let part = text.slice(from, from + width).replace(/\s+/g, ' ');
  for (const r of [...new Set(runs)].sort((a, b) => b.length - a.length)) part = part.split(r).join(`${open}${r}${close}`);
  return `${from > 0 ? '…' : ''}${part}${from + width < text.length ? '…' : ''}`;
}
