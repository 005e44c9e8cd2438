import { tableRows, type ItemRows } from '../store/rows.js';
import { ENTITIES_TABLE } from '../pipeline/stages/entities/tables.js';
import { normaliseName } from '../model/names.js';
import { romanisedName } from './romanisation.js';
import { EVENT_DATE_TOLERANCE_DAYS, placesAgree, shiftDay } from './event-key.js';
import type { CorpusPort } from './port.js';

/** Shortest short name resolved: two letters keep surnames such as "Li" and "Wu". */
const MIN_SHORT_NAME = 2;

/** The words of a person's name as spelling keys, so that romanisation variants compare equal ("Sergey"/"Sergei"). */
function nameWords(name: string): string[] {
  return romanisedName(name);
}

/** The normalised words of a name as written. */
function spelledWords(name: string): string[] {
  return normaliseName(name).split(' ').filter(Boolean);
}

/** How an alias's name meets the name it merges into: the evidence stored with the merge beside its basis. */
export type NameMatch = 'surname' | 'variant' | 'romanised' | 'acronym';

/** How sure a merge is by its basis: the only such name in the article's story, or only in the whole corpus (withdrawn when a second appears). */
const BASIS_CONFIDENCE = { story: 0.9, corpus: 0.6 } as const;

/** A match only romanisation rules make ("Sergei Lavrov" for "Sergey Lavrov") is a little less sure than one spelled alike. */
const MATCH_FACTOR: Record<NameMatch, number> = { surname: 1, variant: 1, acronym: 1, romanised: 0.85 };

/** The confidence stored with a merge. */
export function mergeConfidence(basis: 'story' | 'corpus', match: NameMatch): number {
  return Math.round(BASIS_CONFIDENCE[basis] * MATCH_FACTOR[match] * 100) / 100;
}

/** How alias name `alias` meets person name `long`: as a surname or a variant spelled alike, or only through romanisation. */
function nameMatch(alias: string, long: string): NameMatch {
  const a = spelledWords(alias);
  const l = spelledWords(long);
  if (a.length === 1) return a[0] === l[l.length - 1] ? 'surname' : 'romanised';
  return nameVariantOf(a, l) || sameName(a, l) ? 'variant' : 'romanised';
}

/** Countries are compatible unless both are known and differ. */
function countriesAgree(a: string | null, b: string | null): boolean {
  return !a || !b || a === b;
}

/** A person (or organisation) an alias may merge into: `words` its name's spelling keys, `name` as written. */
export interface LongName { key: number; id: string; country: string | null; words: string[]; name: string }

/**
 * True when the words of `short` stand in `long` in order and `long` has more: the same name with a given or middle
 * name or an initial dropped ("Tayyip Erdogan" in "Recep Tayyip Erdogan", "Paul Ryan" in "Paul D. Ryan").
 */
