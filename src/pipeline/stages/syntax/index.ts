import type { Doc } from '../../../model/doc.js';
import type { Stage } from '../../stage.js';
import { loadSyntaxModel, type SyntaxModel } from './model.js';
import { Syntax } from './parse.js';
import { WordSpans, tokensToWords } from './words.js';

export { Syntax, type SyntaxWordJson } from './parse.js';
export { loadSyntaxModel, type SyntaxModel } from './model.js';

/** Tags, lemmatises and parses every sentence of `doc` (after segment); the result is `doc.syntax`. */
export function parseDoc(doc: Doc, model: SyntaxModel, spans = new WordSpans()): Syntax {
  const { text, tokens, sentences } = doc;
  spans.reset();
  const sentenceStarts = new Int32Array(sentences.length + 1);
  for (let s = 0; s < sentences.length; s++) {
    sentenceStarts[s] = spans.count;
    tokensToWords(text, tokens, sentences[s].tokenStart, sentences[s].tokenEnd, model.wordRules, spans);
  }
  const count = spans.count;
  sentenceStarts[sentences.length] = count;
  const starts = spans.start.slice(0, count);
  const ends = spans.end.slice(0, count);
  const wordTokens = spans.token.slice(0, count);
  const tags = new Uint8Array(count);
  const heads = new Int32Array(count);
  const relations = new Uint8Array(count);
  const lemmas: string[] = new Array(count);
  const forms: string[] = [];
  const exceptions = doc.pack.syntax.lemmas;
  for (let s = 0; s < sentences.length; s++) {
    const from = sentenceStarts[s];
    const n = sentenceStarts[s + 1] - from;
    if (!n) continue;
    for (let i = 0; i < n; i++) forms[i] = text.slice(starts[from + i], ends[from + i]);
    const out = model.analyse(forms, n);
    for (let i = 0; i < n; i++) {
      tags[from + i] = out.tag[i] - 1;
      heads[from + i] = out.head[i] < 0 ? -1 : from + out.head[i];
      relations[from + i] = out.deprel[i];
      lemmas[from + i] = model.lemma(i, exceptions);
    }
  }
  // each token is headed by its word whose head lies outside the token (most tokens have one word)
  const tokenWords = new Int32Array(tokens.length).fill(-1);
  for (let w = 0; w < count; w++) {
    const t = wordTokens[w];
    if (tokenWords[t] >= 0) continue;
    const h = heads[w];
    if (h < 0 || wordTokens[h] !== t) tokenWords[t] = w;
  }
  // tokens inside a joined run of marks ("..." from three "." tokens) take the run's word
  for (let t = 0, w = 0; t < tokens.length; t++) {
    if (tokenWords[t] >= 0) continue;
    while (w + 1 < count && ends[w] <= tokens[t].start) w++;
    tokenWords[t] = w;
  }
  return new Syntax(text, count, starts, ends, wordTokens, sentenceStarts, tokenWords, tags, lemmas, heads, relations, model.header.tags, model.tagUpos, model.tagXpos, model.header.relations);
}

/** Stage `syntax`: loads the model once, then fills `doc.syntax`. */
export function createSyntaxStage(modelPath?: string): Stage {
  const model = loadSyntaxModel(modelPath);
  const spans = new WordSpans();
  return {
    name: 'syntax',
    run(doc: Doc) {
      doc.syntax = parseDoc(doc, model, spans);
    },
  };
}
