import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** REJECT: refusals, rejected proposals and demands, vetoes, defiance, failed negotiations. */
export const REJECT: EventTypeLexicon = {
  type: 'REJECT',
  entries: [
    { phrase: 'reject', pos: 'verb', cameo: '120', example: 'The assembly rejected the budget proposal.' },
    { phrase: 'rejection', pos: 'noun', cameo: '120', example: 'The rejection of the plan by the guild surprised nobody.' },
    { phrase: 'refuse', pos: 'verb', cameo: '120', example: 'The captain refused to leave the harbour.' },
    { phrase: 'refusal', pos: 'noun', cameo: '120', example: 'The refusal of the ministry to publish the data angered scientists.' },
    { phrase: 'decline to', pos: 'verb', cameo: '120', example: 'The company declined to comment on the merger.' },
    { phrase: 'dismiss', pos: 'verb', cameo: '120', example: 'The governor dismissed the calls for a recount.' },
    { phrase: 'spurn', pos: 'verb', cameo: '120', example: 'The club spurned the offer.' },
    { phrase: 'turn down', pos: 'verb', cameo: '120', example: 'The council turned down the developer.' },
    { phrase: 'oppose', pos: 'verb', cameo: '120', example: 'The farmers opposed the new dam.' },
    { phrase: 'veto', pos: 'verb', cameo: '129', example: 'The president vetoed the tax bill.' },
    { phrase: 'defy', pos: 'verb', cameo: '128', example: 'The strikers defied a court order.' },
    { phrase: 'violate ~ ban', pos: 'verb', cameo: '128', example: 'The paper violated a ban on publishing the names.' },
    { phrase: 'renege on', pos: 'verb', cameo: '120', example: 'The landlord reneged on the deal.' },
    { phrase: 'fail to reach', pos: 'verb', cameo: '127', symmetric: true, example: 'The two sides failed to reach a settlement.' },
    { phrase: 'deny ~ entry', pos: 'verb', cameo: '120', example: 'The clinic denied entry to the inspectors.' },
    { phrase: 'deny ~ access', pos: 'verb', cameo: '120', example: 'The camp denied reporters access.' },
  ],
};
