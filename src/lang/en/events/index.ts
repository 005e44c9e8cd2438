import type { EventsLanguage } from '../../sections/events.js';
import { nounForms, verbForms } from '../inflect.js';
import { REPORTING_SAY } from '../words.js';
import { ACTOR_MODIFIERS, AGENT_SECTORS } from './agents.js';
import { EVENT_LEXICON } from './triggers/index.js';
import { GAME_RESULT_WORDS, OUT_OF_DOMAIN, TALLY_WORDS } from './domain.js';
import { NUMBER } from '../time/lexicon.js';

/** English for the events stage: triggers, actor words, reporting verbs, modality cues and PLOVER context words. */
export const events: EventsLanguage = {
  triggers: EVENT_LEXICON,
  verbForms,
  nounForms,
  agentSectors: AGENT_SECTORS,
  actorModifiers: ACTOR_MODIFIERS,
  actorPronouns: new Set(['they', 'it', 'he', 'she', 'we']),
  possessiveDeterminers: new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']),
  actorJoiners: new Set(['in', 'of', 'from', 'based', 'throughout', 'operating', 'loyal', 'to']),
  notNameWords: new Set(['The', 'A', 'An', 'On', 'In', 'At', 'But', 'And', 'As', 'After', 'Last', 'This', 'That']),
  reportingVerbs: new Set([...REPORTING_SAY, 'say', 'stated', 'added', 'reported', 'announced', 'concluded', 'insisted', 'declared', 'according', 'noted', 'claimed']),
  objectEdges: new Set([';', ':', 'while', 'but', 'because', 'after', 'before', 'when', 'who', 'which', 'despite', 'since', 'although', 'whereas', 'amid', 'where', 'following', 'unless', 'if', '"', '“', '”']),
  prepositions: new Set([
    'of', 'in', 'at', 'on', 'for', 'to', 'with', 'against', 'from', 'near', 'into', 'by', 'between', 'over', 'about', 'like', 'than',
    'through', 'across', 'around', 'inside', 'outside', 'throughout', 'during', 'within', 'along', 'among', 'amid', 'behind',
    'beyond', 'under', 'toward', 'towards', 'upon', 'via',
  ]),
  locativePrepositions: new Set(['in', 'through', 'across', 'near', 'around', 'inside', 'outside', 'throughout', 'within', 'along', 'amid', 'behind', 'beyond']),
  passiveAuxiliaries: new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', "'s", 'am', 'get', 'got']),
  modalNouns: new Set(['must', 'should']),
  quantityNouns: new Set(['group', 'groups', 'number', 'dozens', 'hundreds', 'thousands', 'tens', 'millions', 'some', 'many', 'most', 'members', 'patch', 'all', 'both']),
  formerModifiers: new Set(['former', 'ex', 'ex-', 'onetime', 'one-time', 'erstwhile']),
  peopleModifiers: new Set([
    'young', 'old', 'elderly', 'angry', 'ordinary', 'local', 'ethnic', 'fellow', 'many', 'some', 'several', 'hundreds',
    'thousands', 'dozens', 'millions', 'tens', 'most', 'poor', 'unemployed', 'displaced', 'starving', 'stranded',
  ]),
  cardinal: new RegExp(`^${NUMBER}$`, 'i'),
  ledBy: /^(.+)-led$/i,
  pastParticiple: /(ed|en|wn|ld|ht|un|ck|ft)$/,
  adverb: /ly$/,
  // a context is added when one of its words is in the sentence
  contexts: [
    ['military', /\b(military|troops|army|weapons?|munitions|missiles?|drills|navy|defen[cs]e|arms)\b/i],
    ['economic', /\b(trade|economic|economy|tariffs?|investment|loans?|dollars|grain|oil|energy)\b/i],
    ['diplomatic', /\b(diplomatic|embassy|ambassador|envoy|summit|talks|treaty|relations)\b/i],
    ['legal', /\b(court|judge|trial|law|legal|prosecutors?|charges?)\b/i],
    ['election', /\b(elections?|vote|ballot|polls?|candidates?)\b/i],
    ['refugees', /\b(refugees?|asylum|displaced)\b/i],
    ['terrorism', /\b(terror|terrorists?|terrorism)\b/i],
    ['humanitarian', /\b(humanitarian|relief|food aid|medical supplies)\b/i],
    ['cbrn', /\b(nuclear|chemical|biological|radiological)\b/i],
  ],
  modality: {
    negation: new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']),
    denial: new Set(['deny', 'denied', 'denies', 'denying', 'dismissed', 'refuted', 'rejected']),
    hypothetical: new Set([
      'could', 'might', 'may', 'likely', 'unlikely', 'possible', 'possibly', 'perhaps', 'maybe', 'if', 'unless', 'whether',
      'considering', 'consider', 'considered', 'considers', 'mulling', 'weighing', 'eyeing', 'hoping', 'hope', 'hopes', 'hoped',
      'seeking', 'potential', 'proposed', 'proposal', 'want', 'wants', 'wanted', 'would', 'should', 'aims', 'aiming',
    ]),
    planned: new Set(['will', "'ll", 'shall', 'scheduled', 'plans', 'planned', 'planning', 'expected', 'due', 'upcoming', 'going', 'about', 'set', 'intends', 'prepared']),
    plannedOnlyBeforeTo: new Set(['set', 'about', 'due', 'going', 'prepared']),
    futureAuxiliaries: new Set(['will', "'ll", 'shall']),
    reported: new Set(['reportedly', 'allegedly', 'reports', 'purportedly', 'rumoured', 'rumored', 'supposedly']),
    threat: new Set(['threaten', 'threatened', 'threatens', 'threatening', 'vowed', 'vows', 'swore']),
    claim: new Set(['accused', 'accuses', 'accusing', 'alleged', 'alleges', 'claimed', 'claims', 'warned', 'warns', 'suspected', 'charged', 'blamed']),
    deniedObjects: new Set(['that', 'reports', 'any', 'claims']),
    clauseEdge: new Set([';', ':', '.', 'but', 'while', 'and', 'who', 'which', 'because', 'after', 'before', 'when', '"', '“', '”']),
    presupposing: new Set(['for', 'of', 'over', 'after', 'by', 'in']),
  },
  parseModality: {
    refusal: ['refuse', 'decline', 'fail', 'reject', 'avoid', 'resist', 'abandon', 'cancel', 'halt', 'stop'],
    plan: ['plan', 'intend', 'agree', 'promise', 'pledge', 'vow', 'decide', 'prepare', 'expect', 'schedule', 'offer', 'commit', 'resolve', 'move', 'vote'],
    threat: ['threaten', 'warn'],
    attempt: ['try', 'attempt', 'seek', 'hope', 'want', 'wish', 'aim', 'consider', 'mull', 'weigh', 'propose', 'call', 'urge', 'ask'],
    denial: ['deny', 'dismiss', 'refute'],
    futureModals: new Set(['will', 'shall', "'ll", 'wo']),
    possibleModals: new Set(['could', 'might', 'may', 'would', 'can']),
    conditions: new Set(['if', 'unless', 'whether']),
  },
  outOfDomain: OUT_OF_DOMAIN,
  gameResultWords: GAME_RESULT_WORDS,
  tallyWords: TALLY_WORDS,
  patientPrepositions: ['against', 'on', 'upon', 'with', 'at', 'to', 'toward', 'towards', 'into', 'over', 'of', 'for'],
  nounPatientPrepositions: ['of', 'on', 'against', 'with', 'to', 'toward', 'towards', 'into', 'upon', 'over', 'between'],
  agentPreposition: 'by',
  genitivePreposition: 'of',
  partiesPreposition: 'between',
  gerund: /ing$/i,
  purposeMarker: 'to',
  resultPrepositions: new Set(['under', 'into']),
  undertakingNouns: new Set(['effort', 'campaign', 'mission', 'operation', 'drive', 'bid', 'initiative', 'attempt', 'push', 'offensive']),
};
