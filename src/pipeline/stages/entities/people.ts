import type { Gender } from '../../../lang/types.js';
import { genderOfGivenName, isFamilyNameFirst } from '../../../knowledge/person-names.js';
import type { Candidate, Cluster, DocView } from './context.js';
import { personNameParts } from './candidates.js';

// a short name ("Kim") settled by recency when several people share it is less certain than a unique match
const RECENCY_PICK_FACTOR = 0.75;
// a unique compatible full name is near-certain, but the short form could still be someone new
const UNIQUE_SHORT_FACTOR = 0.95;
// a short name no rule could settle keeps its own low-confidence entity instead of being guessed
const AMBIGUOUS_FACTOR = 0.4;
// a surname found by string match alone, where the recogniser saw nothing
const RECOVERED_SURNAME_CONFIDENCE = 0.7;

export function newCluster(key: string, cls: Cluster['cls'], name: string): Cluster {
  return {
    key,
    cls,
    name,
    nameParts: [],
    country: null,
    placeKind: null,
    standIn: null,
    candidates: [],
    references: [],
    roles: [],
    gender: null,
    ambiguous: false,
  };
}

/**
 * Every key a shorter name of `parts` can have: the start ("Kim" of "Kim Jong Un"), the end ("Putin" of "Vladimir
 * Putin"), or the first and last parts ("Vladimir Putin" of "Vladimir V. Putin").
 */
function shortFormKeys(parts: string[]): string[] {
  const keys: string[] = [];
  for (let n = 1; n < parts.length; n++) {
    keys.push(parts.slice(0, n).join(' '));
    keys.push(parts.slice(parts.length - n).join(' '));
  }
  if (parts.length > 2) keys.push(`${parts[0]} ${parts[parts.length - 1]}`);
  return keys;
}

/** Index from short-form key to the full names it can stand for (each listed once). */
class ShortFormIndex<T> {
  private readonly map = new Map<string, T[]>();
  add(parts: string[], item: T): void {
    for (const k of shortFormKeys(parts)) {
      const list = this.map.get(k);
      if (!list) this.map.set(k, [item]);
      else if (!list.includes(item)) list.push(item);
    }
  }
  get(parts: string[]): T[] {
    return this.map.get(parts.join(' ')) ?? [];
  }
}

/** The short form news uses after first mention: the family name (first for "Kim Jong Un", last for "Jake Sullivan"). */
function referringName(parts: string[]): string {
  return isFamilyNameFirst(parts[0]) ? parts[0] : parts[parts.length - 1];
}

/**
 * Turns recogniser spans with another label into person mentions when they repeat a person's name ("Sullivan" tagged
 * MISC), and recovers capitalised surnames of known people the recogniser missed. Returns the candidates, sorted.
 */
export function recoverPersonMentions(view: DocView, cands: Candidate[]): Candidate[] {
  const fullNames: string[][] = [];
  for (const c of cands) if (c.cls === 'person' && c.nameParts && c.nameParts.length >= 2) fullNames.push(c.nameParts);
  if (fullNames.length === 0) return cands;
  const shortForms = new Set(fullNames.map(referringName).filter((s) => s.length >= 3));
  const fullKeys = new Set(fullNames.map((f) => f.join(' ')));
  // first words of the article's organisation names: "Magna" after "Magna International Inc" is the company
  const organisationStarts = new Set<string>();
  for (const c of cands) if (c.cls === 'organisation' && c.tokEnd - c.tokStart > 1) organisationStarts.add(view.lower[c.tokStart]);
  const index = new ShortFormIndex<string>();
  for (const f of fullNames) index.add(f, f.join(' '));
  for (const c of cands) {
    // knowledge matches (countries, capitals, seats, known organisations) keep their class
    if (c.cls === 'person' || c.country !== null || c.standIn !== null) continue;
    if (c.label === 'LOC' && c.confidence >= 0.9) continue; // a sure place stays a place
    const parts = personNameParts(view, c.tokStart, c.tokEnd);
    if (parts.length === 0) continue;
    if (c.cls === 'organisation' && parts.length === 1 && organisationStarts.has(view.lower[c.tokStart])) continue;
    if (fullKeys.has(parts.join(' ')) || index.get(parts).length > 0) {
      c.cls = 'person';
      c.nameParts = parts;
      c.key = '';
    }
  }
  const recovered: Candidate[] = [];
  for (let i = 0; i < view.length; i++) {
    if (view.coveredBy[i] >= 0 || !view.isCapitalised(i) || !shortForms.has(view.lower[i])) continue;
    // part of a longer capitalised run the recogniser left alone: not a bare surname
    if ((i > 0 && view.coveredBy[i - 1] < 0 && view.isCapitalised(i - 1) && view.sentenceOf[i - 1] === view.sentenceOf[i] && /^\p{Lu}/u.test(view.text[i - 1]) && !view.isSentenceStart(i - 1)) ||
      (i + 1 < view.length && /^\p{Lu}/u.test(view.text[i + 1]) && view.coveredBy[i + 1] < 0)) continue;
    const t = view.doc.tokens[i];
    recovered.push({
      start: t.start, end: t.end, tokStart: i, tokEnd: i + 1, text: t.text, confidence: RECOVERED_SURNAME_CONFIDENCE,
      cls: 'person', via: 'name', country: null, standIn: null, placeKind: null, key: '', canonical: t.text,
      nameParts: [view.lower[i]],
    });
  }
  if (recovered.length === 0) return cands;
  const all = [...cands, ...recovered].sort((x, y) => x.start - y.start);
  view.coveredBy.fill(-1);
  for (let i = 0; i < all.length; i++) for (let t = all[i].tokStart; t < all[i].tokEnd; t++) view.coveredBy[t] = i;
  return all;
}

