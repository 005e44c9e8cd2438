import type { Candidate, DocView } from './context.js';

/** Prepositions that make a capital or seat a location ("in Moscow", "to Vladivostok", "at the White House"). */
const LOCATIVE = new Set([
  'in', 'at', 'to', 'from', 'into', 'near', 'inside', 'outside', 'across', 'around', 'toward', 'towards', 'via',
  'through', 'within', 'throughout', 'over', 'onto', 'visit', 'visited', 'visiting', 'visits', 'arrived', 'reached',
  'outskirts', 'downtown', 'central', 'streets',
]);

/** Verbs of saying and acting whose subject or speaker acts for a government. */
const ACTING_VERBS = new Set(
  `say says said tell tells told warn warns warned announce announces announced deny denies denied accuse accuses
  accused reject rejects rejected urge urges urged call calls called insist insists insisted state states stated
  confirm confirms confirmed claim claims claimed threaten threatens threatened agree agrees agreed sign signs signed
  launch launches launched send sends sent vow vows vowed hope hopes hoped want wants wanted plan plans planned seek
  seeks sought respond responds responded condemn condemns condemned welcome welcomes welcomed demand demands demanded
  decline declines declined refuse refuses refused add adds added note notes noted argue argues argued suggest
  suggests suggested propose proposes proposed offer offers offered expect expects expected believe believes believed
  consider considers considered dismiss dismisses dismissed impose imposes imposed order orders ordered approve
  approves approved blame blames blamed slam slams slammed recognise recognises recognised recognize recognizes
  recognized pledge pledges pledged promise promises promised summon summons summoned expel expels expelled retaliate
  retaliates retaliated react reacts reacted eye eyes eyed eyeing seeking hoping planning trying tries tried push pushes
  pushed back backs backed support supports supported oppose opposes opposed insisting saying warning denying
  accusing urging calling threatening negotiate negotiates negotiated invade invades invaded attack attacks attacked
  sanction sanctions sanctioned deploy deploys deployed supply supplies supplied provide provides provided buy buys
  bought sell sells sold acquire acquires acquired reiterate reiterates reiterated maintain maintains maintained
  released releases release issued issues issue vetoed veto vetoes criticised criticized criticises criticizes
  praised praises ask asks asked press presses pressed`.split(/\s+/),
);

/** Auxiliaries and modals that, followed by a verb, make the noun before them its subject. */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'does', 'do', "'s"]);

