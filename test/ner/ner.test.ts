import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/model/doc.js';
import { createSegmentStage } from '../../src/pipeline/stages/segment/index.js';
import { createNerStage, decodedToSpans } from '../../src/pipeline/stages/ner/index.js';
import { DEFAULT_NER_MODEL_PATH, decodeNerModel, loadNerModel } from '../../src/pipeline/stages/ner/model.js';
import { bilouToIob, iobToBilou, LABELS } from '../../src/pipeline/stages/ner/labels.js';
import { extractDocumentFeatures, normaliseToken, wordShape, shapeHashOf, WordTable } from '../../src/pipeline/stages/ner/features.js';
import { buildGazetteer } from '../../src/pipeline/stages/ner/gazetteer.js';
import { readdirSync } from 'node:fs';
import { hashString } from '../../src/pipeline/stages/ner/hash.js';
import { parseConll, readConll, tagsToSpans } from '../../src/eval/ner/conll.js';
import { SpanCounter } from '../../src/eval/ner/score.js';
import { describeShared, SHARED_DATA } from '../helpers/shared.js';

function mentionsOf(text: string): Array<[string, string]> {
  const doc = new Doc({ id: 't', published: '2024-01-01', body: text, lang: 'en' } as never);
  createSegmentStage().run(doc);
  ner.run(doc);
  return doc.mentions.map((m) => [m.text, m.label]);
}

const ner = createNerStage();

