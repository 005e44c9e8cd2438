import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** DISAPPROVE: criticism, accusations, blame, official complaints, lawsuits. */
export const DISAPPROVE: EventTypeLexicon = {
  type: 'DISAPPROVE',
  entries: [
    { phrase: 'criticize', pos: 'verb', cameo: '111', example: 'The auditors criticized the ministry over the contracts.' },
    { phrase: 'criticise', pos: 'verb', cameo: '111', example: 'The bishop criticised the new law.' },
    { phrase: 'condemn', pos: 'verb', cameo: '111', example: 'The council condemned the attack on the clinic.' },
    { phrase: 'denounce', pos: 'verb', cameo: '111', example: 'The union denounced the layoffs.' },
    { phrase: 'slam', pos: 'verb', cameo: '111', example: 'The senator slammed the agency for the delays.' },
    { phrase: 'accuse', pos: 'verb', cameo: '112', example: 'The mayor accused the contractor of fraud.' },
    { phrase: 'blame', pos: 'verb', cameo: '112', example: 'The ministry blamed the storm on poor drainage.' },
    { phrase: 'charge', pos: 'verb', cameo: '112', example: 'The opposition charged the cabinet with negligence.' },
    { phrase: 'allege', pos: 'verb', cameo: '112', example: 'The report alleged that the guards took bribes.' },
    { phrase: 'complain', pos: 'verb', cameo: '114', example: 'The shippers complained to the port authority.' },
    { phrase: 'lodge ~ protest', pos: 'verb', cameo: '114', example: 'The embassy lodged a formal protest with the host ministry.' },
    { phrase: 'summon ~ ambassador', pos: 'verb', cameo: '114', example: 'The ministry summoned the Danish ambassador over the cartoons.' },
    { phrase: 'summon ~ envoy', pos: 'verb', cameo: '114', example: 'The foreign office summoned the envoy to explain.' },
    { phrase: 'sue', pos: 'verb', cameo: '115', example: 'The fishermen sued the oil company.' },
    { phrase: 'lawsuit', pos: 'noun', cameo: '115', example: 'The residents filed a lawsuit against the city.' },
    { phrase: 'warn', pos: 'verb', cameo: '111', example: 'The regulator warned the bank about its lending.' },
    { phrase: 'rebuke', pos: 'verb', cameo: '111', example: 'The coach rebuked the federation.' },
    { phrase: 'convict', pos: 'verb', cameo: '116', example: 'The court convicted the former mayor.' },
  ],
};
