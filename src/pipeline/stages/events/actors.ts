import { tokenAt, type Doc, type Token } from '../../../model/doc.js';
import type { EntityRecord } from '../../../model/layers/entities.js';
import { countryByCode, knownCountryForms } from '../../../knowledge/countries.js';
import { INTERNATIONAL_BODIES, SECTOR_PRIORITY } from '../../../knowledge/plover/agents.js';
import { placeOfFigure } from './senses.js';
import type { EventsLanguage } from '../../../lang/types.js';
import { codeOn, type ActorEntry, type DatedCode } from '../../../knowledge/petrarch/actors.js';
import type { ActorPack } from '../../../knowledge/petrarch/load.js';
import { agentSector, decodeActorCode, type EventDictionaries } from '../../../knowledge/petrarch/pack.js';
import { placesIndex } from './where-when.js';
import { UNKNOWN_WORD, WordIds } from './word-ids.js';

/** What a run of words tells about an actor. */
interface AnchorInfo {
  kind: 'country' | 'demonym' | 'seat' | 'igo' | 'agent' | 'pack' | 'entity' | 'pronoun';
  /** alpha-3, or IGO */
  country: string | null;
  sector: string | null;
  /** a PETRARCH prefix agent ("NGO" in NGOARN: a body based in a country) */
  prefix?: string;
  /** a dictionary actor's dated codes, read against the article's date when matched */
  codes?: DatedCode[];
  /** the sector is a dictionary's role for the date, not a word of the article (the article's own title goes first) */
  dated?: boolean;
  /** the words name a place where something happens (a town, a region), not a state or body that acts */
  place?: boolean;
}

interface Anchor extends AnchorInfo {
  first: number;
  end: number;
  entity: EntityRecord | null;
}

/** An anchor of `info` over tokens [first, end): every anchor has the same fields, so the matcher's reads stay monomorphic. */
function anchorOf(info: AnchorInfo, first: number, end: number, entity: EntityRecord | null): Anchor {
  return { kind: info.kind, country: info.country, sector: info.sector, prefix: info.prefix, codes: info.codes, dated: info.dated, place: info.place ?? false, first, end, entity };
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
  /** a sector word of no stated country ("protesters"): no actor of its own, only a party a national authority acts on */
  unplaced?: boolean;
  /** named by a city or seat only ("Nairobi", "Washington"): after a locative preposition it is where, not whom */
  place?: boolean;
  /**
   * named by a town or region the actor dictionary lists and the places layer reads as a place ("Denver"): after a
   * locative preposition of the act, or of the noun it is done to, it is where; deeper in that noun's phrase the
   * dictionary's convention stands (the town for its country: "the closure of guest houses in X")
   */
  town?: boolean;
}

interface PhraseRow {
  words: string[];
  caseSensitive: boolean;
  info: AnchorInfo;
}


function alpha3(alpha2: string | null): string | null {
  if (!alpha2) return null;
  return countryByCode(alpha2)?.alpha3 || null;
}

const ALPHA3 = new Set(knownCountryForms().map((f) => alpha3(f.country)).filter((c): c is string => !!c));

function isAcronymForm(form: string): boolean {
  return /^[A-Z.\-]+$/.test(form) && form.length <= 6;
}

