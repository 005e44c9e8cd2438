import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** DEMAND: demands, calls, appeals, orders to act. */
export const DEMAND: EventTypeLexicon = {
  type: 'DEMAND',
  entries: [
    { phrase: 'demand', pos: 'verb', cameo: '100', example: 'The union demanded a pay rise from the council.' },
    { phrase: 'demand', pos: 'noun', cameo: '100', example: 'The students repeated their demand for lower fees.' },
    { phrase: 'call on', pos: 'verb', cameo: '100', example: 'The bishops called on the government to free the detainees.' },
    { phrase: 'call for', pos: 'verb', cameo: '100', example: 'The opposition called for early elections.' },
    { phrase: 'urge', pos: 'verb', cameo: '100', example: 'Doctors urged the ministry to reopen the clinics.' },
    { phrase: 'appeal to', pos: 'verb', cameo: '100', example: 'The mayor appealed to residents to stay indoors.' },
    { phrase: 'press', pos: 'verb', cameo: '100', example: 'The lenders pressed the treasury to cut spending.' },
    { phrase: 'insist', pos: 'verb', cameo: '100', example: 'The federation insisted that the league pay the players.' },
    { phrase: 'ask', pos: 'verb', cameo: '100', example: 'The villagers asked the army to clear the mines.' },
    { phrase: 'request', pos: 'verb', cameo: '100', example: 'The province requested emergency funds.' },
    { phrase: 'order', pos: 'verb', cameo: '100', example: 'The judge ordered the minister to testify.' },
    { phrase: 'seek ~ compensation', pos: 'verb', cameo: '100', example: 'The family sought compensation from the railway.' },
    { phrase: 'ultimatum', pos: 'noun', cameo: '100', example: 'The league issued an ultimatum to the club.' },
  ],
};
