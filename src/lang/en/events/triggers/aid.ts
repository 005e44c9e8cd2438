import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** AID: economic, military and humanitarian aid, protection, asylum. */
export const AID: EventTypeLexicon = {
  type: 'AID',
  entries: [
    { phrase: 'aid', pos: 'noun', cameo: '070', example: 'The bank sent aid to the flooded valley.' },
    { phrase: 'assistance', pos: 'noun', cameo: '070', example: 'The agency gave assistance to the farmers.' },
    { phrase: 'provide', pos: 'verb', cameo: '070', example: 'The ministry provided tents to the villages.' },
    { phrase: 'supply', pos: 'verb', cameo: '070', example: 'The firm supplied generators to the hospital.' },
    { phrase: 'relief supplies', pos: 'noun', cameo: '073', example: 'Relief supplies reached the town on Friday.' },
    { phrase: 'supply of munitions', pos: 'noun', cameo: '072', example: 'The supply of munitions to the garrison resumed.' },
    { phrase: 'supply of', pos: 'noun', cameo: '070', example: 'The supply of vaccines to the region resumed.' },
    { phrase: 'donate', pos: 'verb', cameo: '071', example: 'The foundation donated ten ambulances.' },
    { phrase: 'grant', pos: 'noun', cameo: '071', example: 'The fund gave the school a grant of two million.' },
    { phrase: 'give', pos: 'verb', cameo: '070', example: 'The charity gave blankets to the families.' },
    { phrase: 'send ~ troops', pos: 'verb', cameo: '074', example: 'Ghana sent troops to keep the peace.' },
    { phrase: 'deliver', pos: 'verb', cameo: '070', example: 'The convoy delivered flour to the camp.' },
    { phrase: 'sell ~ weapons', pos: 'verb', cameo: '072', example: 'The supplier sold weapons to the militia.' },
    { phrase: 'sell ~ arms', pos: 'verb', cameo: '072', example: 'The country sold arms to its neighbour.' },
    { phrase: 'ship ~ weapons', pos: 'verb', cameo: '072', example: 'The broker shipped rifles and weapons to the port.' },
    { phrase: 'munitions', pos: 'noun', cameo: '072', example: 'The factory shipped munitions to the front.' },
    { phrase: 'military aid', pos: 'noun', cameo: '072', example: 'The parliament approved military aid for the coast guard.' },
    { phrase: 'food aid', pos: 'noun', cameo: '073', example: 'The agency shipped food aid to the islands.' },
    { phrase: 'humanitarian aid', pos: 'noun', cameo: '073', example: 'Humanitarian aid arrived by boat.' },
    { phrase: 'deploy ~ peacekeepers', pos: 'verb', cameo: '074', example: 'The union deployed peacekeepers to the border.' },
    { phrase: 'peacekeeping troops', pos: 'noun', cameo: '074', example: 'Peacekeeping troops arrived in the capital.' },
    { phrase: 'asylum', pos: 'noun', cameo: '075', example: 'The embassy granted asylum to the dissident.' },
    { phrase: 'refuge', pos: 'noun', cameo: '075', example: 'The families sought refuge in the mountains.' },
    { phrase: 'open ~ borders', pos: 'verb', cameo: '075', example: 'The kingdom opened its borders to the displaced families.' },
    { phrase: 'open ~ border', pos: 'verb', cameo: '075', example: 'The republic opened its border to the refugees.' },
  ],
};