/** Splits a phrase the way the segmenter splits words ("Kim's" -> "Kim", "'s"). */
function wordsOf(phrase: string): string[] {
  return phrase.replace(/'s\b/g, " 's").split(/\s+/).filter(Boolean);
}

/**
 * The phrases of one first word: those of one word, and longer ones by the id of their lower-case second word
 * (longest first).
 */
interface FirstWordRows {
  single: PhraseRow[];
  bySecond: Map<number, PhraseRow[]>;
}

function byFirstWord(sorted: PhraseRow[], words: WordIds): FirstWordRows {
  const out: FirstWordRows = { single: [], bySecond: new Map() };
  for (const r of sorted) {
    if (r.words.length === 1) out.single.push(r);
    else {
      const second = words.add(r.words[1].toLowerCase());
      const list = out.bySecond.get(second) ?? [];
      list.push(r);
      out.bySecond.set(second, list);
    }
  }
  return out;
}

/** Country and sector of dated dictionary codes on `day`; the country alone when no window holds the day. */
export function resolveCodes(
  codes: DatedCode[], day: string, isCountry: (code: string) => boolean,
): { country: string | null; sector: string | null } {
  const code = codeOn(codes, day);
  if (code) return decodeActorCode(code, isCountry);
  // out of every window: the person still belongs to the country all their codes name
  const countries = new Set(codes.map((c) => decodeActorCode(c.code, isCountry).country));
  return countries.size === 1 ? { country: [...countries][0], sector: null } : { country: null, sector: null };
}

/**
 * Actor phrases by lower-cased first word: our country, seat and international-body names, the Phoenix actor and
 * agent dictionaries (names with dated roles, sector nouns), our own sector words on top (they follow PLOVER's
 * sectors where the CAMEO-era agents differ: armed groups are REB, not UAF; protesters CVL, not OPP; a spokesman GOV),
 * and a user's pack on top of all.
 */
export class ActorKnowledge {
  private readonly rows = new Map<string, PhraseRow[]>();
  /**
   * `rows` by the ids of their first and second words, for matching: a first word like "the" starts thousands of
   * names. Indexed by the first word's id (a dense array: one look-up a token).
   */
  private readonly index: Array<FirstWordRows | undefined>;
  /** the same for the sector-word rows alone: all a lower-case word can start */
  private readonly agentIndex: Array<FirstWordRows | undefined>;
  private readonly keys = new Map<string, PhraseRow>();
  /** whole lower-case names of dictionary actors, for entities found by the entity stage */
  private readonly names = new Map<string, DatedCode[]>();
  /** the codes of every dictionary actor of two or more words, by its last word: a person named by family name alone */
  private readonly familyNames = new Map<string, Set<DatedCode[]>>();
  /** country codes: ISO alpha-3, and the first codes of a user's pack (its countries may be fictional) */
  private readonly countries = new Set(ALPHA3);
  readonly isCountry = (code: string): boolean => this.countries.has(code);

  /**
   * `lang`: the events section of the language pack whose sector nouns and actor words this knowledge reads; `words`:
   * the ids its phrases' words get (shared with the stage's other matchers, so that a sentence is looked up once).
   */
  constructor(
    readonly lang: EventsLanguage,
    dictionaries: EventDictionaries | null = null,
    pack: ActorPack | null = null,
    readonly words: WordIds = new WordIds(),
  ) {
    for (const f of knownCountryForms()) {
      const kind = f.kind === 'standin' ? 'seat' : f.kind === 'demonym' ? 'demonym' : 'country';
      this.add(f.form, f.kind === 'acronym', { kind, country: alpha3(f.country), sector: kind === 'seat' ? 'GOV' : null });
    }
    for (const name of INTERNATIONAL_BODIES) this.add(name, isAcronymForm(name), { kind: 'igo', country: 'IGO', sector: null });
    // seats with their own sector: the Pentagon speaks for the military
    this.add('Pentagon', false, { kind: 'seat', country: 'USA', sector: 'MIL' });
    if (dictionaries) {
      this.addActors(dictionaries.actors, false);
      for (const [phrase, agent] of dictionaries.agents) this.addAgent(phrase, agent, true);
    }
    for (const [phrase, sector] of Object.entries(lang.agentSectors)) this.add(phrase, false, { kind: 'agent', country: null, sector });
    if (pack) {
      for (const e of pack.actors) for (const c of e.codes) if (!agentSector(c.code.slice(0, 3))) this.countries.add(c.code.slice(0, 3));
      this.addActors(pack.actors, true);
      for (const [phrase, agent] of pack.agents) this.addAgent(phrase, agent, true);
    }
    for (const first of this.rows.keys()) words.add(first);
    this.index = new Array<FirstWordRows | undefined>(words.size).fill(undefined);
    this.agentIndex = new Array<FirstWordRows | undefined>(words.size).fill(undefined);
    for (const [first, list] of this.rows) {
      list.sort((a, b) => b.words.length - a.words.length);
      const id = words.add(first);
      this.index[id] = byFirstWord(list, words);
      const agents = list.filter((r) => r.info.kind === 'agent');
      if (agents.length) this.agentIndex[id] = byFirstWord(agents, words);
    }
  }

  private addActors(entries: ActorEntry[], override: boolean): void {
    for (const e of entries) {
      for (const name of e.names) {
        if (override || !this.names.has(name)) this.names.set(name, e.codes);
        const words = name.split(' ');
        if (words.length >= 2) {
          const last = words[words.length - 1];
          const set = this.familyNames.get(last) ?? new Set();
          set.add(e.codes);
          this.familyNames.set(last, set);
        }
        this.add(name, false, { kind: 'pack', country: null, sector: null, codes: e.codes }, override);
      }
    }
  }

  private addAgent(phrase: string, agent: { code: string; suffix: boolean }, override: boolean): void {
    if (!agent.suffix) {
      this.add(phrase, false, { kind: 'agent', country: null, sector: null, prefix: agent.code }, override);
      return;
    }
    const sector = agentSector(agent.code);
    if (sector) this.add(phrase, false, { kind: 'agent', country: null, sector }, override);
  }

  /** Adds a phrase; an existing row for the same words is replaced only when `override`. */
  private add(phrase: string, caseSensitive: boolean, info: AnchorInfo, override = true): void {
    const words = wordsOf(phrase);
    if (words.length === 0) return;
    const key = (caseSensitive ? 'c:' : 'i:') + words.join(' ').toLowerCase();
    const row = { words: caseSensitive ? words : words.map((w) => w.toLowerCase()), caseSensitive, info };
    const existing = this.keys.get(key);
    if (existing) {
      if (override) existing.info = info;
      return;
    }
    this.keys.set(key, row);
    const first = row.words[0].toLowerCase();
    const list = this.rows.get(first) ?? [];
    list.push(row);
    this.rows.set(first, list);
  }

  /** The dated dictionary codes of a whole name ("Vladimir Putin"), or null. */
  codesOfName(name: string): DatedCode[] | null {
    return this.names.get(name.toLowerCase()) ?? null;
  }

  /**
   * A person named by family name alone ("Bouteflika", "President Kagame"): the country, and the sector, every
   * dictionary actor of that family name has on `day`, where they all agree (the Bushes are all American; a Kim is
   * North or South Korean, so none). A title of office (`office`: its sector) keeps those who held such an office on
   * the day ("Prime Minister Blair" in 2004 is Tony, not Dennis Blair).
   */
  codesOfFamilyName(name: string, day: string, office: string | null = null): { country: string | null; sector: string | null } | null {
    const all = this.familyNames.get(name.toLowerCase());
    if (!all) return null;
    let read = [...all].map((codes) => resolveCodes(codes, day, this.isCountry));
    const inOffice = office ? read.filter((r) => r.sector === office) : [];
    if (inOffice.length > 0) read = inOffice;
    const country = read[0].country;
    if (!country || read.some((r) => r.country !== country)) return null;
    const sector = read.every((r) => r.sector === read[0].sector) ? read[0].sector : null;
    return { country, sector };
  }

  /**
   * The longest phrase starting at token i, or null; dictionary codes are read on `day`. `ids`: the ids of the
   * lower-case words in `words`.
   */
  matchAt(texts: string[], lower: string[], ids: Int32Array, i: number, day: string): { end: number; info: AnchorInfo } | null {
    if (ids[i] === UNKNOWN_WORD) return null;
    // a lower-case country-like word is not an actor ("us", "chad" in running text); sector words may be lower case
    const c = texts[i].charCodeAt(0);
    const capital = (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    const rows = (capital ? this.index : this.agentIndex)[ids[i]];
    if (!rows) return null;
    const longer = i + 1 < texts.length && ids[i + 1] !== UNKNOWN_WORD ? rows.bySecond.get(ids[i + 1]) : undefined;
    return (longer && this.firstMatch(longer, texts, lower, i, day)) || this.firstMatch(rows.single, texts, lower, i, day);
  }

  /** The phrase of one word on its own ("Saudi" of "Saudi-led"), or null. */
  matchWord(word: string, day: string): { end: number; info: AnchorInfo } | null {
    const lower = [word.toLowerCase()];
    return this.matchAt([word], lower, this.words.of(lower), 0, day);
  }

  /** The first of `list` (longest first) that matches at token i. */
  private firstMatch(list: PhraseRow[], texts: string[], lower: string[], i: number, day: string): { end: number; info: AnchorInfo } | null {
    for (const r of list) {
      if (i + r.words.length > texts.length) continue;
      let ok = true;
      for (let k = 1; k < r.words.length && ok; k++) ok = (r.caseSensitive ? texts[i + k] : lower[i + k]) === r.words[k];
      if (ok && r.caseSensitive) ok = texts[i] === r.words[0];
      if (!ok) continue;
      if (r.info.codes) {
        const { country, sector } = resolveCodes(r.info.codes, day, this.isCountry);
        if (!country && !sector) continue;
        return { end: i + r.words.length, info: { kind: r.info.kind, country, sector, prefix: r.info.prefix, codes: r.info.codes, dated: true } };
      }
      return { end: i + r.words.length, info: r.info };
    }
    return null;
  }
}

/** Sector of an entity from its roles in this article ("Defence Minister" -> MIL, "spokesman" -> GOV). */
function roleSector(lang: EventsLanguage, e: EntityRecord): string | null {
  let best: string | null = null;
  for (const r of e.roles) {
    const t = r.title.toLowerCase();
    // the whole title says what the office is ("defence minister" is a minister); its words only when it is unknown
    const candidates = lang.agentSectors[t] ? [t] : t.split(/\s+/);
    for (const c of candidates) {
      const s = lang.agentSectors[c];
      if (s && (!best || SECTOR_PRIORITY[s] > SECTOR_PRIORITY[best])) best = s;
    }
  }
  return best;
}

/**
 * An entity's code from the entity itself: its stand-in, its roles and nationality in this article, then the
 * dictionary's role for its name on the article's date. Never the country the article is about.
 */
function entityCode(e: EntityRecord, knowledge: ActorKnowledge, day: string): { country: string | null; sector: string | null; dated: boolean } {
  if (e.standsFor) return { country: alpha3(e.standsFor.country), sector: e.standsFor.sector, dated: false };
  let country: string | null = null;
  for (const r of e.roles) if (r.country && !country) country = alpha3(r.country);
  let sector = roleSector(knowledge.lang, e);
  let dated = false;
  const codes = knowledge.codesOfName(e.name) ?? e.aliases.map((a) => knowledge.codesOfName(a)).find((c) => c) ?? null;
  // a person the article names by family name only ("President Bouteflika")
  const family = !codes && e.type === 'person' && !/\s/.test(e.name.trim()) ? knowledge.codesOfFamilyName(e.name.trim(), day, sector) : null;
  if (codes || family) {
    const known = family ?? resolveCodes(codes!, day, knowledge.isCountry);
    country ??= known.country;
    if (!sector && known.sector) {
      sector = known.sector;
      dated = true;
    }
  }
  country ??= alpha3(e.country);
  if (!sector && e.type === 'person' && e.roles.length > 0) sector = 'GOV';
  return { country, sector, dated };
}

type EntityCode = ReturnType<typeof entityCode>;

/** Each entity's code, read once a document (an entity is mentioned in many sentences) for its knowledge and day. */
const ENTITY_CODES = new WeakMap<EntityRecord, { knowledge: ActorKnowledge; day: string; code: EntityCode }>();

function entityCodeOnce(e: EntityRecord, knowledge: ActorKnowledge, day: string): EntityCode {
  const known = ENTITY_CODES.get(e);
  if (known && known.knowledge === knowledge && known.day === day) return known.code;
  const code = entityCode(e, knowledge, day);
  ENTITY_CODES.set(e, { knowledge, day, code });
  return code;
}

/** Token index (within `tokens`) containing char offset, or -1. */
function tokenHolding(tokens: Token[], offset: number): number {
  const t = tokenAt(tokens, offset);
  return t < tokens.length && tokens[t].start <= offset ? t : -1;
}

/** The actor phrases of one sentence, in text order. */
export function findActors(
  doc: Doc, tokens: Token[], knowledge: ActorKnowledge, mentions: EntityMentionRef[] | null = null,
  lowerWords: string[] | null = null, wordIds: Int32Array | null = null,
): ActorGroup[] {
  const texts = tokens.map((t) => t.text);
  const lower = lowerWords ?? texts.map((t) => t.toLowerCase());
  const ids = wordIds ?? knowledge.words.of(lower);
  const day = doc.article.published.slice(0, 10);
  const anchors: Anchor[] = [];
  const countryMentions: Array<{ start: number; end: number; id: string; country: string | null }> = [];
  for (let i = 0; i < tokens.length; ) {
    const m = knowledge.matchAt(texts, lower, ids, i, day);
    if (m) {
      anchors.push(anchorOf(m.info, i, m.end, null));
      i = m.end;
      continue;
    }
    // "Saudi-led forces": a force led by a country is that country's
    const led = texts[i].includes('-') ? knowledge.lang.ledBy.exec(texts[i]) : null; // (such a compound is hyphenated)
    const leader = led ? knowledge.matchWord(led[1], day) : null;
    if (leader && (leader.info.kind === 'country' || leader.info.kind === 'demonym')) anchors.push(anchorOf(leader.info, i, i + 1, null));
    i++;
  }
  if (tokens.length > 0) {
    const sStart = tokens[0].start;
    const sEnd = tokens[tokens.length - 1].end;
    const refs = mentions ?? doc.entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })));
    for (const { entity: e, mention } of refs) {
      if (mention.end <= sStart || mention.start >= sEnd) continue;
      // a place is no actor of its own; a country's mention still names the entity its actor phrase stands for
      if (e.type === 'place' && !e.standsFor) {
        if (e.placeKind === 'country') countryMentions.push({ start: mention.start, end: mention.end, id: e.id, country: alpha3(e.country) });
        continue;
      }
      const first = tokenHolding(tokens, mention.start);
      const last = tokenHolding(tokens, mention.end - 1);
      if (first < 0 || last < 0) continue;
      const pronoun = mention.via === 'pronoun';
      const code = entityCodeOnce(e, knowledge, day);
      anchors.push(anchorOf({ kind: pronoun ? 'pronoun' : 'entity', country: code.country, sector: code.sector, dated: code.dated }, first, last + 1, e));
    }
  }
  anchors.sort((a, b) => a.first - b.first || b.end - a.end);
  citiesInNames(doc, tokens, anchors);
  placesOfTheDictionary(doc, tokens, anchors);
  // "his Brazilian counterpart": a possessive before words that name a country of their own is no part of the actor
  for (let a = anchors.length - 1; a >= 0; a--) {
    const x = anchors[a];
    if (x.kind !== 'pronoun' || x.end - x.first !== 1 || !knowledge.lang.possessiveDeterminers.has(lower[x.first])) continue;
    if (anchors.some((y) => y !== x && y.first === x.end && y.country)) anchors.splice(a, 1);
  }
  const covered = new Array<Anchor[] | undefined>(tokens.length);
  for (const a of anchors) for (let k = a.first; k < a.end; k++) (covered[k] ??= []).push(a);
  for (let i = 0; i < tokens.length; i++) {
    if (!covered[i] && knowledge.lang.actorPronouns.has(lower[i])) covered[i] = [anchorOf({ kind: 'pronoun', country: null, sector: null }, i, i + 1, null)];
  }

  const groups: ActorGroup[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!covered[i] && !isGlue(knowledge.lang, texts, lower, i)) {
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
      if (knowledge.lang.actorJoiners.has(lower[j]) && members.length > 0 && !(named && lower[j] === 'in')) {
        let k = j + 1;
        while (k < tokens.length && (lower[k] === 'the' || lower[k] === 'in' || knowledge.lang.actorJoiners.has(lower[k]))) k++;
        if (k < tokens.length && covered[k]?.some((a) => a.kind === 'country' || a.kind === 'seat' || a.kind === 'entity' || a.kind === 'pack' || a.kind === 'igo') && modifiesRun(doc, tokens, i, j, k)) {
          j = k;
          continue;
        }
        break;
      }
      if (isGlue(knowledge.lang, texts, lower, j)) {
        j++;
        continue;
      }
      break;
    }
    if (members.length === 0) {
      i = j > i ? j : i + 1;
      continue;
    }
    const made = splitGroup(doc, tokens, members, i, j);
    for (const g of made) readModifiers(knowledge.lang, texts, lower, g, members);
    groups.push(...made);
    i = j;
  }
  dropDescriptiveModifiers(doc, knowledge.lang, groups);
  dropSocietalForces(knowledge.lang, lower, groups);
  joinNationalModifiers(doc, tokens, groups);
  // police, protesters, soldiers or a rebel group of no stated nationality belong where the sentence places them
  // ("police in Nairobi", "the rebel front in Darfur"); a person does not (a visitor is not of the place visited)
  // "the Philippine government and Muslim rebels": rebels or an opposition named beside a government are its own
  for (let g = 0; g < groups.length; g++) {
    const x = groups[g];
    if (x.country || x.person || x.pronoun || (x.sector !== 'REB' && x.sector !== 'OPP')) continue;
    // joined by "and" (and an article): "the Chadian government and the rebels"
    const joined = (a: ActorGroup, b: ActorGroup): boolean => lower[a.end] === 'and' && (b.first === a.end + 1 || (b.first === a.end + 2 && lower[a.end + 1] === 'the'));
    const before = groups[g - 1];
    const after = groups[g + 1];
    const partner = before && joined(before, x) ? before : after && joined(x, after) ? after : null;
    if (partner?.country && partner.sector === 'GOV') x.country = partner.country;
  }
  const here = sentenceCountry(doc, tokens, knowledge.lang);
  if (here) for (const g of groups) if (!g.country && !g.person && !g.pronoun && g.sector && g.sector !== 'GOV') g.country = here;
  // "ethnic Albanians protested in Serbia": an ethnic group's members are of the country the sentence places them in,
  // not of the state its name is shared with
  if (here) for (const g of groups) if (g.sector === 'CVL' && g.country && knowledge.lang.ethnicModifiers.has(lower[g.first - 1] ?? '')) g.country = here;
  // a sector word with no country, entity or pronoun is not a codable actor ("military supplies", "forces"); it is kept
  // aside as unplaced, for an authority of known country that acts on it
  for (let g = groups.length - 1; g >= 0; g--) {
    if (groups[g].country || groups[g].entity || groups[g].pronoun) continue;
    if (groups[g].sector) groups[g].unplaced = true;
    else groups.splice(g, 1);
  }
  // "Hungarian and Romanian officials", "US and Afghan troops": the first country shares the head noun's sector (a
  // sector noun, in lower case: before a name, "Israel and Hamas", each is a party of its own)
  for (let g = groups.length - 2; g >= 0; g--) {
    const a = groups[g];
    const b = groups[g + 1];
    if (!a.sector && b.sector && b.first === a.end + 1 && lower[a.end] === 'and' && /^[A-Z]/.test(texts[a.first]) && /^[a-z]/.test(texts[b.end - 1])) a.sector = b.sector;
  }
  // "Japan" as an actor is the entity Japan: the store and the actor graph link the event to it
  if (countryMentions.length) {
    for (const g of groups) {
      if (g.entity || g.pronoun) continue;
      const hit = countryMentions.find((c) => c.start >= g.start && c.end <= g.endChar && g.country === c.country);
      if (hit) g.entity = hit.id;
    }
  }
  return groups;
}