/** Words skipped between a subject and its verb ("the Kremlin on Tuesday said", "Moscow also warned"). */
const INTERVENING = new Set(['also', 'again', 'now', 'already', 'later', 'earlier', 'reportedly', 'officially', 'not', "n't", 'still', 'previously', 'repeatedly', 'publicly', 'quickly', 'swiftly', 'then', 'today', 'yesterday', 'tonight', 'recently', 'has', 'have', 'had', 'been', 'being']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend']);

/** Nouns that, owned by a capital ("Moscow's war", "the war effort of Moscow"), make it the government. */
const GOVERNMENT_NOUNS = new Set(
  `war effort efforts ally allies decision decisions position stance response policy policies forces troops military
  government officials official envoy ambassador diplomats plan plans demands demand invasion offensive counteroffensive
  support relations ties leaders leadership sanctions claims claim refusal attack attacks strikes bid threat threats
  interests needs request ambitions aggression approach strategy campaign proposal proposals offer warning warnings
  agenda intentions objectives goals regime administration`.split(/\s+/),
);

/** Nouns after which "with/against/between X" makes X a party ("talks with Moscow", "sanctions against Pyongyang"). */
const RELATION_NOUNS = new Set(
  `talks ties relations deal agreement agreements dispute tensions sanctions war pressure negotiations cooperation
  alliance partnership summit meeting meetings contacts dialogue rift row standoff confrontation conflict trade`.split(/\s+/),
);

/** Next token after skipping time phrases and adverbs between subject and verb, or -1 past the sentence. */
function skipToVerb(view: DocView, i: number, sentence: number): number {
  let k = i;
  while (k < view.length && view.sentenceOf[k] === sentence) {
    const lower = view.lower[k];
    if (INTERVENING.has(lower)) k++;
    else if (lower === 'on' && WEEKDAYS.has(view.lower[k + 1] ?? '')) k += 2;
    else if ((lower === 'last' || lower === 'this' || lower === 'on') && /^(week|month|year|night|morning|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(view.lower[k + 1] ?? '')) k += 2;
    else if (lower === ',' && k + 1 < view.length && INTERVENING.has(view.lower[k + 1])) k++;
    else return k;
  }
  return -1;
}

function isVerbLike(lower: string): boolean {
  // a lower-case past form right after a name is nearly always its verb ("Moscow responded")
  return ACTING_VERBS.has(lower) || (/^[a-z]{3,}ed$/.test(lower) && lower !== 'based');
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
    if (view.lower[before] === 'the') before--;
    const prev = before >= 0 && view.sentenceOf[before] === sentence ? view.lower[before] : '';
    // "on Capitol Hill" is a location; "pressure on Moscow", "sanctions on the Kremlin" make it a party
    const locativeOn = prev === 'on' && !RELATION_NOUNS.has(view.lower[before - 1] ?? '');
    if (LOCATIVE.has(prev) || locativeOn) {
      c.acting = false;
      continue;
    }
    if (c.cls === 'seat') {
      c.acting = true;
      continue;
    }
    c.acting = capitalActs(view, cands, ci, prev, before, sentence);
  }
}

/** Prepositions after which a capital is a complement ("of Paris", "for Ottawa") unless a rule below says otherwise. */
const PREPOSITIONS = new Set(['of', 'for', 'with', 'by', 'on', 'about', 'against', 'between', 'under', 'than', 'like', 'as', 'among', 'after', 'before', 'since', 'until']);
/** Words after a capital that do not make it a noun modifier. */
const FUNCTION_WORDS = new Set(
  `in on at of for with by to from and or but as that which who where when while after before since until over under
  into than if because so nor yet during last this next about against between through without within across`.split(/\s+/),
);
/** Modals and auxiliaries that, right before a capital, invert a question or a negation ("nor would Ottawa raise"). */
const INVERTING = new Set(['would', 'will', 'could', 'can', 'did', 'does', 'do', 'should', 'might', 'may', 'has', 'had']);

function capitalActs(view: DocView, cands: Candidate[], ci: number, prev: string, before: number, sentence: number): boolean {
  const c = cands[ci];
  const nextLower = view.lower[c.tokEnd] ?? '';
  if (INVERTING.has(prev)) return /^[a-z]+$/.test(nextLower) && !FUNCTION_WORDS.has(nextLower);
  // a capital before a common noun modifies it ("the London event", "London police"): a place, not an actor
  if (
    /^[a-z][a-z-]*$/.test(view.text[c.tokEnd] ?? '') &&
    !INTERVENING.has(nextLower) && !AUXILIARIES.has(nextLower) && !isVerbLike(nextLower) && !FUNCTION_WORDS.has(nextLower)
  ) return false;
  // speaker after a reporting verb ("said Moscow"), agent of a passive ("pushed by Kyiv"), "according to Moscow"
  if (ACTING_VERBS.has(prev) && prev !== 'back') return true;
  if (prev === 'by' && before > 0 && /ed$|en$/.test(view.lower[before - 1])) return true;
  if (prev === 'to' && view.lower[before - 1] === 'according') return true;
  // "the war effort of Moscow", "talks with Moscow", "sanctions against Pyongyang"
  if (prev === 'of' && GOVERNMENT_NOUNS.has(view.lower[before - 1] ?? '')) return true;
  if ((prev === 'with' || prev === 'against' || prev === 'between' || prev === 'on') && RELATION_NOUNS.has(view.lower[before - 1] ?? '')) return true;
  // any other complement of a preposition is a place ("of Paris entered eternal rest" is about someone from Paris)
  if (PREPOSITIONS.has(prev)) return false;
  // "Moscow's war", "Moscow's latest offer"
  let k = c.tokEnd;
  if (view.lower[k] === "'s") return GOVERNMENT_NOUNS.has(view.lower[k + 1] ?? '') || GOVERNMENT_NOUNS.has(view.lower[k + 2] ?? '');
  // coordinated subjects: "Moscow and Pyongyang were eyeing": skip "and/, X" where X is another mention
  while ((view.lower[k] === 'and' || view.lower[k] === ',') && view.coveredBy[k + 1] >= 0) k = cands[view.coveredBy[k + 1]].tokEnd;
  const v = skipToVerb(view, k, sentence);
  if (v < 0) return false;
  const lower = view.lower[v];
  if (isVerbLike(lower)) return true;
  if (AUXILIARIES.has(lower) && lower !== "'s") {
    const w = skipToVerb(view, v + 1, sentence);
    const next = w >= 0 ? view.lower[w] : '';
    // "is a city" / "was cold" are copulas; "were eyeing", "has not been able", "will respond" are actions
    return isVerbLike(next) || /^[a-z]{3,}ing$/.test(next) || next === 'able' || (/^(will|would|could|can|may|might|must|should|did|does|do)$/.test(lower) && /^[a-z]+$/.test(next) && next !== 'be');
  }
  return false;
}
