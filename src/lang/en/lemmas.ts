import type { LemmaExceptions } from '../sections/syntax.js';

/**
 * Lemma exceptions we wrote for English: the forms a suffix rule cannot reach (irregular verbs and plurals, suppletive
 * comparatives, pronoun cases, contracted auxiliaries), following UD English lemma conventions. Everything regular
 * ("walked", "cities", "running") is left to the suffix rules learned from the treebank.
 */

/** Irregular verbs: the lemma first, then its other forms (applies to words tagged VERB or AUX). */
const IRREGULAR_VERBS = `
arise arose arisen arises arising|awake awoke awoken|be was were been am is are being 's 're 'm s|bear bore borne born
beat beaten|become became|begin began begun|bend bent|bet|bind bound|bite bit bitten|bleed bled|blow blew blown
break broke broken|breed bred|bring brought|broadcast broadcasted|build built|burn burnt|burst|buy bought|cast
catch caught|choose chose chosen|cling clung|come came|cost|creep crept|cut|deal dealt|dig dug|dive dove
do did done does doing|draw drew drawn|dream dreamt|drink drank drunk|drive drove driven|dwell dwelt|eat ate eaten
fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fling flung|fly flew flown flies|forbid forbade forbidden
forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten
give gave given|go went gone goes|grow grew grown|hang hung|have has had having 've 'd|hear heard|hide hid hidden
hit|hold held|hurt|keep kept|kneel knelt|know knew known|lay laid|lead led|lean leant|leap leapt|learn learnt
leave left|lend lent|let|lie lain lying|light lit|lose lost|make made|mean meant|meet met|mislead misled
mistake mistook mistaken|overcome overcame|overtake overtook overtaken|overthrow overthrew overthrown|pay paid|prove proven
put|quit|read|rebuild rebuilt|redo redid redone|rid|ride rode ridden|ring rang rung|rise rose risen|run ran|saw sawn
say said says|see saw seen|seek sought|sell sold|send sent|set|sew sewn|shake shook shaken|shed|shine shone
shoot shot|show shown|shrink shrank shrunk|shut|sing sang sung|sink sank sunk|sit sat|slay slew slain|sleep slept
slide slid|sling slung|slit|speak spoke spoken|speed sped|spend spent|spill spilt|spin spun|spit spat|split|spread
spring sprang sprung|stand stood|steal stole stolen|stick stuck|sting stung|stink stank stunk|stride strode stridden
strike struck stricken|string strung|strive strove striven|swear swore sworn|sweep swept|swell swollen|swim swam swum
swing swung|take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown|thrust
tread trod trodden|undergo underwent undergone|understand understood|undertake undertook undertaken|undo undid undone
uphold upheld|upset|wake woke woken|wear wore worn|weave wove woven|weep wept|win won|withdraw withdrew withdrawn
withhold withheld|withstand withstood|wring wrung|write wrote written|will wo 'll|can ca|shall sha|would 'd`;

/** Irregular noun plurals (applies to words tagged NOUN). */
const IRREGULAR_NOUNS = `
man men|woman women|child children|foot feet|tooth teeth|mouse mice|goose geese|ox oxen|life lives|wife wives
knife knives|leaf leaves|half halves|wolf wolves|shelf shelves|thief thieves|self selves|calf calves|loaf loaves
criterion criteria|phenomenon phenomena|analysis analyses|crisis crises|thesis theses|diagnosis diagnoses
hypothesis hypotheses|index indices|appendix appendices|matrix matrices|alumnus alumni|cactus cacti|fungus fungi
nucleus nuclei|stimulus stimuli|syllabus syllabi|one ones|other others`;

/** Suppletive comparatives and superlatives (applies to ADJ; ADV reads "well"). */
const IRREGULAR_ADJECTIVES = `good better best|bad worse worst`;
const IRREGULAR_ADVERBS = `well better best|badly worse worst`;

/** Pronoun and determiner forms by Penn tag: UD English lemmatises object cases to the subject form. */
const BY_PENN_TAG: Record<string, string> = {
  'PRP:me': 'I', 'PRP:i': 'I', 'PRP:him': 'he', 'PRP:her': 'she', 'PRP:us': 'we', 'PRP:them': 'they', "PRP:'s": 'we',
  'DT:an': 'a', 'DT:these': 'this', 'DT:those': 'that', "MD:'d": 'would', "VBD:'d": 'have', "VBN:'d": 'have',
  "VBZ:'s": 'be', "POS:'s": "'s", "POS:'": "'s", "POS:s": "'s", "RB:n't": 'not', "RB:nt": 'not', "RB:n’t": 'not',
};

function table(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of source.trim().split(/[|\n]/)) {
    const [lemma, ...forms] = group.trim().split(/\s+/);
    for (const f of forms) if (!out.has(f)) out.set(f, lemma);
  }
  return out;
}

export const englishLemmas: LemmaExceptions = {
  verbs: table(IRREGULAR_VERBS),
  nouns: table(IRREGULAR_NOUNS),
  adjectives: table(IRREGULAR_ADJECTIVES),
  adverbs: table(IRREGULAR_ADVERBS),
  byPennTag: new Map(Object.entries(BY_PENN_TAG)),
};
