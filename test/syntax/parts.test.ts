import { describe, expect, it } from 'vitest';
import { compileWordRules, tokensToWords, WordSpans } from '../../src/pipeline/stages/syntax/words.js';
import { compileLemmaRules, learnLemmaRules, lemmatise, lemmaEdit } from '../../src/pipeline/stages/syntax/lemma.js';
import { Candidates } from '../../src/pipeline/stages/syntax/candidates.js';
import { ParserState, SHIFT, LEFT, RIGHT } from '../../src/pipeline/stages/syntax/parser.js';
import { segmentText } from '../../src/pipeline/stages/segment/index.js';
import { englishLemmas } from '../../src/lang/en/lemmas.js';

function words(text: string, hyphenWhole: string[] = [], splits: Record<string, number[]> = {}): string[] {
  const { tokens } = segmentText(text);
  const out = new WordSpans();
  tokensToWords(text, tokens, 0, tokens.length, compileWordRules({ hyphenWhole, splits }), out);
  return Array.from({ length: out.count }, (_, i) => text.slice(out.start[i], out.end[i]));
}

describe('treebank words from our tokens', () => {
  it('splits hyphens except after the prefixes and between the digit runs the rules keep whole', () => {
    expect(words('a pro-Western, state-run e-mail service', ['e', 'pro'])).toEqual(['a', 'pro-Western', ',', 'state', '-', 'run', 'e-mail', 'service']);
    expect(words('call 555-0100 now', ['#'])).toEqual(['call', '555-0100', 'now']);
  });

  it('writes learned contractions as several words and joins runs of marks', () => {
    expect(words('We cannot wait -- really?!', [], { cannot: [3, 3] })).toEqual(['We', 'can', 'not', 'wait', '--', 'really', '?!']);
  });
});

describe('lemmas', () => {
  const tags = ['NOUN|NNS', 'VERB|VBD', 'PROPN|NNP', 'VERB|VBG'];
  // a toy training set we wrote: regular plurals and past tenses
  const examples = [
    ...['cities', 'parties', 'studies', 'armies'].map((f) => ({ form: f, tag: 0, lemma: f.slice(0, -3) + 'y' })),
    ...['talks', 'rebels', 'troops', 'votes', 'leaders', 'seats'].map((f) => ({ form: f, tag: 0, lemma: f.slice(0, -1) })),
    ...['walked', 'voted', 'signed', 'opened'].map((f) => ({ form: f, tag: 1, lemma: f.endsWith('ted') ? f.slice(0, -1) : f.slice(0, -2) })),
    ...['Paris', 'London', 'Kyiv'].map((f) => ({ form: f, tag: 2, lemma: f })),
  ];
  const rules = compileLemmaRules(learnLemmaRules(examples, tags.length, (t) => tags[t].startsWith('PROPN|'), 5, 2));
  const lemma = (form: string, tag: number): string => lemmatise(form, tag, tags[tag].split('|')[0], tags[tag].split('|')[1], rules, englishLemmas);

  it('learns suffix edits per tag', () => {
    expect(lemmaEdit('studies', 'study')).toEqual({ strip: 3, append: 'y' });
    expect(lemma('Bodies', 0)).toBe('body');
    expect(lemma('guards', 0)).toBe('guard');
    expect(lemma('Athens', 2)).toBe('Athens');
  });

  it('reads irregular forms and pronoun cases from the language pack', () => {
    expect(lemma('children', 0)).toBe('child');
    expect(lemma('fled', 1)).toBe('flee');
    expect(lemmatise('them', 0, 'PRON', 'PRP', rules, englishLemmas)).toBe('they');
    expect(lemmatise("n't", 0, 'PART', 'RB', rules, englishLemmas)).toBe('not');
    expect(lemmatise("'d", 0, 'AUX', 'MD', rules, englishLemmas)).toBe('would');
  });
});

describe('candidate lists', () => {
  it('finds a key\u2019s classes, or -1 for any class', () => {
    const c = new Candidates({ '7': [3], '-5': [1, 2] });
    const at = c.find(-5);
    expect(Array.from(c.lists.subarray(at + 1, at + 1 + c.lists[at]))).toEqual([1, 2]);
    expect(c.lists[c.find(7)]).toBe(1);
    expect(c.find(8)).toBe(-1);
  });
});

describe('arc-hybrid transitions and the dynamic oracle', () => {
  // "rebels attacked towns": rebels <- attacked -> towns; the root word's gold head is n (3)
  const gold = Int32Array.from([1, 3, 1]);
  it('reaches the gold tree at zero cost and charges a move that loses arcs', () => {
    const st = new ParserState();
    st.reset(3);
    expect(st.cost(SHIFT, gold)).toBe(0);
    st.apply(SHIFT);
    expect(st.cost(RIGHT, gold)).toBe(1); // not valid yet in practice, but popping "rebels" now loses its head
    expect(st.cost(LEFT, gold)).toBe(0);
    st.apply(LEFT);
    st.apply(SHIFT);
    expect(st.cost(LEFT, gold)).toBe(2); // "attacked" would take "towns" as its head: its root arc and its object lost
    st.apply(SHIFT);
    expect(st.cost(RIGHT, gold)).toBe(0);
    st.apply(RIGHT);
    expect(st.valid(LEFT)).toBe(true);
    st.apply(LEFT);
    expect(st.terminal()).toBe(true);
    expect(Array.from(st.heads.subarray(0, 3))).toEqual([1, 3, 1]);
  });
});
