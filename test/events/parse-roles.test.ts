import { describe, expect, it } from 'vitest';
import { Syntax } from '../../src/pipeline/stages/syntax/parse.js';
import { nounRoles, reporterOfPronoun, verbRoles } from '../../src/pipeline/stages/events/parse-roles.js';
import type { ActorGroup } from '../../src/pipeline/stages/events/actors.js';
import { DEFAULT_PACK } from '../../src/lang/index.js';

// a sentence we wrote, with the parse error the roles must survive: a word of the agent's own phrase taken as the
// object of the verb ("Defence" as obj of "promised")
const WORDS: ParsedWord[] = [
  ['Canadian', 'ADJ', 'amod', 5], ['Defence', 'NOUN', 'obj', 5], ['Minister', 'NOUN', 'compound', 4], ['Anita', 'PROPN', 'compound', 4],
  ['Anand', 'PROPN', 'nsubj', 5], ['promised', 'VERB', 'root', -1], ['to', 'PART', 'mark', 7], ['continue', 'VERB', 'xcomp', 5],
  ['aid', 'NOUN', 'obj', 7], ['to', 'ADP', 'case', 10], ['Chad', 'PROPN', 'nmod', 8],
];

/** form, UPOS, relation, head, and the Penn tag where a rule reads it (a participle's VBN) */
type ParsedWord = [string, string, string, number, string?];

function parsed(words: ParsedWord[] = WORDS): { syntax: Syntax; text: string } {
  const text = words.map((w) => w[0]).join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const [form] of words) {
    starts.push(at);
    at += form.length + 1;
  }
  const n = words.length;
  const tagOf = (w: ParsedWord): string => `${w[1]}|${w[4] ?? w[1]}`;
  const tags = [...new Set(words.map(tagOf))];
  const relations = [...new Set(words.map((w) => w[2]))];
  const syntax = new Syntax(
    text, n, Int32Array.from(starts), Int32Array.from(words.map((w, i) => starts[i] + w[0].length)), Int32Array.from(words.map((_, i) => i)),
    Int32Array.from([0, n]), Int32Array.from(words.map((_, i) => i)), Uint8Array.from(words.map((w) => tags.indexOf(tagOf(w)))),
    words.map((w) => w[0].toLowerCase()), Int32Array.from(words.map((w) => w[3])), Uint8Array.from(words.map((w) => relations.indexOf(w[2]))),
    tags, tags.map((t) => t.split('|')[0]), tags.map((t) => t.split('|')[1]), relations,
  );
  return { syntax, text };
}

function group(text: string, phrase: string, country: string, sector: string | null): ActorGroup {
  const start = text.indexOf(phrase);
  return { first: 0, end: 0, start, endChar: start + phrase.length, name: phrase, country, sector, prefix: null, entity: null, pronoun: false, person: false };
}

