import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

/** THREATEN: threats of force, sanctions, boycotts, broken relations, and warnings of a price to pay. */
export const THREATEN: EventTypeLexicon = {
  type: 'THREATEN',
  entries: [
    { phrase: 'threaten', pos: 'verb', cameo: '130', intent: true, example: 'The landlord threatened to evict the tenants.' },
    { phrase: 'threat', pos: 'noun', cameo: '130', example: 'The guild made a threat against the printers.' },
    // what is warned of must be an act of the speaker's side; a warning of weaker sales or of storms is no threat
    { phrase: 'warn of ~ reprisal|retaliation|consequence|action|measure|response|countermeasure|force|sanction|strike|attack|war|punishment|step', pos: 'verb', cameo: '130', example: 'The minister warned of reprisals against the smugglers.' },
    { phrase: 'warn ~ consequences', pos: 'verb', cameo: '130', example: 'The envoy warned the rebels of grave consequences.' },
    { phrase: 'face ~ consequences', pos: 'verb', cameo: '130', subjectIsTarget: true, example: 'The clubs will face consequences for the riots, the league warned.' },
    { phrase: 'pay ~ price', pos: 'verb', cameo: '130', subjectIsTarget: true, example: 'The smugglers will pay a heavy price, the governor said.' },
    { phrase: 'ultimatum', pos: 'noun', cameo: '139', example: 'The kingdom gave its neighbour an ultimatum.' },
    { phrase: 'swear to', pos: 'verb', cameo: '138', intent: true, example: 'The militia swore to fight on.' },
    { phrase: 'vow to fight', pos: 'verb', cameo: '138', intent: true, example: 'The insurgents vowed to fight until the last village.' },
    { phrase: 'boycott', pos: 'verb', cameo: '1312', mode: 'restrict', intent: true, example: 'The importers will boycott the fair.' },
  ],
};
