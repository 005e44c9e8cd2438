import { describe, expect, it } from 'vitest';
import { Syntax } from '../../src/pipeline/stages/syntax/parse.js';
import { verbRoles } from '../../src/pipeline/stages/events/parse-roles.js';
import type { ActorGroup } from '../../src/pipeline/stages/events/actors.js';
import { DEFAULT_PACK } from '../../src/lang/index.js';

// a sentence we wrote, with the parse error the roles must survive: a word of the agent's own phrase taken as the
// object of the verb ("Defence" as obj of "promised")
const WORDS: Array<[string, string, string, number]> = [
  ['Canadian', 'ADJ', 'amod', 5], ['Defence', 'NOUN', 'obj', 5], ['Minister', 'NOUN', 'compound', 4], ['Anita', 'PROPN', 'compound', 4],
  ['Anand', 'PROPN', 'nsubj', 5], ['promised', 'VERB', 'root', -1], ['to', 'PART', 'mark', 7], ['continue', 'VERB', 'xcomp', 5],
  ['aid', 'NOUN', 'obj', 7], ['to', 'ADP', 'case', 10], ['Chad', 'PROPN', 'nmod', 8],
];

function parsed(): { syntax: Syntax; text: string } {
  const text = WORDS.map((w) => w[0]).join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const [form] of WORDS) {
    starts.push(at);
    at += form.length + 1;
  }
  const n = WORDS.length;
  const tags = [...new Set(WORDS.map((w) => w[1]))];
  const relations = [...new Set(WORDS.map((w) => w[2]))];
  const syntax = new Syntax(
    text, n, Int32Array.from(starts), Int32Array.from(WORDS.map((w, i) => starts[i] + w[0].length)), Int32Array.from(WORDS.map((_, i) => i)),
    Int32Array.from([0, n]), Int32Array.from(WORDS.map((_, i) => i)), Uint8Array.from(WORDS.map((w) => tags.indexOf(w[1]))),
    WORDS.map((w) => w[0].toLowerCase()), Int32Array.from(WORDS.map((w) => w[3])), Uint8Array.from(WORDS.map((w) => relations.indexOf(w[2]))),
    tags, tags, tags, relations,
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
});
