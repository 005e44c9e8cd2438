import type { MentionRecord, PlaceKind } from '../../../model/layers/entities.js';
import { countryByCode, knownCountryForms, normaliseName, standInFor, type StandIn } from '../../../knowledge/countries.js';
import { groupWords } from '../../../knowledge/groups.js';
import { knownOrganisations, type KnownOrganisation } from '../../../knowledge/organisations.js';
import { genderOfGivenName } from '../../../knowledge/person-names.js';
import { hasLetter } from '../../../model/token-chars.js';
import type { EntitiesLanguage } from '../../../lang/types.js';
import type { Candidate, DocView } from './context.js';
import { PhraseMatcher } from './phrases.js';
import { joinMiddleInitials } from './initials.js';

/** True when every letter in tokens [a, b) is upper case (headlines, datelines). */
function isAllCaps(view: DocView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (view.text[i] !== view.text[i].toUpperCase()) return false;
  return true;
}

/** A surface form from the knowledge lists. */
export interface KnownForm {
  kind: 'country' | 'demonym' | 'standin' | 'org' | 'group';
  acronym: boolean;
  country: string | null;
  /** canonical name of what the form names */
  canonical: string;
  standIn: StandIn | null;
  org: KnownOrganisation | null;
}

// exact-match recoveries are reliable names but lack the recogniser's context: rank them below its confident spans
const RECOVERED_CONFIDENCE = 0.8;
// a PER label this sure outweighs a coincidence with a country or capital name ("Chad", "Jordan", "MaliVai Washington");
// on CoNLL dev the recogniser's PER spans above it are nearly all people
const SURE_PERSON = 0.6;
// a LOC reading this sure is a place even when its last word is someone's family name ("North Carolina" beside "Carolina")
const SURE_PLACE = 0.9;
// a person's full name runs to four words at most ("Sen. Dana Whitcombe", "Martin Luther King Jr.")
const MAX_NAME_WORDS = 4;

/** Builds the phrase matcher over countries, demonyms (and their plurals), seats and capitals, and known organisations. */
export function buildKnowledgeMatcher(lang: EntitiesLanguage): PhraseMatcher<KnownForm> {
  const m = new PhraseMatcher<KnownForm>();
  for (const f of knownCountryForms()) {
    const country = countryByCode(f.country);
    const acronym = f.kind === 'acronym';
    if (f.kind === 'standin') {
      m.add(f.form, { kind: 'standin', acronym: false, country: f.country, canonical: f.form, standIn: standInFor(f.form), org: null }, false);
      continue;
    }
    if (f.kind === 'demonym') {
      const canonical = country?.demonyms[0] ?? f.form;
      const payload: KnownForm = { kind: 'demonym', acronym: false, country: f.country, canonical, standIn: null, org: null };
      m.add(f.form, payload, false);
      // plurals name the people: "Russians", "Britons", "Frenchmen"; "Chinese", "Swiss" stay as they are
      const irregular = lang.demonymPlurals.find(([ending]) => ending.test(f.form));
      if (irregular) m.add(f.form.replace(irregular[0], irregular[1]), payload, false);
      else if (!lang.noPluralS.test(f.form)) m.add(f.form + 's', payload, false);
      continue;
    }
    m.add(f.form, { kind: 'country', acronym, country: f.country, canonical: country?.name ?? f.form, standIn: null, org: null }, acronym);
  }
  for (const g of groupWords()) {
    for (const form of g.forms) {
      const acronym = /^[A-Z]{2,5}$/.test(form);
      m.add(form, { kind: 'group', acronym, country: g.country, canonical: g.name, standIn: null, org: null }, acronym);
    }
  }
  for (const org of knownOrganisations()) {
    for (const form of [org.name, ...org.aliases]) {
      const acronym = /^(?:[A-Z0-9]\.?-?){2,6}$/.test(form);
      m.add(form, { kind: 'org', acronym, country: org.country, canonical: org.name, standIn: null, org }, acronym);
    }
  }
  return m;
}