/**
 * A sector word of no country that only describes a thing ("military aid", "a peacekeeping mission", "police
 * reforms") names no actor: the parse makes it a modifier of a noun outside the phrase that is no sector word itself.
 */
function dropDescriptiveModifiers(doc: Doc, lang: EventsLanguage, groups: ActorGroup[]): void {
  const syntax = doc.syntax;
  if (!syntax) return;
  for (let g = groups.length - 1; g >= 0; g--) {
    const x = groups[g];
    if (x.country || x.entity || x.pronoun || x.person) continue;
    const h = syntax.headOfSpan(x.start, x.endChar);
    if (h < 0) continue;
    const rel = syntax.baseRelation(h);
    if (rel !== 'amod') continue;
    const up = syntax.head(h);
    if (up < 0 || lang.agentSectors[syntax.form(up).toLowerCase()]) continue;
    groups.splice(g, 1);
  }
}

/**
 * "Economic forces", "market forces", "the same forces that ...", "the labour force": forces of no country or named
 * body that a modifier makes a power of society are no armed body (a country's or a named body's forces are).
 */
function dropSocietalForces(lang: EventsLanguage, lower: string[], groups: ActorGroup[]): void {
  for (let g = groups.length - 1; g >= 0; g--) {
    const x = groups[g];
    if (x.sector !== 'MIL' || x.country || x.entity || x.pronoun || x.person || !lang.forceNouns.has(lower[x.end - 1])) continue;
    // the modifiers inside the phrase and the two words before it ("the same forces", "economic forces")
    let societal = false;
    for (let k = Math.max(0, x.first - 2); k < x.end - 1 && !societal; k++) societal = lang.societalForceModifiers.has(lower[k]);
    if (societal) groups.splice(g, 1);
  }
}

