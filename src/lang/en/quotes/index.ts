import type { Gender } from '../../sections/names.js';
import type { QuotesLanguage } from '../../sections/quotes.js';
import { WEEKDAYS } from '../words.js';
import { CUE_FORMS } from './cues.js';

/** English for the quotes stage: cues, speaker phrases, channels and media, the asides around an attribution. */

/** Words that may stand between a speaker and its cue: auxiliaries, negation and adverbs ("has also said"). */
const BETWEEN_SPEAKER_AND_CUE = new Set([
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
const SPEAKER_BOUNDARY = new Set([
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
const INSIDE_NAME = new Set(['of', 'for', 'and', 'on', 'the', 'de', 'van', 'von', 'al', 'bin', 'la', 'le', 'du', 'del', 'da']);

/** Subject pronouns (and relative pronouns) that can stand for a speaker. */
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which']);
/** Object pronouns that never start a speaker ("told him"). */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'you']);

/**
 * Those who speak for a body, and what it issues: the body is the speaker a reader names ("a spokesman for the agency
 * said", "ministry officials said", "the Smith campaign said", "an Ipsos poll shows").
 */
const SPOKES_NOUNS = ['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'representative', 'representatives', 'official', 'officials', 'source', 'sources', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors'];
const VOICE_OF_BODY_NOUNS = new Set([
  ...SPOKES_NOUNS, 'statement', 'campaign', 'camp', 'team', 'office', 'administration',
  'government', 'poll', 'polls', 'survey', 'surveys', 'report', 'study', 'analysis', 'website', 'article', 'tally',
  'count', 'filing', 'filings', 'investigation', 'ad', 'ads', 'release', 'memo', 'letter', 'account', 'tweet', 'blog',
]);
/** Nouns of a part or share, whose "of" phrase is what they are made of: "half of the voters", "some of his rivals". */
const PARTITIVE_NOUNS = new Set(['percent', 'half', 'third', 'quarter', 'majority', 'minority', 'proportion', 'share', 'number', 'most', 'some', 'many', 'all', 'few', 'several', 'each', 'one', 'two', 'three', 'both', 'none', 'rest', 'group', 'handful', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'lot', 'lots', 'pair', 'couple']);
/** People other than the body or person that names them: "the Ohio senator" is no Ohio, "Smith supporters" no Smith. */
const PEOPLE_NOUNS = new Set([
  'voters', 'voter', 'supporters', 'supporter', 'candidates', 'candidate', 'nominee', 'nominees', 'critics', 'critic',
  'residents', 'resident', 'family', 'father', 'mother', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister',
  'fans', 'donors', 'delegates', 'activists', 'students', 'colleagues', 'allies', 'rivals', 'opponents', 'man',
  'woman', 'men', 'women', 'backers', 'followers', 'veterans', 'members', 'member', 'friends', 'friend',
]);
/** Epithets news uses for someone it has named ("the billionaire businessman", "the Vermont independent"), with their gender. */
const EPITHET_NOUNS = new Map<string, Gender | null>([
  ...(['businessman', 'actor', 'congressman', 'chairman', 'father', 'son'] as const).map((w) => [w, 'm'] as const),
  ...(['businesswoman', 'actress', 'congresswoman', 'chairwoman', 'mother', 'daughter', 'heiress'] as const).map((w) => [w, 'f'] as const),
  ...[
    'billionaire', 'millionaire', 'magnate', 'tycoon', 'mogul', 'entrepreneur', 'investor', 'developer', 'financier',
    'candidate', 'nominee', 'front-runner', 'frontrunner', 'contender', 'challenger', 'incumbent', 'hopeful', 'politician',
    'legislator', 'populist', 'socialist', 'conservative', 'liberal', 'moderate', 'republican', 'democrat', 'independent',
    'star', 'celebrity', 'singer', 'musician', 'rapper', 'comedian', 'host', 'anchor', 'author', 'novelist', 'filmmaker',
    'neurosurgeon', 'surgeon', 'physician', 'pastor', 'preacher', 'evangelist', 'activist', 'veteran', 'coach',
    'quarterback', 'businessperson', 'philanthropist', 'diplomat', 'economist', 'scholar', 'historian',
  ].map((w) => [w, null] as const),
]);
/** Roles held in or for a body or a person, read with it as one speaker ("a lawyer for the family", "the head of the union"). */
const RELATIONAL_SPEAKER_NOUNS = new Set([
  ...SPOKES_NOUNS, 'lawyer', 'lawyers', 'attorney', 'attorneys', 'head', 'chief', 'director', 'chairman',
  'chairwoman', 'chair', 'president', 'leader', 'leaders', 'member', 'members', 'secretary', 'minister', 'ambassador', 'executive', 'executives', 'founder', 'owner',
  'professor', 'analyst', 'analysts', 'economist', 'economists', 'researcher', 'researchers', 'editor', 'manager',
  'commander', 'governor', 'mayor', 'envoy', 'negotiator', 'counsel', 'deputy', 'staff', 'staffer', 'staffers',
  'employee', 'employees', 'worker', 'workers', 'friend', 'friends', 'relative', 'relatives', 'partner', 'fellow',
]);

/** Possessive determiners: never a speaker on their own ("His promises …"). */
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'some', 'many', 'most', 'several', 'few', 'both', 'each', 'every', 'one', 'two', 'three', 'no', 'other', 'others', 'all', 'any', 'such', 'more', 'fewer']);

