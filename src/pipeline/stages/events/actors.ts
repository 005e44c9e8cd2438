import type { Doc, Token } from '../../../model/doc.js';
import type { EntityRecord } from '../../../model/layers/entities.js';
import { countryByCode, knownCountryForms } from '../../../knowledge/countries.js';
import { ACTOR_MODIFIERS, AGENT_SECTORS, INTERNATIONAL_BODIES, SECTOR_PRIORITY } from '../../../knowledge/plover/agents.js';
import type { ActorPack } from '../../../knowledge/petrarch/load.js';

/** What a run of words tells about an actor. */
interface AnchorInfo {
  kind: 'country' | 'demonym' | 'seat' | 'igo' | 'agent' | 'pack' | 'entity' | 'pronoun';
  /** alpha-3, or IGO */
  country: string | null;
  sector: string | null;
  /** a PETRARCH prefix agent ("NGO" in NGOARN: a body based in a country) */
  prefix?: string;
}

interface Anchor extends AnchorInfo {
  first: number;
  end: number;
  entity: EntityRecord | null;
}

/** An entity mention, listed per sentence once per document so each sentence reads only its own. */
export interface EntityMentionRef {
  entity: EntityRecord;
  mention: EntityRecord['mentions'][number];
}

/** One actor phrase of a sentence, with its code. Token indexes are into the sentence's tokens. */
export interface ActorGroup {
  first: number;
  end: number;
  start: number;
  endChar: number;
  name: string;
  country: string | null;
  sector: string | null;
  /** PETRARCH prefix agent code, written before the country ("NGO" + "ARN") */
  prefix: string | null;
  entity: string | null;
  /** a bare pronoun ("they", "it") waiting to be resolved to an earlier actor */
  pronoun: boolean;
  person: boolean;
}

interface PhraseRow {
  words: string[];
  caseSensitive: boolean;
  info: AnchorInfo;
}

const PRONOUNS = new Set(['they', 'it', 'he', 'she', 'we']);
const JOINERS = new Set(['in', 'of', 'from', 'based', 'throughout', 'operating', 'loyal', 'to']);

function alpha3(alpha2: string | null): string | null {
  if (!alpha2) return null;
  return countryByCode(alpha2)?.alpha3 || null;
}

function isAcronymForm(form: string): boolean {
  return /^[A-Z.\-]+$/.test(form) && form.length <= 6;
}