/** Relations by which a nationality modifies the noun it belongs to ("French paper workers", "Kenya's dock workers"). */
const NATIONAL_MODIFIER_RELATIONS = new Set(['amod', 'compound', 'nmod:poss']);

/**
 * "Angry French paper workers": the parse makes the nationality, cut off from its sector noun by a word of no actor
 * ("paper"), a modifier of that noun; the two are one actor, of the noun's sector and the modifier's country.
 */
function joinNationalModifiers(doc: Doc, tokens: Token[], groups: ActorGroup[]): void {
  const syntax = doc.syntax;
  if (!syntax) return;
  for (let g = groups.length - 1; g >= 0; g--) {
    const x = groups[g];
    if (x.country || !x.sector || x.entity || x.pronoun || x.person) continue;
    const h = syntax.headOfSpan(x.start, x.endChar);
    if (h < 0) continue;
    for (const c of syntax.children(h)) {
      if (syntax.starts[c] >= x.start || !NATIONAL_MODIFIER_RELATIONS.has(syntax.relation(c))) continue;
      const d = groups.findIndex((y) => y !== x && y.start <= syntax.starts[c] && syntax.starts[c] < y.endChar);
      const m = d >= 0 ? groups[d] : null;
      if (!m || !m.country || m.sector || m.person || m.pronoun) continue;
      groups[g] = { ...x, first: m.first, start: m.start, name: doc.text.slice(m.start, x.endChar), country: m.country, entity: m.entity, prefix: x.prefix ?? m.prefix, place: false };
      groups.splice(d, 1);
      break;
    }
  }
}