/** Time words a cue may carry ("said Tuesday", "said on Monday", "said last week"). */
const TIME_WORDS = new Set([
  ...WEEKDAYS, 'today', 'yesterday', 'tonight',
  'earlier', 'later', 'recently', 'previously', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year',
  'weekend', 'last', 'this', 'on', 'late', 'early', 'again', 'also', 'then', 'now', 'once', 'repeatedly',
]);

/** Words that make a noun phrase a news medium (speaker of a report, or the channel a speaker used). */
const MEDIA_WORDS = new Set([
  'cnn', 'msnbc', 'fox', 'nbc', 'abc', 'cbs', 'npr', 'pbs', 'bbc', 'reuters', 'ap', 'afp', 'upi', 'tass', 'ria',
  'interfax', 'xinhua', 'bloomberg', 'politico', 'axios', 'times', 'post', 'journal', 'tribune', 'guardian',
  'telegraph', 'herald', 'gazette', 'chronicle', 'daily', 'news', 'press', 'agency', 'newspaper', 'magazine', 'radio',
  'television', 'tv', 'channel', 'network', 'newsweek', 'breitbart', 'buzzfeed', 'yahoo', 'wion', 'al-jazeera',
  'jazeera', 'kyodo', 'yonhap', 'sputnik', 'rt', 'izvestia', 'kommersant', 'ifax', 'dpa', 'ansa', 'efe', 'pti', 'ani',
  'hill', 'atlantic', 'economist', 'mirror', 'sun', 'express', 'independent', 'observer', 'examiner', 'insider',
  'wire', 'show', 'program', 'programme', 'broadcast', 'podcast', 'interview', 'outlet', 'tabloid', 'website',
]);

/** Hearers that are audiences, not media ("told reporters", "told the crowd"). */
const AUDIENCE_WORDS = new Set(['reporters', 'journalists', 'supporters', 'crowd', 'audience', 'voters', 'lawmakers', 'students', 'members', 'senators', 'delegates', 'listeners', 'viewers', 'readers', 'people', 'press']);

