/**
 * Word lists the quotes stage reads: reporting cues by class, the words that close a speaker noun phrase, the
 * adverbials that may sit between a speaker and the cue, and the media that report rather than speak.
 */

/** How a cue reports: speech acts, thoughts and attitudes, evidence (polls, studies), stances towards an object. */
export type CueClass = 'speech' | 'cognition' | 'evidence' | 'stance';

export interface CueEntry {
  lemma: string;
  cls: CueClass;
  /** takes a hearer object before its content ("told reporters that") */
  hearer: boolean;
  /** the particle without which the verb is no cue ("went on", "shot back") */
  particle?: string;
  /** a cue only before an infinitive, which stays in the content ("declined to comment", "refused to say") */
  infinitive?: boolean;
}

/** Irregular verb forms: lemma -> [3rd person, past, participle, gerund]. */
const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'said', 'saying'],
  tell: ['tells', 'told', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  think: ['thinks', 'thought', 'thought', 'thinking'],
  know: ['knows', 'knew', 'known', 'knowing'],
  feel: ['feels', 'felt', 'felt', 'feeling'],
  find: ['finds', 'found', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  read: ['reads', 'read', 'read', 'reading'],
  hear: ['hears', 'heard', 'heard', 'hearing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  teach: ['teaches', 'taught', 'taught', 'teaching'],
  forecast: ['forecasts', 'forecast', 'forecast', 'forecasting'],
  foresee: ['foresees', 'foresaw', 'foreseen', 'foreseeing'],
  understand: ['understands', 'understood', 'understood', 'understanding'],
  bet: ['bets', 'bet', 'bet', 'betting'],
  rip: ['rips', 'ripped', 'ripped', 'ripping'],
  snap: ['snaps', 'snapped', 'snapped', 'snapping'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  go: ['goes', 'went', 'gone', 'going'],
  shoot: ['shoots', 'shot', 'shot', 'shooting'],
  hit: ['hits', 'hit', 'hit', 'hitting'],
  admit: ['admits', 'admitted', 'admitted', 'admitting'],
  regret: ['regrets', 'regretted', 'regretted', 'regretting'],
  omit: ['omits', 'omitted', 'omitted', 'omitting'],
  commit: ['commits', 'committed', 'committed', 'committing'],
  submit: ['submits', 'submitted', 'submitted', 'submitting'],
  quip: ['quips', 'quipped', 'quipped', 'quipping'],
  plan: ['plans', 'planned', 'planned', 'planning'],
  prefer: ['prefers', 'preferred', 'preferred', 'preferring'],
  refer: ['refers', 'referred', 'referred', 'referring'],
  concur: ['concurs', 'concurred', 'concurred', 'concurring'],
  rebut: ['rebuts', 'rebutted', 'rebutted', 'rebutting'],
  worry: ['worries', 'worried', 'worried', 'worrying'],
  deny: ['denies', 'denied', 'denied', 'denying'],
  reply: ['replies', 'replied', 'replied', 'replying'],
  testify: ['testifies', 'testified', 'testified', 'testifying'],
  signify: ['signifies', 'signified', 'signified', 'signifying'],
  clarify: ['clarifies', 'clarified', 'clarified', 'clarifying'],
  cry: ['cries', 'cried', 'cried', 'crying'],
  imply: ['implies', 'implied', 'implied', 'implying'],
  rely: ['relies', 'relied', 'relied', 'relying'],
  identify: ['identifies', 'identified', 'identified', 'identifying'],
  certify: ['certifies', 'certified', 'certified', 'certifying'],
};

/** Regular inflections of `lemma` (e-dropping, y after consonant, sibilant -es). */
export function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return [lemma, ...irregular];
  if (/[^aeiou]y$/.test(lemma)) {
    const stem = lemma.slice(0, -1);
    return [lemma, `${stem}ies`, `${stem}ied`, `${lemma}ing`];
  }
  const third = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`;
  const gerund = lemma.endsWith('ee') ? `${lemma}ing` : lemma.endsWith('e') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [lemma, third, past, gerund];
}

const SPEECH = [
  'say', 'tell', 'add', 'state', 'warn', 'claim', 'argue', 'note', 'explain', 'insist', 'write', 'ask', 'announce',
  'acknowledge', 'admit', 'suggest', 'report', 'tweet', 'declare', 'continue', 'recall', 'conclude', 'respond', 'reply',
  'predict', 'promise', 'pledge', 'vow', 'reveal', 'confirm', 'deny', 'assert', 'contend', 'maintain', 'observe',
  'remark', 'emphasize', 'emphasise', 'stress', 'complain', 'agree', 'estimate', 'testify', 'allege', 'concede',
  'caution', 'quip', 'joke', 'boast', 'brag', 'lament', 'charge', 'counter', 'retort', 'scoff', 'mock', 'urge',
  'answer', 'inform', 'assure', 'remind', 'proclaim', 'disclose', 'wonder', 'muse', 'post', 'write', 'threaten',
  'demand', 'propose', 'recommend', 'question', 'speculate', 'reiterate', 'repeat', 'echo', 'affirm', 'acknowledge',
  'clarify', 'signal', 'hint', 'imply', 'mention', 'describe', 'characterize', 'call', 'label', 'dub', 'brand',
  'describe', 'point', 'rebut', 'concur', 'object', 'protest', 'plead', 'shout', 'yell', 'cry', 'whisper', 'chant',
  'declare', 'forecast', 'advise', 'caution', 'stipulate', 'specify', 'suggest', 'indicate', 'cite', 'quote',
  'decry', 'bemoan', 'rail', 'assail', 'refer', 'blast', 'hail', 'tout', 'laud', 'chide', 'scold', 'rip', 'lash',
  'fume', 'admonish', 'implore', 'beg', 'tease', 'taunt', 'ridicule', 'confess', 'exclaim', 'recount', 'recite',
  'opine', 'posit', 'theorize', 'underscore', 'highlight', 'reason', 'surmise', 'interject', 'rebuke', 'refute',
  'contradict', 'reassure', 'guarantee', 'swear', 'appeal', 'inquire', 'enquire', 'grumble', 'gush', 'marvel',
  'sneer', 'snap', 'vent', 'huff', 'bristle', 'concur', 'elaborate', 'insinuate', 'intone', 'thunder', 'proclaim',
  'summarize', 'summarise', 'comment', 'respond', 'pronounce', 'announce', 'herald', 'encourage', 'exhort',
];
const COGNITION = [
  'think', 'believe', 'hope', 'fear', 'know', 'expect', 'worry', 'feel', 'doubt', 'suspect', 'assume', 'figure',
  'guess', 'imagine', 'reckon', 'understand', 'realize', 'realise', 'recognize', 'recognise', 'consider', 'wish',
  'want', 'bet', 'decide', 'conclude', 'learn', 'foresee', 'anticipate', 'acknowledge',
];
const EVIDENCE = ['show', 'find', 'indicate', 'reveal', 'suggest', 'demonstrate', 'confirm', 'estimate', 'project'];
const STANCE = [
  'criticize', 'criticise', 'accuse', 'praise', 'endorse', 'support', 'oppose', 'blame', 'reject', 'dismiss',
  'defend', 'condemn', 'applaud', 'welcome', 'slam', 'attack', 'denounce', 'credit', 'thank', 'congratulate',
  'favor', 'favour', 'question', 'challenge', 'dispute',
];
/** Verbs that report a stance on speaking only before "to" ("declined to comment", "refused to say"). */
const INFINITIVE_CUES = ['decline', 'refuse'];

/** Verbs that report speech only with their particle: "Trump went on", "Bennett shot back", "Graham chimed in". */
const PHRASAL_CUES: Array<[string, string]> = [['go', 'on'], ['shoot', 'back'], ['fire', 'back'], ['push', 'back'], ['chime', 'in'], ['lash', 'out'], ['sound', 'off'], ['hit', 'back']];

/** Cues that name a hearer before the content: "told reporters that", "assured voters that". */
const HEARER = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'urge', 'advise', 'ask', 'promise', 'teach', 'encourage', 'exhort', 'implore', 'beg']);

function buildCues(): Map<string, CueEntry> {
  const cues = new Map<string, CueEntry>();
  const add = (lemmas: string[], cls: CueClass) => {
    for (const lemma of lemmas) {
      for (const form of inflect(lemma)) if (!cues.has(form)) cues.set(form, { lemma, cls, hearer: HEARER.has(lemma) });
    }
  };
  add(SPEECH, 'speech');
  add(COGNITION, 'cognition');
  add(EVIDENCE, 'evidence');
  add(STANCE, 'stance');
  for (const lemma of INFINITIVE_CUES) {
    for (const form of inflect(lemma)) if (!cues.has(form)) cues.set(form, { lemma, cls: 'speech', hearer: false, infinitive: true });
  }
  for (const [lemma, particle] of PHRASAL_CUES) {
    for (const form of inflect(lemma)) if (!cues.has(form)) cues.set(form, { lemma, cls: 'speech', hearer: false, particle });
  }
  return cues;
}

/** Every inflected cue form, lower case -> entry. */
export const CUE_FORMS: Map<string, CueEntry> = buildCues();

/** Words that may stand between a speaker and its cue: auxiliaries, negation and adverbs ("has also said"). */
export const BETWEEN_SPEAKER_AND_CUE = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'is', 'was', 'were', 'are', 'am', "'s", '’s', 'would', 'will', 'could',
  'might', 'may', 'should', 'did', 'does', 'do', 'repeatedly', 'previously', 'recently', 'once', 'again', 'publicly',
  'privately', 'reportedly', 'flatly', 'simply', 'further', 'often', 'frequently', 'even', 'still', 'already',
  'quickly', 'immediately', 'subsequently', 'initially', 'originally', 'first', 'long', 'always', 'now', 'just',
  'openly', 'explicitly', 'separately', 'similarly', 'likewise', 'clearly', 'angrily', 'bluntly', 'repeatedly',
  'correctly', 'falsely', 'wrongly', 'rightly', 'has', 'been', 'being', 'not', "n't", 'n’t', 'never', 'must', 'can',
  'shall', 'both', 'all', 'too', 'last', 'earlier', 'herself', 'himself', 'themselves', 'itself',
  "'d", '’d', "'ll", '’ll', "'ve", '’ve', "'re", '’re', 'personally', 'officially', 'formally', 'jokingly', 'sarcastically', 'recently', 'previously', 'widely', 'generally',
]);

/** Words that end a speaker noun phrase read leftwards or rightwards: clause links, prepositions, verbs of being. */
export const SPEAKER_BOUNDARY = new Set([
  'that', 'which', 'when', 'where', 'while', 'whereas', 'as', 'because', 'but', 'and', 'or', 'nor', 'so', 'if',
  'though', 'although', 'after', 'before', 'since', 'until', 'unless', 'whether', 'than', 'to', 'in', 'on', 'at', 'by',
  'for', 'with', 'from', 'into', 'about', 'over', 'under', 'during', 'against', 'without', 'through', 'between',
  'is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'could', 'should', 'can', 'may', 'might', 'must', 'not', "n't", 'n’t', 'also', 'then', 'there', 'here', 'this', 'these',
  'those', 'it', 'her', 'him', 'them', 'me', 'us', 'what', 'how', 'why',
  'yet', 'however', 'meanwhile', 'instead', 'still', 'even', 'only', 'just', 'like', 'unlike', 'amid', 'despite',
  'toward', 'towards', 'upon', 'per', 'via', 'among', 'across', 'around', 'behind', 'beyond', 'near', 'next', 'once',
  'adding', 'saying', 'noting', 'while', 'whose',
]);
/** Of the boundary words, those that may be inside a name or title ("Secretary of State", "Bank of England"). */
export const INSIDE_NAME = new Set(['of', 'for', 'and', 'on', 'the', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'du', 'del', 'da']);

/** Subject pronouns (and relative pronouns) that can stand for a speaker. */
export const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which']);
/** Object pronouns that never start a speaker ("told him"). */
export const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'you']);

/** Possessive determiners: never a speaker on their own ("His promises …"). */
export const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

export const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'some', 'many', 'most', 'several', 'few', 'both', 'each', 'every', 'one', 'two', 'three', 'no', 'other', 'others', 'all', 'any', 'such', 'more', 'fewer']);

/** Time words a cue may carry ("said Tuesday", "said on Monday", "said last week"). */
export const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'earlier', 'later', 'recently', 'previously', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year',
  'weekend', 'last', 'this', 'on', 'late', 'early', 'again', 'also', 'then', 'now', 'once', 'repeatedly',
]);

/** Words that make a noun phrase a news medium (speaker of a report, or the channel a speaker used). */
export const MEDIA_WORDS = new Set([
  'cnn', 'msnbc', 'fox', 'nbc', 'abc', 'cbs', 'npr', 'pbs', 'bbc', 'reuters', 'ap', 'afp', 'upi', 'tass', 'ria',
  'interfax', 'xinhua', 'bloomberg', 'politico', 'axios', 'times', 'post', 'journal', 'tribune', 'guardian',
  'telegraph', 'herald', 'gazette', 'chronicle', 'daily', 'news', 'press', 'agency', 'newspaper', 'magazine', 'radio',
  'television', 'tv', 'channel', 'network', 'newsweek', 'breitbart', 'buzzfeed', 'yahoo', 'wion', 'al-jazeera',
  'jazeera', 'kyodo', 'yonhap', 'sputnik', 'rt', 'izvestia', 'kommersant', 'ifax', 'dpa', 'ansa', 'efe', 'pti', 'ani',
  'hill', 'atlantic', 'economist', 'mirror', 'sun', 'express', 'independent', 'observer', 'examiner', 'insider',
  'wire', 'show', 'program', 'programme', 'broadcast', 'podcast', 'interview', 'outlet', 'tabloid', 'website',
]);

/** Hearers that are audiences, not media ("told reporters", "told the crowd"). */
export const AUDIENCE_WORDS = new Set(['reporters', 'journalists', 'supporters', 'crowd', 'audience', 'voters', 'lawmakers', 'students', 'members', 'senators', 'delegates', 'listeners', 'viewers', 'readers', 'people', 'press']);

/** Cue forms that are as often nouns ("the state", "his promises", "rallying cry"): a cue only after a name, pronoun or auxiliary. */
export const NOUN_LIKE_CUES = new Set([
  'state', 'states', 'point', 'points', 'challenge', 'challenges', 'question', 'questions', 'note', 'notes', 'promise',
  'promises', 'attack', 'attacks', 'support', 'supports', 'cry', 'call', 'calls', 'claim', 'claims', 'report', 'reports',
  'charge', 'charges', 'estimate', 'estimates', 'answer', 'answers', 'fear', 'fears', 'hope', 'hopes', 'doubt', 'doubts',
  'demand', 'demands', 'want', 'wants', 'thank', 'thanks', 'welcome', 'show', 'shows', 'find', 'finds', 'signal',
  'signals', 'post', 'posts', 'quote', 'quotes', 'figure', 'figures', 'tweet', 'tweets', 'protest', 'protests', 'object',
  'objects', 'credit', 'credits', 'dispute', 'disputes', 'reply', 'replies', 'counter', 'counters', 'echo', 'echoes',
  'label', 'labels', 'brand', 'brands', 'hint', 'hints', 'remark', 'remarks', 'project', 'projects', 'favor', 'favors',
  'favour', 'favours', 'praise', 'blame', 'wish', 'wishes', 'guess', 'bet', 'bets', 'joke', 'jokes', 'boast', 'boasts',
  'mock', 'slam', 'slams', 'forecast', 'forecasts', 'mention', 'mentions', 'plead', 'concern', 'read', 'reads', 'write',
  'record', 'comment', 'comments', 'respond', 'dub', 'learn', 'consider', 'indicate', 'continue', 'add', 'ask', 'say',
  'tell', 'know', 'think', 'feel', 'see', 'believe', 'expect', 'agree', 'argue', 'warn', 'insist', 'explain', 'recall',
  'suggest', 'announce', 'claim', 'deny', 'decide', 'understand', 'realize', 'recognize', 'worry', 'worries', 'stress',
  'called', 'labeled', 'labelled', 'named', 'dubbed', 'titled', 'shown', 'seen', 'branded', 'described', 'quoted', 'cited',
]);

/** Lower-case nouns that speak or show: "the poll shows", "officials say", "the spokesman said". */
export const AGENT_NOUNS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'data', 'analysis', 'research', 'numbers',
  'results', 'statement', 'campaign', 'officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'aides',
  'aide', 'sources', 'source', 'experts', 'critics', 'analysts', 'people', 'voters', 'americans', 'democrats',
  'republicans', 'supporters', 'opponents', 'leaders', 'lawmakers', 'senator', 'governor', 'president', 'candidate',
  'candidates', 'nominee', 'police', 'authorities', 'prosecutors', 'lawyers', 'lawyer', 'attorney', 'attorneys',
  'judge', 'court', 'administration', 'government', 'committee', 'commission', 'agency', 'department', 'ministry',
  'group', 'groups', 'organization', 'company', 'firm', 'website', 'memo', 'letter', 'documents', 'records', 'figures',
  'estimates', 'residents', 'members', 'delegates', 'others', 'many', 'some', 'most', 'both', 'all', 'everyone',
  'nobody', 'someone', 'anyone', 'experts', 'economists', 'scientists', 'researchers', 'advisers', 'advisors',
  'adviser', 'advisor', 'strategists', 'strategist', 'observers', 'activists', 'advocates', 'protesters', 'witnesses',
  'man', 'woman', 'men', 'women', 'friends', 'family', 'parents', 'mother', 'father', 'wife', 'husband', 'son',
  'daughter', 'staff', 'staffers', 'team', 'chairman', 'director', 'manager', 'secretary', 'minister', 'ambassador',
  'leader', 'chief', 'head', 'executive', 'founder', 'author', 'writer', 'columnist', 'editor', 'reporter', 'host',
  'moderator', 'professor', 'teacher', 'student', 'students', 'worker', 'workers', 'employees', 'users', 'voter',
  'resident', 'member', 'delegate', 'congressman', 'congresswoman', 'representative', 'mayor', 'sheriff', 'chair',
  'party', 'paper', 'newspaper', 'article', 'book', 'ad', 'ads', 'bill', 'law', 'rule', 'ruling', 'order', 'filing',
  'complaint', 'lawsuit', 'suit', 'indictment', 'document', 'email', 'emails', 'tweet', 'post', 'video', 'message',
  'models', 'model', 'projections', 'forecasts', 'evidence', 'figures', 'count', 'counts', 'tally', 'investigation',
  'probe', 'review', 'audit', 'findings', 'press',
]);