/**
 * Splits titles the recogniser put inside a span ("National Security Advisor Jake Sullivan", "Russian President
 * Vladimir Putin"): the name starts at the first capitalised token after a run of title words and known modifiers
 * that contains a title head or honorific. Returns the name's first token and the modifier matches inside the prefix.
 */
export function splitLeadingTitle(
  view: DocView,
  matcher: PhraseMatcher<KnownForm>,
  a: number,
  b: number,
  placeKindOf: (name: string) => PlaceKind | null,
): { nameStart: number; hasHead: boolean; modifiers: Array<{ start: number; end: number; form: KnownForm | null }> } | null {
  let k = a;
  let hasHead = false;
  // a knowledge form ("Russian"), or null for a place the gazetteer knows ("Ohio" in "Ohio Sen. Dana Whitcombe")
  const modifiers: Array<{ start: number; end: number; form: KnownForm | null }> = [];
  while (k < b - 1) {
    const lower = view.lower[k];
    if (k === a && lower === view.lang.definiteArticle) {
      k++;
      continue;
    }
    const known = matcher.matchAt(view.lower, view.text, k, b - 1);
    if (known && known.phrase.payload.kind !== 'org') {
      modifiers.push({ start: k, end: known.end, form: known.phrase.payload });
      k = known.end;
      continue;
    }
    if (modifiers.length === 0 && k <= a + 1) {
      const place = leadingPlaceEnd(view, k, b, placeKindOf);
      if (place > k) {
        modifiers.push({ start: k, end: place, form: null });
        k = place;
        continue;
      }
    }
    if (view.names.isTitleHead(lower) || view.names.isHonorific(lower)) hasHead = true;
    if (view.names.isTitleWord(lower) || lower === "'s" || (view.names.isTitleLink(lower) && k > a && view.names.isTitleWord(view.lower[k - 1]))) {
      k++;
      continue;
    }
    break;
  }
  if (k === a || !hasHead || !view.isCapitalised(k) || view.names.isTitleWord(view.lower[k])) return null;
  // "Prime Minister's Office" is an organisation named after a title, not a person
  if (view.names.isOrganisationHead(view.lower[b - 1])) return null;
  // the head must sit right before the name ("President Joe Biden"), not earlier in a longer organisation name
  let last = k - 1;
  while (last > a && view.names.isTitleLink(view.lower[last])) last--;
  if (!(view.names.isTitleHead(view.lower[last]) || view.names.isHonorific(view.lower[last]) || view.names.isTitleModifier(view.lower[last]))) return null;
  return { nameStart: k, hasHead, modifiers };
}

// a place named before a title runs to three words at most ("New York Gov.", "Salt Lake City Mayor")
const MAX_PLACE_WORDS = 3;

/**
 * End of a place name that opens a titled name ("Ohio Sen. Dana Whitcombe", "Dayton Mayor Ruth Okafor"): capitalised words
 * from `k` up to a title word, which the gazetteer knows as a place; else `k`.
 */
function leadingPlaceEnd(view: DocView, k: number, b: number, placeKindOf: (name: string) => PlaceKind | null): number {
  let p = k;
  while (p < b - 1 && p - k < MAX_PLACE_WORDS && view.isCapitalised(p) && !view.names.isTitleWord(view.lower[p])) p++;
  if (p === k || p >= b - 1 || !view.names.isTitleWord(view.lower[p])) return k;
  return placeKindOf(view.slice(k, p)) !== null ? p : k;
}

/**
 * "U.S. Defense Secretary Mark Esper" read as "U.S. Defense" + "Mark Esper": when a span is a country form followed
 * by title modifiers ("Defense") and a title head comes next, leading to a name, the modifiers belong to the title.
 * Returns the span's new end (the country form's), or `b` unchanged.
 */
