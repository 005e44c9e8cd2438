import { cameoEntry } from '../../../knowledge/plover/cameo.js';
import { sourceCode, type PatternElement, type VerbDictionary, type VerbForm, type VerbPattern } from '../../../knowledge/petrarch/verbs.js';
import type { Syntax } from '../syntax/parse.js';
import type { CompiledPredicate, TriggerMatch } from './triggers.js';
import { UNKNOWN_WORD, type WordIds } from './word-ids.js';

/** A pattern element with its words as ids: any of these id sequences. */
interface CompiledElement {
  alts: Int32Array[];
  /** the words of its first alternative: what a match of it scores (PETRARCH counts the element, not the variant) */
  literal: number;
}

interface CompiledPattern {
  pre: CompiledElement[];
  post: CompiledElement[];
  code: string;
}

/**
 * A block's patterns with their words as ids, and by the first word of their first element (after the verb, else
 * before it): a verb looks only at the patterns one of its phrase's words can start. A pattern's position in the list
 * is its place in the dictionary (the earlier written wins a tie).
 */
interface CompiledBlock {
  patterns: CompiledPattern[];
  byFirstWord: Map<number, number[]>;
  /** the same as two lists: the first words, and the patterns each starts */
  firstWords: Int32Array;
  startedBy: number[][];
  /** per pattern, the call of bestCode that last looked at it: each is matched once a verb */
  seenAt: Uint32Array;
}

/** A verb form with its words as ids, and the lexicon-like predicates of the codes its patterns give it. */
interface CompiledForm {
  form: VerbForm;
  ids: Int32Array;
  verbAt: number;
  predicates: Map<string, CompiledPredicate | null>;
}

/**
 * Triggers from PETRARCH2's CAMEO verb dictionary, for the verbs our own lexicon does not hold: a word the parse uses
 * as a verb (with its particle: "called off") is looked up among the dictionary's verb forms; the block's patterns
 * then refine the code by the words of the verb's own phrase, the nouns after it ("closed * EMBASSY" → 161) and
 * before it ("POLICE * ..."). The code is mapped to PLOVER by the CAMEO-to-PLOVER table; CAMEO's appeals (02x) are
 * PLOVER requests (DEMAND), its statements (01x) and "no event" codes give none.
 * The dictionary's words are ids of the stage's WordIds: the matching compares numbers.
 */
/** CAMEO codes of a stated intent to act (03x) */
const INTENT_CODE = /^03/;

/** The largest call count the patterns' Uint32Array marks hold: then they are cleared and counting starts again. */
const MAX_CALLS = 0xffffffff;

export class CameoVerbs {
  /** verb forms by the id of their verb word (a dense array), longer multi-word forms first */
  private readonly formsByVerb: Array<CompiledForm[] | undefined>;
  private readonly blocks: CompiledBlock[];
  /** each block's own code (its name's: "WANT" in the DEMAND block) */
  private readonly blockCodes: string[];
  /** by word id: does the word start a pattern of some block (most words of a phrase start none) */
  private readonly startsPattern: Uint8Array;
  /** by word id: is the word in the sentence being matched (set for the sentence, then cleared) */
  private readonly inSentence: Uint8Array;
  /** the number of bestCode calls, which marks the patterns each has looked at */
  private calls = 0;
  /** bestCode's lists of candidate patterns, reused */
  private readonly candidates: number[][] = [];

  constructor(dict: VerbDictionary, readonly words: WordIds) {
    const forms = dict.forms.map((f): CompiledForm => ({ form: f, ids: words.addAll(f.words), verbAt: f.verbAt, predicates: new Map() }));
    this.blocks = dict.blocks.map((b) => this.compileBlock(b.patterns));
    this.blockCodes = dict.blocks.map((b) => b.code);
    this.formsByVerb = new Array<CompiledForm[] | undefined>(words.size).fill(undefined);
    for (const f of forms) (this.formsByVerb[f.ids[f.verbAt]] ??= []).push(f);
    for (const list of this.formsByVerb) list?.sort((a, b) => b.ids.length - a.ids.length);
    this.startsPattern = new Uint8Array(words.size);
    for (const b of this.blocks) for (const id of b.byFirstWord.keys()) this.startsPattern[id] = 1;
    this.inSentence = new Uint8Array(words.size);
  }

