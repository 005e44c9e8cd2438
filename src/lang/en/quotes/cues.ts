import type { CueClass, CueEntry } from '../../sections/quotes.js';

/** English reporting cues by class, with the inflection that gives every form of each. */

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
export const CUE_FORMS: ReadonlyMap<string, CueEntry> = buildCues();
