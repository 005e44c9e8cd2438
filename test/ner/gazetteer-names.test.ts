import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileNameLists, parsePhoenixActors, phoenixPhrases } from '../../src/train/ner-gazetteer.js';
import { loadNerModel } from '../../src/pipeline/stages/ner/model.js';
import { describeShared, SHARED_DATA } from '../helpers/shared.js';
import { buildGazetteer, GAZ_FAMILY_NAME, GAZ_ORG_WORD, GAZ_ORGANISATION, GAZ_PERSON, GAZ_REGION, GAZ_TITLE, GAZ_WORDS, matchGazetteer } from '../../src/pipeline/stages/ner/gazetteer.js';
import { readGum, scoreNames, emptyNameScore } from '../../src/eval/ner/gum.js';

// actor-file lines written here in the TABARI layout (names, synonyms, dated roles), not copied from the dictionaries
const ACTORS = [
  '# a comment line',
  'ACME_WIDGETS_INC_ [MNCUSA] # a company',
  '+ACME_WIDGETS_',
  '',
  'NORTHERN_LIBERATION_FRONT_(NLF)_ [XYZREB]',
  '',
  'JANE_Q._DOE_  # a minister',
  'JANE_DOE',
  'MINISTER_JANE_DOE',
  '\t[XYZGOV 990101-051231]',
  '',
].join('\n');

describe('name lists for the recogniser gazetteer', () => {
  it('reads TABARI actors: synonyms, code lines and name lines in a row as one actor', () => {
    const actors = parsePhoenixActors(ACTORS);
    expect(actors.map((a) => a.names)).toEqual([
      ['ACME_WIDGETS_INC_', 'ACME_WIDGETS_'],
      ['NORTHERN_LIBERATION_FRONT_(NLF)_'],
      ['JANE_Q._DOE_', 'JANE_DOE', 'MINISTER_JANE_DOE'],
    ]);
    expect(actors[2].codes).toEqual(['XYZGOV 990101-051231']);
  });

  it('keys names as lower-case tokens, acronyms in parentheses as names of their own, clitics split', () => {
    expect(phoenixPhrases('NORTHERN_LIBERATION_FRONT_(NLF)_')).toEqual(['nlf', 'northern liberation front']);
    expect(phoenixPhrases("MOODY'S_INVESTORS_SERVICE_")).toEqual(["moody 's investors service"]);
    expect(phoenixPhrases('X_')).toEqual([]);
  });

  it('marks organisation, person and family-name phrases at capitalised tokens only', () => {
    const gaz = buildGazetteer([], { organisations: ['acme widgets'], people: ['jane q. doe'] });
    const words = ['Acme', 'Widgets', 'hired', 'Jane', 'Q.', 'Doe', ';', 'acme', 'widgets', 'Doe'].map((w) => ({ lower: w.toLowerCase(), capitalised: w === w.toLowerCase() ? 0 : 1 }));
    const out = new Uint32Array(words.length * GAZ_WORDS);
    matchGazetteer(gaz, words, out);
    const has = (token: number, bit: number): boolean => (out[token * GAZ_WORDS + (bit >> 5)] & (1 << (bit & 31))) !== 0;
    expect(has(0, GAZ_ORGANISATION * 4)).toBe(true); // B
    expect(has(1, GAZ_ORGANISATION * 4 + 2)).toBe(true); // L
    expect(has(3, GAZ_PERSON * 4)).toBe(true);
    expect(has(5, GAZ_PERSON * 4 + 2)).toBe(true);
    expect(has(7, GAZ_ORGANISATION * 4)).toBe(false); // lower-case "acme widgets" is not a name
    expect(has(9, GAZ_FAMILY_NAME * 4 + 3)).toBe(true); // U
  });
});

describe('the gazetteer feature words', () => {
  it("come from the language pack: the default pack's, or the lists a caller gives", () => {
    const english = buildGazetteer([]);
    expect(english.get('inc')! & (1 << GAZ_ORG_WORD)).not.toBe(0);
    expect(english.get('mrs')! & (1 << GAZ_TITLE)).not.toBe(0);
    expect(english.get('middle east')! & (1 << GAZ_REGION)).not.toBe(0);
    const other = buildGazetteer([], null, { organisationWords: ['gesellschaft'], personTitles: ['herr'], regions: ['mittelmeerraum'] });
    expect(other.get('gesellschaft')! & (1 << GAZ_ORG_WORD)).not.toBe(0);
    expect(other.get('herr')! & (1 << GAZ_TITLE)).not.toBe(0);
    expect(other.get('mittelmeerraum')! & (1 << GAZ_REGION)).not.toBe(0);
    expect((other.get('mrs') ?? 0) & (1 << GAZ_TITLE)).toBe(0);
  });
});

describe('GUM names reader and scorer', () => {
  it('rebuilds text, reads nested entity brackets and keeps proper-noun-headed people, organisations and places', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gum-'));
    const path = join(dir, 'g.conllu');
    const row = (id: number, form: string, upos: string, head: number, misc: string) => [id, form, form, upos, '_', '_', head, 'dep', '_', misc].join('\t');
    writeFileSync(
      path,
      [
        '# newdoc id = doc1',
        '# meta::genre = news',
        '# newpar',
        '# text = Acme hired Jane Doe.',
        row(1, 'Acme', 'PROPN', 2, 'Entity=(1-organization-new-x-cf1-1-sgl)'),
        row(2, 'hired', 'VERB', 0, '_'),
        row(3, 'Jane', 'PROPN', 2, 'Entity=(2-person-new-x-cf1-1-sgl'),
        row(4, 'Doe', 'PROPN', 3, 'Entity=2)|SpaceAfter=No'),
        row(5, '.', 'PUNCT', 2, '_'),
        '',
        '# text = The boss smiled.',
        row(1, 'The', 'DET', 2, 'Entity=(3-person-new-x-cf1-1-sgl'),
        row(2, 'boss', 'NOUN', 3, 'Entity=3)'),
        row(3, 'smiled', 'VERB', 0, 'SpaceAfter=No'),
        row(4, '.', 'PUNCT', 3, '_'),
        '',
      ].join('\n'),
    );
    const [doc] = readGum(path);
    expect(doc.text).toBe('Acme hired Jane Doe. The boss smiled.');
    expect(doc.names).toEqual([
      { start: 0, end: 1, head: 0, type: 'ORG' },
      { start: 2, end: 4, head: 2, type: 'PER' },
    ]);
    const score = emptyNameScore();
    scoreNames(doc.names, [{ start: 0, end: 1, type: 'PER' }, { start: 2, end: 4, type: 'PER' }, { start: 6, end: 7, type: 'PER' }], score);
    expect(score).toEqual({ gold: 2, predicted: 3, found: 1, foundUntyped: 2, correct: 1 });
  });
});

describeShared('data/event-dictionaries/Phoenix.International.actors.txt', 'name lists in the committed model', () => {
  it('are the ones the Phoenix dictionaries in ../shared compile to (rebuild with `tidings train ner`)', () => {
    const model = loadNerModel();
    const names = compileNameLists(SHARED_DATA);
    expect(model.header.names).toEqual(names);
    // companies the issue names as typed people in Wikinews-style text are organisations in the lists
    expect(names.organisations).toEqual(expect.arrayContaining(['boeing', 'ryanair']));
  });
});
