import type { Doc } from '../../../model/doc.js';
import type { MentionVia, NerLabel, PlaceKind } from '../../../model/layers/entities.js';
import type { StandIn } from '../../../knowledge/countries.js';
import type { EntitiesLanguage, Gender, NamesLanguage } from '../../../lang/types.js';
import type { PartyTag } from '../../../lang/types.js';

/** What a mention names, after label fixes: the product types plus the country/seat/capital distinctions stages need. */
export type MentionClass = 'person' | 'organisation' | 'country' | 'seat' | 'place' | 'group' | 'other';

/** A mention on its way to an entity: recogniser span or recovered match, cleaned of titles. */
export interface Candidate {
  start: number;
  end: number;
  /** token range [tokStart, tokEnd) */
  tokStart: number;
  tokEnd: number;
  text: string;
  label?: NerLabel;
  confidence: number;
  cls: MentionClass;
  via: MentionVia;
  /** ISO alpha-2 for countries, groups, seats, capitals and known organisations */
  country: string | null;
  /** the seat or capital this mention can stand in for */
  standIn: StandIn | null;
  placeKind: PlaceKind | null;
  /** cluster key for non-person mentions ("country:RU", "org:tass") */
  key: string;
  /** canonical name for non-person mentions ("Russia" for "Russian Federation") */
  canonical: string;
  /** lower-case name parts for persons ("kim", "jong", "un") */
  nameParts?: string[];
  /** title tokens the recogniser included at the front of the span, as [tokStart, tokEnd) */
  strippedTitle?: [number, number];
  /** set when the mention acts or speaks for a government (stand-ins) */
  acting?: boolean;
  cluster?: Cluster;
}

/** A draft role, resolved to a Role when ids are known. */
export interface RoleDraft {
  title: string;
  start: number;
  end: number;
  country: string | null;
  of: Cluster | null;
}

/** A group of mentions that becomes one entity. */
export interface Cluster {
  key: string;
  cls: MentionClass;
  name: string;
  nameParts: string[];
  country: string | null;
  placeKind: PlaceKind | null;
  standIn: StandIn | null;
  candidates: Candidate[];
  /** resolved pronoun and bare-title mentions */
  references: Array<{ start: number; end: number; text: string; via: MentionVia; confidence: number }>;
  roles: RoleDraft[];
  gender: Gender | null;
  /** true for a bare short name that matched several people and could not be settled */
  ambiguous: boolean;
  /** a US politician's party and state, from a party-state tag after the name ("R-Utah") */
  party?: PartyTag;
  id?: string;
}

/** Per-document token views every rule reads, computed once per run. */
export class DocView {
  /** the entities section of the document's language pack */
  readonly lang: EntitiesLanguage;
  /** the pack's titles, honorifics and organisation heads */
  readonly names: NamesLanguage;
  readonly lower: string[];
  readonly text: string[];
  readonly sentenceOf: Int32Array;
  readonly paragraphOf: Int32Array;
  readonly tokenStarts: Int32Array;
  /** candidate covering each token (index into the candidate list), -1 when none */
  coveredBy: Int32Array;

  constructor(readonly doc: Doc) {
    this.lang = doc.pack.entities;
    this.names = doc.pack.names;
    const n = doc.tokens.length;
    this.lower = new Array(n);
    const lowerTokens = doc.lowerTokens();
    this.text = new Array(n);
    this.sentenceOf = new Int32Array(n);
    this.paragraphOf = new Int32Array(n);
    this.tokenStarts = new Int32Array(n);
    this.coveredBy = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const t = doc.tokens[i];
      this.text[i] = t.text;
      const lower = lowerTokens[i];
      this.lower[i] = lower.includes('\u2019') || lower.includes('\u2018') ? lower.replace(/[\u2018\u2019]/g, "'") : lower;
      this.sentenceOf[i] = t.sentence;
      this.paragraphOf[i] = doc.sentences[t.sentence]?.paragraph ?? 0;
      this.tokenStarts[i] = t.start;
    }
  }

  /** True if token i opens its sentence. */
  isSentenceStart(i: number): boolean {
    return i === 0 || this.sentenceOf[i - 1] !== this.sentenceOf[i];
  }

  get length(): number {
    return this.lower.length;
  }

  /** Token range [start, end) covering the character span. */
  tokenRange(start: number, end: number): [number, number] {
    const a = this.doc.tokenAt(start);
    let b = this.doc.tokenAt(end - 1) + 1;
    if (b > this.length) b = this.length;
    return [a, Math.max(a + 1, b)];
  }

  isCapitalised(i: number): boolean {
    const c = this.text[i]?.charCodeAt(0) ?? 0;
    const s = this.text[i]?.[0] ?? '';
    return c >= 65 && c <= 90 ? true : s !== s.toLowerCase();
  }

  /** Universal part of speech of token i from the syntax stage, or '' when the document has no parse. */
  upos(i: number): string {
    const syntax = this.doc.syntax;
    if (!syntax) return '';
    const w = syntax.wordOfToken(i);
    return w >= 0 ? syntax.upos(w) : '';
  }

  /** The cleaned text of tokens [a, b). */
  slice(a: number, b: number): string {
    return this.doc.text.slice(this.doc.tokens[a].start, this.doc.tokens[b - 1].end);
  }
}
