import type { EntitiesLanguage, Gender, NamesLanguage } from '../../../lang/types.js';
import type { Candidate, Cluster, DocView } from './context.js';
import { titleRunBefore } from './roles.js';

// how many sentences back a pronoun may reach: news prose re-names people at least every few sentences
const PRONOUN_WINDOW_SENTENCES = 3;
// each sentence of distance halves a mention's pull (recency)
const DECAY_PER_SENTENCE = 0.5;
// the first person named in a sentence is usually its subject, which pronouns prefer (centering)
const SUBJECT_WEIGHT = 1;
const NON_SUBJECT_WEIGHT = 0.6;
// a pronoun with a single candidate in the window is still not certain (it may point outside the text)
const SOLE_CANDIDATE_CONFIDENCE = 0.9;
// below this the pronoun is left unresolved rather than guessed
const MIN_CONFIDENCE = 0.55;
// inside a quotation "he" is often someone the speaker talks about, not the last person named: trust it less
const QUOTED_FACTOR = 0.7;
// a bare title held by exactly one person, versus picked by recency among several
const UNIQUE_TITLE_CONFIDENCE = 0.9;
const RECENT_TITLE_CONFIDENCE = 0.6;
// a bare title before its holder is named ("The senator ... Senator Jane Roe said") reaches this many sentences ahead,
// and is less certain than one that looks back
const CATAPHORA_SENTENCES = 2;
const CATAPHORA_CONFIDENCE = 0.75;

interface PersonEvent {
  tok: number;
  sentence: number;
  cluster: Cluster;
  weight: number;
}

/**
 * Resolves "he"/"she"/"his"/"her" and bare titles ("the spokesman", "the defence minister", "Russia's president") to
 * people, as mentions with via 'pronoun' / 'title' and a confidence:
 * - pronouns: candidates are people mentioned in the same sentence before the pronoun or in the previous three
 *   sentences, of compatible gender (from given names, gendered titles, and earlier confident pronouns). Each earlier
 *   mention pulls with weight 1 (first person of its sentence) or 0.6, halved per sentence of distance; the strongest
 *   wins with confidence best / (best + runner-up), or 0.9 when alone; under 0.55 the pronoun stays unresolved.
 * - bare titles: the person whose role has the same head word (and country, when the title names one): 0.9 when one
 *   person holds such a role; among several, those whose role's country the sentence names (or, when it names none,
 *   the article's focus country: the country most of its names are of), the most recently mentioned, 0.6; a sole
 *   holder not yet named, when named within the next two sentences, 0.75; no holder, or several with no country to
 *   choose by: unresolved.
 * One pass over the tokens, keeping the people of the last few sentences: linear in the text.
 */
export function resolveReferences(view: DocView, cands: Candidate[], people: Cluster[]): void {
  if (people.length === 0) return;
  const events: PersonEvent[] = [];
  let ci = 0;
  // the sentence in which a person was last named or referred to: the first such event of a sentence is its subject
  let firstInSentence = -1;
  let inQuote = false;
  // the article's focus country, read once when a title first needs it
  let focus: Set<string> | undefined;
  for (let i = 0; i < view.length; i++) {
    const sentence = view.sentenceOf[i];
    // quotation state: curly quotes open and close, straight quotes toggle, a new paragraph closes any open quote
    const tok = view.text[i];
    if (i > 0 && view.paragraphOf[i] !== view.paragraphOf[i - 1]) inQuote = false;
    if (tok === '“') inQuote = true;
    else if (tok === '”') inQuote = false;
    else if (tok === '"') inQuote = !inQuote;
    while (ci < cands.length && cands[ci].tokEnd <= i) ci++;
    // a person name starting here
    if (ci < cands.length && cands[ci].tokStart === i) {
      const c = cands[ci];
      if (c.cls === 'person' && c.cluster && !c.cluster.ambiguous) {
        const subject = firstInSentence !== sentence;
        firstInSentence = sentence;
        events.push({ tok: i, sentence, cluster: c.cluster, weight: subject ? SUBJECT_WEIGHT : NON_SUBJECT_WEIGHT });
      }
      continue;
    }
    if (view.coveredBy[i] >= 0) continue;
    const lower = view.lower[i];
    const gender = view.lang.genderedPronouns.get(lower);
    if (gender) {
      const pick = pickForPronoun(events, sentence, gender, inQuote ? QUOTED_FACTOR : 1);
      if (pick) {
        const t = view.doc.tokens[i];
        pick.cluster.references.push({ start: t.start, end: t.end, text: t.text, via: 'pronoun', confidence: pick.confidence });
        if (pick.confidence >= 0.8) pick.cluster.gender ??= gender;
        events.push({ tok: i, sentence, cluster: pick.cluster, weight: (firstInSentence !== sentence ? SUBJECT_WEIGHT : NON_SUBJECT_WEIGHT) * pick.confidence });
        firstInSentence = sentence;
      }
      continue;
    }
    if (view.names.isTitleHead(lower)) {
      const bare = bareTitleAt(view, cands, i);
      if (!bare) continue;
      const named = sentenceCountries(view, cands, sentence);
      const pick =
        pickForTitle(view.lang, view.names, events, people, bare.head, bare.country ?? null, bare.gender, named.size ? named : (focus ??= articleFocus(cands))) ??
        (bare.definite ? namedSoonAfter(view, events, people, bare.head, bare.country ?? null, bare.gender, sentence) : null);
      if (pick) {
        pick.cluster.references.push({ start: bare.start, end: bare.end, text: view.doc.text.slice(bare.start, bare.end), via: 'title', confidence: pick.confidence });
        events.push({ tok: i, sentence, cluster: pick.cluster, weight: firstInSentence !== sentence ? SUBJECT_WEIGHT : NON_SUBJECT_WEIGHT });
        firstInSentence = sentence;
      }
    }
  }
}