  /** Sets (1) or clears (0) the sentence's words in inSentence (words with ids added after this was built hold no pattern). */
  private mark(ids: Int32Array, value: number): void {
    for (let k = 0; k < ids.length; k++) if (ids[k] !== UNKNOWN_WORD && ids[k] < this.inSentence.length) this.inSentence[ids[k]] = value;
  }

  private compileBlock(patterns: VerbPattern[]): CompiledBlock {
    const element = (e: PatternElement): CompiledElement => ({ alts: e.alts.map((alt) => this.words.addAll(alt)), literal: e.alts[0]?.length ?? 0 });
    const compiled = patterns.map((p) => ({ pre: p.pre.map(element), post: p.post.map(element), code: p.code }));
    const byFirstWord = new Map<number, number[]>();
    compiled.forEach((p, at) => {
      const key = p.post[0] ?? p.pre[0];
      if (!key) return;
      for (const id of new Set(key.alts.map((alt) => alt[0]))) {
        const list = byFirstWord.get(id) ?? [];
        list.push(at);
        byFirstWord.set(id, list);
      }
    });
    return { patterns: compiled, byFirstWord, firstWords: Int32Array.from(byFirstWord.keys()), startedBy: [...byFirstWord.values()], seenAt: new Uint32Array(compiled.length) };
  }

  /**
   * Matches in a sentence's lower-case words (`ids`: their ids in the stage's WordIds); `covered[i]` marks words
   * already in a lexicon match, `wordOf(i)` gives the parse word of token i; `asksAnother(w)`: verb w asks or makes
   * another do its to-infinitive ("wants Ukraine to surrender").
   */
  match(syntax: Syntax, ids: Int32Array, covered: boolean[], wordOf: (i: number) => number, asksAnother: (w: number) => boolean = () => false): TriggerMatch[] {
    const out: TriggerMatch[] = [];
    let marked = false;
    for (let i = 0; i < ids.length; i++) {
      if (covered[i] || ids[i] === UNKNOWN_WORD) continue;
      const forms = this.formsByVerb[ids[i]];
      if (!forms) continue;
      const w = wordOf(i);
      if (w < 0 || syntax.upos(w) !== 'VERB') continue;
      let found: CompiledForm | null = null;
      for (const f of forms) {
        if (fitsAround(f, ids, i)) {
          found = f;
          break;
        }
      }
      if (!found) continue;
      const form = found.form;
      const first = i - form.verbAt;
      const end = first + form.words.length;
      const span = syntax.subtreeSpan(w);
      // the verb's phrase in token positions: from its subtree's first word to its last
      const lo = Math.max(0, first - tokensBefore(syntax, w, span.start));
      const hi = Math.min(ids.length, end + tokensAfter(syntax, w, span.end));
      if (!marked) {
        this.mark(ids, 1);
        marked = true;
      }
      const refined = this.bestCode(this.blocks[form.block], ids, first, end, lo, hi);
      let code = refined ?? form.code;
      // an intent code (03x: "WANT [030]" in the DEMAND block) is the subject's own plan: wanting or expecting another
      // to act is the block's act (a demand; a prediction codes nothing)
      if (INTENT_CODE.test(sourceCode(code) ?? '') && asksAnother(w)) code = this.blockCodes[form.block];
      const predicate = predicateOf(code, found);
      if (predicate) out.push({ predicate, first, end, head: i, unrefined: refined === null });
    }
    if (marked) this.mark(ids, 0);
    return out;
  }

