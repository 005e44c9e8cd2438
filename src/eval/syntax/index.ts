import { dataPath } from '../data.js';
import { round } from '../metrics.js';
import type { Scorer } from '../registry.js';
import { readConllu, universalRelation, type ConlluDocument } from './conllu.js';
import { scoreGoldTokens } from './score.js';
import { loadSyntaxModel } from '../../pipeline/stages/syntax/model.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { stagesRequiredBy } from '../../pipeline/stages/index.js';

const FILES: Record<string, Record<string, string>> = {
  ewt: { train: 'ud-english-ewt/en_ewt-ud-train.conllu', dev: 'ud-english-ewt/en_ewt-ud-dev.conllu', test: 'ud-english-ewt/en_ewt-ud-test.conllu' },
  gum: { dev: 'ud-english-gum/en_gum-ud-dev.conllu' },
};

interface GoldWord {
  start: number;
  end: number;
  upos: string;
  /** document-wide index of the head word, -1 for a root */
  head: number;
  relation: string;
}

/**
 * A document's running text rebuilt from its sentences' `# text` (a space between sentences of a paragraph, a blank
 * line between paragraphs), with each gold word's character offsets. Words of a multiword token ("don't" → do + n't)
 * get their share of the token where the words spell it, else the whole token's span.
 */
export function rebuildDocument(doc: ConlluDocument): { text: string; words: GoldWord[]; sentences: Array<[number, number]> } {
  let text = '';
  const words: GoldWord[] = [];
  const sentences: Array<[number, number]> = [];
  for (const s of doc.sentences) {
    if (text) text += s.newParagraph ? '\n\n' : ' ';
    const base = text.length;
    const first = words.length;
    text += s.text;
    const multi = new Map(s.multiwords.map((m) => [m.first, m]));
    let at = 0;
    for (let i = 0; i < s.words.length; i++) {
      const m = multi.get(i);
      const form = m ? m.form : s.words[i].form;
      let p = s.text.indexOf(form, at);
      if (p < 0) p = at; // a form the text spells differently: keep going from where we are
      at = p + form.length;
      const parts = m ? s.words.slice(m.first, m.last + 1) : [s.words[i]];
      const spells = parts.map((w) => w.form).join('') === form;
      let q = p;
      for (const w of parts) {
        const [start, end] = spells ? [q, q + w.form.length] : [p, p + form.length];
        q += w.form.length;
        words.push({ start: base + start, end: base + end, upos: w.upos, head: w.head === 0 ? -1 : first + w.head - 1, relation: w.deprel });
      }
      if (m) i = m.last;
    }
    sentences.push([base, base + s.text.length]);
  }
  return { text, words, sentences };
}

/** F1 of `correct` items out of `gold` and `system` counts (CoNLL 2018 style). */
function f1(correct: number, gold: number, system: number): number {
  return round(gold + system ? (2 * correct) / (gold + system) : 0, 4);
}

/**
 * From raw text: each document's text goes through our segmenter and the syntax stage; system words align to gold
 * words by identical character offsets, and UPOS, UAS and LAS count aligned words whose tag, head (aligned to the gold
 * head) and universal relation are right, as F1 over gold and system words (the CoNLL 2018 shared task's measure).
 */
function scoreRaw(docs: ConlluDocument[]): Record<string, unknown> {
  const pipeline = createPipeline({ stages: stagesRequiredBy('syntax') });
  let goldWords = 0;
  let systemWords = 0;
  let aligned = 0;
  let upos = 0;
  let uas = 0;
  let las = 0;
  let goldSentences = 0;
  let systemSentences = 0;
  let sentencesRight = 0;
  for (const doc of docs) {
    const gold = rebuildDocument(doc);
    const out = pipeline.run({ id: doc.id, published: '2000-01-01', lang: 'en', body: gold.text });
    const p = out.syntax!;
    goldWords += gold.words.length;
    systemWords += p.count;
    const byOffsets = new Map<number, number>();
    gold.words.forEach((g, i) => byOffsets.set(g.start * 1_000_003 + g.end, i));
    // system word → aligned gold word
    const toGold = new Int32Array(p.count).fill(-1);
    for (let w = 0; w < p.count; w++) toGold[w] = byOffsets.get(p.starts[w] * 1_000_003 + p.ends[w]) ?? -1;
    for (let w = 0; w < p.count; w++) {
      const g = toGold[w];
      if (g < 0) continue;
      aligned++;
      const gw = gold.words[g];
      if (p.upos(w) === gw.upos) upos++;
      const h = p.head(w);
      const headRight = h < 0 ? gw.head < 0 : toGold[h] >= 0 && toGold[h] === gw.head;
      if (headRight) {
        uas++;
        if (universalRelation(p.relation(w)) === universalRelation(gw.relation)) las++;
      }
    }
    const goldSpans = new Set(gold.sentences.map(([a, b]) => `${a}:${b}`));
    goldSentences += gold.sentences.length;
    systemSentences += out.sentences.length;
    for (const s of out.sentences) if (goldSpans.has(`${s.start}:${s.end}`)) sentencesRight++;
  }
  return {
    upos: f1(upos, goldWords, systemWords),
    uas: f1(uas, goldWords, systemWords),
    las: f1(las, goldWords, systemWords),
    words: { f1: f1(aligned, goldWords, systemWords), gold: goldWords, system: systemWords },
    sentences: { f1: f1(sentencesRight, goldSentences, systemSentences), gold: goldSentences, system: systemSentences },
    documents: docs.length,
  };
}

/** Tagging and dependency parsing against UD English EWT (train here; dev and test scored) and GUM dev (evaluation only). */
export const syntaxScorer: Scorer = {
  stage: 'syntax',
  description: 'UPOS, UAS, LAS on UD English EWT or GUM (gold tokens, or --mode raw / --raw from running text)',
  datasets: ['ewt', 'gum'],
  splits: ['dev', 'test', 'train'],
  async run(options) {
    const dataset = options.dataset ?? 'ewt';
    const split = options.split ?? 'dev';
    const file = FILES[dataset]?.[split];
    if (!file) throw new Error(`data set ${dataset} has no split "${split}"; splits: ${Object.keys(FILES[dataset] ?? {}).join(', ')}`);
    let docs = readConllu(dataPath(options.data, file));
    if (options.limit) docs = docs.slice(0, options.limit);
    const raw = options.mode === 'raw';
    if (raw) return { stage: 'syntax', dataset, split, metrics: { mode: 'raw', ...scoreRaw(docs) } };
    const model = loadSyntaxModel();
    const t0 = process.cpuUsage();
    const counts = scoreGoldTokens(model, docs);
    const cpu = process.cpuUsage(t0);
    const seconds = (cpu.user + cpu.system) / 1e6;
    return { stage: 'syntax', dataset, split, metrics: { mode: 'gold', ...counts.metrics(), sentences: docs.reduce((n, d) => n + d.sentences.length, 0), wordsPerCpuSecond: Math.round(counts.words / seconds) } };
  },
};