function pickForPronoun(events: PersonEvent[], sentence: number, gender: Gender, factor: number): { cluster: Cluster; confidence: number } | null {
  const score = new Map<Cluster, number>();
  for (let e = events.length - 1; e >= 0; e--) {
    const ev = events[e];
    const distance = sentence - ev.sentence;
    if (distance > PRONOUN_WINDOW_SENTENCES) break;
    if (ev.cluster.gender && ev.cluster.gender !== gender) continue;
    score.set(ev.cluster, (score.get(ev.cluster) ?? 0) + ev.weight * DECAY_PER_SENTENCE ** distance);
  }
  let best: Cluster | null = null;
  let bestScore = 0;
  let second = 0;
  for (const [cl, s] of score) {
    if (s > bestScore) {
      second = bestScore;
      best = cl;
      bestScore = s;
    } else if (s > second) second = s;
  }
  if (!best) return null;
  const confidence = (second === 0 ? SOLE_CANDIDATE_CONFIDENCE : bestScore / (bestScore + second)) * factor;
  return confidence >= MIN_CONFIDENCE ? { cluster: best, confidence: Math.round(confidence * 1000) / 1000 } : null;
}

/** A bare title: "the" or a possessive before a title run ending at token `i`, with no name after it. */
function bareTitleAt(
  view: DocView,
  cands: Candidate[],
  i: number,
): { start: number; end: number; head: string; country: string | null; gender: Gender | null; definite: boolean } | null {
  // the run must end here: the next token is not another title word
  if (i + 1 < view.length && view.coveredBy[i + 1] < 0 && view.names.isTitleHead(view.lower[i + 1])) return null;
  const run = titleRunBefore(view, i + 1);
  if (!run || run[1] - run[0] > 4) return null;
  // a name right after (optionally after a comma) makes this a title of that name, handled by the role rules
  let n = i + 1;
  if (view.lower[n] === ',') n++;
  const next = n < view.length ? view.coveredBy[n] : -1;
  if (next >= 0 && cands[next].cls === 'person') return null;
  if (view.lang.bareTitleQualifiers.has(view.lower[i + 1]) || /^[A-Z]/.test(view.text[i + 1] ?? '')) return null;
  let b = run[0] - 1;
  let country: string | null = null;
  let startTok = run[0];
  if (view.lower[b] === "'s") b--;
  const mod = b >= 0 ? view.coveredBy[b] : -1;
  if (mod >= 0 && cands[mod].tokEnd === b + 1 && cands[mod].cls !== 'person') {
    country = cands[mod].country ?? cands[mod].standIn?.country ?? null;
    startTok = cands[mod].tokStart;
    b = startTok - 1;
  }
  if (view.lower[startTok - 1] !== view.lang.definiteArticle && mod < 0) return null;
  // the mention is the whole noun phrase: "the spokesman", "the Russian defence minister"
  const definite = view.lower[startTok - 1] === view.lang.definiteArticle;
  if (definite) startTok--;
  const headWord = view.lower[run[1] - 1];
  return {
    start: view.doc.tokens[startTok].start,
    end: view.doc.tokens[run[1] - 1].end,
    head: view.names.canonicalHead(view.names.titleHead(view.slice(run[0], run[1]))),
    country,
    gender: view.names.genderOfTitleWord(headWord),
    definite,
  };
}