function cutTitleModifiers(view: DocView, matcher: PhraseMatcher<KnownForm>, a: number, b: number): number {
  let t = b;
  while (t > a && view.names.isTitleModifier(view.lower[t - 1]) && !view.names.isTitleHead(view.lower[t - 1])) t--;
  if (t === b || t === a || b >= view.length || view.sentenceOf[b] !== view.sentenceOf[a]) return b;
  const country = matcher.matchAt(view.lower, view.text, a, t);
  if (!country || country.end !== t || (country.phrase.payload.kind !== 'country' && country.phrase.payload.kind !== 'demonym')) return b;
  // the title: a head right after the span, then title words, then a capitalised name
  if (!view.names.isTitleHead(view.lower[b])) return b;
  let k = b + 1;
  while (k < view.length && view.sentenceOf[k] === view.sentenceOf[b] && view.names.isTitleWord(view.lower[k])) k++;
  return k < view.length && view.sentenceOf[k] === view.sentenceOf[b] && /^\p{Lu}/u.test(view.text[k]) ? t : b;
}

/** True if every token of [a, b) is a capitalised word ("Okafor", "St.-Pierre"; not "'s" or "of"). */
function capitalisedWords(view: DocView, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!/^\p{Lu}[\p{L}.-]*$/u.test(view.text[i])) return false;
  return true;
}

/** True if every token of [a, b) is a title word and one is a head ("National Security Advisor", "spokesman"). */
function isTitleOnly(view: DocView, a: number, b: number): boolean {
  // the last word must be the head: "General Staff" is a body, "National Security Advisor" a role
  if (!view.names.isTitleHead(view.lower[b - 1])) return false;
  for (let i = a; i < b; i++) {
    const lower = view.lower[i];
    if (!view.names.isTitleHead(lower) && !view.names.isTitleModifier(lower) && !view.names.isTitleLink(lower)) return false;
  }
  return true;
}

/** Lower-case name parts of a person span: punctuation dropped, hyphenated parts split ("Jong-un" → jong, un). */
export function personNameParts(view: DocView, a: number, b: number): string[] {
  const parts: string[] = [];
  for (let i = a; i < b; i++) {
    const lower = view.lower[i];
    if (lower === "'s" || view.names.isHonorific(lower) || !hasLetter(lower)) continue;
    const norm = normaliseName(lower);
    if (norm.includes('-')) {
      for (const p of norm.split('-')) if (p) parts.push(p.endsWith('.') ? p.slice(0, -1) : p);
    } else parts.push(norm.endsWith('.') ? norm.slice(0, -1) : norm);
  }
  return parts;
}

/**
 * Family names the article uses for people, lower case, from the recogniser's sure person spans: `alone`, the one-word
 * spans ("Whitcombe said"); `ending`, those and the last words of two-word spans ("Nora Blaine").
 */
function familyNamesInUse(view: DocView, mentions: readonly MentionRecord[]): { alone: Set<string>; ending: Set<string> } {
  const alone = new Set<string>();
  const ending = new Set<string>();
  for (const m of mentions) {
    if (m.label !== 'PER' || m.confidence < SURE_PERSON) continue;
    const [a, b] = view.tokenRange(m.start, m.end);
    if (b - a > 2 || !/^\p{Lu}/u.test(view.text[b - 1] ?? '')) continue;
    const word = view.lower[b - 1];
    if (view.lang.nameSuffixes.has(word) || view.names.isTitleWord(word)) continue;
    ending.add(word);
    if (b - a === 1) alone.add(word);
  }
  return { alone, ending };
}

/**
 * True when a span the recogniser read as something else is a person's full name: two to four capitalised words
 * ending in a family name the article uses for a person ("Dana Whitcombe" read as an organisation beside
 * "Whitcombe said"),
 * the words before it proper nouns, titles or known given names to the parser ("Team Whitcombe" is not).
 */