/** Cue forms that are as often nouns ("the state", "his promises", "rallying cry"): a cue only after a name, pronoun or auxiliary. */
const NOUN_LIKE_CUES = new Set([
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
const AGENT_NOUNS = new Set([
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

/** Determiners that speak on their own: "Some chanted", "Many say", "Others warned". */
const QUANTIFIER_SPEAKERS = new Set(['some', 'many', 'most', 'others', 'both', 'all', 'few', 'several']);

/** Lower-case words in -ly that are nouns, not manner adverbs (and "only"). */
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'supply', 'rally', 'anomaly', 'monopoly', 'reply', 'bully', 'belly', 'lily', 'jelly', 'folly', 'italy', 'july', 'only']);
/** "who has in the past described", "said at the time": a short time or channel phrase between speaker and cue. */
const PP_NOUNS = new Set(['past', 'time', 'weekend', 'end', 'days', 'weeks', 'months', 'years', 'moment', 'interview', 'statement', 'debate', 'morning', 'evening', 'night', 'rally', 'speech', 'week', 'month', 'year', 'afternoon', 'tweet', 'letter', 'release', 'meantime', 'process']);
const PP_DETS = new Set(['the', 'a', 'an', 'this', 'that', 'recent', 'past', 'last', 'his', 'her', 'their', 'its']);
const PP_PREPS = new Set(['in', 'at', 'on', 'for', 'during', 'over', 'since']);

const PERIOD_WORDS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'spring', 'summer', 'fall', 'autumn', 'winter', 'time']);
/** Noun phrases after "in a"/"on" that make a cue longer rather than start the content: "said in a statement". */
const CHANNEL_NOUNS = new Set(['statement', 'interview', 'tweet', 'speech', 'remarks', 'post', 'letter', 'email', 'e-mail', 'op-ed', 'memo', 'release', 'video', 'twitter', 'facebook', 'instagram', 'television', 'radio', 'conference', 'call', 'rally', 'briefing', 'appearance', 'debate', 'address', 'message', 'report', 'filing', 'blog', 'column', 'editorial', 'essay', 'book', 'podcast', 'show', 'news']);
const CHANNEL_MODIFIERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'brief', 'televised', 'written', 'separate', 'new', 'recent', 'phone', 'telephone', 'radio', 'tv', 'joint', 'prepared']);
const CUE_PARTICLES: Record<string, string[]> = { point: ['out', 'to'], call: ['for', 'on'], refer: ['to'], weigh: ['in'], sign: ['off'], speak: ['out'] };

/** Speech cues that name or cite words ("what he called “a disaster”") rather than report a statement of their own. */
const NAMING_LEMMAS = new Set(['call', 'describe', 'label', 'dub', 'brand', 'refer', 'characterize', 'mention', 'cite', 'quote']);

/** Words that open an aside after a cue rather than the rest of what was said ("…,” he said, who …", ", in a statement"). */
const ASIDE_AFTER_CUE = new Set(['who', 'whom', 'whose', 'which', 'where', 'when', 'while', 'as', 'according', 'in', 'on', 'at', 'during', 'after', 'before', 'since', 'until', 'from', 'to', 'with', 'without', 'for', 'by', 'though', 'although', 'because', 'if', 'unless', 'then', 'than', 'also', 'and', 'but', 'or', 'so', 'yet', 'speaking', 'referring', 'pointing', 'adding', 'saying', 'noting', 'citing', 'calling', 'explaining', 'describing', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'reporters', 'aides']);

/** Common irregular past forms that can be a subject's own verb before "and <cue>" ("took the stage and called …"). */
const IRREGULAR_PAST = new Set(['took', 'made', 'gave', 'went', 'came', 'met', 'spoke', 'left', 'sent', 'held', 'told', 'said', 'wrote', 'thought', 'felt', 'saw', 'won', 'lost', 'ran', 'began', 'brought', 'kept', 'stood', 'sat', 'got', 'put', 'set', 'led', 'paid', 'sought', 'struck', 'threw', 'drew', 'broke', 'chose', 'rose', 'fell', 'found', 'heard', 'knew', 'became', 'built', 'spent', 'hit', 'cut', 'let', 'read']);

/** What may stand before a gerund cue that takes the sentence's speaker: ", adding", "by saying", "while noting". */
const GERUND_LEAD = new Set([',', 'by', 'while', 'after', 'before', 'when', 'without', 'in', 'also', 'then', 'and', '—', '–']);