/**
 * A city named inside an organisation's name ("Real Madrid", "the Toronto Raptors") makes the organisation neither
 * that city's country's nor its government: a team or a brand is no state's. Only a name that says what kind of body it
 * is ("Dublin City Council", "Moscow State University") is of the city's country, and even that is no seat of power.
 */
function citiesInNames(doc: Doc, tokens: Token[], anchors: Anchor[]): void {
  const names = anchors.filter((a) => a.kind === 'entity' && a.entity?.type === 'organisation' && a.end - a.first > 1);
  if (names.length === 0) return;
  for (let a = anchors.length - 1; a >= 0; a--) {
    const x = anchors[a];
    if (x.kind !== 'seat' && x.kind !== 'pack') continue;
    const name = names.find((o) => o.first <= x.first && x.end <= o.end && o.end - o.first > x.end - x.first);
    if (!name) continue;
    const start = tokens[x.first].start;
    const end = tokens[x.end - 1].end;
    // a city by the places layer: a country in a name ("Kenya Airways") is that country's
    if (!doc.places.mentions.some((p) => p.start === start && p.end === end && p.inOrganisation && p.kind !== 'country')) continue;
    const body = name.entity!.name.toLowerCase().split(/\s+/).some((w) => doc.pack.names.isOrganisationHead(w));
    if (body) anchors[a] = { ...x, sector: null };
    else anchors.splice(a, 1);
  }
}

