import { readFileSync } from 'node:fs';

/** One CoNLL-2003 sentence: tokens with gold POS and IOB2 NER tags. */
export interface ConllSentence {
  words: string[];
  pos: string[];
  tags: string[];
}

/** One CoNLL-2003 document (sentences between `-DOCSTART-` lines). */
export interface ConllDocument {
  sentences: ConllSentence[];
}

/** Parses CoNLL-2003 text (columns `token POS chunk NER`, blank lines between sentences) into documents. */
export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sent: ConllSentence = { words: [], pos: [], tags: [] };
  const flush = (): void => {
    if (sent.words.length) {
      if (!doc) {
        doc = { sentences: [] };
        docs.push(doc);
      }
      doc.sentences.push(sent);
    }
    sent = { words: [], pos: [], tags: [] };
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    sent.words.push(cols[0]);
    sent.pos.push(cols[1] ?? '');
    sent.tags.push(cols[cols.length - 1]);
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

export function readConll(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}

/** A labelled span over token indices [start, end) of one sentence. */
export interface TokenSpan {
  start: number;
  end: number;
  label: string;
}

/**
 * Chunks from IOB/IOB2/BILOU tags with conlleval's rules: a chunk starts at B-/U-, at an I-/L- whose type differs from
 * the previous token's, or at an I-/L- after O; it ends before O, B-, U-, or a change of type, and after L-/U-.
 */
export function tagsToSpans(tags: string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O';
    const prefix = tag === 'O' ? 'O' : tag[0];
    const t = tag === 'O' ? '' : tag.slice(2);
    const begins = prefix === 'B' || prefix === 'U' || ((prefix === 'I' || prefix === 'L') && t !== type);
    if (start >= 0 && (prefix === 'O' || begins)) {
      spans.push({ start, end: i, label: type });
      start = -1;
      type = '';
    }
    if (prefix !== 'O' && start < 0) {
      start = i;
      type = t;
    }
    if (start >= 0 && (prefix === 'L' || prefix === 'U')) {
      spans.push({ start, end: i + 1, label: type });
      start = -1;
      type = '';
    }
  }
  return spans;
}