describe('roles from the parse', () => {
  it('a promise aims at the patient of the act promised, not at a word of its own agent parsed as object', () => {
    const { syntax, text } = parsed();
    const minister = group(text, 'Canadian Defence Minister Anita Anand', 'CAN', 'GOV');
    const chad = group(text, 'Chad', 'TCD', null);
    const roles = verbRoles(DEFAULT_PACK.events, syntax, [minister, chad], 5, false, true);
    expect(roles.source).toBe(minister);
    expect(roles.target).toBe(chad);
  });

  it('a participle the parser hung on the noun rooting a verbless sentence is its active main verb', () => {
    // "Thousands of Peruvian teachers marched against the government": "marched" parsed as a participle of "teachers"
    const words: ParsedWord[] = [
      ['Thousands', 'NOUN', 'root', -1], ['of', 'ADP', 'case', 3], ['Peruvian', 'ADJ', 'amod', 3], ['teachers', 'NOUN', 'nmod', 0],
      ['marched', 'VERB', 'acl', 3, 'VBN'], ['against', 'ADP', 'case', 7], ['the', 'DET', 'det', 7], ['government', 'NOUN', 'obl', 4],
    ];
    const { syntax, text } = parsed(words);
    const teachers = group(text, 'Peruvian teachers', 'PER', 'EDU');
    const government = group(text, 'government', 'PER', 'GOV');
    const roles = verbRoles(DEFAULT_PACK.events, syntax, [teachers, government], 4, false);
    expect(roles.source).toBe(teachers);
    expect(roles.target).toBe(government);
  });

  it('a reduced passive relative has the noun it modifies as its patient', () => {
    // "Chadian migrants expelled by Libya arrived": a true participle of a sentence with a verb
    const words: ParsedWord[] = [
      ['Chadian', 'ADJ', 'amod', 1], ['migrants', 'NOUN', 'nsubj', 5], ['expelled', 'VERB', 'acl', 1, 'VBN'], ['by', 'ADP', 'case', 4],
      ['Libya', 'PROPN', 'obl:agent', 2], ['arrived', 'VERB', 'root', -1],
    ];
    const { syntax, text } = parsed(words);
    const migrants = group(text, 'Chadian migrants', 'TCD', 'REF');
    const libya = group(text, 'Libya', 'LBY', null);
    const roles = verbRoles(DEFAULT_PACK.events, syntax, [migrants, libya], 2, false);
    expect(roles.source).toBe(libya);
    expect(roles.target).toBe(migrants);
  });

  it('a noun before an active verb is no object of it: the act promised gives the patient', () => {
    // "Kenyan Trade Secretary Rose Otieno has pledged to send aid to Somalia": "Trade" parsed as obj of "pledged", no subject
    const words: ParsedWord[] = [
      ['Kenyan', 'ADJ', 'amod', 1], ['Trade', 'NOUN', 'obj', 6], ['Secretary', 'PROPN', 'compound', 3], ['Rose', 'PROPN', 'compound', 4],
      ['Otieno', 'PROPN', 'appos', 1], ['has', 'AUX', 'aux', 6], ['pledged', 'VERB', 'root', -1], ['to', 'PART', 'mark', 8],
      ['send', 'VERB', 'xcomp', 6], ['aid', 'NOUN', 'obj', 8], ['to', 'ADP', 'case', 11], ['Somalia', 'PROPN', 'obl', 8],
    ];
    const { syntax, text } = parsed(words);
    const secretary = group(text, 'Kenyan Trade Secretary Rose Otieno', 'KEN', 'GOV');
    const somalia = group(text, 'Somalia', 'SOM', null);
    const roles = verbRoles(DEFAULT_PACK.events, syntax, [secretary, somalia], 6, false, true);
    expect(roles.target).toBe(somalia);
    expect(roles.source).toBeNull();
  });

  it('a fronted "with" phrase is no patient of the verb after it', () => {
    // "With the signing of the Lome Accord, Togo agreed to open its border": not an agreement with the accord
    const words: ParsedWord[] = [
      ['With', 'ADP', 'case', 2], ['the', 'DET', 'det', 2], ['signing', 'NOUN', 'obl', 9], ['of', 'ADP', 'case', 6], ['the', 'DET', 'det', 6],
      ['Lome', 'PROPN', 'compound', 6], ['Accord', 'PROPN', 'nmod', 2], [',', 'PUNCT', 'punct', 2], ['Togo', 'PROPN', 'nsubj', 9],
      ['agreed', 'VERB', 'root', -1], ['to', 'PART', 'mark', 11], ['open', 'VERB', 'xcomp', 9], ['its', 'PRON', 'nmod:poss', 13],
      ['border', 'NOUN', 'obj', 11],
    ];
    const { syntax, text } = parsed(words);
    const accord = group(text, 'Lome Accord', 'TGO', null);
    const togo = group(text, 'Togo', 'TGO', null);
    const roles = verbRoles(DEFAULT_PACK.events, syntax, [accord, togo], 9, false);
    expect(roles.source).toBe(togo);
    expect(roles.target).toBeNull();
    // after the verb the same phrase is its patient ("Togo agreed with Benin")
    const after: ParsedWord[] = [['Togo', 'PROPN', 'nsubj', 1], ['agreed', 'VERB', 'root', -1], ['with', 'ADP', 'case', 3], ['Benin', 'PROPN', 'obl', 1]];
    const p = parsed(after);
    const togo2 = group(p.text, 'Togo', 'TGO', null);
    const benin = group(p.text, 'Benin', 'BEN', null);
    expect(verbRoles(DEFAULT_PACK.events, p.syntax, [togo2, benin], 1, false).target).toBe(benin);
  });

  it('two actors coordinated before one head noun are the two parties of a mutual act, over its complement\'s patient', () => {
    // "The Malian and Algerian delegations agreed to free prisoners in Gao": "Malian" parsed as a subject of "delegations"
    const words: ParsedWord[] = [
      ['The', 'DET', 'det', 4], ['Malian', 'ADJ', 'nsubj', 4], ['and', 'CCONJ', 'cc', 4], ['Algerian', 'ADJ', 'amod', 4],
      ['delegations', 'NOUN', 'nsubj', 5], ['agreed', 'VERB', 'root', -1], ['to', 'PART', 'mark', 7], ['free', 'VERB', 'xcomp', 5],
      ['prisoners', 'NOUN', 'obj', 7], ['in', 'ADP', 'case', 10], ['Gao', 'PROPN', 'obl', 7],
    ];
    const { syntax, text } = parsed(words);
    const malian = group(text, 'Malian', 'MLI', null);
    const algerian = group(text, 'Algerian delegations', 'DZA', 'GOV');
    const prisoners = group(text, 'prisoners', 'MLI', 'CRM');
    const roles = verbRoles(DEFAULT_PACK.events, syntax, [malian, algerian, prisoners], 5, true, true);
    expect(roles.source).toBe(algerian);
    expect(roles.partner).toBe(malian);
    expect(roles.target).toBeNull();
  });

  it('a coordinator joining two clauses makes no parties of the actors on either side', () => {
    // "Police detained Malians and Algeria agreed to talks": "and" joins the verbs
    const words: ParsedWord[] = [
      ['Police', 'NOUN', 'nsubj', 1], ['detained', 'VERB', 'root', -1], ['Malians', 'PROPN', 'obj', 1], ['and', 'CCONJ', 'cc', 5],
      ['Algeria', 'PROPN', 'nsubj', 5], ['agreed', 'VERB', 'conj', 1], ['to', 'ADP', 'case', 7], ['talks', 'NOUN', 'obl', 5],
    ];
    const { syntax, text } = parsed(words);
    const malians = group(text, 'Malians', 'MLI', 'CVL');
    const algeria = group(text, 'Algeria', 'DZA', null);
    const roles = verbRoles(DEFAULT_PACK.events, syntax, [malians, algeria], 5, true);
    expect(roles.source).toBe(algeria);
    expect(roles.partner).toBeNull();
  });

  it('an act named by the modifier of a noun of undertaking takes that noun\'s roles ("launched a bombing campaign against")', () => {
    const words: ParsedWord[] = [
      ['Kenya', 'PROPN', 'nsubj', 1], ['launched', 'VERB', 'root', -1], ['a', 'DET', 'det', 4], ['bombing', 'NOUN', 'compound', 4],
      ['campaign', 'NOUN', 'obj', 1], ['against', 'ADP', 'case', 7], ['Somali', 'ADJ', 'amod', 7], ['militants', 'NOUN', 'nmod', 4],
    ];
    const { syntax, text } = parsed(words);
    const kenya = group(text, 'Kenya', 'KEN', null);
    const militants = group(text, 'Somali militants', 'SOM', 'REB');
    const roles = nounRoles(DEFAULT_PACK.events, syntax, [kenya, militants], 3, '195', false);
    expect(roles.source).toBe(kenya);
    expect(roles.target).toBe(militants);
    // a thing named by the act is not an undertaking: those who attacked an aid convoy gave no aid
    const convoy: ParsedWord[] = [
      ['Rebels', 'NOUN', 'nsubj', 1], ['attacked', 'VERB', 'root', -1], ['an', 'DET', 'det', 4], ['aid', 'NOUN', 'compound', 4],
      ['convoy', 'NOUN', 'obj', 1],
    ];
    const p = parsed(convoy);
    const rebels = group(p.text, 'Rebels', 'SDN', 'REB');
    expect(nounRoles(DEFAULT_PACK.events, p.syntax, [rebels], 3, '070', false).source).toBeNull();
  });

  it('the subject pronoun of a reported clause is the speaker, not the nearest actor before it', () => {
    // "Rebels loyal to the Congolese general Kabila said they ambushed ...": "they" are the rebels
    const words: ParsedWord[] = [
      ['Rebels', 'NOUN', 'nsubj', 6], ['loyal', 'ADJ', 'amod', 0], ['to', 'ADP', 'case', 4], ['Congolese', 'ADJ', 'amod', 4],
      ['general', 'NOUN', 'obl', 1], ['Kabila', 'PROPN', 'appos', 4], ['said', 'VERB', 'root', -1], ['they', 'PRON', 'nsubj', 8],
      ['ambushed', 'VERB', 'ccomp', 6], ['soldiers', 'NOUN', 'obj', 8],
    ];
    const { syntax, text } = parsed(words);
    const rebels = group(text, 'Rebels', 'COD', 'REB');
    const general = group(text, 'Congolese general Kabila', 'COD', 'MIL');
    const they = { ...group(text, 'they', 'COD', null), country: null, pronoun: true };
    expect(reporterOfPronoun(syntax, [rebels, general, they], they)).toBe(rebels);
    // an object pronoun of the clause is not the speaker ("Kabila said the army attacked them")
    const other: ParsedWord[] = [
      ['Kabila', 'PROPN', 'nsubj', 1], ['said', 'VERB', 'root', -1], ['soldiers', 'NOUN', 'nsubj', 3], ['attacked', 'VERB', 'ccomp', 1],
      ['them', 'PRON', 'obj', 3],
    ];
    const p = parsed(other);
    const kabila = group(p.text, 'Kabila', 'COD', 'GOV');
    const them = { ...group(p.text, 'them', 'COD', null), country: null, pronoun: true };
    expect(reporterOfPronoun(p.syntax, [kabila, them], them)).toBeNull();
  });

  it('a free participle clause ("..., wounding three people") has its main clause\'s subject', () => {
    // "Chadian rebels attacked a convoy near Abeche, wounding two Sudanese drivers"
    const words: ParsedWord[] = [
      ['Chadian', 'ADJ', 'amod', 1], ['rebels', 'NOUN', 'nsubj', 2], ['attacked', 'VERB', 'root', -1], ['a', 'DET', 'det', 4],
      ['convoy', 'NOUN', 'obj', 2], ['near', 'ADP', 'case', 6], ['Abeche', 'PROPN', 'obl', 2], [',', 'PUNCT', 'punct', 8],
      ['wounding', 'VERB', 'advcl', 2, 'VBG'], ['two', 'NUM', 'nummod', 11], ['Sudanese', 'ADJ', 'amod', 11], ['drivers', 'NOUN', 'obj', 8],
    ];
    const { syntax, text } = parsed(words);
    const rebels = group(text, 'Chadian rebels', 'TCD', 'REB');
    const abeche = group(text, 'Abeche', 'TCD', null);
    const drivers = group(text, 'Sudanese drivers', 'SDN', 'CVL');
    const roles = verbRoles(DEFAULT_PACK.events, syntax, [rebels, abeche, drivers], 8, false);
    expect(roles.source).toBe(rebels);
    expect(roles.target).toBe(drivers);
  });

  it('an act with no patient of its own aims at the patient of its purpose clause ("rallied to protest against X")', () => {
    // "Hundreds of Haitians rallied in Miami to protest against the Dominican deportations"
    const words: ParsedWord[] = [
      ['Haitians', 'PROPN', 'nsubj', 1], ['rallied', 'VERB', 'root', -1], ['in', 'ADP', 'case', 3], ['Miami', 'PROPN', 'obl', 1],
      ['to', 'PART', 'mark', 5], ['protest', 'VERB', 'advcl', 1], ['against', 'ADP', 'case', 9], ['the', 'DET', 'det', 9],
      ['Dominican', 'ADJ', 'amod', 9], ['deportations', 'NOUN', 'obl', 5],
    ];
    const { syntax, text } = parsed(words);
    const haitians = group(text, 'Haitians', 'HTI', 'CVL');
    const dominican = group(text, 'Dominican', 'DOM', null);
    const roles = verbRoles(DEFAULT_PACK.events, syntax, [haitians, dominican], 1, false);
    expect(roles.source).toBe(haitians);
    expect(roles.target).toBe(dominican);
  });
});