function endsInFamilyName(view: DocView, a: number, b: number, familyNames: ReadonlySet<string>): boolean {
  if (b - a < 2 || b - a > MAX_NAME_WORDS || !familyNames.has(view.lower[b - 1]) || view.names.isOrganisationHead(view.lower[b - 1])) return false;
  // the word before the family name is a given name, a title or no common word: a capitalised common noun before a
  // town the recogniser also read as a surname ("Harbour Village Tamsk") is no person's name
  const before = b - 2;
  if (!view.names.isTitleWord(view.lower[before]) && !genderOfGivenName(view.text[before]) && view.doc.pack.places.isCommonWord(view.lower[before])) return false;
  for (let i = a; i < b; i++) {
    if (!/^\p{Lu}/u.test(view.text[i]) || view.sentenceOf[i] !== view.sentenceOf[a]) return false;
    const upos = view.upos(i);
    if (i < b - 1 && upos && upos !== 'PROPN' && !view.names.isTitleWord(view.lower[i]) && !genderOfGivenName(view.text[i])) return false;
  }
  return true;
}

// words read after a name to tell a title-case headline from prose, and the capitalised share that makes a headline
// (headline style leaves short function words lower case: "Calls for Special Prosecutor after Report" is 4 of 6)
const TITLE_CASE_WINDOW = 6;
const TITLE_CASE_SHARE = 0.6;

/**
 * True when the text from token i on is written in title case ("... Ties Nora Blaine In New Poll"): of the next
 * few tokens of its sentence, punctuation counting as lower case, most are capitalised words.
 */
function titleCaseFrom(view: DocView, i: number): boolean {
  let seen = 0;
  let capitalised = 0;
  for (let k = i; k < view.length && seen < TITLE_CASE_WINDOW && view.sentenceOf[k] === view.sentenceOf[i]; k++) {
    seen++;
    if (/^\p{Lu}/u.test(view.text[k])) capitalised++;
  }
  return seen > 0 && capitalised >= TITLE_CASE_SHARE * seen;
}

/**
 * End of a person span that runs on in a title-case headline ("Harlan Pruett Vows To Fight On"): the span is cut
 * after the first family name in use from its second word on, when the word after it is no part of a name (not
 * "Jr.", a particle, an initial or a family name) and, in running prose, not a proper noun to the parser ("Lucia
 * Ortega Vidal" stays whole). Returns `b` when nothing is cut.
 */
function cutAfterFamilyName(view: DocView, a: number, b: number, familyNames: ReadonlySet<string>): number {
  for (let k = a + 1; k < b - 1; k++) {
    const next = view.lower[k + 1];
    if (
      familyNames.has(view.lower[k]) && !familyNames.has(next) && !view.lang.nameSuffixes.has(next) && !view.lang.nameParticles.has(next) &&
      !/^\p{Lu}\.?$/u.test(view.text[k + 1]) && ((view.upos(k + 1) !== '' && view.upos(k + 1) !== 'PROPN') || titleCaseFrom(view, k + 1))
    ) return k + 1;
  }
  return b;
}

/**
 * A party or nationality word in front of a person's name ("Democrat Lena Marsh", "Republican Dana Whitcombe"): the
 * token where the name starts, when the span opens with a group or demonym from the knowledge lists and at least two
 * capitalised words follow; else -1.
 */
function affiliationEnd(view: DocView, matcher: PhraseMatcher<KnownForm>, a: number, b: number): number {
  const known = matcher.matchAt(view.lower, view.text, a, b);
  if (!known || (known.phrase.payload.kind !== 'group' && known.phrase.payload.kind !== 'demonym') || b - known.end < 2) return -1;
  return view.isCapitalised(known.end) && !view.names.isTitleWord(view.lower[known.end]) ? known.end : -1;
}

