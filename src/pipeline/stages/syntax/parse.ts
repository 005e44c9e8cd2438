/**
 * The dependency parse of a document (`doc.syntax`, filled by the `syntax` stage), and the questions later stages ask
 * of it.
 *
 * Usage:
 *   const p = doc.syntax!;                       // null when the syntax stage did not run
 *   const v = p.wordOfToken(tokenIndex);         // tokens and words are mostly one-to-one; "15-year-old" is 5 words
 *   p.lemma(v); p.upos(v); p.relation(v);        // "kill", "VERB", "root"
 *   p.subjects(v); p.objects(v); p.agents(v);    // word indices; conjuncts, control and relative clauses resolved
 *   p.isPassive(v); p.isNegated(v); p.modals(v); // true, false, ["would"]
 *   p.obliques(v, 'in');                         // "in Kyiv" → the word "Kyiv"
 *   p.headOfSpan(mention.start, mention.end);    // the word heading an entity mention's characters
 *
 * Words are the treebank's syntactic words (UD English): our tokens, with hyphenated compounds and a few
 * contractions split ("cannot" → can + not) and runs of marks joined ("..."). Every word has exact character offsets
 * into `doc.text`. Heads and relations are Universal Dependencies v2 with English subtypes ("nsubj:pass",
 * "obl:agent", "nmod:poss", "acl:relcl"); the root word's head is -1. Word indices are document-wide.
 */
export class Syntax {
  /** first child and next sibling lists, built on first use */
  private firstChild: Int32Array | null = null;
  private nextSibling: Int32Array | null = null;

  constructor(
    readonly text: string,
    /** number of words */
    readonly count: number,
    /** character offsets of each word into the document text */
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    /** the token each word lies in */
    readonly tokens: Int32Array,
    /** per sentence, its first word; one more entry holds `count` */
    readonly sentenceStarts: Int32Array,
    /** per token, the word that heads it (its only word, mostly) */
    readonly tokenWords: Int32Array,
    /** per word, an index into `tagNames` ("UPOS|XPOS") */
    readonly tags: Uint8Array,
    readonly lemmas: string[],
    /** per word, its head's word index, or -1 for a sentence's root */
    readonly heads: Int32Array,
    /** per word, an index into `relationNames` */
    readonly relationIds: Uint8Array,
    readonly tagNames: readonly string[],
    readonly uposNames: readonly string[],
    readonly xposNames: readonly string[],
    readonly relationNames: readonly string[],
  ) {}

  form(w: number): string {
    return this.text.slice(this.starts[w], this.ends[w]);
  }

  lemma(w: number): string {
    return this.lemmas[w];
  }

  /** Universal part-of-speech tag ("VERB", "PROPN"). */
  upos(w: number): string {
    return this.uposNames[this.tags[w]];
  }

  /** Penn Treebank tag ("VBN", "NNP"). */
  xpos(w: number): string {
    return this.xposNames[this.tags[w]];
  }

  /** The word's relation to its head, with the English subtype ("nsubj:pass"); "root" for the root. */
  relation(w: number): string {
    return this.relationNames[this.relationIds[w]];
  }

  /** The relation without its subtype ("nsubj:pass" → "nsubj"). */
  baseRelation(w: number): string {
    const r = this.relation(w);
    const colon = r.indexOf(':');
    return colon < 0 ? r : r.slice(0, colon);
  }

  /** Head word, or -1 for the root. */
  head(w: number): number {
    return this.heads[w];
  }

  /** Dependents of w, left to right. */
  children(w: number): number[] {
    this.index();
    const out: number[] = [];
    for (let c = this.firstChild![w]; c >= 0; c = this.nextSibling![c]) out.push(c);
    return out;
  }

  /** Dependents of w whose relation is one of `relations` (a base relation also matches its subtypes). */
  childrenWith(w: number, ...relations: string[]): number[] {
    return this.children(w).filter((c) => matches(this.relation(c), relations));
  }