/** Splits a phrase the way the segmenter splits words ("Kim's" -> "Kim", "'s"). */
function wordsOf(phrase: string): string[] {
  return phrase.replace(/'s\b/g, " 's").split(/\s+/).filter(Boolean);
}

/** Country, seat, IGO and sector-word phrases, indexed by lower-cased first word. */
export class ActorKnowledge {
  private readonly rows = new Map<string, PhraseRow[]>();

  constructor(pack: ActorPack | null = null) {
    for (const f of knownCountryForms()) {
      const kind = f.kind === 'standin' ? 'seat' : f.kind === 'demonym' ? 'demonym' : 'country';
      this.add(f.form, f.kind === 'acronym', { kind, country: alpha3(f.country), sector: kind === 'seat' ? 'GOV' : null });
    }
    for (const name of INTERNATIONAL_BODIES) this.add(name, isAcronymForm(name), { kind: 'igo', country: 'IGO', sector: null });
    for (const [phrase, sector] of Object.entries(AGENT_SECTORS)) this.add(phrase, false, { kind: 'agent', country: null, sector });
    // seats with their own sector: the Pentagon speaks for the military
    this.add('Pentagon', false, { kind: 'seat', country: 'USA', sector: 'MIL' });
    if (pack) {
      for (const [phrase, code] of pack.actors) {
        this.add(phrase, false, { kind: 'pack', country: code.slice(0, 3), sector: code.length > 3 ? code.slice(3) : null });
      }
      for (const [phrase, agent] of pack.agents) {
        this.add(phrase, false, agent.suffix ? { kind: 'agent', country: null, sector: agent.code } : { kind: 'agent', country: null, sector: null, prefix: agent.code });
      }
    }
    for (const list of this.rows.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  private add(phrase: string, caseSensitive: boolean, info: AnchorInfo): void {
    const words = wordsOf(phrase);
    if (words.length === 0) return;
    const key = words[0].toLowerCase();
    const list = this.rows.get(key) ?? [];
    // later rows for the same words (a pack entry) override earlier ones
    const same = list.findIndex((r) => r.words.join(' ').toLowerCase() === words.join(' ').toLowerCase() && r.caseSensitive === caseSensitive);
    const row = { words: caseSensitive ? words : words.map((w) => w.toLowerCase()), caseSensitive, info };
    if (same >= 0) list[same] = row;
    else list.push(row);
    this.rows.set(key, list);
  }

  /** The longest phrase starting at token i, or null. */
  matchAt(texts: string[], lower: string[], i: number): { end: number; info: AnchorInfo } | null {
    const list = this.rows.get(lower[i]);
    if (!list) return null;
    for (const r of list) {
      if (i + r.words.length > texts.length) continue;
      let ok = true;
      for (let k = 0; k < r.words.length && ok; k++) ok = (r.caseSensitive ? texts[i + k] : lower[i + k]) === r.words[k];
      if (!ok) continue;
      // a lower-case country-like word is not an actor ("us", "chad" in running text); sector words may be lower case
      if (r.info.kind !== 'agent' && !/^[A-Z0-9]/.test(texts[i])) continue;
      return { end: i + r.words.length, info: r.info };
    }
    return null;
  }
}

/** Sector of an entity from its roles ("Defence Minister" -> MIL, "spokesman" -> GOV) or its stand-in. */
function entitySector(e: EntityRecord): string | null {
  if (e.standsFor) return e.standsFor.sector;
  let best: string | null = null;
  for (const r of e.roles) {
    const t = r.title.toLowerCase();
    const candidates = [t, ...t.split(/\s+/)];
    for (const c of candidates) {
      const s = AGENT_SECTORS[c];
      if (s && (!best || SECTOR_PRIORITY[s] > SECTOR_PRIORITY[best])) best = s;
    }
  }
  if (!best && e.type === 'person' && e.roles.length > 0) best = 'GOV';
  return best;
}

function entityCountry(e: EntityRecord): string | null {
  if (e.standsFor) return alpha3(e.standsFor.country);
  for (const r of e.roles) if (r.country) return alpha3(r.country);
  return alpha3(e.country);
}

/** Token index (within `tokens`) containing char offset, or -1. */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else if (tokens[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The actor phrases of one sentence, in text order. */
export function findActors(
  doc: Doc, tokens: Token[], knowledge: ActorKnowledge, mentions: EntityMentionRef[] | null = null,
  lowerWords: string[] | null = null,
): ActorGroup[] {
  const texts = tokens.map((t) => t.text);
  const lower = lowerWords ?? texts.map((t) => t.toLowerCase());
  const anchors: Anchor[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = knowledge.matchAt(texts, lower, i);
    if (m) {
      anchors.push({ ...m.info, first: i, end: m.end, entity: null });
      i = m.end;
    } else i++;
  }
  if (tokens.length > 0) {
    const sStart = tokens[0].start;
    const sEnd = tokens[tokens.length - 1].end;
    const refs = mentions ?? doc.entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })));
    for (const { entity: e, mention } of refs) {
      if ((e.type === 'place' && !e.standsFor) || mention.end <= sStart || mention.start >= sEnd) continue;
      const first = tokenAt(tokens, mention.start);
      const last = tokenAt(tokens, mention.end - 1);
      if (first < 0 || last < 0) continue;
      const pronoun = mention.via === 'pronoun';
      anchors.push({ kind: pronoun ? 'pronoun' : 'entity', country: entityCountry(e), sector: entitySector(e), first, end: last + 1, entity: e });
    }
  }
  anchors.sort((a, b) => a.first - b.first || b.end - a.end);
  const covered = new Array<Anchor[] | undefined>(tokens.length);
  for (const a of anchors) for (let k = a.first; k < a.end; k++) (covered[k] ??= []).push(a);
  for (let i = 0; i < tokens.length; i++) {
    if (!covered[i] && PRONOUNS.has(lower[i])) covered[i] = [{ kind: 'pronoun', country: null, sector: null, first: i, end: i + 1, entity: null }];
  }

  const groups: ActorGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!covered[i] && !isGlue(texts, lower, i)) {
      i++;
      continue;
    }
    // grow a run of anchors and glue words; a joiner ("in", "of") continues only into a country or seat
    let j = i;
    const members: Anchor[] = [];
    while (j < tokens.length) {
      if (covered[j]) {
        for (const a of covered[j]!) if (!members.includes(a)) members.push(a);
        j++;
        continue;
      }
      // a named person is not a group located somewhere: "Abiy Ahmed in Nairobi" is the man, and Nairobi the place
      const named = members.some((m) => m.entity?.type === 'person');
      if (JOINERS.has(lower[j]) && members.length > 0 && !(named && lower[j] === 'in')) {
        let k = j + 1;
        while (k < tokens.length && (lower[k] === 'the' || lower[k] === 'in' || JOINERS.has(lower[k]))) k++;
        if (k < tokens.length && covered[k]?.some((a) => a.kind === 'country' || a.kind === 'seat' || a.kind === 'entity' || a.kind === 'pack' || a.kind === 'igo')) {
          j = k;
          continue;
        }
        break;
      }
      if (isGlue(texts, lower, j)) {
        j++;
        continue;
      }
      break;
    }
    if (members.length === 0) {
      i = j > i ? j : i + 1;
      continue;
    }
    groups.push(...splitGroup(doc, tokens, members, i, j));
    i = j;
  }
  // a sector word with no country, entity or pronoun is not a codable actor ("military supplies", "forces")
  for (let g = groups.length - 1; g >= 0; g--) if (!groups[g].country && !groups[g].entity && !groups[g].pronoun) groups.splice(g, 1);
  // a named person or body of unknown nationality is taken as domestic: it gets the first country the sentence names
  const home = groups.find((g) => g.country && g.country !== 'IGO' && !g.pronoun)?.country ?? null;
  if (home) for (const g of groups) if (!g.country && g.entity && !g.pronoun) g.country = home;
  // "Hungarian and Romanian officials": the first demonym shares the head noun's sector
  for (let g = groups.length - 2; g >= 0; g--) {
    const a = groups[g];
    const b = groups[g + 1];
    if (!a.sector && b.sector && b.first === a.end + 1 && lower[a.end] === 'and' && /^[A-Z]/.test(texts[a.first])) a.sector = b.sector;
  }
  return groups;
}

