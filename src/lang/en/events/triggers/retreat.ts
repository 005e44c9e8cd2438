import type { EventTypeLexicon } from '../../../sections/event-triggers.js';

// what is released that is no captive: a statement, a report, a film, figures
const THINGS_RELEASED = [
  'statement', 'report', 'video', 'footage', 'album', 'song', 'film', 'book', 'figure', 'data', 'result', 'detail', 'document',
  'list', 'image', 'photo', 'photograph', 'recording', 'transcript', 'version', 'update', 'product', 'plan', 'budget', 'poll', 'study',
];

/** RETREAT: withdrawing, releasing, returning, surrendering, ceasefires, letting others in. */
export const RETREAT: EventTypeLexicon = {
  type: 'RETREAT',
  entries: [
    { phrase: 'withdraw', pos: 'verb', cameo: '0872', mode: 'withdraw', example: 'The brigade withdrew from the hill town.' },
    { phrase: 'withdrawal', pos: 'noun', cameo: '0872', mode: 'withdraw', example: 'The army completed its withdrawal from the valley.' },
    { phrase: 'evacuate', pos: 'verb', cameo: '0872', mode: 'withdraw', example: 'The garrison evacuated the outpost at night.' },
    { phrase: 'pull out', pos: 'verb', cameo: '0872', mode: 'withdraw', example: 'The contingent pulled out of the airport.' },
    { phrase: 'pull back', pos: 'verb', cameo: '0872', mode: 'withdraw', example: 'Tanks pulled back from the frontier.' },
    { phrase: 'retreat', pos: 'verb', cameo: '0874', mode: 'disarm', example: 'The column retreated towards the coast.' },
    { phrase: 'surrender', pos: 'verb', cameo: '0874', mode: 'disarm', example: 'Two hundred fighters surrendered at the bridge.' },
    { phrase: 'lay down ~ arms', pos: 'verb', cameo: '0873', mode: 'disarm', example: 'The militia laid down its arms.' },
    { phrase: 'disarm', pos: 'verb', cameo: '0873', mode: 'disarm', example: 'The rebels disarmed under supervision.' },
    { phrase: 'demobilize', pos: 'verb', cameo: '0873', mode: 'disarm', example: 'The guerrillas demobilized after the accord.' },
    { phrase: 'ceasefire', pos: 'noun', cameo: '0871', mode: 'ceasefire', symmetric: true, example: 'The factions declared a ceasefire at dawn.' },
    { phrase: 'truce', pos: 'noun', cameo: '0871', mode: 'ceasefire', symmetric: true, example: 'A truce between the clans held overnight.' },
    { phrase: 'release', pos: 'verb', cameo: '0841', mode: 'release', notWithObject: THINGS_RELEASED, example: 'The kidnappers released the engineers.' },
    { phrase: 'free', pos: 'verb', cameo: '0841', mode: 'release', example: 'The authorities freed forty prisoners.' },
    { phrase: 'hand over', pos: 'verb', cameo: '0841', mode: 'release', example: 'The tribe handed over the suspects to the police.' },
    { phrase: 'return', pos: 'verb', cameo: '0842', mode: 'return', needsObject: true, example: 'The museum returned the statues to Nigeria.' },
    { phrase: 'lift ~ blockade', pos: 'verb', cameo: '0872', mode: 'withdraw', example: 'The navy lifted its blockade of the harbour.' },
    { phrase: 'lift ~ sanctions', pos: 'verb', cameo: '085', mode: 'ease', example: 'The union lifted sanctions on the airline.' },
    { phrase: 'ease ~ sanctions', pos: 'verb', cameo: '085', mode: 'ease', example: 'Washington eased sanctions on the mining sector.' },
    { phrase: 'allow ~ delivery', pos: 'verb', cameo: '0863', mode: 'access', example: 'The army allowed the delivery of medicine.' },
    { phrase: 'allow ~ inspectors', pos: 'verb', cameo: '0862', mode: 'access', example: 'The plant allowed inspectors inside.' },
    { phrase: 'resign', pos: 'verb', cameo: '0831', example: 'The interior minister resigned after the scandal.' },
    { phrase: 'step down', pos: 'verb', cameo: '0831', example: 'The chairman stepped down on Friday.' },
  ],
};