  /** The code of the pattern that matches the most words of the verb's phrase, or null when none matches. */
  private bestCode(block: CompiledBlock, ids: Int32Array, first: number, end: number, lo: number, hi: number): string | null {
    if (this.calls === MAX_CALLS) {
      for (const b of this.blocks) b.seenAt.fill(0);
      this.calls = 0;
    }
    const call = ++this.calls;
    let best: string | null = null;
    let bestScore = 0;
    let bestOrder = Infinity;
    // the patterns a word of the phrase starts: found from the block's first words when it has fewer than the phrase
    // has words (a pattern whose first word is in the sentence but outside the phrase then cannot match it)
    const lists = this.candidates;
    lists.length = 0;
    if (block.firstWords.length <= hi - lo) {
      for (let j = 0; j < block.firstWords.length; j++) if (this.inSentence[block.firstWords[j]] === 1) lists.push(block.startedBy[j]);
    } else {
      for (let k = lo; k < hi; k++) {
        const id = ids[k];
        if (id === UNKNOWN_WORD || this.startsPattern[id] === 0) continue;
        const started = block.byFirstWord.get(id);
        if (started) lists.push(started);
      }
    }
    for (const list of lists) {
      for (const at of list) {
        if (block.seenAt[at] === call) continue;
        block.seenAt[at] = call;
        const p = block.patterns[at];
        const post = matchesInOrder(p.post, ids, end, hi);
        if (post < 0) continue;
        const pre = matchesInOrder(p.pre, ids, lo, first);
        if (pre < 0) continue;
        const score = pre + post;
        if (score < bestScore) continue;
        // the most words, then the pattern written first in the dictionary
        if (score > bestScore || at < bestOrder) {
          best = p.code;
          bestScore = score;
          bestOrder = at;
        }
      }
    }
    return best;
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

function fitsAround(f: CompiledForm, ids: Int32Array, i: number): boolean {
  const first = i - f.verbAt;
  if (first < 0 || first + f.ids.length > ids.length) return false;
  for (let k = 0; k < f.ids.length; k++) if (ids[first + k] !== f.ids[k]) return false;
  return true;
}

/** Position after element e matched at or after `from` (before `to`), or -1. */
function findElement(e: CompiledElement, ids: Int32Array, from: number, to: number): number {
  for (let p = from; p < to; p++) {
    for (const alt of e.alts) {
      if (p + alt.length > to) continue;
      let ok = true;
      for (let k = 0; k < alt.length && ok; k++) ok = ids[p + k] === alt[k];
      if (ok) return p + alt.length;
    }
  }
  return -1;
}

function matchesInOrder(elements: CompiledElement[], ids: Int32Array, from: number, to: number): number {
  let pos = from;
  let literal = 0;
  for (const e of elements) {
    const next = findElement(e, ids, pos, to);
    if (next < 0) return -1;
    literal += next - pos > 0 ? e.literal : 0;
    pos = next;
  }
  return literal;
}

/** A lexicon-like predicate for a dictionary code, or null when the code is no PLOVER event (made once a form and code). */
function predicateOf(raw: string, form: CompiledForm): CompiledPredicate | null {
  let p = form.predicates.get(raw);
  if (p === undefined) form.predicates.set(raw, (p = makePredicate(raw, form.form)));
  return p;
}

function makePredicate(raw: string, form: VerbForm): CompiledPredicate | null {
  const code = sourceCode(raw);
  if (!code) return null;
  const type = code.startsWith('02') ? 'DEMAND' : code.startsWith('01') ? null : cameoEntry(code)?.type ?? null;
  if (!type) return null;
  const [a, b] = raw.split(':');
  return {
    type,
    entry: { phrase: form.words.join(' '), pos: 'verb', cameo: code, symmetric: !!b && a.trim() === b.trim(), example: '' },
    slots: [],
    length: form.words.length,
  };
}