/** Words that may sit inside an actor phrase: modifiers, and capitalised words (names) after the first word. */
function isGlue(texts: string[], lower: string[], i: number): boolean {
  if (ACTOR_MODIFIERS.has(lower[i])) return true;
  const first = texts[i].charCodeAt(0);
  const second = texts[i].charCodeAt(1);
  // an upper-case letter followed by a lower-case one: a capitalised word
  if (i === 0 || first < 65 || first > 90 || !(second >= 97 && second <= 122)) return false;
  return !NOT_NAME_WORDS.has(texts[i]);
}

/** Capitalised words that start clauses and phrases rather than names. */
const NOT_NAME_WORDS = new Set(['The', 'A', 'An', 'On', 'In', 'At', 'But', 'And', 'As', 'After', 'Last', 'This', 'That']);

/** One group per actor: "Hungarian and Romanian officials" is two actors sharing their head noun. */
function splitGroup(doc: Doc, tokens: Token[], members: Anchor[], first: number, end: number): ActorGroup[] {
  // trim glue at both ends so the span is the actor's words
  const lo = Math.min(...members.map((m) => m.first));
  const hi = Math.max(...members.map((m) => m.end));
  const kinds = members.filter((m) => m.kind === 'demonym' || m.kind === 'country');
  const sectorAnchors = members.filter((m) => m.sector);
  let sector: string | null = null;
  for (const m of sectorAnchors) if (!sector || SECTOR_PRIORITY[m.sector!] > SECTOR_PRIORITY[sector]) sector = m.sector;
  const text = doc.text.slice(tokens[Math.max(lo, first)].start, tokens[Math.min(hi, end) - 1].end);
  const pronoun = members.every((m) => m.kind === 'pronoun' && !m.entity);
  const person = members.some((m) => m.entity?.type === 'person');
  const entity = members.find((m) => m.entity)?.entity ?? null;
  const make = (country: string | null, sec: string | null): ActorGroup => ({
    first: lo, end: hi, start: tokens[lo].start, endChar: tokens[hi - 1].end, name: text, country, sector: sec,
    prefix: members.find((m) => m.prefix)?.prefix ?? null, entity: entity?.id ?? null, pronoun, person,
  });
  // two or more demonyms/countries joined inside one run ("U.S. and Russian negotiators") are separate actors
  if (kinds.length >= 2 && new Set(kinds.map((k) => k.country)).size >= 2) {
    return [...new Set(kinds.map((k) => k.country))].map((c) => make(c, sector));
  }
  const countryAnchor = members.find((m) => m.country) ?? null;
  const country = countryAnchor?.country ?? null;
  // a country named on its own is the state, with no sector ("Russia warned"); a seat speaks for the government
  if (countryAnchor?.kind === 'country' && sectorAnchors.length === 0) return [make(country, null)];
  if ((countryAnchor?.kind === 'pack' || countryAnchor?.kind === 'country') && sectorAnchors.every((m) => m === countryAnchor)) return [make(country, countryAnchor.sector)];
  return [make(country, sector)];
}
