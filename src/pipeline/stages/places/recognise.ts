import type { Doc } from '../../../model/doc.js';
import type { PlaceKind } from '../../../model/layers/entities.js';
import type { NamesLanguage, PlacesLanguage } from '../../../lang/types.js';
import { countryByDemonym, countryByName } from '../../../knowledge/countries.js';
import { organisationByName } from '../../../knowledge/organisations.js';
import { genderOfGivenName } from '../../../knowledge/person-names.js';
import type { Gazetteer } from '../../../knowledge/gazetteer/index.js';
import type { PlaceQuery } from './resolve.js';
import { adjectivalPlace } from './adjectival.js';
import { MAJOR_CITY_POPULATION, nameFacts, TYPED_TOWN_MIN_POPULATION, type Strength } from './name-facts.js';

/** Most words a recogniser's place span is widened by on each side to reach the gazetteer's name. */
const MAX_WIDEN_WORDS = 2;
/** Longest place name (in words) looked for at the front of an organisation's or person's span. */
const MAX_PREFIX_WORDS = 4;

/**
 * Place mentions of a Doc: the entity stage's places and the recogniser's LOC spans, then what the recogniser typed
 * otherwise or missed: places at the front of organisation names ("Dublin City Council", flagged `inOrganisation`),
 * place names it typed as organisations ("Macon County"), demonyms and place adjectives (`adjectival`), a legislator's
 * home ("D-Charleston"), "X-based", "X, a town in Y" and datelines. Names of people, commodities and celestial bodies are left out.
 */
