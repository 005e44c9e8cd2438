import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** MOBILIZE: raised alert, troop and police deployments, reservists called up, preparations to strike. */
export const MOBILIZE: EventTypeLexicon = {
  type: 'MOBILIZE',
  entries: [
    { phrase: 'mobilize', pos: 'verb', cameo: '154', mode: 'troops', example: 'The republic mobilized its reservists.' },
    { phrase: 'mobilise', pos: 'verb', cameo: '154', mode: 'troops', example: 'The kingdom mobilised two divisions.' },
    { phrase: 'mobilization', pos: 'noun', cameo: '154', mode: 'troops', example: 'The cabinet ordered a partial mobilization.' },
    { phrase: 'deploy ~ troops', pos: 'verb', cameo: '154', mode: 'troops', example: 'The ministry deployed troops along the river.' },
    { phrase: 'mass ~ troops', pos: 'verb', cameo: '154', mode: 'troops', example: 'The junta massed troops near the pass.' },
    { phrase: 'put ~ on alert', pos: 'verb', cameo: '152', mode: 'troops', example: 'The navy put its fleet on alert.' },
    { phrase: 'high alert', pos: 'noun', cameo: '152', mode: 'troops', example: 'Border units were placed on high alert.' },
    { phrase: 'deploy ~ police', pos: 'verb', cameo: '153', mode: 'police', example: 'The city deployed riot police at the stadium.' },
    { phrase: 'prepare to', pos: 'verb', cameo: '150', mode: 'weapons', example: 'The artillery prepared to resume fire on the ridge.' },
  ],
};
