import type { EventsLanguage, PredicateEntry } from '../../../lang/types.js';
import type { Syntax } from '../syntax/parse.js';

/** One compiled lexicon phrase: a word set per slot, gaps marked null. */
export interface CompiledPredicate {
  type: string;
  entry: PredicateEntry;
  slots: Array<Set<string> | null>;
  /** number of literal words: longer phrases win over shorter ones at the same place */
  length: number;
}

export interface TriggerMatch {
  predicate: CompiledPredicate;
  /** token indexes (into the sentence's token list) of the first and one past the last matched word */
  first: number;
  end: number;
  /** index of the head word (the verb, or the noun's last word) */
  head: number;
  /** a dictionary verb coded by its block's default: no pattern of the verb's phrase refined its sense */
  unrefined?: boolean;
}

// a gap `~` in a phrase spans at most this many tokens ("lifted a day-old blockade")
const MAX_GAP = 3;

function compile(lang: EventsLanguage, type: string, entry: PredicateEntry): CompiledPredicate {
  const words = entry.phrase.split(' ');
  const slots = words.map((w, i) => {
    if (w === '~') return null;
    const alternatives = w.split('|');
    const forms = new Set<string>();
    for (const a of alternatives) {
      if (entry.pos === 'verb' && i === 0) for (const f of lang.verbForms(a)) forms.add(f);
      else if (entry.pos === 'noun' && i === words.length - 1) for (const f of lang.nounForms(a)) forms.add(f);
      else forms.add(a);
    }
    // a phrase's object noun also matches its plural ("impose ~ sanctions" and "lifted ~ bans")
    if (entry.pos === 'verb' && i === words.length - 1 && i > 0) for (const a of alternatives) for (const f of lang.nounForms(a)) forms.add(f);
    return forms;
  });
  return { type, entry, slots, length: words.filter((w) => w !== '~').length };
}

/** A language's trigger lexicon indexed by every form of each phrase's first word: matching is one map lookup per token. */
export class TriggerIndex {
  private readonly byFirst = new Map<string, CompiledPredicate[]>();
  /** every word form the lexicon knows, for activity density in the tone stage */
  readonly vocabulary = new Set<string>();
  /** a verb's objects that give it another sense, by the verb's base form: the dictionary's verbs honour them too */
  private readonly otherSenseObjects = new Map<string, readonly string[]>();
  /** verbs that are an event only with an object, by base form: the dictionary's verbs honour them too */
  private readonly transitiveOnly = new Set<string>();

  constructor(lang: EventsLanguage) {
    for (const lex of lang.triggers) {
      for (const entry of lex.entries) {
        if (entry.notWithObject) this.otherSenseObjects.set(entry.phrase.split(' ')[0], entry.notWithObject);
        if (entry.needsObject) this.transitiveOnly.add(entry.phrase.split(' ')[0]);
        const c = compile(lang, lex.type, entry);
        for (const f of c.slots[0] ?? []) {
          const list = this.byFirst.get(f) ?? [];
          list.push(c);
          this.byFirst.set(f, list);
        }
        for (const s of c.slots) if (s) for (const f of s) this.vocabulary.add(f);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Is parse word w a verb our lexicon reads in another sense with its object ("released a statement")? */
  otherSense(syntax: Syntax, w: number): boolean {
    if (w < 0) return false;
    const lemma = syntax.lemma(w).toLowerCase();
    const others = this.otherSenseObjects.get(lemma);
    if (others && objectGivesOtherSense(syntax, w, { notWithObject: others })) return true;
    return this.transitiveOnly.has(lemma) && !hasObject(syntax, w);
  }

  /**
   * Non-overlapping predicate matches in lower-cased words, longest first at each position; `fits` (the word's use in
   * the parse: a verb entry needs a verb) decides between readings of the same words.
   */
  match(words: string[], fits: (m: TriggerMatch) => boolean = () => true): TriggerMatch[] {
    const out: TriggerMatch[] = [];
    let i = 0;
    while (i < words.length) {
      const candidates = this.byFirst.get(words[i]);
      let best: TriggerMatch | null = null;
      if (candidates) {
        for (const c of candidates) {
          const end = matchFrom(c, words, i);
          if (end > 0 && (!best || c.length > best.predicate.length)) {
            const headSlot = c.entry.pos === 'verb' ? i : end - 1;
            const m = { predicate: c, first: i, end, head: headSlot };
            if (fits(m)) best = m;
          }
        }
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  }
}

function matchFrom(c: CompiledPredicate, words: string[], start: number): number {
  let pos = start;
  for (let s = 0; s < c.slots.length; s++) {
    const slot = c.slots[s];
    if (slot === null) {
      const next = c.slots[s + 1];
      if (!next) return -1;
      let found = -1;
      for (let g = 0; g <= MAX_GAP && pos + g < words.length; g++) {
        if (next.has(words[pos + g])) {
          found = pos + g;
          break;
        }
        if (words[pos + g] === '.' || words[pos + g] === ';' || words[pos + g] === ',') break;
      }
      if (found < 0) return -1;
      pos = found + 1;
      s++;
      continue;
    }
    if (pos >= words.length || !slot.has(words[pos])) return -1;
    pos++;
  }
  return pos;
}

/**
 * A noun trigger the parse makes a modifier of another noun names a kind of thing, not an act ("aid workers", "attack
 * helicopters", "protest leaders"), unless that noun is an undertaking of the act ("a bombing campaign").
 */
export function namesKind(lang: EventsLanguage, syntax: Syntax, w: number): boolean {
  if (w < 0 || syntax.relation(w) !== 'compound') return false;
  const up = syntax.head(w);
  return up >= 0 && !lang.undertakingNouns.has(syntax.lemma(up).toLowerCase());
}

/**
 * Does the verb's object (or a passive verb's subject) give it a sense other than the entry's: a statement released, an
 * award received, a decision welcomed (the entry's `notWithObject` lemmas)?
 */
export function objectGivesOtherSense(syntax: Syntax, w: number, entry: Pick<PredicateEntry, 'notWithObject'>): boolean {
  const others = entry.notWithObject;
  if (!others || w < 0) return false;
  return syntax.childrenWith(w, 'obj', 'nsubj:pass').some((o) => others.includes(syntax.lemma(o).toLowerCase()));
}

/** Has verb w an object: a direct object, a passive subject, or the noun a relative clause of it modifies? */
export function hasObject(syntax: Syntax, w: number): boolean {
  return w >= 0 && (syntax.objects(w).length > 0 || syntax.childrenWith(w, 'nsubj:pass').length > 0);
}
