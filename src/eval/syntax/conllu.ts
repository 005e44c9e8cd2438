import { readFileSync } from 'node:fs';

/** One syntactic word of a CoNLL-U sentence (empty nodes such as "8.1" are dropped). */
export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  /** 1-based head word, 0 for the root */
  head: number;
  deprel: string;
  /** no space follows the word's surface token */
  spaceAfter: boolean;
}

/** A surface token written as several words ("don't" → do + n't): word indices [first, last], 0-based. */
export interface ConlluMultiword {
  first: number;
  last: number;
  form: string;
  spaceAfter: boolean;
}

export interface ConlluSentence {
  id: string;
  /** the `# text` comment: the sentence as written */
  text: string;
  /** a `# newpar` comment opens this sentence */
  newParagraph: boolean;
  words: ConlluWord[];
  multiwords: ConlluMultiword[];
}

export interface ConlluDocument {
  id: string;
  sentences: ConlluSentence[];
}

/** Reads a CoNLL-U file into documents (split at `# newdoc`; a file without them is one document). */
export function readConllu(path: string): ConlluDocument[] {
  return parseConllu(readFileSync(path, 'utf8'));
}

export function parseConllu(source: string): ConlluDocument[] {
  const docs: ConlluDocument[] = [];
  let doc: ConlluDocument | null = null;
  let sent: ConlluSentence | null = null;
  const finish = (): void => {
    if (sent && sent.words.length) {
      if (!doc) docs.push((doc = { id: `doc-${docs.length + 1}`, sentences: [] }));
      doc.sentences.push(sent);
    }
    sent = null;
  };
  const open = (): ConlluSentence => (sent ??= { id: '', text: '', newParagraph: false, words: [], multiwords: [] });
  for (const raw of source.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line) {
      finish();
      continue;
    }
    if (line.startsWith('#')) {
      const m = /^#\s*([^=]+?)\s*(?:=\s?(.*))?$/.exec(line);
      if (!m) continue;
      const key = m[1];
      if (key === 'newdoc id' || key === 'newdoc') {
        finish();
        docs.push((doc = { id: m[2] ?? `doc-${docs.length + 1}`, sentences: [] }));
      } else if (key === 'sent_id') open().id = m[2] ?? '';
      else if (key === 'text') open().text = m[2] ?? '';
      else if (key === 'newpar id' || key === 'newpar') open().newParagraph = true;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10) throw new Error(`CoNLL-U line with ${cols.length} columns: ${line.slice(0, 80)}`);
    const s = open();
    const spaceAfter = !/(?:^|\|)SpaceAfter=No(?:\||$)/.test(cols[9]);
    const range = /^(\d+)-(\d+)$/.exec(cols[0]);
    if (range) {
      s.multiwords.push({ first: Number(range[1]) - 1, last: Number(range[2]) - 1, form: cols[1], spaceAfter });
      continue;
    }
    if (cols[0].includes('.')) continue; // empty node of the enhanced graph
    s.words.push({ form: cols[1], lemma: cols[2], upos: cols[3], xpos: cols[4], head: Number(cols[6]), deprel: cols[7], spaceAfter });
  }
  finish();
  return docs;
}

/** The universal part of a relation ("nsubj:pass" → "nsubj"), which CoNLL 2018 LAS compares. */
export function universalRelation(deprel: string): string {
  const colon = deprel.indexOf(':');
  return colon < 0 ? deprel : deprel.slice(0, colon);
}
