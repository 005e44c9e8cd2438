import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** SANCTION: sanctions, embargoes, suspended links and aid, expulsions, broken relations, halted talks. */
export const SANCTION: EventTypeLexicon = {
  type: 'SANCTION',
  entries: [
    { phrase: 'sanctions', pos: 'noun', cameo: '163', mode: 'restrict', example: 'The bloc imposed sanctions on the shipping firm.' },
    { phrase: 'impose ~ sanctions', pos: 'verb', cameo: '163', mode: 'restrict', example: 'The council imposed new sanctions on the junta.' },
    { phrase: 'sanction', pos: 'verb', cameo: '163', mode: 'restrict', example: 'The treasury sanctioned three banks.' },
    { phrase: 'embargo', pos: 'noun', cameo: '163', mode: 'restrict', example: 'The league declared an embargo on the arms dealer.' },
    { phrase: 'suspend', pos: 'verb', cameo: '160', example: 'The airline suspended flights to the island.' },
    { phrase: 'suspension', pos: 'noun', cameo: '160', example: 'The ministry announced a suspension of rail links.' },
    { phrase: 'cut ~ ties', pos: 'verb', cameo: '161', mode: 'withdraw', example: 'The republic cut ties with its neighbour.' },
    { phrase: 'sever ~ ties', pos: 'verb', cameo: '161', mode: 'withdraw', example: 'The island severed diplomatic ties with the kingdom.' },
    { phrase: 'break ~ relations', pos: 'verb', cameo: '161', mode: 'withdraw', example: 'The two states broke off relations.' },
    { phrase: 'recall ~ ambassador', pos: 'verb', cameo: '161', mode: 'withdraw', example: 'The kingdom recalled its ambassador for consultations.' },
    { phrase: 'expel', pos: 'verb', cameo: '166', mode: 'expel', example: 'The ministry expelled two attaches for spying.' },
    { phrase: 'prohibit', pos: 'verb', cameo: '160', example: 'The government prohibited exports of rice.' },
    { phrase: 'halt', pos: 'verb', cameo: '160', example: 'The bank halted loans to the province.' },
    { phrase: 'end ~ mediation', pos: 'verb', cameo: '165', mode: 'withdraw', example: 'The envoys ended their mediation after the shelling.' },
    { phrase: 'freeze ~ assets', pos: 'verb', cameo: '163', mode: 'restrict', example: 'The court froze the assets of the minister.' },
  ],
};
