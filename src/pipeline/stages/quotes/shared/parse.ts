// What the dependency parse says about a cue: whether it is a verb, who its speaker is, and whether it governs content.
import type { Syntax } from '../../syntax/parse.js';
import type { QuoteContext } from '../context.js';
import type { TokenRange } from './speaker.js';

/** Relations that keep a word inside the noun phrase that names a speaker ("Kremlin spokesman Dmitry Peskov", "the mayor of Chicago"). */
const NAME_RELATIONS = new Set(['compound', 'flat', 'flat:name', 'nmod:desc', 'amod', 'det', 'nummod', 'nmod:poss', 'case', 'nmod', 'fixed', 'punct', 'cc', 'conj']);

/** Relations by which a verb's clause reports what was said or thought. */
const CONTENT_CLAUSES = new Set(['ccomp', 'xcomp', 'parataxis', 'csubj', 'csubj:pass']);

/** Participles, and the past form the tagger gives a sentence-initial "Asked". */
const PARTICIPLE_TAGS = new Set(['VBG', 'VBN', 'VBD']);

/** Verb relations whose subject is that of the verb they hang on (", adding …", "Speaking to reporters, X said"). */
const BORROWED_SUBJECT = new Set(['advcl', 'xcomp', 'conj']);

/** Levels of clauses climbed to find a borrowed subject ("…, saying he would try to add …"). */
const MAX_SUBJECT_CLIMB = 2;

/** The parse of the document, or null when the syntax stage did not run (the rules then read tokens only). */
export function parseOf(ctx: QuoteContext): Syntax | null {
  return ctx.doc.syntax;
}

/** True unless the parse says token `i` is not a verb ("demand remains strong", "his promises"); true with no parse. */
export function parsedAsVerb(ctx: QuoteContext, i: number): boolean {
  const p = parseOf(ctx);
  if (!p) return true;
  const upos = p.upos(p.wordOfToken(i));
  return upos === 'VERB' || upos === 'AUX';
}

/** True when the parse says token `i` is an adverb ("and still …"); false with no parse. */
export function parsedAsAdverb(ctx: QuoteContext, i: number): boolean {
  const p = parseOf(ctx);
  return p !== null && p.upos(p.wordOfToken(i)) === 'ADV';
}

/**
 * True when the parse reads token `i` as the head of a noun phrase with its own determiner and no clause of what was
 * said ("a big reason for the change"; not "his stern warning that …", "her pledge to stay", which report).
 */
export function parsedAsDeterminedNoun(ctx: QuoteContext, i: number): boolean {
  const p = parseOf(ctx);
  if (!p) return false;
  const w = p.wordOfToken(i);
  if (p.upos(w) !== 'NOUN' || !p.childrenWith(w, 'det', 'nmod:poss').some((d) => d < w)) return false;
  return !p.children(w).some((c) => c > w && (p.baseRelation(c) === 'acl' || CONTENT_CLAUSES.has(p.relation(c))));
}

/**
 * The speaker of a passive cue at token `cue` ("was asked by the host" → "the host"), null when a passive cue names
 * none ("is expected to"), undefined when the cue is not passive (or is one whose subject speaks: "was quoted as
 * saying") or there is no parse.
 */
export function passiveSpeaker(ctx: QuoteContext, cue: number): TokenRange | null | undefined {
  const p = parseOf(ctx);
  if (!p) return undefined;
  const v = p.wordOfToken(cue);
  if (!passiveCue(p, v, ctx.lang.passiveAuxiliaryLemmas) || ctx.lang.speakerSubjectPassives.has(p.lemma(v).toLowerCase())) return undefined;
  const agents = p.agents(v);
  return agents.length ? nounPhrase(ctx, p, agents[0]) : null;
}

/**
 * The speaker of the cue verb at token `cue` from the parse: its subject (shared through coordination, control and
 * relative clauses; for a participle clause, the subject of the clause it hangs on: "Speaking to reporters, X said",
 * "…, adding that"), or for a passive cue its "by" phrase. Undefined when the parse has no answer, null when it says
 * nobody is named.
 */
export function parsedSpeaker(ctx: QuoteContext, cue: number): TokenRange | null | undefined {
  const p = parseOf(ctx);
  if (!p) return undefined;
  const passive = passiveSpeaker(ctx, cue);
  if (passive !== undefined) return passive;
  let v = p.wordOfToken(cue);
  if (p.upos(v) !== 'VERB' && p.upos(v) !== 'AUX') return undefined;
  for (let climb = 0; climb <= MAX_SUBJECT_CLIMB; climb++) {
    const subjects = p.subjects(v);
    if (subjects.length) return nounPhrase(ctx, p, subjects[0]);
    const h = p.head(v);
    if (h < 0 || !BORROWED_SUBJECT.has(p.baseRelation(v))) return undefined;
    v = h;
  }
  return undefined;
}

