import { nounForms, verbForms } from '../../lang/en/inflect.js';

/**
 * PETRARCH-format verb-pattern dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt), parsed into plain data.
 * The format (PETRARCH2 `read_verb_dictionary`): `&NAME` synonym sets of `+WORD` lines (plurals added unless the name
 * or word ends in `_`); `--- NAME [CODE] ---` opens a block of synonymous verbs, one a line, each with its irregular
 * forms in `{...}` and an optional own code; a multi-word verb joins its words with `_` and marks the verb with `+`
 * (`+CALL_OFF`, `RE_+ARREST`). Pattern lines `- PRE * POST [CODE]` refine the block's code by the nouns before the verb
 * (`PRE`) and after it (`POST`): `{A B}` a noun phrase, `(PREP X)` a prepositional phrase, `&SET` any member of a
 * set, `$`/`+` the source/target slots. `[A:B]` codes A from source to target and B back; `[---]` codes nothing.
 */

/** One slot of a pattern: any of these word sequences, matched in order after (or before) the verb. */
export interface PatternElement {
  alts: string[][];
}

export interface VerbPattern {
  pre: PatternElement[];
  post: PatternElement[];
  /** raw code: "190", "036:036", ":110", "---" */
  code: string;
}

export interface VerbBlock {
  name: string;
  /** the block's own code, for a verb with no pattern and no code of its own */
  code: string;
  patterns: VerbPattern[];
}

/** One inflected form of a verb of a block: its words (lower case) and which of them is the verb. */
export interface VerbForm {
  words: string[];
  verbAt: number;
  block: number;
  code: string;
}

export interface VerbDictionary {
  blocks: VerbBlock[];
  forms: VerbForm[];
}

/** Drops `# comments` (PETRARCH reads ` #` and a leading `#` as comment starts) and TABARI's trailing-`_` marks. */
function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return (hash >= 0 ? line.slice(0, hash) : line).trimEnd();
}

/** Splits a pattern half into tokens, with brackets as tokens of their own. */
function patternTokens(text: string): string[] {
  return text.replace(/([(){}])/g, ' $1 ').split(/\s+/).filter(Boolean);
}

function phraseWords(raw: string): string[] {
  return raw.split('_').filter(Boolean).map((w) => w.toLowerCase());
}

/** A word of a pattern, with `/` alternatives and its regular plural (a pattern's "ATTACK" also finds "attacks"). */
function wordAlternatives(raw: string, synsets: Map<string, string[][]>, plural: boolean): string[][] {
  if (raw.startsWith('&')) return synsets.get(raw.replace(/_$/, '').toUpperCase()) ?? [];
  const out: string[][] = [];
  for (const alt of raw.split('/')) {
    const words = phraseWords(alt);
    if (words.length === 0) continue;
    const noPlural = alt.endsWith('_') || !plural;
    const last = words[words.length - 1];
    for (const f of noPlural ? [last] : nounForms(last)) out.push([...words.slice(0, -1), f]);
  }
  return out;
}

/** Builds the elements of one pattern half. */
function parseHalf(text: string, synsets: Map<string, string[][]>): PatternElement[] | null {
  const tokens = patternTokens(text);
  const out: PatternElement[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '(' || t === ')' || t === '$' || t === '+' || t === '%' || t === '^') continue;
    // the first word of a prepositional phrase is the preposition: no plural
    const preposition = tokens[i - 1] === '(';
    if (t === '{') {
      // a noun phrase: its words consecutive; one set inside multiplies the alternatives
      let seqs: string[][] = [[]];
      for (i++; i < tokens.length && tokens[i] !== '}'; i++) {
        const alts = wordAlternatives(tokens[i], synsets, tokens[i + 1] === '}');
        if (alts.length === 0) return null;
        seqs = seqs.flatMap((s) => alts.map((a) => [...s, ...a]));
      }
      if (seqs[0].length) out.push({ alts: seqs });
      continue;
    }
    const alts = wordAlternatives(t, synsets, !preposition);
    // an undefined set: PETRARCH skips the pattern
    if (alts.length === 0) return null;
    out.push({ alts });
  }
  return out;
}

