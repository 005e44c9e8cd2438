import { describe, expect, it } from 'vitest';
import { parseConllu, universalRelation } from '../../src/eval/syntax/conllu.js';
import { rebuildDocument } from '../../src/eval/syntax/index.js';

// a two-sentence document written for this test
const SOURCE = `# newdoc id = d1
# sent_id = d1-1
# newpar id = p1
# text = They don't know.
1	They	they	PRON	PRP	_	4	nsubj	_	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = d1-2
# text = It rained.
1	It	it	PRON	PRP	_	2	expl	_	_
2	rained	rain	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_
`;

describe('CoNLL-U reader', () => {
  it('reads documents, words, multiword tokens and spacing', () => {
    const [doc] = parseConllu(SOURCE);
    expect(doc.id).toBe('d1');
    expect(doc.sentences).toHaveLength(2);
    expect(doc.sentences[0].words.map((w) => w.form)).toEqual(['They', 'do', "n't", 'know', '.']);
    expect(doc.sentences[0].multiwords).toEqual([{ first: 1, last: 2, form: "don't", spaceAfter: true }]);
    expect(doc.sentences[0].words[3].spaceAfter).toBe(false);
    expect(universalRelation('nsubj:pass')).toBe('nsubj');
  });

  it('rebuilds running text with each word at its character offsets', () => {
    const [doc] = parseConllu(SOURCE);
    const rebuilt = rebuildDocument(doc);
    expect(rebuilt.text).toBe("They don't know. It rained.");
    expect(rebuilt.words.map((w) => rebuilt.text.slice(w.start, w.end))).toEqual(['They', 'do', "n't", 'know', '.', 'It', 'rained', '.']);
    expect(rebuilt.words[6].head).toBe(-1);
    expect(rebuilt.words[5].head).toBe(6);
  });
});