/**
 * The verbs a cue verb with no subject of its own hangs on, nearest first, as token indices (outside quotations), and
 * whether the first is a verb whose object the cue describes ("released a statement saying …"). Empty with no parse.
 */
export function governingVerbs(ctx: QuoteContext, cue: number): { tokens: number[]; describedObjectOf: number } {
  const p = parseOf(ctx);
  const out = { tokens: [] as number[], describedObjectOf: -1 };
  if (!p) return out;
  const v = p.wordOfToken(cue);
  if (p.upos(v) !== 'VERB' || p.childrenWith(v, 'nsubj', 'nsubj:pass', 'csubj').length) return out;
  // a participle on a noun speaks for that noun ("footage of the mayor saying …"), unless a verb's object is a document it describes
  const onNoun = p.relation(v) === 'acl';
  let x = v;
  for (let h = p.head(v), guard = 0; h >= 0 && guard < p.count; x = h, h = p.head(h), guard++) {
    if (p.upos(h) !== 'VERB' || ctx.quotationOf[p.tokens[h]] >= 0) continue;
    // (not "uses footage of Reyes asking …": a name in the noun's "of" phrase is who speaks; "a series of tweets saying" is a document)
    if (!out.tokens.length && x !== v && p.relation(v) === 'acl' && p.head(v) === x && p.relation(x) === 'obj' && !p.childrenWith(x, 'nmod').some((m) => p.upos(m) === 'PRON' || ctx.isCapitalised(p.tokens[m])) && p.childrenWith(h, 'nsubj').length) {
      out.describedObjectOf = p.tokens[h];
    }
    if (onNoun) break;
    out.tokens.push(p.tokens[h]);
  }
  return out;
}

/** The subject of the first verb in tokens [first, end) when it lies in them too ("The union issued a statement": "The union"), or null. */
export function subjectWithin(ctx: QuoteContext, r: TokenRange): TokenRange | null {
  const p = parseOf(ctx);
  if (!p) return null;
  for (let t = r.first; t < r.end; t++) {
    const w = p.wordOfToken(t);
    if (p.upos(w) !== 'VERB') continue;
    const s = p.childrenWith(w, 'nsubj')[0];
    if (s === undefined || p.tokens[s] < r.first || p.tokens[s] >= t) return null;
    return nounPhrase(ctx, p, s);
  }
  return null;
}

/** True when the parse gives the verb cue at token `cue` a subject inside the tokens [first, end). */
export function cueSubjectInside(ctx: QuoteContext, cue: number, r: TokenRange): boolean {
  const p = parseOf(ctx);
  if (!p) return false;
  return p.subjects(p.wordOfToken(cue)).some((s) => p.tokens[s] >= r.first && p.tokens[s] < r.end);
}

/** True when the cue at token `cue` is a participle on a noun inside tokens [first, end) ("footage of the mayor saying"). */
export function participleOnNounIn(ctx: QuoteContext, cue: number, r: TokenRange): boolean {
  const p = parseOf(ctx);
  if (!p) return false;
  const v = p.wordOfToken(cue);
  const h = p.head(v);
  return p.relation(v) === 'acl' && h >= 0 && p.tokens[h] >= r.first && p.tokens[h] < r.end;
}

/** The subject of the verb at token `t` as a noun phrase, or null. */
export function subjectOf(ctx: QuoteContext, t: number): TokenRange | null {
  const p = parseOf(ctx);
  if (!p) return null;
  const s = p.childrenWith(p.wordOfToken(t), 'nsubj')[0];
  return s === undefined ? null : nounPhrase(ctx, p, s);
}

/**
 * A passive cue: a past participle with a form of "be" or "get" as its passive auxiliary ("was asked", "is expected"),
 * checked on the auxiliary's lemma as well as its label, since the labeller also writes aux:pass for a perfect's "has".
 */
function passiveCue(p: Syntax, v: number, auxiliaryLemmas: ReadonlySet<string>): boolean {
  if (p.xpos(v) !== 'VBN') return false;
  for (const c of p.children(v)) {
    if (p.relation(c) !== 'aux:pass') continue;
    if (auxiliaryLemmas.has(p.lemma(c).toLowerCase())) return true;
  }
  return false;
}

/**
 * True when the parse hangs the phrase in tokens [first, end) of `inner` on the noun phrase `outer` as its apposition
 * or a part of one, with no verb between ("Lena Ortiz, the trade minister, a member of the council": the member
 * phrase hangs on "Lena Ortiz"). False with no parse.
 */