describe('ner stage on sentences we wrote', () => {
  it('finds a person, an organisation and a place', () => {
    const found = mentionsOf('Chancellor Angela Merkel met the chief executive of Deutsche Bank in Berlin on Monday.');
    expect(found).toContainEqual(['Angela Merkel', 'PER']);
    expect(found).toContainEqual(['Deutsche Bank', 'ORG']);
    expect(found).toContainEqual(['Berlin', 'LOC']);
  });

  it('labels nationality adjectives MISC and leaves common words alone', () => {
    const found = mentionsOf('The French government said the talks would resume next week.');
    expect(found).toEqual([['French', 'MISC']]);
  });

  it('reads curly apostrophes and clitics like the training text', () => {
    const found = mentionsOf('Japan’s prime minister flew to Washington, where he met President Joe Biden.');
    expect(found).toContainEqual(['Japan', 'LOC']);
    expect(found).toContainEqual(['Washington', 'LOC']);
    expect(found).toContainEqual(['Joe Biden', 'PER']);
  });

  it('gives offsets into the text and confidences in (0, 1]', () => {
    const text = 'Officials at the United Nations in Geneva declined to comment.';
    const doc = new Doc({ id: 't', published: '2024-01-01', body: text, lang: 'en' } as never);
    createSegmentStage().run(doc);
    ner.run(doc);
    expect(doc.mentions.length).toBeGreaterThan(0);
    for (const m of doc.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
    expect(doc.mentions.map((m) => m.text)).toContain('United Nations');
  });
});

describe('ner building blocks', () => {
  it('labels the same whether or not lower-case tokens after O are scored', () => {
    const model = loadNerModel();
    const dir = resolve(__dirname, '../../examples/articles');
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(resolve(dir, f), 'utf8'));
    texts.push('Mayor de Blasio spoke at the 5th Street Gym before the 102nd Rose Bowl, and Mr. de Vos left early.');
    let skipped = 0;
    for (const text of texts) {
      const doc = new Doc({ id: 't', published: '2024-01-01', body: text, lang: 'en' } as never);
      createSegmentStage().run(doc);
      const sentences = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
      // both passes, each with and without the skip (the labels are copied: the model reuses its buffers)
      const full = model.tagDocument(sentences, false).map((d) => Array.from(d.labels));
      const fast = model.tagDocument(sentences, true);
      full.forEach((labels, s) => expect(Array.from(fast[s].labels)).toEqual(labels));
      skipped += fast.reduce((n, d) => n + d.margins.filter((m) => m === 1e9).length, 0);
    }
    expect(skipped).toBeGreaterThan(100);
    // a lower-case particle or an ordinal before a capitalised word is still scored (margin 1e9 marks a skipped token)
    const words = ['Mayor', 'de', 'Blasio', 'spoke', 'at', 'the', '5th', 'Street', 'Gym', '.'];
    const [tagged] = model.tagDocument([words], true);
    expect(tagged.margins[1]).not.toBe(1e9);
    expect(tagged.margins[6]).not.toBe(1e9);
    expect(tagged.margins[4]).toBe(1e9);
  });

  it("gives a word what the gazetteer says of its other mentions in the document, wherever they come", () => {
    const lists = buildGazetteer([], { organisations: ['varnholt quist'], people: ['odile brannagh'] });
    const none = buildGazetteer([], { organisations: [], people: [] });
    // the keys of the first token of the first sentence, in a document of `sentences`, with a gazetteer
    const firstTokenKeys = (sentences: string[][], gazetteer: typeof lists): Set<number> => {
      const res = { gazetteer, clusters: null };
      const [f] = extractDocumentFeatures(sentences, res, new WordTable(res));
      return new Set(f.keys.subarray(f.offsets[0], f.offsets[1]));
    };
    const gained = (sentences: string[][]): number => {
      const without = firstTokenKeys(sentences, none);
      const withLists = firstTokenKeys(sentences, lists);
      expect([...without].every((k) => withLists.has(k))).toBe(true);
      return [...withLists].filter((k) => !without.has(k)).length;
    };
    // "Brannagh" alone matches no list; a later sentence names her in full (prediction history only looks back)
    expect(gained([['Brannagh', 'said', 'it', 'would', 'wait', '.'], ['Odile', 'Brannagh', 'left', '.']])).toBeGreaterThan(0);
    // a company named in full elsewhere reaches its short mention first in a sentence
    expect(gained([['Varnholt', 'said', '.'], ['Shares', 'of', 'Varnholt', 'Quist', 'fell', '.']])).toBeGreaterThan(0);
    // nothing when no other mention is part of a listed name
    expect(gained([['Varnholt', 'said', '.'], ['Shares', 'of', 'Varnholt', 'fell', '.']])).toBe(0);
  });

  it('converts IOB2 to BILOU and back', () => {
    const tags = ['B-PER', 'I-PER', 'O', 'B-LOC', 'B-ORG', 'I-ORG', 'I-ORG', 'O'];
    const bilou = iobToBilou(tags);
    expect(bilou.map((l) => LABELS[l])).toEqual(['B-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    expect(bilouToIob(bilou)).toEqual(tags);
  });

  it('chunks spans with conlleval rules (an I- after O starts a chunk)', () => {
    expect(tagsToSpans(['O', 'I-PER', 'I-PER', 'B-PER', 'I-LOC'])).toEqual([
      { start: 1, end: 3, label: 'PER' },
      { start: 3, end: 4, label: 'PER' },
      { start: 4, end: 5, label: 'LOC' },
    ]);
  });

  it('scores exact span and type only', () => {
    const counter = new SpanCounter();
    counter.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'O', 'O', 'B-LOC']);
    const all = counter.overall();
    expect([all.tp, all.fp, all.fn]).toEqual([1, 1, 1]);
    expect(counter.byType('LOC').f1).toBe(1);
  });

  it('normalises quotes and digits, and hashes shapes without building strings', () => {
    expect(normaliseToken('“')).toBe('"');
    expect(normaliseToken('’s')).toBe("'s");
    expect(normaliseToken('1996-08-22')).toBe('0000-00-00');
    expect(wordShape("McDonald's")).toBe("XxXx'x");
    for (const w of ['McDonald', 'U.S.', '1,200', 'Zürich', 'É']) expect(shapeHashOf(w)).toBe(hashString(wordShape(w)));
  });

  it('turns margins into confidences that grow with the margin', () => {
    const spans = decodedToSpans({ labels: Int32Array.from([1, 3, 0, 4]), margins: Float64Array.from([2, 8, 5, 20]) });
    expect(spans.map((s) => [s.start, s.end, s.type])).toEqual([[0, 2, 0], [3, 4, 0]]);
    expect(spans[1].confidence).toBeGreaterThan(spans[0].confidence);
  });

  it('parses CoNLL documents', () => {
    const docs = parseConll('-DOCSTART- -X- -X- O\n\nAcme NNP B-NP B-ORG\nrose VBD B-VP O\n\n-DOCSTART- -X- -X- O\n\nHi UH O O\n');
    expect(docs.length).toBe(2);
    expect(docs[0].sentences[0].tags).toEqual(['B-ORG', 'O']);
  });

  it('loads the committed model in under a second', () => {
    const file = readFileSync(DEFAULT_NER_MODEL_PATH);
    // CPU time, not wall time: the budget is for one core, whatever else the machine is running
    const before = process.cpuUsage();
    decodeNerModel(file);
    const used = process.cpuUsage(before);
    // the budget: the model loads in under a second
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect(file.length).toBeLessThan(30 * 1024 * 1024);
  });
});

describeShared('data/conll2003/dev.txt', 'ner on the first 50 CoNLL-2003 dev documents', () => {
  it('scores a sanity F1 above 0.8', () => {
    const docs = readConll(resolve(SHARED_DATA, 'conll2003', 'dev.txt')).slice(0, 50);
    const model = loadNerModel();
    const counter = new SpanCounter();
    for (const d of docs) {
      const decoded = model.tagDocument(d.sentences.map((s) => s.words));
      decoded.forEach((sent, i) => counter.add(d.sentences[i].tags, bilouToIob(sent.labels)));
    }
    // the full dev split scores about 0.91; 0.8 on a 50-document slice catches a broken model or feature mismatch
    expect(counter.overall().f1).toBeGreaterThan(0.8);
  });
});