/** Words that open an adverbial closing a sentence after its cue ("said after the attacks", "said at a rally"). */
const TRAILING_ADVERBIAL = new Set(['after', 'at', 'in', 'on', 'during', 'before', 'while', 'when', 'as', 'from', 'to', 'outside', 'inside', 'near', 'following', 'last', 'this', 'earlier', 'later', 'recently', 'yesterday', 'today', 'tonight', ...WEEKDAYS]);

/** Segments that are asides, not speakers: "in Kentucky", "speaking to MSNBC" (and ages: "35", matched as numbers). */
const ASIDE_START = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'while', 'speaking', 'appearing', 'writing', 'according', 'for', 'from', 'with', 'by', 'who', 'which', 'whose', 'where']);
/** Adverbs that may open the sentence before a speaker and its appositive. */
const SENTENCE_ADVERBS = new Set(['even', 'also', 'meanwhile', 'however', 'but', 'and', 'yet', 'still', 'separately', 'similarly', 'likewise', 'instead', 'now', 'then', 'later', 'earlier', 'so']);

/** Sources that speak through "In …, C": polls, studies and documents. */
const IN_SOURCE_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'memo', 'filing', 'complaint', 'lawsuit', 'indictment', 'ruling', 'review', 'audit', 'paper', 'document', 'documents', 'data', 'figures', 'estimates', 'projections', 'forecast', 'model']);
/** Words that open the question of a sentence-initial "Asked …," ("Asked whether he would run, …"). */
const QUESTION_OPENERS = new Set(['whether', 'if', 'about', 'what', 'how', 'why', 'who', 'when', 'where', 'which']);

/** Capitalised labels that open a line with a colon but name no speaker ("UPDATE: …", "VIDEO: …"). */
const NOT_A_TURN = new Set(['update', 'updated', 'previously', 'video', 'watch', 'photo', 'photos', 'note', 'editor', "editor's", 'editor’s', 'correction', 'related', 'read', 'more', 'source', 'sources', 'via', 'warning', 'breaking', 'exclusive', 'listen', 'audio', 'transcript', 'clarification', 'disclosure', 'also', 'see', 'ps', 'p.s.', 'q', 'a', 'tl;dr']);
/** Speakers a floating quotation cannot continue: "it", "which" stand for things, not voices. */
const NOT_A_VOICE = new Set(['it', 'which', 'that']);

/**
 * Speech cue lemmas with a common sense that is not speech: "added 20 points", "responded by spraying water",
 * "continued to climb", "posted a loss", "appealed the ruling", "went on to win", "pointed to the door".
 */
const CLAUSE_ONLY_CUES = new Set([
  'add', 'respond', 'reply', 'answer', 'continue', 'post', 'counter', 'echo', 'repeat', 'appeal', 'point', 'go', 'push',
  'hit', 'fire', 'shoot',
]);

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'i', 'who']);
const GROUP_PRONOUNS = new Set(['they', 'we', 'it', 'which']);

