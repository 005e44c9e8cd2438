import type { EntitiesLanguage } from '../../../lang/types.js';
import type { Candidate, DocView } from './context.js';

/** Next token after skipping time phrases and adverbs between subject and verb, or -1 past the sentence. */
function skipToVerb(view: DocView, i: number, sentence: number): number {
  let k = i;
  while (k < view.length && view.sentenceOf[k] === sentence) {
    const lower = view.lower[k];
    if (view.lang.intervening.has(lower)) k++;
    else if (lower === view.lang.dayPreposition && view.lang.weekdays.has(view.lower[k + 1] ?? '')) k += 2;
    else if (view.lang.timeLeads.has(lower) && view.lang.timePeriods.has(view.lower[k + 1] ?? '')) k += 2;
    else if (lower === ',' && k + 1 < view.length && view.lang.intervening.has(view.lower[k + 1])) k++;
    else return k;
  }
  return -1;
}

function isVerbLike(lang: EntitiesLanguage, lower: string): boolean {
  // a lower-case past form right after a name is nearly always its verb ("Moscow responded")
  return lang.actingVerbs.has(lower) || (lang.regularPast.test(lower) && !lang.notPast.has(lower));
}

/**
 * Decides, for each capital or seat-of-government mention, whether it acts or speaks for its government ("the Kremlin
 * said", "Moscow and Pyongyang were eyeing", "pushed by Kyiv", "the war effort of Moscow") or is just a place ("in
 * Moscow", "to Vladivostok"). Seats act unless a locative word governs them; capitals act only on positive evidence.
 */
export function markStandIns(view: DocView, cands: Candidate[]): void {
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci];
    if (!c.standIn) continue;
    const sentence = view.sentenceOf[c.tokStart];
    let before = c.tokStart - 1;
    if (view.lower[before] === view.lang.definiteArticle) before--;
    const prev = before >= 0 && view.sentenceOf[before] === sentence ? view.lower[before] : '';
    // "on Capitol Hill" is a location; "pressure on Moscow", "sanctions on the Kremlin" make it a party
    const locativeOn = view.lang.locativeUnlessRelation.has(prev) && !view.lang.relationNouns.has(view.lower[before - 1] ?? '');
    if (view.lang.locative.has(prev) || locativeOn) {
      c.acting = false;
      continue;
    }
    if (c.cls === 'seat') {
      c.acting = true;
      continue;
    }
    c.acting = capitalActs(view, cands, ci, prev, before, sentence) || subjectOfActingVerb(view, c);
  }
}

/**
 * A capital the parser reads as the active subject of a verb of saying or acting, where the words between hide it
 * from the rules above ("Beijing, in a statement issued late on Friday, denied the report"); never a dateline ("WASHINGTON (AP) —",
 * "Paris — The ministers met").
 */
function subjectOfActingVerb(view: DocView, c: Candidate): boolean {
  const syntax = view.doc.syntax;
  if (!syntax || isDateline(view, c)) return false;
  const w = syntax.headOfSpan(c.start, c.end);
  if (w < 0 || syntax.relation(w) !== 'nsubj') return false;
  const verb = syntax.head(w);
  return verb >= 0 && syntax.upos(verb) === 'VERB' && view.lang.actingVerbs.has(syntax.lemma(verb).toLowerCase());
}

/** True when the mention opens a dateline: first in its sentence, in capitals or followed by a bracket or a dash. */
function isDateline(view: DocView, c: Candidate): boolean {
  if (!view.isSentenceStart(c.tokStart)) return false;
  return c.text === c.text.toUpperCase() || view.lang.datelineMarks.has(view.text[c.tokEnd] ?? '');
}

function capitalActs(view: DocView, cands: Candidate[], ci: number, prev: string, before: number, sentence: number): boolean {
  const c = cands[ci];
  const lang = view.lang;
  const nextLower = view.lower[c.tokEnd] ?? '';
  if (lang.inverting.has(prev)) return /^[a-z]+$/.test(nextLower) && !lang.functionWords.has(nextLower);
  // a capital before a common noun modifies it ("the London event", "London police"): a place, not an actor
  if (
    /^[a-z][a-z-]*$/.test(view.text[c.tokEnd] ?? '') &&
    !lang.intervening.has(nextLower) && !lang.auxiliaries.has(nextLower) && !isVerbLike(lang, nextLower) && !lang.functionWords.has(nextLower)
  ) return false;
  // speaker after a reporting verb ("said Moscow"), agent of a passive ("pushed by Kyiv"), "according to Moscow"
  if (lang.actingVerbs.has(prev) && !lang.adverbActingVerbs.has(prev)) return true;
  if (prev === lang.agentPreposition && before > 0 && lang.participle.test(view.lower[before - 1])) return true;
  if (prev === lang.accordingTo[1] && view.lower[before - 1] === lang.accordingTo[0]) return true;
  // "the war effort of Moscow", "talks with Moscow", "sanctions against Pyongyang"
  if (prev === lang.ownerPreposition && lang.governmentNouns.has(view.lower[before - 1] ?? '')) return true;
  if (lang.partyPrepositions.has(prev) && lang.relationNouns.has(view.lower[before - 1] ?? '')) return true;
  // any other complement of a preposition is a place ("of Paris entered eternal rest" is about someone from Paris)
  if (lang.complementPrepositions.has(prev)) return false;
  // "Moscow's war", "Moscow's latest offer"
  let k = c.tokEnd;
  if (view.lower[k] === "'s") return lang.governmentNouns.has(view.lower[k + 1] ?? '') || lang.governmentNouns.has(view.lower[k + 2] ?? '');
  // coordinated subjects: "Moscow and Pyongyang were eyeing": skip "and/, X" where X is another mention
  while ((lang.coordinators.has(view.lower[k]) || view.lower[k] === ',') && view.coveredBy[k + 1] >= 0) k = cands[view.coveredBy[k + 1]].tokEnd;
  const v = skipToVerb(view, k, sentence);
  if (v < 0) return false;
  const lower = view.lower[v];
  if (isVerbLike(lang, lower)) return true;
  if (lang.auxiliaries.has(lower) && lower !== "'s") {
    const w = skipToVerb(view, v + 1, sentence);
    const next = w >= 0 ? view.lower[w] : '';
    // "is a city" / "was cold" are copulas; "were eyeing", "has not been able", "will respond" are actions
    return isVerbLike(lang, next) || lang.gerund.test(next) || lang.abilityWords.has(next) || (lang.modals.has(lower) && /^[a-z]+$/.test(next) && next !== lang.copula);
  }
  return false;
}