/** Decides what a span names, from the knowledge lists first and the recogniser's label second. */
export function classifySpan(
  view: DocView,
  matcher: PhraseMatcher<KnownForm>,
  c: Candidate,
  placeKindOf: (name: string) => PlaceKind | null,
): void {
  const known = matcher.matchAt(view.lower, view.text, c.tokStart, c.tokEnd);
  const whole = known && known.end === c.tokEnd ? known.phrase.payload : null;
  const lastLower = view.lower[c.tokEnd - 1];
  const surePerson = c.label === 'PER' && c.confidence >= SURE_PERSON;
  if (whole && !(surePerson && !whole.acronym)) {
    c.country = whole.country;
    if (whole.kind === 'country') {
      c.cls = 'country';
      c.placeKind = 'country';
      c.key = `country:${whole.country}`;
      c.canonical = whole.canonical;
      c.via = whole.acronym ? 'acronym' : normaliseName(c.text) === normaliseName(whole.canonical) ? 'name' : 'alias';
      return;
    }
    if (whole.kind === 'demonym') {
      c.cls = 'group';
      c.key = `nationality:${whole.country}`;
      c.canonical = whole.canonical;
      c.via = 'demonym';
      return;
    }
    if (whole.kind === 'group') {
      c.cls = 'group';
      c.key = `group:${normaliseName(whole.canonical)}`;
      c.canonical = whole.canonical;
      c.via = normaliseName(c.text) === normaliseName(whole.canonical) ? 'name' : 'alias';
      return;
    }
    if (whole.kind === 'standin' && whole.standIn) {
      c.standIn = whole.standIn;
      c.canonical = whole.standIn.kind === 'capital' ? (countryByCode(whole.standIn.country)?.capital ?? c.text) : whole.standIn.name;
      if (whole.standIn.kind === 'capital' && c.label === 'ORG') {
        // the recogniser read the capital as an institution (a government, a team): keep its reading
        c.cls = 'organisation';
        c.key = `org:${normaliseName(c.canonical)}`;
      } else if (whole.standIn.kind === 'seat') {
        c.cls = 'seat';
        c.key = `seat:${normaliseName(c.canonical)}`;
      } else {
        c.cls = 'place';
        c.placeKind = 'city';
        c.key = `place:${normaliseName(c.canonical)}`;
      }
      return;
    }
    if (whole.kind === 'org' && whole.org) {
      c.cls = 'organisation';
      c.key = `org:${normaliseName(whole.org.name)}`;
      c.canonical = whole.org.name;
      c.via = whole.acronym && whole.org.name !== c.text ? 'acronym' : normaliseName(c.text) === normaliseName(whole.org.name) ? 'name' : 'alias';
      return;
    }
  }
  const canonical = c.text.replace(view.lang.leadingArticle, '');
  c.canonical = canonical;
  const label = c.label ?? 'MISC';
  // a name followed straight by a number is a designation ("Pier 33", "Apollo 11"), not a person or place
  const next = view.text[c.tokEnd];
  const designation = next !== undefined && /^\d/.test(next) && view.sentenceOf[c.tokEnd] === view.sentenceOf[c.tokEnd - 1];
  if (designation && c.tokEnd - c.tokStart === 1 && view.lang.designationNouns.has(lastLower)) {
    c.cls = 'other';
    c.key = `other:${normaliseName(canonical)}`;
    return;
  }
  // "Far Eastern Federal University" tagged LOC is an organisation; "West Bank" and "Tennis Centre" stay places
  const orgHead = c.tokEnd - c.tokStart > 1 && view.names.isOrganisationHead(lastLower) && !(label === 'LOC' && view.lang.placeLikeHeads.has(lastLower));
  if (label === 'PER' && c.tokEnd - c.tokStart > 1 && view.lang.organisationHeads.has(lastLower)) {
    // "Magna International Inc" tagged PER: a legal form or institution word ends an organisation's name
    c.cls = 'organisation';
    c.key = `org:${normaliseName(canonical)}`;
    return;
  }
  if (label === 'PER') {
    // "Ontario-based Magna", "Texas-born Smith": the attribute in front is not part of the name
    while (c.tokEnd - c.tokStart > 1 && view.lang.attributeSuffix.test(view.text[c.tokStart])) {
      c.tokStart++;
      c.start = view.doc.tokens[c.tokStart].start;
      c.text = view.doc.text.slice(c.start, c.end);
    }
    // a person's name has no lower-case words besides particles: cut a run-on span ("Al-Bashir the future of ...")
    for (let i = c.tokStart + 1; i < c.tokEnd; i++) {
      if (/^\p{Ll}/u.test(view.text[i]) && !view.lang.nameParticles.has(view.lower[i]) && !view.lang.nameParticles.has(view.lower[i].split('-')[0])) {
        c.tokEnd = i;
        c.end = view.doc.tokens[i - 1].end;
        c.text = view.doc.text.slice(c.start, c.end);
        break;
      }
    }
    c.cls = 'person';
    c.nameParts = personNameParts(view, c.tokStart, c.tokEnd);
    return;
  }
  if (label === 'LOC' && !orgHead) {
    c.cls = 'place';
    c.placeKind = placeKindOf(canonical);
    c.key = `place:${normaliseName(canonical)}`;
    return;
  }
  if (label === 'ORG' || orgHead) {
    c.cls = 'organisation';
    c.key = `org:${normaliseName(canonical)}`;
    return;
  }
  c.cls = 'other';
  c.key = `other:${normaliseName(canonical)}`;
}

