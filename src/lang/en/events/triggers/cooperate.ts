import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** COOPERATE: material cooperation: joint exercises, shared intelligence, trade and judicial cooperation. */
export const COOPERATE: EventTypeLexicon = {
  type: 'COOPERATE',
  entries: [
    { phrase: 'cooperate', pos: 'verb', cameo: '060', symmetric: true, example: 'The coast guards cooperated in the search.' },
    { phrase: 'cooperation', pos: 'noun', cameo: '060', symmetric: true, example: 'The ports expanded their cooperation on customs.' },
    { phrase: 'drills', pos: 'noun', cameo: '062', symmetric: true, example: 'The navies held joint drills off the coast.' },
    { phrase: 'exercises', pos: 'noun', cameo: '062', symmetric: true, example: 'The armies began joint exercises near the border.' },
    { phrase: 'war games', pos: 'noun', cameo: '062', symmetric: true, example: 'The fleets launched war games in the gulf.' },
    { phrase: 'joint patrols', pos: 'noun', cameo: '062', symmetric: true, example: 'The forces started joint patrols along the river.' },
    { phrase: 'share ~ intelligence', pos: 'verb', cameo: '064', example: 'The agencies shared intelligence on the smugglers.' },
    { phrase: 'share ~ evidence', pos: 'verb', cameo: '064', example: 'The police shared evidence with the prosecutors.' },
    { phrase: 'share ~ information', pos: 'verb', cameo: '064', example: 'The banks shared information with regulators.' },
    { phrase: 'extradite', pos: 'verb', cameo: '063', example: 'Spain extradited the suspect to Argentina.' },
    { phrase: 'increase ~ trade', pos: 'verb', cameo: '061', symmetric: true, example: 'The two provinces increased trade last year.' },
    { phrase: 'joint venture', pos: 'noun', cameo: '061', symmetric: true, example: 'The miners formed a joint venture.' },
  ],
};
