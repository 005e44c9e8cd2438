import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** AGREE: promises, offers, stated intentions to cooperate, accords reached. */
export const AGREE: EventTypeLexicon = {
  type: 'AGREE',
  entries: [
    { phrase: 'agree', pos: 'verb', cameo: '030', example: 'The two ministries agreed to share flood warnings.' },
    { phrase: 'agree to', pos: 'verb', cameo: '031', intent: true, example: 'The mayor agreed to open the port to relief ships.' },
    { phrase: 'agreement', pos: 'noun', cameo: '030', example: 'Lisbon and Rabat reached an agreement on fishing quotas.' },
    { phrase: 'reach ~ deal', pos: 'verb', cameo: '030', symmetric: true, example: 'The unions reached a deal with the rail operator.' },
    { phrase: 'reach ~ accord', pos: 'verb', cameo: '030', symmetric: true, example: 'Both parties reached a broad accord late on Sunday.' },
    { phrase: 'strike ~ deal', pos: 'verb', cameo: '030', symmetric: true, example: 'Chile struck a deal with Peru over the border crossing.' },
    { phrase: 'promise', pos: 'verb', cameo: '030', intent: true, example: 'The governor promised to rebuild the bridge by spring.' },
    { phrase: 'pledge', pos: 'verb', cameo: '030', intent: true, example: 'Norway pledged 20 million euros for the clinics.' },
    { phrase: 'vow to', pos: 'verb', cameo: '030', intent: true, example: 'The new premier vowed to cut red tape.' },
    { phrase: 'commit to', pos: 'verb', cameo: '030', intent: true, example: 'The firm committed to hiring local workers.' },
    { phrase: 'committed to', pos: 'noun', cameo: '030', intent: true, example: 'The council said it is committed to reopening the library.' },
    { phrase: 'offer to', pos: 'verb', cameo: '030', intent: true, example: 'Austria offered to host the next round.' },
    { phrase: 'offer ~ help', pos: 'verb', cameo: '033', intent: true, example: 'Several neighbours offered their help after the quake.' },
    { phrase: 'willing to', pos: 'noun', cameo: '030', intent: true, example: 'The rebels are willing to talk if the shelling stops.' },
    { phrase: 'ready to', pos: 'noun', cameo: '030', intent: true, example: 'Oslo said it was ready to mediate.' },
    { phrase: 'prepared to', pos: 'noun', cameo: '030', intent: true, example: 'The minister is prepared to drop the tariff.' },
    { phrase: 'consent to', pos: 'verb', cameo: '031', example: 'The landowners consented to the survey.' },
    { phrase: 'accept ~ invitation', pos: 'verb', cameo: '036', example: 'The envoy accepted an invitation to visit the capital.' },
    { phrase: 'accept ~ mediation', pos: 'verb', cameo: '038', example: 'Both factions accepted church mediation.' },
    { phrase: 'settle ~ dispute', pos: 'verb', cameo: '037', symmetric: true, example: 'The neighbours settled their water dispute.' },
  ],
};
