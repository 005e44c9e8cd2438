import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** INVESTIGATE: investigations, inquiries, probes, hearings. */
export const INVESTIGATE: EventTypeLexicon = {
  type: 'INVESTIGATE',
  entries: [
    { phrase: 'investigate', pos: 'verb', cameo: '090', mode: 'investigate', example: 'Prosecutors investigated the port authority.' },
    { phrase: 'investigation', pos: 'noun', cameo: '090', mode: 'investigate', example: 'The regulator opened an investigation into the bank.' },
    { phrase: 'inquiry', pos: 'noun', cameo: '090', mode: 'investigate', example: 'Parliament set up an inquiry into the crash.' },
    { phrase: 'probe', pos: 'noun', cameo: '090', mode: 'investigate', example: 'A probe into the fire found faulty wiring.' },
    { phrase: 'probe', pos: 'verb', cameo: '090', mode: 'investigate', example: 'Auditors probed the contracts.' },
    { phrase: 'hearing', pos: 'noun', cameo: '090', mode: 'investigate', example: 'The tribunal opened a hearing into the shooting.' },
    { phrase: 'inspect', pos: 'verb', cameo: '090', mode: 'investigate', example: 'Engineers inspected the dam.' },
    { phrase: 'examine', pos: 'verb', cameo: '090', mode: 'investigate', example: 'Experts examined the wreckage.' },
  ],
};
