import type { ConlluDocument } from './conllu.js';
import { universalRelation } from './conllu.js';
import type { SyntaxModel } from '../../pipeline/stages/syntax/model.js';
import { round } from '../metrics.js';
import { english } from '../../lang/en/index.js';

/** Counts for tagging and attachment scores over aligned words. */
export class AttachmentCounter {
  words = 0;
  upos = 0;
  xpos = 0;
  lemma = 0;
  uas = 0;
  las = 0;
  /** LAS with the relation's English subtype compared too ("nsubj:pass") */
  lasFull = 0;

  metrics(): Record<string, number> {
    const r = (n: number): number => round(this.words ? n / this.words : 0, 4);
    return { words: this.words, upos: r(this.upos), xpos: r(this.xpos), lemma: r(this.lemma), uas: r(this.uas), las: r(this.las), lasFull: r(this.lasFull) };
  }
}

/**
 * Scores the model on gold tokenisation: each sentence's gold words go in, and UPOS, XPOS, lemma, UAS and LAS are
 * counted over every word, punctuation included (as the CoNLL 2018 shared task does; LAS compares universal relations).
 */
export function scoreGoldTokens(model: SyntaxModel, docs: ConlluDocument[]): AttachmentCounter {
  const c = new AttachmentCounter();
  const forms: string[] = [];
  const rel = model.header.relations;
  for (const doc of docs) {
    for (const sent of doc.sentences) {
      const n = sent.words.length;
      for (let i = 0; i < n; i++) forms[i] = sent.words[i].form;
      const s = model.analyse(forms, n);
      for (let i = 0; i < n; i++) {
        const g = sent.words[i];
        const t = s.tag[i] - 1;
        c.words++;
        if (model.tagUpos[t] === g.upos) c.upos++;
        if (model.tagXpos[t] === g.xpos) c.xpos++;
        if (model.lemma(i, english.syntax.lemmas) === g.lemma) c.lemma++;
        if (s.head[i] + 1 === g.head) {
          c.uas++;
          const r = rel[s.deprel[i]];
          if (universalRelation(r) === universalRelation(g.deprel)) c.las++;
          if (r === g.deprel) c.lasFull++;
        }
      }
    }
  }
  return c;
}
