import { cameoEntry } from '../../../knowledge/plover/cameo.js';
import { sourceCode, type PatternElement, type VerbDictionary, type VerbForm, type VerbPattern } from '../../../knowledge/petrarch/verbs.js';
import type { Syntax } from '../syntax/parse.js';
import type { CompiledPredicate, TriggerMatch } from './triggers.js';

/**
 * Triggers from PETRARCH2's CAMEO verb dictionary, for the verbs our own lexicon does not hold: a word the parse uses
 * as a verb (with its particle: "called off") is looked up among the dictionary's verb forms; the block's patterns
 * then refine the code by the words of the verb's own phrase, the nouns after it ("closed * EMBASSY" → 161) and
 * before it ("POLICE * ..."). The code is mapped to PLOVER by the CAMEO-to-PLOVER table; CAMEO's appeals (02x) are
 * PLOVER requests (DEMAND), its statements (01x) and "no event" codes give none.
 */
export class CameoVerbs {
  private readonly byVerb = new Map<string, VerbForm[]>();

  constructor(private readonly dict: VerbDictionary) {
    for (const f of dict.forms) {
      const key = f.words[f.verbAt];
      const list = this.byVerb.get(key) ?? [];
      list.push(f);
      this.byVerb.set(key, list);
    }
    // longer multi-word forms are tried first
    for (const list of this.byVerb.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /**
   * Matches in a sentence's lower-case words; `covered[i]` marks words already in a lexicon match, `wordOf(i)` gives
   * the parse word of token i.
   */
  match(syntax: Syntax, words: string[], covered: boolean[], wordOf: (i: number) => number): TriggerMatch[] {
    const out: TriggerMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      if (covered[i]) continue;
      const forms = this.byVerb.get(words[i]);
      if (!forms) continue;
      const w = wordOf(i);
      if (w < 0 || syntax.upos(w) !== 'VERB') continue;
      const form = forms.find((f) => fitsAround(f, words, i));
      if (!form) continue;
      const first = i - form.verbAt;
      const end = first + form.words.length;
      const span = syntax.subtreeSpan(w);
      // the verb's phrase in token positions: from its subtree's first word to its last
      const lo = Math.max(0, first - tokensBefore(syntax, w, span.start));
      const hi = Math.min(words.length, end + tokensAfter(syntax, w, span.end));
      const code = bestCode(this.dict.blocks[form.block].patterns, words, first, end, lo, hi) ?? form.code;
      const predicate = predicateOf(code, form);
      if (predicate) out.push({ predicate, first, end, head: i });
    }
    return out;
  }
}

/** Counts the parse words of w's subtree before w (an upper bound on tokens: words are tokens or parts of them). */
function tokensBefore(syntax: Syntax, w: number, start: number): number {
  let n = 0;
  for (let x = w - 1; x >= 0 && syntax.starts[x] >= start; x--) n++;
  return n;
}

function tokensAfter(syntax: Syntax, w: number, end: number): number {
  let n = 0;
  for (let x = w + 1; x < syntax.count && syntax.ends[x] <= end; x++) n++;
  return n;
}

function fitsAround(f: VerbForm, words: string[], i: number): boolean {
  const first = i - f.verbAt;
  if (first < 0 || first + f.words.length > words.length) return false;
  for (let k = 0; k < f.words.length; k++) if (words[first + k] !== f.words[k]) return false;
  return true;
}

/** Position after element e matched at or after `from` (before `to`), or -1. */
function findElement(e: PatternElement, words: string[], from: number, to: number): number {
  for (let p = from; p < to; p++) {
    for (const alt of e.alts) {
      if (p + alt.length > to) continue;
      let ok = true;
      for (let k = 0; k < alt.length && ok; k++) ok = words[p + k] === alt[k];
      if (ok) return p + alt.length;
    }
  }
  return -1;
}

function matchesInOrder(elements: PatternElement[], words: string[], from: number, to: number): number {
  let pos = from;
  let literal = 0;
  for (const e of elements) {
    const next = findElement(e, words, pos, to);
    if (next < 0) return -1;
    literal += next - pos > 0 ? e.alts[0].length : 0;
    pos = next;
  }
  return literal;
}

/**
 * Each block's patterns indexed by the first words of their first element (after the verb, else before it): a verb
 * looks only at the patterns one of its phrase's words can start.
 */
const PATTERN_INDEX = new WeakMap<VerbPattern[], Map<string, VerbPattern[]>>();

function indexOf(patterns: VerbPattern[]): Map<string, VerbPattern[]> {
  let index = PATTERN_INDEX.get(patterns);
  if (index) return index;
  index = new Map();
  for (const p of patterns) {
    const key = p.post[0] ?? p.pre[0];
    if (!key) continue;
    for (const w of new Set(key.alts.map((alt) => alt[0]))) {
      const list = index.get(w) ?? [];
      list.push(p);
      index.set(w, list);
    }
  }
  PATTERN_INDEX.set(patterns, index);
  return index;
}

/** Each block's patterns by their place in the dictionary (the earlier written wins a tie). */
const PATTERN_ORDER = new WeakMap<VerbPattern[], Map<VerbPattern, number>>();

function orderOf(patterns: VerbPattern[]): Map<VerbPattern, number> {
  let order = PATTERN_ORDER.get(patterns);
  if (!order) PATTERN_ORDER.set(patterns, (order = new Map(patterns.map((p, i) => [p, i]))));
  return order;
}

/** The code of the pattern that matches the most words of the verb's phrase, or null when none matches. */
function bestCode(patterns: VerbPattern[], words: string[], first: number, end: number, lo: number, hi: number): string | null {
  const index = indexOf(patterns);
  let best: string | null = null;
  let bestScore = 0;
  let bestOrder = Infinity;
  const seen = new Set<VerbPattern>();
  for (let k = lo; k < hi; k++) {
    const candidates = index.get(words[k]);
    if (!candidates) continue;
    for (const p of candidates) {
      if (seen.has(p)) continue;
      seen.add(p);
      const post = matchesInOrder(p.post, words, end, hi);
      if (post < 0) continue;
      const pre = matchesInOrder(p.pre, words, lo, first);
      if (pre < 0) continue;
      const score = pre + post;
      if (score < bestScore) continue;
      // the most words, then the pattern written first in the dictionary
      const order = orderOf(patterns).get(p)!;
      if (score > bestScore || order < bestOrder) {
        best = p.code;
        bestScore = score;
        bestOrder = order;
      }
    }
  }
  return best;
}

const predicates = new Map<string, CompiledPredicate | null>();

/** A lexicon-like predicate for a dictionary code, or null when the code is no PLOVER event. */
function predicateOf(raw: string, form: VerbForm): CompiledPredicate | null {
  const code = sourceCode(raw);
  if (!code) return null;
  const type = code.startsWith('02') ? 'DEMAND' : code.startsWith('01') ? null : cameoEntry(code)?.type ?? null;
  if (!type) return null;
  const [a, b] = raw.split(':');
  const key = `${raw}|${form.words.join(' ')}`;
  let p = predicates.get(key);
  if (p === undefined) {
    p = {
      type,
      entry: { phrase: form.words.join(' '), pos: 'verb', cameo: code, symmetric: !!b && a.trim() === b.trim(), example: '' },
      slots: [],
      length: form.words.length,
    };
    predicates.set(key, p);
  }
  return p;
}