/** The inflected forms of a verb line: its `{...}` forms and the base, or the regular forms of the `+` word. */
function formsOf(line: string, block: number, code: string): VerbForm[] {
  const braces = /\{([^}]*)\}/.exec(line);
  const head = line.replace(/\{[^}]*\}/, '').trim().split(/\s+/)[0];
  if (!head) return [];
  const listed = [head, ...(braces ? braces[1].trim().split(/\s+/).filter(Boolean) : [])];
  const out: VerbForm[] = [];
  const seen = new Set<string>();
  const push = (raw: string): void => {
    const parts = raw.split('_').filter(Boolean);
    let verbAt = parts.findIndex((p) => p.startsWith('+'));
    if (verbAt < 0) verbAt = 0;
    const words = parts.map((p) => p.replace(/^\+/, '').toLowerCase());
    const key = words.join(' ');
    if (!words.length || seen.has(key)) return;
    seen.add(key);
    out.push({ words, verbAt, block, code });
  };
  for (const raw of listed) push(raw);
  // regular forms of the verb word too (PETRARCH makes them when no braces are given; the union costs nothing)
  const parts = head.split('_').filter(Boolean);
  const at = Math.max(0, parts.findIndex((p) => p.startsWith('+')));
  const base = parts[at].replace(/^\+/, '').toLowerCase();
  if (/^[a-z][a-z-]*$/.test(base)) {
    for (const f of verbForms(base)) push(parts.map((p, k) => (k === at ? (p.startsWith('+') ? '+' : '') + f : p)).join('_'));
  }
  return out;
}

/** Parses a PETRARCH verb dictionary's text. */
export function parseVerbDictionary(text: string): VerbDictionary {
  const synsets = new Map<string, string[][]>();
  const blocks: VerbBlock[] = [];
  const forms: VerbForm[] = [];
  let synset: { name: string; noPlural: boolean } | null = null;
  let block = -1;
  for (const raw of text.replace(/<!--[\s\S]*?-->/g, '\n').split(/\r?\n/)) {
    if (raw.startsWith('#') || raw.startsWith('~')) continue;
    const line = stripComment(raw).trim();
    if (!line) continue;
    if (line.startsWith('&')) {
      const name = line.split(/\s+/)[0];
      synset = { name: name.replace(/_$/, '').toUpperCase(), noPlural: name.endsWith('_') };
      synsets.set(synset.name, []);
      continue;
    }
    if (line.startsWith('+') && synset) {
      const member = line.slice(1).trim();
      const words = phraseWords(member.replace(/\s+/g, '_'));
      if (!words.length) continue;
      const list = synsets.get(synset.name)!;
      list.push(words);
      if (!synset.noPlural && !member.endsWith('_')) {
        const last = words[words.length - 1];
        for (const f of nounForms(last)) if (f !== last) list.push([...words.slice(0, -1), f]);
      }
      continue;
    }
    synset = null;
    if (line.startsWith('---')) {
      const m = /^---\s*(\S+)\s*(?:\[([^\]]*)\])?/.exec(line);
      blocks.push({ name: m?.[1] ?? '', code: (m?.[2] ?? '---').trim() || '---', patterns: [] });
      block = blocks.length - 1;
      continue;
    }
    if (block < 0) continue;
    if (line.startsWith('-')) {
      const code = /\[([^\]]*)\]\s*$/.exec(line)?.[1].trim();
      const body = line.slice(1).replace(/\[[^\]]*\]\s*$/, '');
      const star = body.indexOf('*');
      if (!code || star < 0) continue;
      const pre = parseHalf(body.slice(0, star), synsets);
      const post = parseHalf(body.slice(star + 1), synsets);
      if (!pre || !post) continue;
      blocks[block].patterns.push({ pre, post, code });
      continue;
    }
    const own = /\[([^\]]*)\]/.exec(line)?.[1].trim();
    forms.push(...formsOf(line.replace(/\[[^\]]*\]/, ''), block, own || blocks[block].code));
  }
  return { blocks, forms };
}

/** The CAMEO code a raw dictionary code gives the source's act ("036:036" → 036; ":110" → null; "---" → null). */
export function sourceCode(raw: string): string | null {
  const first = raw.split(':')[0].trim();
  return /^\d{2,4}$/.test(first) ? first : null;
}

/** The code of the target's act back, for `[A:B]` and `[:B]` ("042:043" → 043). */
export function returnCode(raw: string): string | null {
  const second = raw.split(':')[1]?.trim();
  return second && /^\d{2,4}$/.test(second) ? second : null;
}
