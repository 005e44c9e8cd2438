import { readFileSync } from 'node:fs';

/**
 * GUM (UD English GUM, CC BY-NC-SA 4.0: evaluation only) read as a names benchmark of another domain: 15 genres, each
 * document's text rebuilt from its sentences, and its named mentions of people, organisations and places as gold.
 */

/** A token of a GUM document: character offsets into the rebuilt text. */
export interface GumToken {
  start: number;
  end: number;
  upos: string;
  /** index of the syntactic head within the document, -1 for the root */
  head: number;
}

/** A named mention: tokens [start, end) of a person, organisation or place entity whose head token is a proper noun. */
export interface GumName {
  start: number;
  end: number;
  head: number;
  type: 'PER' | 'ORG' | 'LOC';
}

export interface GumDocument {
  id: string;
  genre: string;
  /** sentences joined by a space, paragraphs by a blank line */
  text: string;
  tokens: GumToken[];
  names: GumName[];
}

const GUM_TYPES: Record<string, GumName['type']> = { person: 'PER', organization: 'ORG', place: 'LOC' };

/** Reads a GUM .conllu file into documents with rebuilt text, tokens and gold named mentions. */
export function readGum(path: string): GumDocument[] {
  const docs: GumDocument[] = [];
  let doc: GumDocument | null = null;
  let open = new Map<string, Array<{ start: number; etype: string }>>();
  let sentenceBase = 0;
  let searchFrom = 0;
  let paragraphStart = false;
  const finish = (): void => {
    if (doc) docs.push(doc);
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      finish();
      doc = { id: line.split('=')[1].trim(), genre: '', text: '', tokens: [], names: [] };
      open = new Map();
      paragraphStart = false;
      continue;
    }
    if (!doc) continue;
    if (line.startsWith('# meta::genre')) doc.genre = line.split('=')[1].trim();
    else if (line.startsWith('# newpar')) paragraphStart = true;
    else if (line.startsWith('# text =')) {
      const text = line.slice('# text ='.length).trim();
      if (doc.text) doc.text += paragraphStart ? '\n\n' : ' ';
      paragraphStart = false;
      searchFrom = doc.text.length;
      sentenceBase = doc.tokens.length;
      doc.text += text;
    } else if (/^\d+\t/.test(line)) {
      const cols = line.split('\t');
      const form = cols[1];
      let at = doc.text.indexOf(form, searchFrom);
      if (at < 0) at = searchFrom; // a token the text spells otherwise: keep the order, lose the offset
      searchFrom = at + form.length;
      const index = doc.tokens.length;
      const headId = Number(cols[6]);
      doc.tokens.push({ start: at, end: at + form.length, upos: cols[3], head: headId === 0 ? -1 : sentenceBase + headId - 1 });
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(cols[9])?.[1];
      if (entity) readBrackets(entity, index, open, doc);
    }
  }
  finish();
  return docs;
}

/** Opens and closes the entity brackets of one token ("(3-person-new-...", "3)", "(1-place-...-sgl)"). */
function readBrackets(value: string, index: number, open: Map<string, Array<{ start: number; etype: string }>>, doc: GumDocument): void {
  let i = 0;
  while (i < value.length) {
    if (value[i] === '(') {
      let j = i + 1;
      while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
      const [id, etype] = value.slice(i + 1, j).split('-');
      if (value[j] === ')') {
        addName(doc, index, index + 1, etype);
        j++;
      } else {
        const stack = open.get(id) ?? [];
        stack.push({ start: index, etype });
        open.set(id, stack);
      }
      i = j;
    } else {
      let j = i;
      while (j < value.length && value[j] !== ')' && value[j] !== '(') j++;
      const opened = open.get(value.slice(i, j))?.pop();
      if (opened) addName(doc, opened.start, index + 1, opened.etype);
      i = value[j] === ')' ? j + 1 : j;
    }
  }
}

function addName(doc: GumDocument, start: number, end: number, etype: string): void {
  const type = GUM_TYPES[etype];
  if (!type) return;
  // the head: the one token whose syntactic head lies outside the mention
  let head = end - 1;
  for (let i = start; i < end; i++) {
    const h = doc.tokens[i].head;
    if (h < start || h >= end) {
      head = i;
      break;
    }
  }
  if (doc.tokens[head].upos !== 'PROPN') return;
  doc.names.push({ start, end, head, type });
}

/** A predicted name mention as token range and label. */
export interface PredictedName {
  start: number;
  end: number;
  type: string;
}

export interface NameScore {
  gold: number;
  predicted: number;
  /** gold names with a predicted mention of their type inside them that covers their head */
  found: number;
  /** gold names with such a mention of any type */
  foundUntyped: number;
  /** predicted mentions that are such a mention for some gold name of their type */
  correct: number;
}

/** Counts for one document: a prediction matches a gold name when it lies inside it and covers its head. */
export function scoreNames(gold: GumName[], predicted: PredictedName[], into: NameScore): void {
  const inside = (p: PredictedName, g: GumName): boolean => p.start >= g.start && p.end <= g.end && p.start <= g.head && g.head < p.end;
  into.gold += gold.length;
  into.predicted += predicted.length;
  for (const g of gold) {
    if (predicted.some((p) => p.type === g.type && inside(p, g))) into.found++;
    if (predicted.some((p) => inside(p, g))) into.foundUntyped++;
  }
  for (const p of predicted) if (gold.some((g) => p.type === g.type && inside(p, g))) into.correct++;
}

export function emptyNameScore(): NameScore {
  return { gold: 0, predicted: 0, found: 0, foundUntyped: 0, correct: 0 };
}
