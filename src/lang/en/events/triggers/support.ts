import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** SUPPORT: verbal backing: praise, endorsement, defence, recognition, apology, signing. */
export const SUPPORT: EventTypeLexicon = {
  type: 'SUPPORT',
  entries: [
    { phrase: 'praise', pos: 'verb', cameo: '051', example: 'The minister praised the rescue teams.' },
    { phrase: 'hail', pos: 'verb', cameo: '051', example: 'The union hailed the new wage law.' },
    { phrase: 'commend', pos: 'verb', cameo: '051', example: 'The board commended the auditors.' },
    { phrase: 'endorse', pos: 'verb', cameo: '051', example: 'The party endorsed the mayor for a second term.' },
    { phrase: 'support', pos: 'verb', cameo: '051', example: 'The farmers supported the new water plan.' },
    { phrase: 'welcome ~ decision', pos: 'verb', cameo: '051', example: 'The charity welcomed the court decision.' },
    { phrase: 'defend', pos: 'verb', cameo: '052', example: 'The spokesman defended the ministry against the critics.' },
    { phrase: 'rally ~ behind', pos: 'verb', cameo: '053', example: 'Voters rallied behind the candidate.' },
    { phrase: 'recognize', pos: 'verb', cameo: '054', example: 'Uruguay recognized the new government.' },
    { phrase: 'recognise', pos: 'verb', cameo: '054', example: 'Iceland recognised the new state.' },
    { phrase: 'establish ~ ties', pos: 'verb', cameo: '054', example: 'The two kingdoms established diplomatic ties.' },
    { phrase: 'establish ~ relations', pos: 'verb', cameo: '054', example: 'Fiji established relations with Bhutan.' },
    { phrase: 'restore ~ ties', pos: 'verb', cameo: '054', example: 'The neighbours restored trade ties.' },
    { phrase: 'open ~ embassy', pos: 'verb', cameo: '054', example: 'Peru opened an embassy in Kampala.' },
    { phrase: 'apologize', pos: 'verb', cameo: '055', example: 'The airline apologized to the stranded passengers.' },
    { phrase: 'apologise', pos: 'verb', cameo: '055', example: 'The chief apologised for the delay.' },
    { phrase: 'forgive', pos: 'verb', cameo: '056', example: 'The widow forgave the driver.' },
    { phrase: 'sign ~ agreement', pos: 'verb', cameo: '057', symmetric: true, example: 'Laos and Vietnam signed an agreement on power lines.' },
    { phrase: 'sign ~ treaty', pos: 'verb', cameo: '057', symmetric: true, example: 'The states signed a border treaty.' },
    { phrase: 'sign ~ accord', pos: 'verb', cameo: '057', symmetric: true, example: 'The parties signed a peace accord.' },
    { phrase: 'sign ~ pact', pos: 'verb', cameo: '057', symmetric: true, example: 'The two cities signed a twinning pact.' },
    { phrase: 'partner', pos: 'noun', cameo: '051', example: 'The president called the island an important partner.' },
    { phrase: 'urge ~ to support', pos: 'verb', cameo: '053', example: 'The chair urged members to support the relief fund.' },
  ],
};