/** The given-name gender of a full name ("Barbara Bush" → 'f'), or null. */
function fullNameGender(parts: string[]): Gender | null {
  return parts.length >= 2 && !isFamilyNameFirst(parts[0]) ? genderOfGivenName(parts[0]) : null;
}

/** The people a short name fits, narrowed by a gendered honorific before it ("Mr. Bush" is not Barbara Bush). */
function agreeingWithHonorific(view: DocView, tok: number, fits: Cluster[]): Cluster[] {
  if (fits.length < 2 || tok === 0 || !view.names.isHonorific(view.lower[tok - 1])) return fits;
  const gender = view.names.genderOfTitleWord(view.lower[tok - 1]);
  if (!gender) return fits;
  const agree = fits.filter((f) => fullNameGender(f.nameParts) !== (gender === 'm' ? 'f' : 'm'));
  return agree.length > 0 ? agree : fits;
}

/**
 * Groups person mentions into people. Rules, in order:
 * 1. Every distinct full name (two or more parts) that is not a short form of a longer one is a person.
 * 2. A shorter name joins the only person it is a short form of ("Putin" → Vladimir Putin).
 * 3. When it fits several ("Kim" with Kim Jong Un and Kim Yo Jong), it joins the one mentioned most recently before
 *    it, provided that mention is in a later sentence than every rival's last mention (confidence × 0.75); else the
 *    one the same short name was last given to (× 0.75). Otherwise (no earlier mention or use, or rivals last seen in
 *    the same sentence) it stays ambiguous: an entity of its own with low confidence, never merged with either.
 * 4. A name that fits no full name is a person of its own ("Sullivan" alone), shared by its repeats.
 * Two different full names never merge, whatever they share.
 */
export function clusterPeople(view: DocView, cands: Candidate[]): Cluster[] {
  const people = cands.filter((c) => c.cls === 'person' && c.nameParts && c.nameParts.length > 0);
  const fullKeys = new Map<string, string[]>();
  for (const c of people) if (c.nameParts!.length >= 2) fullKeys.set(c.nameParts!.join(' '), c.nameParts!);
  const longestFirst = [...fullKeys.values()].sort((a, b) => b.length - a.length);
  const maximal = new Map<string, Cluster>();
  const maximalList: Cluster[] = [];
  const index = new ShortFormIndex<Cluster>();
  for (const parts of longestFirst) {
    if (index.get(parts).length > 0) continue;
    const cl = newCluster(`person:${parts.join(' ')}`, 'person', '');
    cl.nameParts = parts;
    maximal.set(parts.join(' '), cl);
    maximalList.push(cl);
    index.add(parts, cl);
  }
  const shortOnly = new Map<string, Cluster>();
  const lastSentence = new Map<Cluster, number>();
  // the person each short name was last given to
  const bound = new Map<string, Cluster>();
  const out: Cluster[] = [...maximalList];
  for (const c of people) {
    const parts = c.nameParts!;
    const key = parts.join(' ');
    const sentence = view.sentenceOf[c.tokStart];
    let target = maximal.get(key) ?? null;
    let factor = 1;
    if (!target) {
      const fits = agreeingWithHonorific(view, c.tokStart, index.get(parts));
      if (fits.length === 1) {
        target = fits[0];
        factor = UNIQUE_SHORT_FACTOR;
      } else if (fits.length > 1) {
        const seen = fits.filter((m) => lastSentence.has(m)).sort((a, b) => lastSentence.get(b)! - lastSentence.get(a)!);
        if (seen.length > 0 && (seen.length === 1 || lastSentence.get(seen[0])! > lastSentence.get(seen[1])!)) {
          target = seen[0];
          factor = RECENCY_PICK_FACTOR;
        } else if (bound.has(key) && fits.includes(bound.get(key)!)) {
          // the writer already used this short name for one of them: it keeps that meaning ("Castell" for Marion Castell
          // after "Joel Castell" appears, since news re-names the second person in full)
          target = bound.get(key)!;
          factor = RECENCY_PICK_FACTOR;
        } else {
          const akey = `person?:${key}`;
          target = shortOnly.get(akey) ?? null;
          if (!target) {
            target = newCluster(akey, 'person', c.text);
            target.nameParts = parts;
            target.ambiguous = true;
            shortOnly.set(akey, target);
            out.push(target);
          }
          factor = AMBIGUOUS_FACTOR;
        }
      } else {
        target = shortOnly.get(key) ?? null;
        if (!target) {
          target = newCluster(`person:${key}`, 'person', c.text);
          target.nameParts = parts;
          shortOnly.set(key, target);
          out.push(target);
        }
      }
    }
    if (!target.ambiguous && parts.length < target.nameParts.length) bound.set(key, target);
    if (!target.name && parts.length === target.nameParts.length) target.name = c.text;
    c.confidence = Math.round(c.confidence * factor * 1000) / 1000;
    c.via = parts.length === target.nameParts.length ? 'name' : 'alias';
    c.cluster = target;
    target.candidates.push(c);
    lastSentence.set(target, sentence);
  }
  for (const cl of out) {
    if (!cl.name) cl.name = cl.candidates[0]?.text ?? cl.nameParts.join(' ');
    if (cl.nameParts.length >= 2) cl.gender = fullNameGender(cl.nameParts);
  }
  return out.filter((cl) => cl.candidates.length > 0);
}