/** True if a role fits a bare title's head (and country, when the title names one). */
function roleFits(lang: EntitiesLanguage, names: NamesLanguage, role: { title: string; country: string | null }, head: string, country: string | null): boolean {
  const roleHead = names.canonicalHead(names.titleHead(role.title));
  if (country && role.country && role.country !== country) return false;
  if (roleHead === head) return true;
  // "the North Korean leader" fits a president or prime minister only when the country says whose leader
  const needs = lang.leaderHeadsNeeding.get(roleHead);
  return head === lang.genericLeaderHead && country !== null && role.country === country && lang.leaderHeads.has(roleHead) && (!needs || needs.test(role.title));
}

/** The people of the article holding a role that fits a bare title, of compatible gender. */
function titleHolders(lang: EntitiesLanguage, names: NamesLanguage, people: Cluster[], head: string, country: string | null, gender: Gender | null): Cluster[] {
  return people.filter((p) => !p.ambiguous && (!gender || !p.gender || p.gender === gender) && p.roles.some((r) => roleFits(lang, names, r, head, country)));
}

/**
 * The person a bare title refers to: the one person in the article holding a fitting role; among several holders
 * ("the president" in a story about Obama and Putin), the one whose role is of a country the sentence names ("In
 * Moscow, the president said"), by recency among those; with no such clue, nobody (left unresolved, not guessed).
 */
function pickForTitle(
  lang: EntitiesLanguage,
  names: NamesLanguage,
  events: PersonEvent[],
  people: Cluster[],
  head: string,
  country: string | null,
  gender: Gender | null,
  countries: ReadonlySet<string>,
): { cluster: Cluster; confidence: number } | null {
  let holders = titleHolders(lang, names, people, head, country, gender);
  if (holders.length === 0) return null;
  const unique = holders.length === 1;
  if (!unique) {
    holders = holders.filter((p) => p.roles.some((r) => roleFits(lang, names, r, head, country) && r.country !== null && countries.has(r.country)));
    if (holders.length === 0) return null;
  }
  for (let e = events.length - 1; e >= 0; e--) {
    if (holders.includes(events[e].cluster)) {
      return { cluster: events[e].cluster, confidence: unique ? UNIQUE_TITLE_CONFIDENCE : RECENT_TITLE_CONFIDENCE };
    }
  }
  return null;
}

/**
 * The holder of a definite bare title named only after it ("The senator arrived late. Senator Jane Roe said ..."):
 * the one person in the article holding a fitting role, not yet mentioned, whose first mention comes within the next
 * two sentences, when nobody was named in the two sentences before; confidence 0.75. Without "the" ("a Saudi
 * prince") the title may introduce someone else.
 */
function namedSoonAfter(
  view: DocView,
  events: PersonEvent[],
  people: Cluster[],
  head: string,
  country: string | null,
  gender: Gender | null,
  sentence: number,
): { cluster: Cluster; confidence: number } | null {
  const holders = titleHolders(view.lang, view.names, people, head, country, gender);
  // a person named just before is what a bare title usually points back to, even one whose role the text never gave
  if (holders.length !== 1 || events.some((e) => e.cluster === holders[0] || sentence - e.sentence <= CATAPHORA_SENTENCES)) return null;
  const first = holders[0].candidates.reduce((m, c) => Math.min(m, c.tokStart), Infinity);
  const ahead = first < view.length ? view.sentenceOf[first] - sentence : Infinity;
  return ahead >= 0 && ahead <= CATAPHORA_SENTENCES ? { cluster: holders[0], confidence: CATAPHORA_CONFIDENCE } : null;
}

/**
 * The article's focus country: the one that more than half of its country-bearing names (countries, demonyms,
 * capitals, places and organisations of known country) are of; none when no country has that share.
 */
function articleFocus(cands: Candidate[]): Set<string> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const c of cands) {
    if (c.cls === 'person') continue;
    const country = c.country ?? c.standIn?.country ?? null;
    if (!country) continue;
    counts.set(country, (counts.get(country) ?? 0) + 1);
    total++;
  }
  for (const [country, n] of counts) if (n * 2 > total) return new Set([country]);
  return new Set();
}

/** The countries a sentence names: countries, demonyms, capitals and places of known country, organisations of one. */
function sentenceCountries(view: DocView, cands: Candidate[], sentence: number): Set<string> {
  const out = new Set<string>();
  for (const c of cands) {
    if (c.cls === 'person' || view.sentenceOf[c.tokStart] !== sentence) continue;
    const country = c.country ?? c.standIn?.country ?? null;
    if (country) out.add(country);
  }
  return out;
}