function emptyCandidate(view: DocView, a: number, b: number, confidence: number, label?: MentionRecord['label']): Candidate {
  const start = view.doc.tokens[a].start;
  const end = view.doc.tokens[b - 1].end;
  return {
    start,
    end,
    tokStart: a,
    tokEnd: b,
    text: view.doc.text.slice(start, end),
    label,
    confidence,
    cls: 'other',
    via: 'name',
    country: null,
    standIn: null,
    placeKind: null,
    key: '',
    canonical: '',
  };
}

/**
 * Candidates from the recogniser's spans (titles split off, labels checked against the knowledge lists) plus exact
 * matches of countries, demonyms, seats, capitals and known organisations the recogniser missed. Sorted by position.
 */
export function collectCandidates(
  view: DocView,
  matcher: PhraseMatcher<KnownForm>,
  mentions: readonly MentionRecord[],
  placeKindOf: (name: string) => PlaceKind | null,
): Candidate[] {
  const out: Candidate[] = [];
  const sorted = joinMiddleInitials(view, [...mentions].sort((x, y) => x.start - y.start || y.end - x.end));
  const familyNames = familyNamesInUse(view, sorted);
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd || m.end <= m.start) continue; // overlapping spans: keep the first, longest
    let [a, b] = view.tokenRange(m.start, m.end);
    if (a >= view.length) continue;
    lastEnd = m.end;
    // a leading "the" is not part of a name ("the Kremlin"), unless capitalised inside a sentence ("at The Oval")
    if (
      view.lower[a] === view.lang.definiteArticle && b - a > 1 && (view.text[a] === view.lang.definiteArticle || view.isSentenceStart(a)) &&
      matcher.matchAt(view.lower, view.text, a, b)?.end !== b // "The Hague" keeps its article
    ) a++;
    // a span of title words only ("National Security Advisor") is a role, read later by the role rules
    if (isTitleOnly(view, a, b)) continue;
    if (m.label !== 'PER') b = cutTitleModifiers(view, matcher, a, b);
    let label = m.label;
    const prevEnd = out.length ? out[out.length - 1].tokEnd : 0;
    if (label !== 'LOC' && !view.names.isOrganisationHead(view.lower[b - 1]) && !matcher.matchAt(view.lower, view.text, a, b)) {
      // a given name the recogniser left outside the span ("Jake" + "Sullivan"): the span is a person's name
      if (a - 1 >= prevEnd && view.sentenceOf[a - 1] === view.sentenceOf[a] && /^\p{Lu}/u.test(view.text[a - 1]) && genderOfGivenName(view.text[a - 1])) {
        a--;
        label = 'PER';
      }
      // a name right after a title ("Advisor Sullivan", "spokesman Peskov") or an honorific ("Ms. Okafor") names a person;
      // after an honorific only a short span of capitalised words ("Mr. Okafor's Party" is not a name)
      const before = view.lower[a - 1];
      const honorific = view.names.isHonorific(before) && b - a <= 3 && capitalisedWords(view, a, b);
      if (a - 1 >= prevEnd && (view.names.isTitleHead(before) || honorific) && view.sentenceOf[a - 1] === view.sentenceOf[a]) label = 'PER';
    }
    // a full name read as an organisation or place: its family name stands alone for a person elsewhere in the article
    if (
      label !== 'PER' && !(label === 'LOC' && m.confidence >= SURE_PLACE) && endsInFamilyName(view, a, b, familyNames.alone) &&
      matcher.matchAt(view.lower, view.text, a, b)?.end !== b && placeKindOf(view.slice(a, b)) === null // "Santa Cruz" stays a town
    ) label = 'PER';
    if (label === 'PER') {
      b = cutAfterFamilyName(view, a, b, familyNames.ending);
      const nameStart = affiliationEnd(view, matcher, a, b);
      if (nameStart > 0) {
        const mc = emptyCandidate(view, a, nameStart, m.confidence, undefined);
        classifySpan(view, matcher, mc, placeKindOf);
        out.push(mc);
        a = nameStart;
      }
    }
    let split = splitLeadingTitle(view, matcher, a, b, placeKindOf);
    // outside PER spans, split only before a known given name ("... Advisor Jake Sullivan", not "Major League Baseball")
    if (split && label !== 'PER' && !genderOfGivenName(view.text[split.nameStart])) split = null;
    if (split && isAllCaps(view, a, b)) split = null;
    if (split) {
      for (const mod of split.modifiers) {
        const mc = emptyCandidate(view, mod.start, mod.end, m.confidence, mod.form ? undefined : 'LOC');
        classifySpan(view, matcher, mc, placeKindOf);
        out.push(mc);
      }
      const c = emptyCandidate(view, split.nameStart, b, m.confidence, 'PER');
      c.strippedTitle = [a, split.nameStart];
      classifySpan(view, matcher, c, placeKindOf);
      out.push(c);
      continue;
    }
    const c = emptyCandidate(view, a, b, m.confidence, label);
    classifySpan(view, matcher, c, placeKindOf);
    out.push(c);
  }
  for (let i = 0; i < out.length; i++) for (let t = out[i].tokStart; t < out[i].tokEnd; t++) view.coveredBy[t] = i;
  // recovery: exact knowledge matches outside every recogniser span
  const recovered: Candidate[] = [];
  for (let i = 0; i < view.length; i++) {
    if (view.coveredBy[i] >= 0) continue;
    const hit = matcher.matchAt(view.lower, view.text, i);
    if (!hit) continue;
    let free = true;
    for (let t = i; t < hit.end && free; t++) free = view.coveredBy[t] < 0 && view.sentenceOf[t] === view.sentenceOf[i];
    if (!free || (!hit.phrase.exactCase && !view.isCapitalised(i))) continue;
    // a capitalised word running on into another capitalised word is part of a longer name the recogniser skipped
    if (view.isCapitalised(hit.end) && hit.end < view.length && !hit.phrase.payload.acronym && /^\p{Lu}/u.test(view.text[hit.end])) continue;
    const c = emptyCandidate(view, i, hit.end, RECOVERED_CONFIDENCE);
    classifySpan(view, matcher, c, placeKindOf);
    recovered.push(c);
    i = hit.end - 1;
  }
  const all = recovered.length ? [...out, ...recovered].sort((x, y) => x.start - y.start) : out;
  view.coveredBy.fill(-1);
  for (let i = 0; i < all.length; i++) for (let t = all[i].tokStart; t < all[i].tokEnd; t++) view.coveredBy[t] = i;
  return all;
}