/**
 * The actor dictionary lists towns and regions under their country ("Denver", "Geneva"), but where the places layer
 * reads the same words as a place below the country that stands for no government, they say where ("talks in Geneva",
 * "arrested in Denver"), as a place the entities layer names is no actor of its own: the phrase is marked a place.
 */
function placesOfTheDictionary(doc: Doc, tokens: Token[], anchors: Anchor[]): void {
  const places = placesIndex(doc);
  for (const a of anchors) {
    if (a.kind !== 'pack') continue;
    const start = tokens[a.first].start;
    const end = tokens[a.end - 1].end;
    a.place = places.overlapping(start, end).some((p) =>
      p.start === start && p.end === end && p.kind !== 'country' && !p.standsFor && !p.adjectival && !p.inOrganisation);
  }
}

/** The one country the sentence's own place names lie in (not stand-ins), or null when it names none or several. */
function sentenceCountry(doc: Doc, tokens: Token[], lang: EventsLanguage): string | null {
  if (tokens.length === 0) return null;
  const from = tokens[0].start;
  const to = tokens[tokens.length - 1].end;
  let found: string | null = null;
  for (const p of doc.places.mentions) {
    if (p.start < from || p.end > to || p.standsFor || p.adjectival || p.inOrganisation || !p.country) continue;
    // where a figure was measured places no one ("the carmaker blamed weaker sales in China")
    if (doc.syntax && placeOfFigure(lang, doc.syntax, p.start, p.end)) continue;
    const c = alpha3(p.country);
    if (found && c !== found) return null;
    found = c;
  }
  return found;
}

