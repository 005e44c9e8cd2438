import { readFileSync } from 'node:fs';
import { parseActorDictionary, type ActorEntry } from './actors.js';

/**
 * PETRARCH-format actor and agent dictionaries, loaded at run time as a knowledge pack (a user's `--actors FILE`).
 * Actors: see actors.ts (names, synonyms, dated codes); agents:
 * `NAME {PLURAL} [~SECTOR]` (a suffix added to the actor's country) or `[CODE~]` (a prefix). Comments start with
 * `#`; `<!-- -->` blocks are skipped; `!MACRO! = A, B` lines define substitutions used inside agent names.
 */
export interface ActorPack {
  /** actors with their dated codes */
  actors: ActorEntry[];
  /** lower-case phrase -> agent code and whether it is added after (suffix) or before (prefix) the country */
  agents: Map<string, { code: string; suffix: boolean }>;
}

function stripComments(text: string): string[] {
  return text
    .replace(/<!--[\s\S]*?-->/g, '\n')
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

function phraseOf(name: string): string {
  return name.replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Parses a PETRARCH agent dictionary's text (macros expanded, regular plurals added). */
export function parseAgents(text: string, into = new Map<string, { code: string; suffix: boolean }>()): Map<string, { code: string; suffix: boolean }> {
  const macros = new Map<string, string[]>();
  for (const line of stripComments(text)) {
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (macro) {
      macros.set(macro[1], macro[2].split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const m = /^([^[{]+?)\s*(\{[^}]*\})?\s*\[\s*([^\]]*?)\s*\]/.exec(line);
    if (!m) continue;
    const raw = m[3].replace(/\s+/g, '');
    const suffix = raw.startsWith('~') || !raw.endsWith('~');
    const code = raw.replace(/~/g, '').toUpperCase();
    if (!code) continue;
    let names = [m[1].trim()];
    for (const [key, values] of macros) {
      names = names.flatMap((n) => (n.includes(key) ? values.map((v) => n.split(key).join(v)) : [n]));
    }
    const plurals = m[2] ? m[2].slice(1, -1).trim().split(/\s+/).filter(Boolean) : null;
    for (const n of names) {
      const phrase = phraseOf(n);
      into.set(phrase, { code, suffix });
      // no braces: the regular plural; empty braces: no plural; listed plurals: those
      if (plurals === null) into.set(phrase.endsWith('s') ? phrase + 'es' : phrase + 's', { code, suffix });
      else for (const p of plurals) into.set(phraseOf(p), { code, suffix });
    }
  }
  return into;
}

/**
 * Loads a knowledge pack from files: an actor dictionary, optionally an agent dictionary. A file whose lines carry
 * `[~XXX]` codes is read as agents, otherwise as actors, so `--actors FILE` accepts either.
 */
export function loadActorPack(files: string[]): ActorPack {
  const pack: ActorPack = { actors: [], agents: new Map() };
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      throw new Error(`cannot read actor dictionary ${file}: ${(err as Error).message}`);
    }
    const agentLines = (text.match(/\[\s*~[A-Z]|[A-Z]~\s*\]/g) ?? []).length;
    const codeLines = (text.match(/\[[A-Z]{3}[A-Z]*\]/g) ?? []).length;
    if (agentLines > codeLines) parseAgents(text, pack.agents);
    else pack.actors.push(...parseActorDictionary(text));
  }
  return pack;
}
