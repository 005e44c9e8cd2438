import { join } from 'node:path';
import { readConll, type ConllDocument } from '../ner/conll.js';
import { dataPath } from '../data.js';
import { prf } from '../metrics.js';
import type { Scorer } from '../registry.js';
import { segmentText } from '../../pipeline/stages/segment/index.js';

const SPLIT_FILES: Record<string, string> = { train: 'train.txt', dev: 'dev.txt', test: 'test.txt' };
/** Tokens written against the word before them when CoNLL's token stream is turned back into text. */
const ATTACH_LEFT = new Set([',', '.', ';', ':', '!', '?', ')', ']', '%', "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m"]);
/** Tokens written against the word after them. */
const ATTACH_RIGHT = new Set(['(', '[', '$']);

interface Rebuilt {
  text: string;
  tokens: Array<[number, number]>;
  sentences: Array<[number, number]>;
}

/**
 * Rebuilds running text from a CoNLL document with the gold token and sentence offsets. A sentence that ends without
 * a stop (headline, dateline, byline) stands on its own line, as in the original wire copy; others follow with a space.
 */
export function rebuildConllText(doc: ConllDocument): Rebuilt {
  let text = '';
  const tokens: Array<[number, number]> = [];
  const sentences: Array<[number, number]> = [];
  for (const s of doc.sentences) {
    if (text) text += /[.?!"']$/.test(text) ? ' ' : '\n';
    const sentStart = text.length;
    let glueNext = true;
    for (const w of s.words) {
      if (!glueNext && !ATTACH_LEFT.has(w)) text += ' ';
      tokens.push([text.length, text.length + w.length]);
      text += w;
      glueNext = ATTACH_RIGHT.has(w);
    }
    sentences.push([sentStart, text.length]);
  }
  return { text, tokens, sentences };
}

/** Token and sentence boundaries against CoNLL-2003's gold tokenisation and sentence split. */
export const segmentScorer: Scorer = {
  stage: 'segment',
  description: 'token and sentence boundary F1 against CoNLL-2003 (text rebuilt from its tokens)',
  datasets: ['conll2003'],
  splits: ['train', 'dev', 'test'],
  async run(options) {
    const split = options.split ?? 'dev';
    let docs = readConll(dataPath(options.data, join('conll2003', SPLIT_FILES[split] ?? 'dev.txt')));
    if (options.limit) docs = docs.slice(0, options.limit);
    const tok = { tp: 0, fp: 0, fn: 0 };
    const sent = { tp: 0, fp: 0, fn: 0 };
    let tokens = 0;
    const t0 = performance.now();
    for (const doc of docs) {
      const gold = rebuildConllText(doc);
      const ours = segmentText(gold.text);
      tokens += ours.tokens.length;
      count(gold.tokens, ours.tokens.map((t) => [t.start, t.end]), tok);
      count(gold.sentences, ours.sentences.map((s) => [s.start, s.end]), sent);
    }
    const seconds = (performance.now() - t0) / 1000;
    return {
      stage: 'segment',
      dataset: 'conll2003',
      split,
      metrics: { tokens: prf(tok.tp, tok.fp, tok.fn), sentences: prf(sent.tp, sent.fp, sent.fn), documents: docs.length, tokensPerSecond: Math.round(tokens / seconds) },
    };
  },
};

function count(gold: Array<[number, number]>, predicted: Array<[number, number]>, into: { tp: number; fp: number; fn: number }): void {
  const g = new Set(gold.map(([s, e]) => `${s}:${e}`));
  let tp = 0;
  for (const [s, e] of predicted) if (g.has(`${s}:${e}`)) tp++;
  into.tp += tp;
  into.fp += predicted.length - tp;
  into.fn += gold.length - tp;
}