/** Sectors named by an office one holds (a minister, a lawmaker, a judge). */
const OFFICES = new Set(['GOV', 'LEG', 'JUD']);

/**
 * What the phrase's own modifiers say: a title held before ("former President X") makes a person one of the elites
 * (ELI); a people's name with a modifier of number or kind ("young Algerians", "thousands of Iraqi Kurds", "three
 * Cameroonians", "Bosnian Serbs") names some of its members, civilians (CVL), not the state.
 */
function readModifiers(lang: EventsLanguage, texts: string[], lower: string[], g: ActorGroup, members: Anchor[]): void {
  if (g.person || OFFICES.has(g.sector ?? '')) {
    // "former President X", "the former defence minister": one who held an office is of the elites, not the office
    for (let k = Math.max(0, g.first - 1); k < g.end; k++) if (lang.formerModifiers.has(lower[k])) g.sector = 'ELI';
    if (g.person) return;
  }
  // a named body or person is not a people
  if (g.sector || members.some((m) => m.entity && m.entity.type !== 'group' && m.entity.type !== 'other')) return;
  // the phrase's head noun comes before a joiner ("Syrians in Istanbul")
  let last = g.end - 1;
  for (let k = g.first + 1; k < g.end; k++) if (lang.actorJoiners.has(lower[k])) { last = k - 1; break; }
  if (!/^[A-Z][a-z]+s$/.test(texts[last])) return;
  const before = lower[g.first - 1] ?? '';
  const quantity = (before === lang.genitivePreposition && lang.quantityNouns.has(lower[g.first - 2] ?? '')) || lang.peopleModifiers.has(before) || lang.cardinal.test(before);
  let modified = quantity;
  for (let k = g.first; k < last && !modified; k++) modified = lang.peopleModifiers.has(lower[k]) || members.some((m) => m.kind === 'demonym' && m.first === k);
  if (modified) g.sector = 'CVL';
}