export function nameVariantOf(short: string[], long: string[]): boolean {
  if (short.length >= long.length || short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

/** True when two names have the same spelling keys: one name romanised two ways ("Muhammad Haddad", "Mohamed Haddad"). */
function sameName(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** The people among longer names: a variant of a longer one, or a later spelling of an earlier one, is that person, not another. */
function distinctPeople(names: LongName[]): LongName[] {
  return names.filter((n) => !names.some((o) => standsFor(n, o)));
}

/** True when `short` is `long` with words dropped, or `long` spelled another way and seen earlier (lower key). */
function standsFor(short: { key: number; words: string[] }, long: LongName): boolean {
  return nameVariantOf(short.words, long.words) || (long.key < short.key && sameName(short.words, long.words));
}

/**
 * Resolves person entities known in an article only by a short name ("Sullivan") to the one person with a longer name
 * ending in it ("Jake Sullivan"), incrementally as articles are indexed:
 * - story basis: the only such longer name (type person, compatible country) among the article's own people and its
 *   story's entities. The merge is final, and the article's merged events are moved onto the longer name (folded into
 *   that person's matching event where one exists), so timelines and the actor graph include them.
 * - corpus basis: no such name in the story, and exactly one in the whole corpus. The merge feeds the profile (mentions,
 *   roles, quotes, co-occurring entities, names); it is withdrawn when a second compatible longer name appears, which
 *   makes the surname ambiguous, so it never moves events.
 * When a surname gets its first longer name, earlier articles of the short name are resolved then (bounded).
 * Two people sharing a surname in a story, or in a corpus without story evidence, are left apart.
 * Name variants the same way: a name of two words or more whose words stand in order in one longer name ("Tayyip
 * Erdogan", "Recep Tayyip Erdogan"; "Paul Ryan", "Paul D. Ryan") is that person, on story or corpus evidence, and
 * counts as that person, not a second one, when a bare surname is resolved.
 * Registers the article's longer-named people and resolves its short-named ones; runs once its story is known.
 */
export async function resolveShortNames(port: CorpusPort, articleKey: number, published: string, storyKey: number, rows: ItemRows, entityKeys: Map<string, number>): Promise<void> {
  const people = tableRows(rows, ENTITIES_TABLE)
    .filter((e) => e.type === 'person')
    .map((e) => ({ ...e, key: entityKeys.get(e.id), words: nameWords(e.name) }))
    .filter((e): e is typeof e & { key: number } => e.key !== undefined);
  for (const p of people) {
    if (p.words.length < 2) continue;
    const surname = p.words[p.words.length - 1];
    if (await port.addSurname(surname, p.key)) await onNewLongName(port, surname, { key: p.key, id: p.id, country: p.country, words: p.words, name: p.name });
  }
  for (const p of people) {
    if (p.words[p.words.length - 1].length < MIN_SHORT_NAME) continue;
    const surname = p.words[p.words.length - 1];
    // a surname alone: any longer name ending in it; a name of two words or more: the longer names it is a variant of
    const candidates = distinctPeople((await longNames(port, surname)).filter((c) => countriesAgree(c.country, p.country)))
      .filter((c) => c.key !== p.key && (p.words.length === 1 || standsFor(p, c)));
    // the article's own longer names count as story evidence: the recogniser kept them apart only for lack of a link
    const inStory: LongName[] = [];
    for (const c of candidates) if (people.some((q) => q.key === c.key) || (await port.storyHasEntity(storyKey, c.key))) inStory.push(c);
    if (inStory.length === 1) await merge(port, p.key, p.id, inStory[0], articleKey, published, surname, 'story', nameMatch(p.name, inStory[0].name));
    else if (inStory.length === 0 && candidates.length === 1) await merge(port, p.key, p.id, candidates[0], articleKey, published, surname, 'corpus', nameMatch(p.name, candidates[0].name));
  }
}

async function longNames(port: CorpusPort, surname: string): Promise<LongName[]> {
  return (await port.longNames(surname)).map((r) => ({ key: r.key, id: r.id, country: r.country, words: nameWords(r.name), name: r.name }));
}

/**
 * Records that in one article `aliasKey` stands for `long` (`surname`: the short form it was found by), with its
 * evidence (basis, how the names match) and the confidence they give; on story evidence its events move too.
 */
export async function merge(port: CorpusPort, aliasKey: number, aliasId: string, long: LongName, articleKey: number, published: string, surname: string, basis: 'story' | 'corpus', match: NameMatch): Promise<void> {
  const confidence = mergeConfidence(basis, match);
  if (!(await port.addEntityMerge({ aliasKey, articleKey, entityKey: long.key, published, surname, basis, match, confidence }))) return;
  if (basis === 'story') await moveEvents(port, articleKey, aliasKey, aliasId, long);
}

/**
 * A surname got a longer name it did not have: corpus-basis merges of that surname compatible with it are now
 * ambiguous and are withdrawn; if it is the surname's only longer name, earlier articles of the short name resolve to it.
 */
async function onNewLongName(port: CorpusPort, surname: string, added: LongName): Promise<void> {
  const names = await longNames(port, surname);
  const all = distinctPeople(names);
  // the person the new name belongs to: itself, or the longer name it is a variant of
  const long = all.find((n) => n.key === added.key || standsFor(added, n)) ?? added;
  if (all.length > 1) {
    // a surname alone, or a variant several people's names hold, is ambiguous now; a variant of one person stays
    for (const m of await port.corpusMerges(surname)) {
      const words = nameWords(m.aliasName);
      const holders = all.filter((n) => words.length === 1 || standsFor({ key: m.aliasKey, words }, n));
      if (holders.length > 1 && countriesAgree(m.aliasCountry, long.country)) await port.removeEntityMerge(m.aliasKey, m.articleKey);
    }
    return;
  }
  // people named by the bare surname as the new name spells it (the index holds names as written)
  const spelledSurname = spelledWords(added.name).pop() ?? surname;
  const aliases = [...(await port.peopleNamed(spelledSurname)), ...names.filter((n) => n.key !== long.key && standsFor(n, long))];
  for (const short of aliases) {
    const words = (short as Partial<LongName>).words ?? nameWords(short.name);
    if (!(words.length === 1 ? words[0] === surname : standsFor({ key: short.key, words }, long)) || !countriesAgree(short.country, long.country)) continue;
    for (const a of await port.unmergedArticlesOf(short.key)) {
      const story = await port.storyOf(a.articleKey);
      const basis = story !== null && (await port.storyHasEntity(story, long.key)) ? 'story' : 'corpus';
      await merge(port, short.key, short.id, long, a.articleKey, a.published, surname, basis, nameMatch(short.name, long.name));
    }
  }
}

/**
 * Moves the merged events an article reports about the short name onto the longer name, where every report of the
 * event is an article with the same story-basis merge (an event also reported elsewhere under the bare surname stays).
 * An event the longer name already has (same type, counterpart, date within tolerance, place) absorbs it.
 */
async function moveEvents(port: CorpusPort, articleKey: number, aliasKey: number, aliasId: string, long: LongName): Promise<void> {
  for (const m of await port.mergedOfArticle(articleKey, aliasKey)) {
    if ((await port.reportsOutsideMerge(m.key, aliasKey, long.key)) > 0) continue;
    const mergeKey = renameInMergeKey(m.mergeKey, 'e:' + aliasId, 'e:' + long.id, m.symmetric);
    const into = (await port.mergeCandidates(mergeKey, shiftDay(m.dateBegin, -EVENT_DATE_TOLERANCE_DAYS), shiftDay(m.dateBegin, EVENT_DATE_TOLERANCE_DAYS), m.key))
      .find((c) => placesAgree(c, m));
    if (into) await port.foldMergedEvent(m.key, into.key);
    else await port.repointMergedEvent(m.key, mergeKey, aliasKey, long.key);
  }
}

/** A merge key (`TYPE|actor|actor`) with one actor identity replaced; a symmetric pair is re-sorted as eventMergeKey sorts it. */
export function renameInMergeKey(mergeKey: string, from: string, to: string, symmetric: boolean): string {
  const parts = mergeKey.split('|');
  // a name holding the separator would make the key unparseable: leave it (the event keeps its actor)
  if (parts.length !== 3) return mergeKey;
  const [type, a0, b0] = parts;
  let a = a0 === from ? to : a0;
  let b = b0 === from ? to : b0;
  if (symmetric && b < a) [a, b] = [b, a];
  return `${type}|${a}|${b}`;
}
