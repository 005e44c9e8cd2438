import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

// what one receives or welcomes that is no visitor: an award, a letter; a decision, a move (welcoming that is approval)
const THINGS_RECEIVED = [
  'award', 'prize', 'medal', 'letter', 'call', 'message', 'payment', 'money', 'sentence', 'treatment', 'diagnosis', 'degree', 'grant',
];
const THINGS_WELCOMED = [
  'decision', 'move', 'news', 'step', 'announcement', 'ruling', 'report', 'result', 'verdict', 'initiative', 'statement', 'development',
  // an act welcomed is approved, no visitor hosted ("welcomed the release of the hostages", "welcomed the ceasefire")
  'release', 'agreement', 'deal', 'accord', 'ceasefire', 'truce', 'talks', 'plan', 'proposal', 'offer', 'resolution', 'election',
  'vote', 'effort', 'measure', 'sanction', 'reform', 'return', 'withdrawal', 'appointment', 'progress', 'arrest', 'visit',
];

/** CONSULT: meetings, visits, talks, calls, mediation and negotiation. */
export const CONSULT: EventTypeLexicon = {
  type: 'CONSULT',
  entries: [
    { phrase: 'meet', pos: 'verb', cameo: '040', symmetric: true, example: 'The foreign ministers met in Geneva on Monday.' },
    { phrase: 'meet with', pos: 'verb', cameo: '040', symmetric: true, example: 'The envoy met with tribal elders.' },
    { phrase: 'meeting', pos: 'noun', cameo: '040', symmetric: true, example: 'The leaders held a meeting on the sidelines of the forum.' },
    { phrase: 'talks', pos: 'noun', cameo: '040', symmetric: true, example: 'Quito and Lima opened talks on the fishing ban.' },
    { phrase: 'talk', pos: 'noun', cameo: '040', symmetric: true, example: 'The negotiators returned for another talk on tariffs.' },
    { phrase: 'discussions', pos: 'noun', cameo: '040', symmetric: true, example: 'The prime ministers held discussions on energy.' },
    { phrase: 'discuss', pos: 'verb', cameo: '040', symmetric: true, example: 'The premiers discussed energy prices.' },
    { phrase: 'summit', pos: 'noun', cameo: '040', symmetric: true, example: 'The presidents will hold a summit next month.' },
    { phrase: 'confer', pos: 'verb', cameo: '040', symmetric: true, example: 'The ministers conferred by video link.' },
    { phrase: 'consult', pos: 'verb', cameo: '040', example: 'The cabinet consulted the opposition on the budget.' },
    { phrase: 'consultations', pos: 'noun', cameo: '040', symmetric: true, example: 'The allies began consultations on troop levels.' },
    { phrase: 'visit', pos: 'verb', cameo: '042', mode: 'visit', example: 'The Chilean foreign minister visited Bolivia last week.' },
    { phrase: 'visit', pos: 'noun', cameo: '042', mode: 'visit', example: 'The chancellor began a three-day visit to Ghana.' },
    { phrase: 'trip to', pos: 'noun', cameo: '042', mode: 'visit', example: 'The queen made a trip to Canada.' },
    { phrase: 'travel to', pos: 'verb', cameo: '042', mode: 'visit', example: 'The envoy travelled to Nairobi for consultations.' },
    { phrase: 'arrive in', pos: 'verb', cameo: '042', mode: 'visit', example: 'The Thai premier arrived in Hanoi on Friday.' },
    { phrase: 'host', pos: 'verb', cameo: '043', mode: 'host', example: 'Ghana hosted the Togolese president for two days.' },
    { phrase: 'receive', pos: 'verb', cameo: '043', mode: 'host', notWithObject: THINGS_RECEIVED, example: 'The king received the visiting premier at the palace.' },
    { phrase: 'welcome', pos: 'verb', cameo: '043', mode: 'host', notWithObject: THINGS_WELCOMED, example: 'The president welcomed his Kenyan counterpart at the airport.' },
    { phrase: 'phone', pos: 'verb', cameo: '041', mode: 'phone', example: 'The chancellor phoned the Polish president on Sunday.' },
    { phrase: 'phone call', pos: 'noun', cameo: '041', mode: 'phone', example: 'The leaders spoke in a phone call.' },
    { phrase: 'telephone', pos: 'verb', cameo: '041', mode: 'phone', example: 'The minister telephoned his counterpart.' },
    { phrase: 'negotiate', pos: 'verb', cameo: '046', symmetric: true, example: 'The unions negotiated with the ministry for a week.' },
    { phrase: 'negotiations', pos: 'noun', cameo: '046', symmetric: true, example: 'Negotiations between the two ports resumed.' },
    { phrase: 'mediate', pos: 'verb', cameo: '045', example: 'Qatar mediated between the factions.' },
    { phrase: 'mediation', pos: 'noun', cameo: '045', example: 'Norway launched a mediation between the two sides.' },
    { phrase: 'hold ~ talks', pos: 'verb', cameo: '040', symmetric: true, example: 'Delegates held talks with the mayor.' },
    { phrase: 'attend', pos: 'verb', cameo: '044', mode: 'third-party', example: 'The ministers attended a regional conference in Dakar.' },
  ],
};