/**
 * Does the phrase at token k ("in Nairobi", "from Mali") belong to the run [i, j) before it ("police in Nairobi"),
 * rather than to the verb the run is the object of ("withdrew its soldiers from Mali": where they left)? Without a
 * parse it does.
 */
function modifiesRun(doc: Doc, tokens: Token[], i: number, j: number, k: number): boolean {
  const syntax = doc.syntax;
  if (!syntax) return true;
  const from = tokens[i].start;
  const to = tokens[j].start;
  // up the heads from the phrase's word to the first word before it: a word before the run is the verb whose object
  // the run is, and the phrase its oblique; a subject's phrase is left joined (its verb comes after it)
  let w = syntax.wordAt(tokens[k].start);
  for (let step = 0; w >= 0 && step < 16 && syntax.starts[w] >= to; step++) w = syntax.head(w);
  return w < 0 || syntax.starts[w] >= from || syntax.upos(w) !== 'VERB';
}

/** Words that may sit inside an actor phrase: modifiers, and capitalised words (names) after the first word. */
function isGlue(lang: EventsLanguage, texts: string[], lower: string[], i: number): boolean {
  if (lang.actorModifiers.has(lower[i])) return true;
  const first = texts[i].charCodeAt(0);
  const second = texts[i].charCodeAt(1);
  // an upper-case letter followed by a lower-case one: a capitalised word
  if (i === 0 || first < 65 || first > 90 || !(second >= 97 && second <= 122)) return false;
  return !lang.notNameWords.has(texts[i]);
}

/** One group per actor: "Hungarian and Romanian officials" is two actors sharing their head noun. */
function splitGroup(doc: Doc, tokens: Token[], members: Anchor[], first: number, end: number): ActorGroup[] {
  // trim glue at both ends so the span is the actor's words
  const lo = Math.min(...members.map((m) => m.first));
  const hi = Math.max(...members.map((m) => m.end));
  const kinds = members.filter((m) => m.kind === 'demonym' || m.kind === 'country');
  const sectorAnchors = members.filter((m) => m.sector);
  // the article's words (a title, a sector noun) say what the actor is now; a dictionary's dated role only when they say nothing
  const stated = sectorAnchors.filter((m) => !m.dated);
  let sector: string | null = null;
  for (const m of stated.length ? stated : sectorAnchors) if (!sector || (SECTOR_PRIORITY[m.sector!] ?? 0) > (SECTOR_PRIORITY[sector] ?? 0)) sector = m.sector;
  const text = doc.text.slice(tokens[Math.max(lo, first)].start, tokens[Math.min(hi, end) - 1].end);
  const pronoun = members.every((m) => m.kind === 'pronoun' && !m.entity);
  const person = members.some((m) => m.entity?.type === 'person');
  const entity = members.find((m) => m.entity)?.entity ?? null;
  const place = members.every((m) => m.kind === 'seat' || m.entity?.type === 'place');
  const town = members.every((m) => m.place);
  const make = (country: string | null, sec: string | null): ActorGroup => ({
    first: lo, end: hi, start: tokens[lo].start, endChar: tokens[hi - 1].end, name: text, country, sector: sec,
    prefix: members.find((m) => m.prefix)?.prefix ?? null, entity: entity?.id ?? null, pronoun, person, place, town,
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