export function hangsOn(ctx: QuoteContext, inner: TokenRange, outer: TokenRange): boolean {
  const p = parseOf(ctx);
  if (!p) return false;
  const head = p.headOfSpan(ctx.tokens[inner.first].start, ctx.tokens[inner.end - 1].end);
  const target = p.headOfSpan(ctx.tokens[outer.first].start, ctx.tokens[outer.end - 1].end);
  if (head < 0 || target < 0) return false;
  for (let x = head, h = p.head(head), guard = 0; h >= 0 && guard < p.count; x = h, h = p.head(h), guard++) {
    if (h === target) return p.relation(x) === 'appos';
    const u = p.upos(h);
    if (u === 'VERB' || u === 'AUX') return false;
  }
  return false;
}

/** True when the tokens [first, end) hold a word the parse reads as a verb ("spend the weekend", "Holding signs"): no speaker. */
export function holdsVerb(ctx: QuoteContext, r: TokenRange): boolean {
  const p = parseOf(ctx);
  if (!p) return false;
  for (let t = r.first; t < r.end; t++) if (p.upos(p.wordOfToken(t)) === 'VERB') return true;
  return false;
}

/** True unless the parse reads no verb or auxiliary in the tokens [first, end) (a noun phrase: "the union's president"). */
export function holdsPredicate(ctx: QuoteContext, r: TokenRange): boolean {
  const p = parseOf(ctx);
  if (!p) return true;
  for (let t = r.first; t < r.end; t++) {
    const u = p.upos(p.wordOfToken(t));
    if (u === 'VERB' || u === 'AUX') return true;
  }
  return false;
}

/** The token range of the noun phrase headed by word `w`: its name parts and modifiers, not its appositions or clauses. */
function nounPhrase(ctx: QuoteContext, p: Syntax, w: number): TokenRange | null {
  let lo = w;
  let hi = w;
  const stack = [w];
  while (stack.length) {
    const x = stack.pop()!;
    for (const c of p.children(x)) {
      const r = p.relation(c);
      // a name in apposition to a title is the speaker's name ("host Dana Wells", "the host, Dana Wells")
      const namedApposition = r === 'appos' && x === w && p.upos(c) === 'PROPN';
      if (!NAME_RELATIONS.has(r) && !namedApposition) continue;
      // the phrase's own preposition ("by the host") is not in it; one inside it ("the mayor of Chicago") is
      if (r === 'case' && x === w) continue;
      // a comma or conjunction at the edge of the phrase is not in it; a conjunct only when the subject is coordinated
      if ((r === 'punct' || r === 'cc') && (c < lo || c > hi)) continue;
      if (r === 'conj' && x !== w) continue;
      if (c < lo) lo = c;
      if (c > hi) hi = c;
      stack.push(c);
    }
  }
  const first = p.tokens[lo];
  const end = p.tokens[hi] + 1;
  if (first >= end || first < 0) return null;
  return { first, end };
}

/**
 * Whether the cue verb at token `cue` reports a clause that lies in tokens [from, end): a clause it governs (ccomp
 * "said (that) …", xcomp "urged them to act", parataxis), or the clause it is a parenthesis of ("…, X said"). With
 * `infinitives` false an infinitive ("continued to climb") is no such clause. Undefined with no parse.
 */
export function governsClause(ctx: QuoteContext, cue: number, from: number, end: number, infinitives = true): boolean | undefined {
  const p = parseOf(ctx);
  if (!p || from >= end) return undefined;
  const v = p.wordOfToken(cue);
  const lo = ctx.tokens[from].start;
  const hi = ctx.tokens[end - 1].end;
  const inContent = (w: number) => p.starts[w] >= lo && p.ends[w] <= hi;
  for (const c of p.children(v)) if (CONTENT_CLAUSES.has(p.relation(c)) && (infinitives || p.relation(c) !== 'xcomp') && inContent(c)) return true;
  // "C, X said": the cue is a parenthesis (or the clause's head is the cue's complement the other way round)
  const h = p.head(v);
  if (h >= 0 && (p.relation(v) === 'parataxis' || p.relation(v) === 'ccomp') && inContent(h)) return true;
  return false;
}

/**
 * Where the content of the cue at token `cue`, read in tokens [from, end), stops when the verb the cue's clause hangs
 * on lies inside it ("When the mill signaled that it would sell, Hart said, “…”": the content of "signaled" ends
 * before "Hart said"): after the cue's complement clause. `end` when the parse says nothing of the kind.
 */
