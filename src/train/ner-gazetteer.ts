import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { genderOfGivenName } from '../knowledge/person-names.js';
import { DEFAULT_PACK } from '../lang/index.js';
import type { NameLists } from '../pipeline/stages/ner/gazetteer.js';

/**
 * Name lists compiled into the recogniser's model from the Phoenix actor dictionaries (PETRARCH2, MIT licence; see
 * models/NER_MODEL_CARD.md): organisation names from the international actors (companies, NGOs, intergovernmental
 * bodies) and the non-state armed groups, and people's names from the dated roles of the country actors.
 */

/** One actor of a Phoenix/TABARI .actors file: its names (the first is the main one) and its codes. */
export interface PhoenixActor {
  names: string[];
  codes: string[];
}

/**
 * Parses a TABARI actor file: `NAME [CODE date] # comment`, `+SYNONYM` lines, tab-indented `[CODE date]` lines. Name
 * lines in a row with no codes of their own are forms of one actor ("BORIS_YELTSIN_", "BORIS_N._YELTSIN", ...,
 * then its dated roles); a blank line ends an actor.
 */
export function parsePhoenixActors(text: string): PhoenixActor[] {
  const actors: PhoenixActor[] = [];
  let current: PhoenixActor | null = null;
  for (const raw of text.split('\n')) {
    if (!raw.trim()) {
      current = null;
      continue;
    }
    const line = raw.replace(/#.*$/, '');
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1].trim()).filter(Boolean);
    const name = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(line) && !name) {
      current?.codes.push(...codes);
    } else if (name.startsWith('+') || (name && current !== null && current.codes.length === 0)) {
      current?.names.push(name.replace(/^\+/, ''));
      current?.codes.push(...codes);
    } else if (name) {
      current = { names: [name], codes };
      actors.push(current);
    }
  }
  return actors;
}

/**
 * A Phoenix name as the recogniser's gazetteer keys it (lower-case tokens joined by one space), plus the acronym in
 * parentheses as a name of its own: "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" → "aden abyan islamic army", "aaia".
 */
export function phoenixPhrases(name: string): string[] {
  const out: string[] = [];
  const acronym = /\(([A-Z0-9.&-]{2,})\)/.exec(name);
  if (acronym) out.push(acronym[1].toLowerCase());
  const main = name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/_/g, ' ')
    .replace(/,/g, ' , ')
    .replace(/'S\b/g, " 's")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  // one letter or a bare number says nothing
  if (main.length > 1 && /\p{L}/u.test(main)) out.push(main);
  return out;
}

// international actors coded as companies, NGOs and intergovernmental bodies are organisations
const ORGANISATION_CODE = /^(MNC|NGO|IGO)/;
// Phoenix marks individual people with dated roles ([AZEGOV 030101-051031], [IGOUNO >20070101]) or ELI (elites)
const DATED_ROLE = /\d{6}/;

/** Is this actor a person (a dated role, an elite code, or a main name that starts with a known given name)? */
function isPerson(actor: PhoenixActor): boolean {
  if (actor.codes.some((c) => DATED_ROLE.test(c) || /^ELI|ELI$/.test(c.split(' ')[0]))) return true;
  const first = phoenixPhrases(actor.names[0]).at(-1)?.split(' ') ?? [];
  return first.length >= 2 && first.length <= 3 && genderOfGivenName(first[0]) !== null;
}

/** Person names without titles ("MR_OBAMA_", "PRESIDENT_OBAMA_" are forms of address, not names). */
function personPhrases(actor: PhoenixActor): string[] {
  const out: string[] = [];
  for (const n of actor.names) {
    for (const p of phoenixPhrases(n)) {
      const words = p.split(' ');
      if (words.length < 2 || words.some((w) => DEFAULT_PACK.names.isTitleHead(w) || DEFAULT_PACK.names.isHonorific(w.replace(/\.$/, '')))) continue;
      out.push(p);
    }
  }
  return out;
}

/** Organisation and person names from the Phoenix dictionaries under `dataDir` (empty lists where absent). */
export function compileNameLists(dataDir: string): NameLists {
  const dir = resolve(dataDir, 'event-dictionaries');
  const organisations = new Set<string>();
  const people = new Set<string>();
  const read = (file: string): PhoenixActor[] => {
    const p = resolve(dir, file);
    return existsSync(p) ? parsePhoenixActors(readFileSync(p, 'utf8')) : [];
  };
  for (const actor of read('Phoenix.International.actors.txt')) {
    if (isPerson(actor)) for (const p of personPhrases(actor)) people.add(p);
    else if (actor.codes.some((c) => ORGANISATION_CODE.test(c))) for (const n of actor.names) for (const p of phoenixPhrases(n)) organisations.add(p);
  }
  for (const actor of read('Phoenix.MilNonState.actors.txt')) {
    if (isPerson(actor)) for (const p of personPhrases(actor)) people.add(p);
    else for (const n of actor.names) for (const p of phoenixPhrases(n)) organisations.add(p);
  }
  for (const actor of read('Phoenix.Countries.actors.txt')) {
    if (actor.codes.some((c) => DATED_ROLE.test(c))) for (const p of personPhrases(actor)) people.add(p);
  }
  return { organisations: [...organisations].sort(), people: [...people].sort() };
}
