import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** CONCEDE: yielding to demands, easing restrictions, allowing what was refused. */
export const CONCEDE: EventTypeLexicon = {
  type: 'CONCEDE',
  entries: [
    { phrase: 'concede', pos: 'verb', cameo: '080', example: 'The governor conceded the recount to the challengers.' },
    { phrase: 'yield to', pos: 'verb', cameo: '080', example: 'The council yielded to pressure from shopkeepers.' },
    { phrase: 'give in', pos: 'verb', cameo: '080', example: 'The company gave in to the strikers.' },
    { phrase: 'accept ~ demands', pos: 'verb', cameo: '083', example: 'The board accepted the demands of the nurses.' },
    { phrase: 'accede to', pos: 'verb', cameo: '083', example: 'The regime acceded to calls for a referendum.' },
    { phrase: 'allow', pos: 'verb', cameo: '081', example: 'The court allowed the candidate to stand.' },
    { phrase: 'permit', pos: 'verb', cameo: '081', example: 'The mayor permitted the march to go ahead.' },
    { phrase: 'lift ~ ban', pos: 'verb', cameo: '0812', example: 'The junta lifted a ban on the teachers union.' },
    { phrase: 'lift ~ state of emergency', pos: 'verb', cameo: '081', example: 'The cabinet lifted a state of emergency in the delta.' },
    { phrase: 'lift ~ emergency', pos: 'verb', cameo: '081', example: 'The province lifted its emergency rule.' },
    { phrase: 'ease ~ restrictions', pos: 'verb', cameo: '081', example: 'The city eased restrictions on night markets.' },
    { phrase: 'relax ~ curfew', pos: 'verb', cameo: '081', example: 'Police relaxed the curfew in the old town.' },
    { phrase: 'reform', pos: 'noun', cameo: '083', example: 'The president announced a reform of the courts.' },
    { phrase: 'pardon', pos: 'verb', cameo: '080', example: 'The king pardoned two jailed poets.' },
  ],
};
