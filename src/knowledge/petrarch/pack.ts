import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseActorDictionary, type ActorEntry, type DatedCode } from './actors.js';
import { parseAgents } from './load.js';
import { parseVerbDictionary, type VerbDictionary } from './verbs.js';

/**
 * The field's event dictionaries as one compiled table: PETRARCH2's CAMEO verb patterns, the Phoenix actor
 * dictionaries with dated roles, Phoenix agents and discards (all MIT, Open Event Data Alliance), plus our own table
 * of later leaders (`leaders.ts`). `tidings train events` rebuilds `models/events-dictionaries.json.gz` from
 * ../shared/data/event-dictionaries; the events stage reads that file, so a clone without ../shared codes the same.
 */
export interface EventDictionaries {
  /** where the table came from, with its licence */
  source: string;
  verbs: VerbDictionary;
  actors: ActorEntry[];
  /** lower-case phrase -> agent code and whether it follows (suffix) or precedes the country */
  agents: Array<[string, { code: string; suffix: boolean }]>;
  /** lower-case phrases; `story` true where the phrase rules out the whole article */
  discards: Array<{ phrase: string; story: boolean }>;
}

export const DEFAULT_EVENT_DICTIONARIES_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'models', 'events-dictionaries.json.gz');

/** The files of ../shared/data/event-dictionaries the table is built from. */
export const DICTIONARY_FILES = {
  verbs: 'CAMEO.2.0.txt',
  actors: ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'],
  agents: 'Phoenix.agents.txt',
  discards: 'Phoenix.discards.txt',
} as const;

/**
 * Discards that only place a sentence in time ("1939", "years ago", "World War II"): PETRARCH drops such sentences as
 * history, but our time stage dates every event, and news compares the present with the past ("the worst attack since
 * World War II"). Only the list's domain phrases (sport, entertainment, disasters, disease) are kept.
 */
const TIME_ONLY_DISCARD = /^(\d+|(days|weeks|months|years|decades) (ago|later))$|world war/;

/** Parses a PETRARCH discard list: one phrase a line, `+` for the whole story, `#` comments. */
export function parseDiscards(text: string): EventDictionaries['discards'] {
  const out: EventDictionaries['discards'] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const story = line.startsWith('+');
    const phrase = line.replace(/^\+/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    if (phrase && !TIME_ONLY_DISCARD.test(phrase)) out.push({ phrase, story });
  }
  return out;
}

/** Builds the table from the dictionary folder (and our later-leaders update, which goes on top). */
export function buildEventDictionaries(dir: string, update: ActorEntry[] = []): EventDictionaries {
  const read = (name: string): string => {
    const path = resolve(dir, name);
    if (!existsSync(path)) throw new Error(`event dictionary not found: ${path}`);
    return readFileSync(path, 'utf8');
  };
  const actors = DICTIONARY_FILES.actors.flatMap((f) => parseActorDictionary(read(f)));
  return {
    source: 'PETRARCH2 CAMEO.2.0 verb patterns and Phoenix actor, agent and discard dictionaries (MIT, Open Event Data Alliance), with our own update of later leaders',
    verbs: parseVerbDictionary(read(DICTIONARY_FILES.verbs)),
    actors: [...update, ...actors],
    agents: [...parseAgents(read(DICTIONARY_FILES.agents)).entries()],
    discards: parseDiscards(read(DICTIONARY_FILES.discards)),
  };
}

let cached: { path: string; table: EventDictionaries | null } | null = null;

/**
 * The compiled table, read once per process; null where the file is missing (the stage then codes with its own
 * lexicon and country knowledge only).
 */
export function loadEventDictionaries(path = DEFAULT_EVENT_DICTIONARIES_PATH): EventDictionaries | null {
  if (cached && cached.path === path) return cached.table;
  const table = existsSync(path) ? (JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as EventDictionaries) : null;
  cached = { path, table };
  return table;
}

/** Country and sector of a CAMEO actor code ("RUSGOV" → RUS, GOV; "PSEREBHMS" → PSE, REB; "IGOUNO" → IGO). */
export function decodeActorCode(code: string, isCountry: (alpha3: string) => boolean): { country: string | null; sector: string | null } {
  const first = code.slice(0, 3);
  let country: string | null = null;
  let at = 0;
  if (isCountry(first) || ACTOR_STATES.has(first)) {
    country = first;
    at = 3;
  }
  let sector: string | null = null;
  for (let i = at; i + 3 <= code.length && !sector; i += 3) {
    const chunk = code.slice(i, i + 3);
    sector = SECTOR_OF_CODE[chunk] ?? null;
    // a multinational's or non-governmental body's home country follows its code ("MNCUSA")
    if (country && (country === 'MNC' || country === 'NGO') && isCountry(chunk)) {
      sector = country === 'MNC' ? 'BUS' : 'NGO';
      country = chunk;
    }
  }
  return { country, sector };
}

/** Religion codes of agent nouns ("imam" [~MUSREL], "bishop" [~CHR]): the religious sector. */
const RELIGIONS = new Set(['REL', 'CHR', 'CTH', 'PRO', 'ORT', 'MUS', 'MOS', 'SHI', 'SUN', 'JEW', 'BUD', 'HIN', 'SIK', 'JAN']);

/** The sector of an agent code ("GOV", "BUSMIL" → BUS, "CHRCPT" → REL), or null. */
export function agentSector(code: string): string | null {
  for (let i = 0; i + 3 <= code.length; i += 3) {
    const chunk = code.slice(i, i + 3);
    if (SECTOR_OF_CODE[chunk]) return SECTOR_OF_CODE[chunk];
    if (RELIGIONS.has(chunk)) return 'REL';
  }
  return null;
}

/** First codes that stand where a country does in PLOVER actor codes. */
const ACTOR_STATES = new Set(['IGO', 'NGO', 'IMG', 'MNC']);

/** CAMEO role codes read as PLOVER sectors (insurgents and separatists are rebels, journalists media). */
const SECTOR_OF_CODE: Record<string, string> = {
  GOV: 'GOV', MIL: 'MIL', COP: 'COP', REB: 'REB', INS: 'REB', SEP: 'REB', OPP: 'OPP', PTY: 'PTY', LEG: 'LEG', JUD: 'JUD',
  SPY: 'SPY', MED: 'MED', JRN: 'MED', BUS: 'BUS', LAB: 'LAB', EDU: 'EDU', REL: 'REL', REF: 'REF', CVL: 'CVL', CRM: 'CRM',
  ELI: 'ELI', UAF: 'UAF', AGR: 'AGR', HRI: 'HRI', NGM: 'NGM', DEV: 'DEV', HLH: 'HLH', ENV: 'ENV',
};

export type { ActorEntry, DatedCode };
