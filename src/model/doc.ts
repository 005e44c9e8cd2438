import type { Article } from './article.js';
import { OffsetMap } from './span.js';
import type { AnalysisNote } from './frame.js';
import type { RemovedRange, SentenceRecord } from './layers/text.js';
import { languagePackFor, type LanguagePack } from '../lang/index.js';
import type { EntityRecord, MentionRecord } from './layers/entities.js';
import type { TimexRecord } from './layers/time.js';
import type { PlacesLayer } from './layers/places.js';
import type { QuoteRecord } from './layers/quotes.js';
import type { EventRecord } from './layers/events.js';
import type { ToneRecord } from './layers/tone.js';
import type { Syntax } from '../pipeline/stages/syntax/parse.js';

/** A token: character offsets into `Doc.text`, its sentence index, and an optional part-of-speech tag. */
export interface Token {
  start: number;
  end: number;
  text: string;
  sentence: number;
  pos?: string;
  /** true when whitespace precedes the token (or it starts the text) */
  spaceBefore: boolean;
}

/** Index of the sentence holding character `offset`: the last one starting at or before it (0 before the first, -1 when there is none). */
export function sentenceAt(sentences: readonly { start: number }[], offset: number): number {
  if (!sentences.length) return -1;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first token ending after character `offset`: the token holding it, or else the next one (`tokens.length` past the last). */
export function tokenAt(tokens: readonly { end: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The one container every stage annotates (as spaCy's Doc). Stages fill layers in pipeline order and
 * read only the layers of stages before them.
 */
export class Doc {
  /** cleaned text; every span of every layer indexes into it */
  text: string;
  offsetMap: OffsetMap;
  removed: RemovedRange[] = [];
  sentences: SentenceRecord[] = [];
  tokens: Token[] = [];
  /** tags, lemmas and the dependency parse (syntax stage; see src/pipeline/stages/syntax/parse.ts for its API) */
  syntax: Syntax | null = null;
  /** raw recogniser spans before canonicalisation (ner stage) */
  mentions: MentionRecord[] = [];
  entities: EntityRecord[] = [];
  timexes: TimexRecord[] = [];
  places: PlacesLayer = { mentions: [], focus: { countries: [], city: null } };
  quotes: QuoteRecord[] = [];
  events: EventRecord[] = [];
  tone: ToneRecord | null = null;
  /** layers of stages without a field above, by layer key: a new stage stores its layer here, with no change to Doc */
  readonly layers = new Map<string, unknown>();
  /** per-stage CPU time in ms, filled by the pipeline when timing is on */
  timings: Record<string, number> = {};
  /** set when the pipeline did not analyse the article (no language pack for its language) */
  analysis: AnalysisNote | null = null;
  /** lowerTokens() of the token list it was made from (a stage that replaces `tokens` gets a new one) */
  private lowered: { tokens: Token[]; words: string[] } | null = null;

  /** `languagePack` defaults to the pack of `article.lang`; null when no pack covers that language. */
  constructor(
    readonly article: Article,
    readonly languagePack: LanguagePack | null = languagePackFor(article.lang),
  ) {
    this.text = article.body;
    this.offsetMap = OffsetMap.identity(article.body.length);
  }

  /** The language pack the stages read (word lists, patterns, confidences); stages never run without one. */
  get pack(): LanguagePack {
    if (!this.languagePack) throw new Error(`no language pack for "${this.article.lang}": the pipeline stores such articles unanalysed`);
    return this.languagePack;
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** Index of the sentence holding character `offset` (see `sentenceAt`). */
  sentenceAt(offset: number): number {
    return sentenceAt(this.sentences, offset);
  }

  /** Index of the token holding character `offset`, or else the next one (see `tokenAt`). */
  tokenAt(offset: number): number {
    return tokenAt(this.tokens, offset);
  }

  /** The lower-case text of each token of `tokens`, made once for the stages that read words whatever their case. */
  lowerTokens(): readonly string[] {
    const tokens = this.tokens;
    if (this.lowered?.tokens !== tokens) {
      const words = new Array<string>(tokens.length);
      for (let i = 0; i < tokens.length; i++) words[i] = tokens[i].text.toLowerCase();
      this.lowered = { tokens, words };
    }
    return this.lowered.words;
  }

  /** Tokens of sentence `index`. */
  sentenceTokens(index: number): Token[] {
    const s = this.sentences[index];
    return this.tokens.slice(s.tokenStart, s.tokenEnd);
  }
}