  /** Sentence index of word w. */
  sentenceOf(w: number): number {
    const s = this.sentenceStarts;
    let lo = 0;
    let hi = s.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= w) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Word indices [from, to) of sentence `index`. */
  sentenceWords(index: number): { from: number; to: number } {
    return { from: this.sentenceStarts[index], to: this.sentenceStarts[index + 1] };
  }

  /** The word that heads token t. */
  wordOfToken(t: number): number {
    return this.tokenWords[t];
  }

  /** The word covering character offset `offset`, or -1. */
  wordAt(offset: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= offset) lo = mid + 1;
      else if (this.starts[mid] > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Words overlapping characters [start, end). */
  wordsIn(start: number, end: number): number[] {
    const out: number[] = [];
    let w = this.firstWordFrom(start);
    for (; w < this.count && this.starts[w] < end; w++) if (this.ends[w] > start) out.push(w);
    return out;
  }

  /** The word heading characters [start, end) (an entity mention, a quote): the one whose head lies outside; -1 if none. */
  headOfSpan(start: number, end: number): number {
    const words = this.wordsIn(start, end);
    for (const w of words) {
      const h = this.heads[w];
      if (h < 0 || this.starts[h] < start || this.ends[h] > end) return w;
    }
    return words.length ? words[0] : -1;
  }

  /** Character span [start, end) of w's subtree (contiguous in the projective trees the parser builds). */
  subtreeSpan(w: number): { start: number; end: number } {
    let lo = w;
    let hi = w;
    const stack = [w];
    while (stack.length) {
      const x = stack.pop()!;
      for (const c of this.children(x)) {
        if (c < lo) lo = c;
        if (c > hi) hi = c;
        stack.push(c);
      }
    }
    return { start: this.starts[lo], end: this.ends[hi] };
  }

  /** w and the words coordinated with it ("Russia and China": both). */
  withConjuncts(w: number): number[] {
    const out = [w];
    for (let i = 0; i < out.length; i++) for (const c of this.childrenWith(out[i], 'conj')) out.push(c);
    return out;
  }

  /**
   * Subjects of predicate v, each with its conjuncts. Where v has none of its own the subject is found as a reader
   * would: a coordinated verb shares its first conjunct's ("met and agreed"), a controlled infinitive takes its
   * controller's object or else subject ("X declined to threaten Y": X), and a relative clause whose subject is a
   * relative pronoun ("the man who fled") takes the noun it modifies. In a passive these are the patients.
   */
  subjects(v: number): number[] {
    const own = this.childrenWith(v, 'nsubj', 'csubj');
    const rel = this.relation(v);
    if (own.length) {
      if ((rel === 'acl:relcl' || rel === 'acl') && own.length === 1 && this.isRelativePronoun(own[0])) return this.withConjuncts(this.heads[v]);
      return own.flatMap((s) => this.withConjuncts(s));
    }
    const h = this.heads[v];
    if (h < 0) return [];
    if (rel === 'conj' && isPredicateTag(this.upos(h))) return this.subjects(h);
    if (rel === 'xcomp') {
      const obj = this.childrenWith(h, 'obj', 'iobj');
      return obj.length ? obj.flatMap((o) => this.withConjuncts(o)) : this.subjects(h);
    }
    if (rel === 'acl:relcl' || (rel === 'acl' && this.xpos(v) === 'VBG')) return this.withConjuncts(h);
    return [];
  }

  /** Direct and indirect objects of v, with conjuncts; a relative clause's object pronoun stands for the noun it modifies. */
  objects(v: number): number[] {
    const own = this.childrenWith(v, 'obj', 'iobj');
    const rel = this.relation(v);
    if (own.length === 1 && rel === 'acl:relcl' && this.isRelativePronoun(own[0])) return this.withConjuncts(this.heads[v]);
    if (!own.length && rel === 'conj' && this.heads[v] >= 0 && isPredicateTag(this.upos(this.heads[v])) && this.relation(this.heads[v]) !== 'conj') {
      // "bought and sold shares": a verb without its own object shares a later conjunct's only when it has none itself
      return [];
    }
    // a reduced or full passive relative ("the convoy attacked by ...") has the modified noun as its patient
    if (!own.length && (rel === 'acl' || rel === 'acl:relcl') && this.xpos(v) === 'VBN') return this.withConjuncts(this.heads[v]);
    return own.flatMap((o) => this.withConjuncts(o));
  }

  /** The "by" agents of a passive verb ("was killed by X": X), or of a nominal event ("the assassination by X": X). */
  agents(v: number): number[] {
    const agent = this.childrenWith(v, 'obl:agent');
    if (agent.length) return agent.flatMap((a) => this.withConjuncts(a));
    return this.obliques(v, 'by').flatMap((a) => this.withConjuncts(a));
  }

  /** The possessor of a noun ("Karlov's assassination": Karlov), or -1. */
  possessor(n: number): number {
    const p = this.childrenWith(n, 'nmod:poss');
    return p.length ? p[0] : -1;
  }

  /**
   * Prepositional dependents of w (obl of a verb, nmod of a noun), optionally only those marked by `preposition`
   * (compared with the case word's lemma, lower case; "according to" matches its first word "according").
   */
  obliques(w: number, preposition?: string): number[] {
    const out: number[] = [];
    for (const c of this.children(w)) {
      const r = this.baseRelation(c);
      if (r !== 'obl' && r !== 'nmod') continue;
      if (this.relation(c) === 'nmod:poss') continue;
      if (preposition === undefined || this.caseMarker(c) === preposition) out.push(c);
    }
    return out;
  }

  /** The lemma of w's case or marker word ("by", "in", "to"), or "". */
  caseMarker(w: number): string {
    for (const c of this.children(w)) if (this.relation(c) === 'case' || this.relation(c) === 'mark') return this.lemma(c).toLowerCase();
    return '';
  }

  /** Passive voice: a passive auxiliary or passive subject ("was killed"), or a participle modifying a noun ("the man killed by"). */
  isPassive(v: number): boolean {
    let passiveSubject = false;
    let object = false;
    for (const c of this.children(v)) {
      const r = this.relation(c);
      if (r === 'aux:pass') return true;
      if (r === 'nsubj:pass' || r === 'csubj:pass') passiveSubject = true;
      if (r === 'obj') object = true;
    }
    // a passive subject with no passive auxiliary is a parser's guess; with a direct object beside it the verb is active
    // ("Police in Lagos arrested twelve protesters"); without one it stands (headlines drop the auxiliary)
    if (passiveSubject) return !object;
    // a participle's subject beside its "by" agent is a passive subject the parser mislabelled ("civilians wounded by shelling")
    if (this.xpos(v) === 'VBN' && this.childrenWith(v, 'obl:agent').length && this.childrenWith(v, 'nsubj').length) return true;
    return this.relation(v) === 'acl' && this.xpos(v) === 'VBN';
  }

  /** Negated: "not", "n't", "never" or "no" depends on v (on the verb, or on its copula's predicate). */
  isNegated(v: number): boolean {
    for (const c of this.children(v)) {
      const l = this.lemma(c).toLowerCase();
      if (l === 'not' || l === 'never') return true;
      if (l === 'no' && this.relation(c) === 'advmod') return true;
    }
    return false;
  }

  /** Lemmas of the modal auxiliaries of v ("could not have been": ["could"]). */
  modals(v: number): string[] {
    const out: string[] = [];
    for (const c of this.children(v)) if (this.baseRelation(c) === 'aux' && this.xpos(c) === 'MD') out.push(this.lemma(c).toLowerCase());
    return out;
  }

  /** The nearest verb w depends on (its governor chain upwards), or -1. */
  governingVerb(w: number): number {
    for (let h = this.heads[w], guard = 0; h >= 0 && guard < this.count; h = this.heads[h], guard++) if (this.upos(h) === 'VERB') return h;
    return -1;
  }

  /**
   * The head of the clause w is in: w itself when it heads one, else the nearest ancestor that does (the root, or a
   * word attached as a clause: ccomp, xcomp, advcl, acl, csubj, parataxis, or a coordinated predicate).
   */
  clauseHead(w: number): number {
    for (let x = w, guard = 0; guard <= this.count; guard++) {
      if (this.heads[x] < 0 || this.headsClause(x)) return x;
      x = this.heads[x];
    }
    return w;
  }

  /** The verb that controls v when v is its infinitive complement ("declined to threaten": threaten → declined), or -1. */
  controller(v: number): number {
    return this.relation(v) === 'xcomp' ? this.heads[v] : -1;
  }

  /** The infinitive or participle complement of a control verb ("declined to threaten": declined → threaten), or -1. */
  complement(v: number): number {
    const x = this.childrenWith(v, 'xcomp');
    return x.length ? x[0] : -1;
  }

  /** The clausal content of a speech verb: its ccomp, or the clause it is a parenthetical of ("…, said X"), or -1. */
  reportedClause(v: number): number {
    const c = this.childrenWith(v, 'ccomp');
    if (c.length) return c[0];
    if (this.relation(v) === 'parataxis') return this.heads[v];
    const p = this.childrenWith(v, 'parataxis');
    return p.length ? p[0] : -1;
  }

  /** The parse as JSON (the extraction's optional `syntax` layer). */
  toJSON(): SyntaxWordJson[] {
    const out: SyntaxWordJson[] = new Array(this.count);
    for (let w = 0; w < this.count; w++) {
      out[w] = { start: this.starts[w], end: this.ends[w], upos: this.upos(w), xpos: this.xpos(w), lemma: this.lemmas[w], head: this.heads[w], relation: this.relation(w) };
    }
    return out;
  }

  private headsClause(x: number): boolean {
    const r = this.baseRelation(x);
    if (r === 'ccomp' || r === 'xcomp' || r === 'advcl' || r === 'acl' || r === 'csubj' || r === 'parataxis') return true;
    return r === 'conj' && isPredicateTag(this.upos(x)) && this.childrenWith(x, 'nsubj', 'csubj').length > 0;
  }

  private isRelativePronoun(w: number): boolean {
    const x = this.xpos(w);
    return x === 'WP' || x === 'WDT' || (x === 'IN' && this.lemma(w).toLowerCase() === 'that') || (x === 'DT' && this.lemma(w).toLowerCase() === 'that');
  }

  private firstWordFrom(offset: number): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private index(): void {
    if (this.firstChild) return;
    const first = new Int32Array(this.count).fill(-1);
    const next = new Int32Array(this.count).fill(-1);
    // right to left, so each list comes out left to right
    for (let w = this.count - 1; w >= 0; w--) {
      const h = this.heads[w];
      if (h < 0) continue;
      next[w] = first[h];
      first[h] = w;
    }
    this.firstChild = first;
    this.nextSibling = next;
  }
}

/** One word of the extraction's `syntax` layer. */
export interface SyntaxWordJson {
  start: number;
  end: number;
  upos: string;
  xpos: string;
  lemma: string;
  head: number;
  relation: string;
}

function matches(relation: string, wanted: string[]): boolean {
  for (const r of wanted) if (relation === r || (relation.startsWith(r) && relation.charCodeAt(r.length) === 58)) return true;
  return false;
}

function isPredicateTag(upos: string): boolean {
  return upos === 'VERB' || upos === 'AUX' || upos === 'ADJ' || upos === 'NOUN' || upos === 'PROPN' || upos === 'PRON';
}