export function placeQueries(doc: Doc, gaz: Gazetteer, lang: PlacesLanguage = doc.pack.places): PlaceQuery[] {
  const text = doc.text;
  const names = doc.pack.names;
  const queries: PlaceQuery[] = [];
  // characters already in a query, in a typed entity mention, in a person's full name (one mark a character: the
  // checks cost the span's length, not the number of mentions, so a long article stays linear)
  const { taken, typedChars, personChars } = markArrays(text.length);
  const anyIn = (marks: Uint8Array, s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (marks[i]) return true;
    return false;
  };
  const overlaps = (s: number, e: number): boolean => anyIn(taken, s, e);
  const facts = nameFacts(gaz);
  const gazetteerStrength = facts.strength;
  const strength = strengthOf(gazetteerStrength, lang, names);
  const placeLike = (name: string): boolean => { const x = strength(name); return x === 'strong' || x === 'major'; };

  // full names of people: no place is read inside one ("Bryan Pagliano" is not Bryan, Texas)
  let personSpans = 0;
  const personStarts = new Set<number>();
  const surnames = new Set<string>();
  // names the article gives only to people ("Obama" after "Barack Obama"; a lone "Carson")
  const personOnly = new Set<string>();
  // a "person" known only by one word that names a major place and no one's given name ("Darfur", "Malakal"): the
  // recogniser's slip, read as the place (surnames of the article's people excepted, below)
  const lonePlaceNames = new Set<string>();
  for (const ent of doc.entities) {
    if (ent.type !== 'person') continue;
    // the entity stage's evidence of a person: a full name, a title, a pronoun, a speech verb ("Burton said")
    const personLike = (): boolean => ent.mentions.some((m) => (m.via === 'name' && /\s/.test(m.text.trim())) || m.via === 'title' || m.via === 'pronoun' || lang.speakerAfter.test(text.slice(m.end, m.end + 24)));
    const word = ent.name.trim();
    // the cheap tests first: most people are named by more than one word
    if (!/\s/.test(word) && facts.majorByName(word) && !genderOfGivenName(word) && !names.isHonorific(word.toLowerCase()) && !personLike()) lonePlaceNames.add(word.toLowerCase());
  }
  for (const ent of doc.entities) {
    if (ent.type !== 'person') continue;
    if (lonePlaceNames.has(ent.name.trim().toLowerCase())) continue;
    const space = lastSpaceIn(ent.name);
    if (space >= 0 && !facts.isAdministrative(ent.name)) surnames.add(ent.name.slice(space + 1).toLowerCase());
    for (const m of ent.mentions) {
      // a name or an alias gives a surname; a pronoun or a title does not; "Henry County" tagged as a person is the county
      if ((m.via !== 'name' && m.via !== 'alias') || facts.isAdministrative(m.text)) continue;
      const name = m.text.trim();
      const space = lastSpaceIn(name);
      const last = name.slice(space + 1);
      // a state or province ending a "person" is the recogniser's slip ("Southeast Missouri" tagged PER)
      if (!facts.isFirstLevelRegion(last)) (space >= 0 ? surnames : personOnly).add(last.toLowerCase());
      if (m.via !== 'name') continue;
      personStarts.add(m.start);
      if (space >= 0) personChars.fill(++personSpans, m.start, m.end);
    }
  }
  const inPerson = (s: number, e: number): boolean => personChars[s] !== 0 && personChars[s] === personChars[e - 1];
  /** a region's abbreviation ("NSW") whose full name the article gives ("New South Wales") */
  const regionAbbreviationSpelledOut = (word: string): boolean =>
    /^[A-Z.]{2,5}$/.test(word) && gaz.lookup(word).some((x) => x.via === 'alias' && x.entry.kind === 'region' && text.includes(x.entry.name));
  /** a first-level region or country by its own name, or a region's abbreviation with its full name in the text */
  const regionOrCountryNamed = (word: string): boolean => facts.isRegionOrCountryByName(word) || regionAbbreviationSpelledOut(word);
  const locativeBefore = (start: number): boolean => lang.locativeBefore.test(text.slice(Math.max(0, start - 24), start));
  /** "Paris, Texas", "Athens, Ga.": a region or country named right after */
  const qualifiedAfter = (end: number): boolean => {
    const m = /^,\s+([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)/.exec(text.slice(end, end + 32));
    return m !== null && (facts.isAdministrative(m[1]) || facts.isAdministrative(m[1].split(' ')[0]));
  };
  /** a name the stage must not read as a place, whatever typed it */
  const excluded = (start: number, end: number, surface: string): boolean => {
    const after = text.slice(end, end + 24);
    if (lang.street.test(surface) || lang.commodityAfter.test(after) || lang.currencyAfter.test(after) || lang.diseaseAfter.test(after) || lang.personAfter.test(after)) return true;
    const lower = surface.toLowerCase();
    if ((surnames.has(lower) && !qualifiedAfter(end)) || inPerson(start, end)) return true;
    if (personOnly.has(lower) && !qualifiedAfter(end)) return true;
    // "Brent Ching" split by the recogniser: a one-word name right before a person's name is the given name (not one
    // ending a sentence: "in the U.S. Jon Prinsell said")
    if (!/\s/.test(surface) && personStarts.has(end + 1) && text[end] === ' ' && !surface.endsWith('.')) return true;
    // "Jupiter" the planet; "Jupiter, Fla." the town
    if (lang.celestialBodies.has(surface) && !qualifiedAfter(end)) return true;
    // "Children's Hospital": a common word that names only villages and city sections is a place only where the text places it
    return !/\s/.test(surface) && lang.isCommonWord(lower) && gazetteerStrength(surface) === 'weak' && !locativeBefore(start) && !qualifiedAfter(end);
  };
  const push = (q: PlaceQuery): void => {
    if (q.end <= q.start || overlaps(q.start, q.end) || excluded(q.start, q.end, q.text)) return;
    queries.push(q);
    taken.fill(1, q.start, q.end);
  };
  /** "Wales" of "New South Wales", "Dar" of "Dar es Salaam": the recogniser's span widened to the gazetteer's name around it */
  const widened = (start: number, end: number): { start: number; end: number; text: string } => {
    // nearly every span stands alone: widen only beside another word on the same line
    if (text.charCodeAt(start - 1) !== 32 && text.charCodeAt(end) !== 32) return { start, end, text: text.slice(start, end) };
    const left = [start];
    for (let k = 0, at = start; k < MAX_WIDEN_WORDS; k++) {
      const m = lang.nameWordBefore.exec(text.slice(Math.max(0, at - 24), at));
      if (!m) break;
      at -= m[0].length;
      left.push(at);
    }
    const right = [end];
    for (let k = 0, at = end; k < MAX_WIDEN_WORDS; k++) {
      const m = lang.nameWordAfter.exec(text.slice(at, at + 24));
      if (!m) break;
      at += m[0].length;
      right.push(at);
    }
    if (left.length === 1 && right.length === 1) return { start, end, text: text.slice(start, end) };
    for (let w = left.length + right.length - 2; w > 0; w--) {
      for (let l = Math.min(w, left.length - 1); l >= 0 && w - l < right.length; l--) {
        const s = left[l];
        const e = right[w - l];
        const phrase = text.slice(s, e);
        // a name begins and ends with a capitalised word ("Dar es Salaam", not "Salaam of")
        if (!/^[A-Z]/.test(phrase) || !/[A-Z][\w'’.-]*$/.test(phrase) || lang.leadingArticle.test(phrase) || anyIn(taken, s, e)) continue;
        if (gaz.lookup(phrase).some((m) => m.via !== 'demonym' && (m.entry.kind !== 'city' || m.entry.population >= TYPED_TOWN_MIN_POPULATION))) return { start: s, end: e, text: phrase };
      }
    }
    return { start, end, text: text.slice(start, end) };
  };
  // a space and a lower-case letter first: most names are followed by neither
  const kindAfter = (end: number): boolean => text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) >= 97 && lang.kindAfter.test(text.slice(end, end + 16));
  /** an unknown name is placed by the places around it only when the text itself reads it as a place */
  const placeCue = (start: number, end: number, surface: string): boolean => {
    const words = surface.toLowerCase().split(/\s+/);
    // "Wendell Gilliard": a given name and another name is a person the recogniser mistook
    if (words.length > 1 && genderOfGivenName(surface.split(/\s+/)[0])) return false;
    return locativeBefore(start) || qualifiedAfter(end) || kindAfter(end) || lang.featureHeadsAfter.has(words[words.length - 1]) || lang.featureHeadsBefore.has(words[0]);
  };

  // 1. patterns first, as they cut names out of wider spans: "D-Charleston", "Washington-based", datelines
  for (const m of text.matchAll(lang.partyPlace)) {
    const at = m.index + m[0].indexOf(m[1]);
    if (strength(m[1])) push({ start: at, end: at + m[1].length, text: m[1], entity: null, fallback: false });
  }
  for (const m of attributedNames(text, lang.placeAttribute)) {
    const { surface, offset } = trimSurface(m.text, lang.leadingArticle);
    if (strength(surface)) push({ start: m.start + offset, end: m.start + offset + surface.length, text: surface, entity: null, fallback: false });
  }
  for (const m of text.matchAll(lang.placeApposition)) {
    const { surface, offset } = trimSurface(m[1], lang.leadingArticle);
    push({ start: m.index + offset, end: m.index + offset + surface.length, text: surface, entity: null, fallback: true });
  }
  for (const s of doc.sentences) datelineAt(s.start);
  datelineAt(0);
  function datelineAt(from: number): void {
    // two capitals (or a capital and a full stop) first: most sentences begin otherwise
    if (!isCapital(text.charCodeAt(from)) || !isDatelineLetter(text.charCodeAt(from + 1))) return;
    const m = /^([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,2})(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?/.exec(text.slice(from, from + 60));
    if (!m || !lang.datelineDash.test(text.slice(from + m[0].length, from + m[0].length + 30))) return;
    if (strength(m[1])) push({ start: from, end: from + m[1].length, text: m[1], entity: null, fallback: false });
  }

  // 2. the entity stage's places and countries, named (demonyms come in step 5)
  for (const ent of doc.entities) {
    for (const m of ent.mentions) {
      typedChars.fill(1, m.start, m.end);
      if (ent.type !== 'place' || m.via === 'demonym' || m.via === 'pronoun' || m.via === 'title') continue;
      const span = m.via === 'name' ? widened(m.start, m.end) : m;
      push({
        start: span.start,
        end: span.end,
        text: span.text,
        kindHint: ent.placeKind as PlaceKind | null,
        countryHint: ent.country,
        standsFor: m.via === 'standin' && ent.standsFor ? ent.standsFor.country : null,
        entity: ent.id,
        fallback: placeCue(m.start, m.end, m.text),
      });
    }
  }
  // 3. recogniser LOC spans no entity covers
  for (const m of doc.mentions) {
    if (m.label !== 'LOC' || anyIn(typedChars, m.start, m.end)) continue;
    if (countryByDemonym(m.text) && !countryByName(m.text)) continue;
    const span = widened(m.start, m.end);
    push({ ...span, entity: null, fallback: placeCue(span.start, span.end, span.text) });
  }

  // 4. spans typed as organisations, people or other things that are place names, or begin with one; first the
  // recogniser's neighbouring spans joined where it cut one place's name in two ("Korean" and "Peninsula")
  for (let i = 0; i + 1 < doc.mentions.length; i++) {
    const a = doc.mentions[i];
    const b = doc.mentions[i + 1];
    if (b.start !== a.end + 1 || text[a.end] !== ' ') continue;
    const joined = text.slice(a.start, b.end);
    const s = strength(joined);
    if ((s === 'strong' || s === 'major') && /\s/.test(joined) && !organisationByName(joined)) push({ start: a.start, end: b.end, text: joined, entity: null, fallback: false });
  }
  const containers: { start: number; end: number; text: string; type: 'organisation' | 'person' | 'other'; entity: string | null; multiWordPerson: boolean }[] = [];
  for (const ent of doc.entities) {
    if (ent.type === 'place' || ent.type === 'group') continue;
    const type = ent.type === 'organisation' ? 'organisation' : ent.type === 'person' ? 'person' : 'other';
    const multiWordPerson = type === 'person' && ent.mentions.some((m) => m.via === 'name' && /\s/.test(m.text.trim()));
    for (const m of ent.mentions) {
      if (m.via === 'pronoun' || m.via === 'title' || m.via === 'acronym') continue;
      containers.push({ start: m.start, end: m.end, text: m.text, type, entity: ent.id, multiWordPerson });
    }
  }
  // the recogniser's own spans, wider than the entities cut from them ("Mansfield Mayor Curtis")
  for (const m of doc.mentions) {
    if (m.label === 'LOC') continue;
    containers.push({ start: m.start, end: m.end, text: m.text, type: m.label === 'ORG' ? 'organisation' : m.label === 'PER' ? 'person' : 'other', entity: null, multiWordPerson: false });
  }
  // names the gazetteer knows only as small towns, typed as organisations or other things, that the text places
  // somewhere ("near Esperance"): read as the town there and wherever else the article names them alone
  const placedTowns = new Set<string>();
  const trimmed = containers.map((c) => trimSurface(c.text, lang.leadingArticle));
  containers.forEach((c, i) => {
    const { surface, offset } = trimmed[i];
    if (c.type === 'person' || strength(surface) !== 'weak') return;
    const start = c.start + offset;
    if (organisationByName(surface) || countryByDemonym(surface) || /^[A-Z.]+$/.test(surface)) return;
    if (lang.townBefore.test(text.slice(Math.max(0, start - 24), start)) || qualifiedAfter(start + surface.length)) placedTowns.add(surface);
  });
  for (let i = 0; i < containers.length; i++) {
    const c = containers[i];
    const { surface, offset } = trimmed[i];
    const start = c.start + offset;
    const end = start + surface.length;
    if (!surface || overlaps(start, end) || lang.street.test(surface)) continue;
    if (c.type !== 'person' && placedTowns.has(surface)) {
      push({ start, end, text: surface, entity: null, fallback: false });
      continue;
    }
    const titled = c.type === 'person' ? titledAreaAt(start, end) : null;
    if (titled) {
      push({ ...titled, entity: null, fallback: false });
      continue;
    }
    const s = strength(surface);
    if ((s === 'strong' || s === 'major') && wholeSpanIsPlace(c, surface, start, end)) {
      push({ start, end, text: surface, entity: null, fallback: false });
      continue;
    }
    embeddedPlaces(c, surface, start);
  }

  /**
   * "Prince Edward Island" read as a title and a person's name "Edward Island": the title word and the name together
   * are a region's or area's own name (never a town's: "Prince George" is as often the prince).
   */
  function titledAreaAt(start: number, end: number): { start: number; end: number; text: string } | null {
    const m = /([A-Z][a-z]+) $/.exec(text.slice(Math.max(0, start - 16), start));
    if (!m || !(names.isTitleHead(m[1].toLowerCase()) || names.isHonorific(m[1].toLowerCase()))) return null;
    const from = start - m[0].length;
    const phrase = text.slice(from, end);
    return gaz.lookup(phrase).some((x) => x.via === 'name' && x.entry.kind !== 'city') ? { start: from, end, text: phrase } : null;
  }

  function wholeSpanIsPlace(c: (typeof containers)[number], surface: string, start: number, end: number): boolean {
    // a known organisation is a place only where the gazetteer holds it as an area ("EU"), never by a town's name ("UN")
    const known = organisationByName(surface);
    if (known) return facts.isCountryOrArea(surface);
    // "PA officials", "the NHS": an abbreviation typed otherwise is a place only when it is a country's or a union's
    // ("NSW") or a region's whose full name the article gives ("New South Wales")
    if (/^[A-Z.]{2,5}$/.test(surface)) return facts.isCountryOrArea(surface) || regionAbbreviationSpelledOut(surface);
    if (facts.isAdministrative(surface)) return true;
    if (c.type === 'organisation') return true;
    const cue = locativeBefore(start) || qualifiedAfter(end);
    if (c.type === 'other') return /\s/.test(surface) || cue;
    // a person-typed name: only a single name the text places ("in Denver"), never a full name
    return !c.multiWordPerson && !/\s/.test(surface) && (cue || lonePlaceNames.has(surface.toLowerCase()));
  }

  function embeddedPlaces(c: (typeof containers)[number], surface: string, start: number): void {
    const words = wordsOf(surface);
    if (words.length < 2) return;
    // the longest place name at the front: "Butler County" of "Butler County Coroner's Office"
    for (let k = Math.min(MAX_PREFIX_WORDS, words.length - 1); k >= 1; k--) {
      const name = surface.slice(0, words[k - 1].end).replace(/['’]s$/, '');
      const next = words[k].text;
      const nextLower = next.toLowerCase();
      if (!placeLike(name)) continue;
      const admin = facts.isAdministrative(name);
      // in a person's span only a place before a title ("Mansfield Mayor Curtis McCoy") or an office
      if (c.type === 'person' && !admin && !names.isTitleHead(nextLower) && !names.isOrganisationHead(nextLower)) return;
      if (c.type === 'person' && c.multiWordPerson && !admin && !names.isTitleHead(nextLower)) return;
      // "Paris Hilton": a town that is also a given name, before another name, is a person's
      if (k === 1 && genderOfGivenName(name) && !names.isOrganisationHead(nextLower) && !names.isTitleHead(nextLower)) return;
      push({ start, end: start + name.length, text: name, entity: null, inOrganisation: c.type === 'organisation', fallback: false });
      return;
    }
    // "University of Texas", "City of Athens": the place after "of"
    const of = lang.ofPlace.exec(surface);
    if (of && c.type !== 'person') {
      const rest = surface.slice(of.index + of[0].length);
      const restWords = wordsOf(rest);
      for (let k = Math.min(MAX_PREFIX_WORDS, restWords.length); k >= 1; k--) {
        const name = rest.slice(0, restWords[k - 1].end);
        if (!placeLike(name)) continue;
        const at = start + of.index + of[0].length;
        push({ start: at, end: at + name.length, text: name, entity: null, inOrganisation: c.type === 'organisation', fallback: false });
        return;
      }
    }
    if (c.type === 'person') return;
    // "Shady Grove Hospital in Rockville": the place after "in"
    const inside = lang.inPlace.exec(surface);
    if (inside) {
      const at = start + inside.index + inside[0].length;
      const rest = surface.slice(inside.index + inside[0].length);
      const restWords = wordsOf(rest);
      for (let k = Math.min(MAX_PREFIX_WORDS, restWords.length); k >= 1; k--) {
        const name = rest.slice(0, restWords[k - 1].end);
        if (!placeLike(name)) continue;
        push({ start: at, end: at + name.length, text: name, entity: null, inOrganisation: c.type === 'organisation', fallback: false });
        return;
      }
    }
    // "Taco Bell Canada", "SOS Children's Villages Sudan", "Children's Village Malakal": a country, state or big city
    // ending the name is where it works
    for (let k = Math.min(MAX_PREFIX_WORDS, words.length - 1); k >= 1; k--) {
      const from = words[words.length - k - 1].end;
      const name = surface.slice(from).trim();
      // the place's own name, not a variant ("Act", "Miss" end many names and stand for states only as abbreviations);
      // a big city's not a common word or an abbreviation ("Agent Orange", "the Fish Man", "NICE")
      const own = gaz.lookup(name).filter((m) => m.via === 'name');
      const area = own.some((m) => m.entry.kind === 'country' || m.entry.kind === 'region');
      if (!area && !(own.some((m) => m.entry.population >= MAJOR_CITY_POPULATION) && /[a-z]/.test(name) && !lang.isCommonWord(name.toLowerCase()))) continue;
      const at = start + surface.indexOf(name, from);
      push({ start: at, end: at + name.length, text: name, entity: null, inOrganisation: c.type === 'organisation', fallback: false });
      return;
    }
  }

  // 5. demonyms and place adjectives: "Russian troops", "Palestinians", "an Ohioan", "the European market"; one that
  // begins or is part of an organisation's name ("the European Commission", "British Airways") names the organisation,
  // not a place: flagged as inside it, not as an adjectival place
  const organisations = containers.filter((c) => c.type === 'organisation');
  const inOrganisation = (s: number, e: number): boolean => organisations.some((c) => c.start <= s && e <= c.end && c.end - c.start > e - s);
  const adjectivalQuery = (q: PlaceQuery): PlaceQuery => (inOrganisation(q.start, q.end) ? { ...q, inOrganisation: true } : { ...q, adjectival: true });
  for (const ent of doc.entities) {
    for (const m of ent.mentions) {
      if (m.via !== 'demonym') continue;
      push(adjectivalQuery({ start: m.start, end: m.end, text: m.text, entity: ent.id, countryHint: ent.country, fallback: false }));
    }
  }
  // 6. what no span covers: a state, province or country by its own name ("Shandong has reported"), a region's
  // abbreviation whose full name the article gives ("in NSW" after "New South Wales"), a town before its kind ("Heze city").
  // One pass over the tokens for the place adjectives of step 5 and for step 6: what either reads of a token is its
  // own characters' marks, which only that token's own queries change.
  const adjectiveOf = adjectivalPlace(gaz, lang);
  for (const t of doc.tokens) {
    const word = t.text;
    if (!isCapital(word.charCodeAt(0))) continue;
    if (isCapitalisedWord(word, 3) && !overlaps(t.start, t.end)) {
      const name = adjectiveOf(word);
      if (name) push(adjectivalQuery({ start: t.start, end: t.end, text: word, lookup: name, entity: null, fallback: false }));
    }
    // a capital letter, then letters only
    if (!isCapitalThenLetters(word)) continue;
    if (typedChars[t.start] || taken[t.start] || inPerson(t.start, t.end)) continue;
    // the gazetteer first: most capitalised words name no region and stand before no kind of place
    if (!regionOrCountryNamed(word) && !(kindAfter(t.end) && placeLike(word))) continue;
    if (!genderOfGivenName(word) && !lang.isCommonWord(word.toLowerCase())) push({ start: t.start, end: t.end, text: word, entity: null, fallback: false });
  }
  return queries.sort((a, b) => a.start - b.start);
}

/** A span without a leading article and a trailing possessive, with the offset of what is left. */
function trimSurface(s: string, leadingArticle: RegExp): { surface: string; offset: number } {
  const lead = leadingArticle.exec(s)?.[0].length ?? 0;
  const surface = s.slice(lead).replace(/['’]s?$/, '').trimEnd();
  return { surface, offset: lead };
}

/** Words of a span (split at spaces and hyphens) with their end offsets. */
function wordsOf(s: string): { text: string; end: number }[] {
  const out: { text: string; end: number }[] = [];
  let from = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (c === 45 || isSpace(c)) {
      if (from >= 0) out.push({ text: s.slice(from, i), end: i });
      from = -1;
    } else if (from < 0) from = i;
  }
  return out;
}

/**
 * "Washington" of "a Washington-based group": up to three capitalised words, one space apart, right before a hyphen
 * and a lower-case letter, where the lower-case word is a place attribute ("-based", "-area"). Only the text around
 * such hyphens is searched: a name before one holds only word characters and spaces, so it begins after the last
 * other character before the hyphen.
 */
function attributedNames(text: string, placeAttribute: RegExp): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
    const next = text.charCodeAt(h + 1);
    if (next < 97 || next > 122 || !placeAttribute.test(text.slice(h, h + 16))) continue;
    let from = h;
    while (from > 0 && (isNameChar(text.charCodeAt(from - 1)) || isSpace(text.charCodeAt(from - 1)))) from--;
    const m = /[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*){0,2}(?=-[a-z])/.exec(text.slice(from, h + 2));
    if (m) out.push({ start: from + m.index, text: m[0] });
  }
  return out;
}

/** A letter, digit, underscore, full stop or apostrophe: a character of a name word (`[\w.'’]`). */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 39 || c === 0x2019;
}

/** Where the last white space of `s` is, -1 when it has none (what follows is the last word of `s.split(/\s+/)`). */
function lastSpaceIn(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (isSpace(s.charCodeAt(i))) return i;
  return -1;
}

/** The characters of a regular expression's `\s`. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A capital, a full stop or an apostrophe: the second character of a dateline's place (`[A-Z.'’]`). */
function isDatelineLetter(c: number): boolean {
  return isCapital(c) || c === 46 || c === 39 || c === 0x2019;
}

/** A capital and at least `lower` lower-case ASCII letters, nothing else ("Texan", not "TX" or "Al-Qaeda"). */
function isCapitalisedWord(s: string, lower: number): boolean {
  if (s.length < lower + 1 || !isCapital(s.charCodeAt(0))) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** A capital, then one or more ASCII letters of either case. */
function isCapitalThenLetters(s: string): boolean {
  if (s.length < 2 || !isCapital(s.charCodeAt(0))) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isCapital(c) && (c < 97 || c > 122)) return false;
  }
  return true;
}

/** Articles up to this many characters share their marks (longer ones get their own, freed with them). */
const SHARED_MARKS_MAX_CHARS = 1 << 18;
let sharedBytes = new Uint8Array(0);
let sharedInts = new Int32Array(0);

/**
 * Zeroed per-character marks for an article: reused from one article to the next (a typed array made for each
 * article costs more than the checks it serves); the stage runs one article at a time.
 */
function markArrays(n: number): { taken: Uint8Array; typedChars: Uint8Array; personChars: Int32Array } {
  if (n > SHARED_MARKS_MAX_CHARS) return { taken: new Uint8Array(n), typedChars: new Uint8Array(n), personChars: new Int32Array(n) };
  if (sharedInts.length < n) {
    const size = Math.min(SHARED_MARKS_MAX_CHARS, Math.max(n, 2 * sharedInts.length));
    sharedBytes = new Uint8Array(2 * size);
    sharedInts = new Int32Array(size);
  } else {
    sharedBytes.fill(0, 0, 2 * n);
    sharedInts.fill(0, 0, n);
  }
  return { taken: sharedBytes.subarray(0, n), typedChars: sharedBytes.subarray(n, 2 * n), personChars: sharedInts.subarray(0, n) };
}

/** The gazetteer's strength, less where a common word or honorific names no major place ("City", "Union", "Bell"). */
function strengthOf(byGazetteer: (name: string) => Strength, lang: PlacesLanguage, names: NamesLanguage): (name: string) => Strength {
  const cache = new Map<string, Strength>();
  return (name) => {
    let s = cache.get(name);
    if (s !== undefined) return s;
    s = byGazetteer(name);
    if (s && s !== 'major' && !/\s/.test(name) && (lang.isCommonWord(name.toLowerCase()) || names.isHonorific(name.toLowerCase()))) s = null;
    cache.set(name, s);
    return s;
  };
}
