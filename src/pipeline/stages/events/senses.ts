import type { EventsLanguage } from '../../../lang/types.js';
import type { Syntax } from '../syntax/parse.js';
import { inflectedForms } from './verb-forms.js';

/**
 * Word senses the parse tells apart beyond the word's class: a verb of defeating used of a contest, and a verb the
 * tagger took for a noun or an adjective in a clause that has no other verb.
 */

/** Relations of a dependent that places a verb's act in a contest or gives its margin ("in the runoff", "by 3,000 votes"). */
const SETTING_RELATIONS = new Set(['obl', 'nmod', 'obl:npmod', 'obl:tmod']);

/**
 * Is verb w a verb of defeating told of a contest ("X beat Y in the runoff", "defeated Y by 3,000 votes", "beat Y to
 * win a second term")? An election, a vote or a game was won: no one was assaulted or fought.
 */
export function defeatInContest(lang: EventsLanguage, syntax: Syntax, w: number): boolean {
  if (w < 0 || !inflectedForms(lang, lang.contestVerbs).has(syntax.form(w).toLowerCase())) return false;
  // the contest hangs on the verb, or on its object ("beat the incumbent in the primary" read as the incumbent's)
  for (const h of [w, ...syntax.childrenWith(w, 'obj')]) {
    for (const c of syntax.children(h)) {
      const rel = syntax.relation(c);
      const lemma = syntax.lemma(c).toLowerCase();
      if (SETTING_RELATIONS.has(rel) && lang.contestNouns.has(lemma)) return true;
      if ((rel === 'advcl' || rel === 'xcomp') && winsPrize(lang, syntax, c)) return true;
    }
  }
  // "won the top prize, beating entries from France": a participle of the winning clause tells whom the prize was won over
  const up = syntax.head(w);
  const rel = syntax.relation(w);
  if (up >= 0 && (rel === 'advcl' || rel === 'conj') && winsPrize(lang, syntax, up)) return true;
  // a verb the tagger misread has no dependents to read: the rest of its clause says it ("beat X by 230,000 votes")
  if (syntax.upos(w) === 'VERB') return false;
  const { to } = syntax.sentenceWords(syntax.sentenceOf(w));
  for (let k = w + 1; k < to && !clauseEdge(syntax, k); k++) {
    const lemma = syntax.lemma(k).toLowerCase();
    if (lang.contestNouns.has(lemma) || (lang.contestPrizes.has(lemma) && lang.winVerbs.has(syntax.lemma(k - 1).toLowerCase()))) return true;
  }
  return false;
}

/** Is verb v one of winning a prize of a contest ("win a second term", "won the top prize")? */
function winsPrize(lang: EventsLanguage, syntax: Syntax, v: number): boolean {
  return lang.winVerbs.has(syntax.lemma(v).toLowerCase()) && syntax.childrenWith(v, 'obj').some((o) => lang.contestPrizes.has(syntax.lemma(o).toLowerCase()));
}

/** Punctuation that ends a clause (a hyphen inside a name does not: "Jean-Pierre"). */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”', '—', '–']);

function clauseEdge(syntax: Syntax, k: number): boolean {
  return syntax.upos(k) === 'PUNCT' && CLAUSE_PUNCTUATION.has(syntax.form(k));
}

/** Classes a tagger gives a verb it misreads ("police beat protesters": "beat" as an adjective, a noun, a preposition). */
const MISREAD_CLASSES = new Set(['NOUN', 'ADJ', 'ADP']);
/** Word classes that open the noun phrase an active verb takes as its object ("beat protesters", "beat the men"). */
const OBJECT_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ']);
/** Word classes that end the noun phrase a verb takes as its subject ("Kenyan police beat"). */
const SUBJECT_ENDS = new Set(['NOUN', 'PROPN']);

/**
 * Is word w, which the lexicon reads as a verb and the tagger as a noun, an adjective or a preposition, the verb of its clause? It
 * stands between two noun phrases ("Kenyan police beat protesters"), and either its clause (between commas) has no
 * verb at all, or a verb is coordinated with it ("beat and arrested protesters").
 */
export function verbTakenForNoun(syntax: Syntax, w: number): boolean {
  if (!MISREAD_CLASSES.has(syntax.upos(w))) return false;
  const { from, to } = syntax.sentenceWords(syntax.sentenceOf(w));
  if (w === from || w + 1 >= to || !SUBJECT_ENDS.has(syntax.upos(w - 1))) return false;
  const next = syntax.upos(w + 1);
  if (next === 'CCONJ') return w + 2 < to && syntax.upos(w + 2) === 'VERB';
  if (!OBJECT_OPENERS.has(next)) return false;
  for (let k = w - 1; k >= from && !clauseEdge(syntax, k); k--) if (syntax.upos(k) === 'VERB' || syntax.upos(k) === 'AUX') return false;
  for (let k = w + 1; k < to && !clauseEdge(syntax, k); k++) if (syntax.upos(k) === 'VERB' || syntax.upos(k) === 'AUX') return false;
  return true;
}

/**
 * Is the phrase at [start, end) the place an economic figure was measured in ("warned of weaker sales in China",
 * "blamed falling demand across Europe")? It is where, not a party to the act.
 */
export function placeOfFigure(lang: EventsLanguage, syntax: Syntax, start: number, end: number): boolean {
  const h = syntax.headOfSpan(start, end);
  if (h < 0 || !lang.locativePrepositions.has(syntax.caseMarker(h))) return false;
  const up = syntax.head(h);
  return up >= 0 && syntax.upos(up) === 'NOUN' && lang.marketNouns.has(syntax.lemma(up).toLowerCase());
}