export const quotes: QuotesLanguage = {
  cueForms: CUE_FORMS,
  // speech verbs report speech; the other classes as often report thoughts, findings or stances
  cueClassConfidence: { speech: 0.85, cognition: 0.6, evidence: 0.6, stance: 0.55 },
  cueParticles: CUE_PARTICLES,
  namingLemmas: NAMING_LEMMAS,
  nounLikeCues: NOUN_LIKE_CUES,
  pastCueForm: /ed$|^(said|told|wrote|thought|felt|saw)$/,
  coordinatedPastCue: /ed$|^(said|told|wrote)$/,
  regularPast: /^[a-z]+ed$/,
  irregularPast: IRREGULAR_PAST,

  betweenSpeakerAndCue: BETWEEN_SPEAKER_AND_CUE,
  speakerBoundary: SPEAKER_BOUNDARY,
  insideName: INSIDE_NAME,
  speakerPronouns: SPEAKER_PRONOUNS,
  objectPronouns: OBJECT_PRONOUNS,
  relationalSpeakerNouns: RELATIONAL_SPEAKER_NOUNS,
  roleLinkPrepositions: new Set(['for', 'of', 'at', 'with', 'from']),
  voiceOfBodyNouns: VOICE_OF_BODY_NOUNS,
  peopleNouns: PEOPLE_NOUNS,
  epithetNouns: EPITHET_NOUNS,
  partitiveNouns: PARTITIVE_NOUNS,
  possessives: POSSESSIVES,
  determiners: DETERMINERS,
  quantifierSpeakers: QUANTIFIER_SPEAKERS,
  nameGlue: new Set(["'s", '’s', '-', '&', '.', "'", '’']),
  possessiveClitics: new Set(["'s", '’s']),
  mannerAdverb: /^\p{Ll}[\p{Ll}-]*ly$/u,
  notMannerAdverbs: LY_NOUNS,
  betweenPhrasePrepositions: PP_PREPS,
  betweenPhraseDeterminers: PP_DETS,
  betweenPhraseNouns: PP_NOUNS,

  weekdays: new Set(WEEKDAYS),
  dayWords: new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight']),
  timeWords: TIME_WORDS,
  timeLeads: new Set(['on', 'last', 'this', 'earlier', 'late']),
  periodWords: PERIOD_WORDS,
  channelPrepositions: new Set(['in', 'on', 'during', 'at']),
  channelModifiers: CHANNEL_MODIFIERS,
  channelNouns: CHANNEL_NOUNS,
  channelLinks: new Set(['with', 'on', 'to']),
  quotedByVerbs: new Set(['quoted', 'reported', 'cited', 'told']),
  mediaWords: MEDIA_WORDS,
  lowerCaseMediaWords: new Set(['agency', 'newspaper', 'magazine']),
  audienceWords: AUDIENCE_WORDS,
  agentNouns: AGENT_NOUNS,

  asideAfterCue: ASIDE_AFTER_CUE,
  trailingAdverbialOpeners: TRAILING_ADVERBIAL,
  asideStarts: ASIDE_START,
  sentenceAdverbs: SENTENCE_ADVERBS,
  gerundLeads: GERUND_LEAD,
  inSourceNouns: IN_SOURCE_NOUNS,
  questionOpeners: QUESTION_OPENERS,
  notATurn: NOT_A_TURN,
  notAVoice: NOT_A_VOICE,
  personPronouns: PERSON_PRONOUNS,
  groupPronouns: GROUP_PRONOUNS,
  framePronouns: new Set(['i', 'we', 'you']),
  speakerSubjectPassives: new Set(['quote']),
  relativePronouns: new Set(['who', 'which', 'that', 'whom']),
  clauseOnlyCues: CLAUSE_ONLY_CUES,
  complementizers: new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who', ':']),
  speakingVerbs: new Set(['discuss', 'speak', 'talk', 'elaborate', 'detail', 'specify', 'disclose', 'identify']),

  sourcePhrase: { head: 'according', preposition: 'to' },
  sourcePhrases: new Map([['according', 'to'], ['as', 'per']]),
  phrasingCredit: { opener: 'as', verbs: new Set(['put', 'puts']), object: 'it' },
  questionParticiple: 'asked',
  sourceFramePreposition: 'in',
  clauseCoordinators: new Set(['and', 'but']),
  neverClauseCues: new Set(['known']),
  infinitiveMarker: 'to',
  thatComplementizer: 'that',
  directQuoteLead: /^\s*(?:that\b|:)/i,
  cueTopicPrepositions: new Map([['say', 'of']]),
  gerundEnding: 'ing',
  passiveGerundLink: 'as',
  quotedByLead: 'as',
  agentPreposition: 'by',
  quotedToVerbs: new Set(['told']),
  pluralPossessiveLetter: 's',
  dayPreposition: 'on',
  mediumPreposition: 'on',
  namePreposition: 'of',
  definiteArticle: 'the',
  articles: new Set(['a', 'an', 'the']),
  impersonalPronoun: 'it',
  contractionHosts: new Set(['that']),
  sceneAdverbs: new Set(['here']),
  hearerOutsideRequestLemmas: new Set(['tell']),
  passiveAuxiliaryLemmas: new Set(['be', 'get']),
};
