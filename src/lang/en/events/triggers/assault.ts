import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** ASSAULT: unconventional violence: bombings, killings, beatings, torture, assassinations, attacks on civilians. */
export const ASSAULT: EventTypeLexicon = {
  type: 'ASSAULT',
  entries: [
    { phrase: 'attack', pos: 'verb', cameo: '180', example: 'Gunmen attacked a bus on the mountain road.' },
    { phrase: 'attack', pos: 'noun', cameo: '180', example: 'An attack on the depot left two guards dead.' },
    { phrase: 'kill', pos: 'verb', cameo: '1823', example: 'The gang killed a shopkeeper.' },
    { phrase: 'murder', pos: 'verb', cameo: '1823', example: 'The militia murdered two farmers.' },
    { phrase: 'wound', pos: 'verb', cameo: '180', example: 'The blast wounded three guards.' },
    { phrase: 'beat', pos: 'verb', cameo: '182', mode: 'beat', example: 'Guards beat the prisoners.' },
    { phrase: 'beat up', pos: 'verb', cameo: '182', mode: 'beat', example: 'Thugs beat up a reporter.' },
    { phrase: 'torture', pos: 'verb', cameo: '1822', mode: 'torture', example: 'The jailers tortured the detainees.' },
    { phrase: 'assassinate', pos: 'verb', cameo: '186', mode: 'assassinate', example: 'Gunmen assassinated the provincial governor.' },
    { phrase: 'assassination', pos: 'noun', cameo: '186', mode: 'assassinate', example: 'The assassination of the mayor shocked the town.' },
    { phrase: 'bombing', pos: 'noun', cameo: '183', mode: 'explosives', example: 'A bombing at the station killed four.' },
    { phrase: 'suicide bombing', pos: 'noun', cameo: '1831', mode: 'suicide-attack', example: 'A suicide bombing hit the checkpoint.' },
    { phrase: 'car bombing', pos: 'noun', cameo: '1831', mode: 'suicide-attack', example: 'A car bombing shook the market.' },
    { phrase: 'roadside bombing', pos: 'noun', cameo: '1833', mode: 'explosives', example: 'A roadside bombing hit a convoy.' },
    { phrase: 'bomb attack', pos: 'noun', cameo: '183', mode: 'explosives', example: 'The insurgents claimed the bomb attack on the barracks.' },
    { phrase: 'bomb', pos: 'verb', cameo: '183', mode: 'explosives', example: 'Militants bombed the pipeline.' },
    { phrase: 'massacre', pos: 'noun', cameo: '202', mode: 'massacre', example: 'The massacre at the village was confirmed.' },
    { phrase: 'massacre', pos: 'verb', cameo: '202', mode: 'massacre', example: 'The gunmen massacred the villagers.' },
    { phrase: 'rape', pos: 'verb', cameo: '1821', mode: 'sexual', example: 'Soldiers were accused of having raped women.' },
    { phrase: 'hijack', pos: 'verb', cameo: '181', mode: 'abduct', example: 'Pirates hijacked a tanker.' },
  ],
};