export function endBeforeGovernor(ctx: QuoteContext, cue: number, from: number, end: number): number {
  const p = parseOf(ctx);
  if (!p || from >= end) return end;
  const v = p.wordOfToken(cue);
  const lo = ctx.tokens[from].start;
  const hi = ctx.tokens[end - 1].end;
  let governor = -1;
  let clause = v;
  for (let h = p.head(v), guard = 0; h >= 0 && guard < p.count; clause = h, h = p.head(h), guard++) {
    if (p.starts[h] >= lo && p.ends[h] <= hi && (p.upos(h) === 'VERB' || p.upos(h) === 'AUX')) {
      governor = h;
      break;
    }
  }
  // the cue's clause is subordinate: an adverbial clause opened by its own subordinator ("when", "after", "as")
  if (governor < 0 || p.relation(clause) !== 'advcl' || !p.childrenWith(clause, 'mark', 'advmod').some((m) => p.starts[m] < ctx.tokens[cue].start)) return end;
  const complement = p.childrenWith(v, 'ccomp')[0];
  if (complement === undefined) return end;
  const reported = p.subtreeSpan(complement);
  if (reported.start < lo || reported.end >= p.starts[governor]) return end;
  let stop = ctx.tokenAtOrAfter(reported.end);
  while (stop > from && /^[,;:—–-]$/.test(ctx.tokens[stop - 1].text)) stop--;
  return stop;
}

/** Relations of a phrase that is no argument of a verb: a time ("last month"), a prepositional phrase, an adverb. */
const ADJUNCT_RELATIONS = new Set(['obl', 'obl:tmod', 'obl:npmod', 'nmod:tmod', 'nmod:npmod', 'advmod', 'advcl', 'amod']);

/**
 * True when the parse says the words [first, end) read as a speaker are none: no noun, name or pronoun among them
 * ("perhaps", "continue"), or a phrase headed by a time or prepositional adjunct ("in April", "last month").
 */
export function implausibleSpeaker(ctx: QuoteContext, r: TokenRange): boolean {
  const p = parseOf(ctx);
  if (!p) return false;
  let nominal = false;
  for (let t = r.first; t < r.end; t++) {
    const u = p.upos(p.wordOfToken(t));
    if (u === 'NOUN' || u === 'PROPN' || u === 'PRON') nominal = true;
  }
  if (!nominal) return true;
  const head = p.headOfSpan(ctx.tokens[r.first].start, ctx.tokens[r.end - 1].end);
  return head >= 0 && ADJUNCT_RELATIONS.has(p.relation(head));
}

/**
 * True when the parse says the tokens [first, end) before a speaker and its cue at token `cue` are not what the cue
 * reports: a participle clause with no subject, adverbial to the cue ("Speaking to reporters, …") or followed by the
 * cue's clausal complement in [restFirst, restEnd) ("Asked to describe the device, X said, “It looked …”").
 */
export function leadInNotReported(ctx: QuoteContext, cue: number, first: number, end: number, restFirst: number, restEnd: number): boolean {
  const p = parseOf(ctx);
  if (!p || first >= end) return false;
  const head = p.headOfSpan(ctx.tokens[first].start, ctx.tokens[end - 1].end);
  if (head < 0) return false;
  const lo = ctx.tokens[restFirst].start;
  const hi = ctx.tokens[restEnd - 1].end;
  const v = p.wordOfToken(cue);
  const reportsRest = () => p.childrenWith(v, 'ccomp').some((c) => p.starts[c] >= lo && p.ends[c] <= hi);
  // "When the mill signaled it would sell, X said, “we were stunned.”": a clause the parse hangs on the cue itself,
  // with the cue's complement after it, sets the scene of the words, it is not among them
  if (sceneSetting(p, v, ctx.tokens[first].start, ctx.tokens[end - 1].end) && reportsRest()) return true;
  // a participle ("Asked to …", "Speaking to …"), not an infinitive ("To understand it, X said, one must …")
  if (!PARTICIPLE_TAGS.has(p.xpos(head)) || p.childrenWith(head, 'nsubj', 'nsubj:pass').length) return false;
  if (p.relation(head) === 'advcl' && p.head(head) === v) return true;
  return reportsRest();
}

/** True when every word of [start, end) hangs on verb v through the span's top words, one of them a subordinate clause ("when …", "after …"). */
function sceneSetting(p: Syntax, v: number, start: number, end: number): boolean {
  let clause = false;
  for (const w of p.wordsIn(start, end)) {
    const h = p.head(w);
    if (h >= 0 && p.starts[h] >= start && p.ends[h] <= end) continue;
    if (h !== v) return false;
    if (p.relation(w) === 'advcl' && p.childrenWith(w, 'mark', 'advmod').some((m) => m < w)) clause = true;
  }
  return clause;
}

/** True when the tokens [first, end) hold a predicate with its own subject before it, both inside ("crops are failing"). */
export function holdsClause(ctx: QuoteContext, first: number, end: number): boolean {
  const p = parseOf(ctx);
  if (!p || first >= end) return false;
  const lo = ctx.tokens[first].start;
  const hi = ctx.tokens[end - 1].end;
  for (const w of p.wordsIn(lo, hi)) {
    if (p.baseRelation(w) !== 'nsubj') continue;
    const h = p.head(w);
    if (h > w && p.ends[h] <= hi) return true;
  }
  return false;
}
